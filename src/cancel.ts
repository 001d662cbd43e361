/**
 * Cancellation as the runner does it: SIGINT first (a cancelled run or `timeout-minutes`), SIGTERM
 * 7.5 s later, SIGKILL 2.5 s after that. On the first signal no new call starts and the calls in
 * flight get `graceMs` to answer; then they are abandoned, so the report can be written well before
 * SIGTERM. SIGTERM (or a second SIGINT) abandons them at once.
 */
export type StopSignal = 'SIGINT' | 'SIGTERM'

/** Time the calls in flight get to answer after SIGINT, well inside the runner's 7.5 s. */
export const GRACE_MS = 3_000

/**
 * The longest read that settles a Reject whose answer was lost when the run is cancelled: after the
 * grace, it still ends well before the runner's SIGTERM; SIGTERM cuts it short.
 */
export const CONFIRM_MS = 2_000

export class Cancellation {
  /** Aborted at the first signal: start nothing new. */
  private readonly stopping = new AbortController()
  /** Aborted when the grace is over: calls in flight are abandoned. */
  private readonly abandoning = new AbortController()
  /** Aborted at SIGTERM (or a second SIGINT): no time is left for any call, a confirming read included. */
  private readonly terminating = new AbortController()
  signal: StopSignal | undefined
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly graceMs = GRACE_MS) {}

  /** Aborted when no new call may start. */
  get stop(): AbortSignal {
    return this.stopping.signal
  }

  /** Aborted when calls in flight must give up; pass it to every AWS call. */
  get abandon(): AbortSignal {
    return this.abandoning.signal
  }

  /** Aborted when the runner is about to kill the step: even a read that settles a lost answer gives up. */
  get terminate(): AbortSignal {
    return this.terminating.signal
  }

  get requested(): boolean {
    return this.stopping.signal.aborted
  }

  request(signal: StopSignal): void {
    const again = this.requested
    this.signal ??= signal
    this.stopping.abort()
    if (signal === 'SIGTERM' || again) {
      this.abandonNow()
      this.terminating.abort()
      return
    }
    this.timer = setTimeout(() => this.abandonNow(), this.graceMs)
    this.timer.unref()
  }

  private abandonNow(): void {
    if (this.timer) clearTimeout(this.timer)
    this.abandoning.abort()
  }

  /**
   * Listens for the runner's signals; returns a function that stops listening. Signals the launcher
   * (src/launch.js) caught before the action loaded are taken over: its handlers are removed only
   * after these are in place, and what it caught is requested now, in order.
   */
  listen(target: Pick<NodeJS.Process, 'on' | 'off'> = process, early: EarlySignals | undefined = earlySignals()): () => void {
    const onInt = (): void => this.request('SIGINT')
    const onTerm = (): void => this.request('SIGTERM')
    target.on('SIGINT', onInt)
    target.on('SIGTERM', onTerm)
    if (early) {
      early.release()
      for (const signal of early.signals.splice(0)) this.request(signal)
    }
    return () => {
      target.off('SIGINT', onInt)
      target.off('SIGTERM', onTerm)
    }
  }
}

/** What the launcher leaves on globalThis: the signals it caught, and how to stop catching them. */
export interface EarlySignals {
  signals: StopSignal[]
  release(): void
}

const EARLY_SIGNALS = Symbol.for('proton-reject-connection-action.early-signals')

function earlySignals(): EarlySignals | undefined {
  return (globalThis as Record<symbol, EarlySignals | undefined>)[EARLY_SIGNALS]
}

/** The error an abandoned wait or call rejects with, named as the AWS SDK names its own. */
export const abortError = (): Error => Object.assign(new Error('cancelled'), { name: 'AbortError' })

/**
 * Settles with the call, or rejects as soon as `signal` aborts: the SDK checks the signal only when
 * an attempt starts, so a call waiting out a retry back-off would otherwise outlive the cancellation.
 */
export function abandonable<T>(call: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return call
  if (signal.aborted) {
    call.catch(() => undefined)
    return Promise.reject(abortError())
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError())
    signal.addEventListener('abort', onAbort, { once: true })
    call.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error as Error)
      }
    )
  })
}

/** Waits `ms`, or rejects with an AbortError as soon as `signal` aborts (the timer is cleared then). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError())
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortError())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Settles with the call, or rejects with `message` after `ms`, or with an AbortError when `signal`
 * aborts: for calls that take no signal of their own (the runner's OIDC token request). The call is
 * left behind; the process exits when the run is done (src/index.ts).
 */
export function withDeadline<T>(call: Promise<T>, ms: number, signal: AbortSignal | undefined, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(message), { name: 'TimeoutError' })), ms)
  })
  deadline.catch(() => undefined)
  return abandonable(
    Promise.race([call, deadline]).finally(() => clearTimeout(timer)),
    signal
  )
}

