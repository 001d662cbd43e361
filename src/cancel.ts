/**
 * Cancellation as the runner does it: SIGINT first (a cancelled run or `timeout-minutes`), SIGTERM
 * 7.5 s later, SIGKILL 2.5 s after that. On the first signal no new call starts and the calls in
 * flight get `graceMs` to answer; then they are abandoned, so the report can be written well before
 * SIGTERM. SIGTERM (or a second SIGINT) abandons them at once.
 */
export type StopSignal = 'SIGINT' | 'SIGTERM'

/** Time the calls in flight get to answer after SIGINT, well inside the runner's 7.5 s. */
export const GRACE_MS = 3_000

export class Cancellation {
  /** Aborted at the first signal: start nothing new. */
  private readonly stopping = new AbortController()
  /** Aborted when the grace is over: calls in flight are abandoned. */
  private readonly abandoning = new AbortController()
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

  get requested(): boolean {
    return this.stopping.signal.aborted
  }

  request(signal: StopSignal): void {
    const again = this.requested
    this.signal ??= signal
    this.stopping.abort()
    if (signal === 'SIGTERM' || again) {
      this.abandonNow()
      return
    }
    this.timer = setTimeout(() => this.abandonNow(), this.graceMs)
    this.timer.unref()
  }

  private abandonNow(): void {
    if (this.timer) clearTimeout(this.timer)
    this.abandoning.abort()
  }

  /** Listens for the runner's signals; returns a function that stops listening. */
  listen(target: Pick<NodeJS.Process, 'on' | 'off'> = process): () => void {
    const onInt = (): void => this.request('SIGINT')
    const onTerm = (): void => this.request('SIGTERM')
    target.on('SIGINT', onInt)
    target.on('SIGTERM', onTerm)
    return () => {
      target.off('SIGINT', onInt)
      target.off('SIGTERM', onTerm)
    }
  }
}
