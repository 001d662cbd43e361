import { abortableSleep } from './cancel.js'

/**
 * Paces calls to the rate the service accepts, learnt from its throttling: AWS throttles per
 * account with a token bucket, so once throttled the calls that succeeded in the last second are
 * about the rate it refills at. Calls are then spaced evenly a little below that, and the rate is
 * raised by a tenth for every second without throttling, to follow a limit that rises. Until the
 * first throttled call nothing waits.
 */
export interface PaceOptions {
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

const WINDOW_MS = 1_000
const LONG_WINDOW_MS = 10_000
/** Throttled calls this close together are one event: the same empty bucket. */
const SAME_EVENT_MS = 250
const BELOW = 0.9
const RAISE_EVERY_MS = 1_000
const RAISE_BY = 1.1
/** The most raises one call makes: 1.1 ** 100 is about 13,800 times the rate, far above any service's limit. */
const MAX_RAISES = 100
const HALVE = 0.5
/** The slowest pace: one call every 20 s, still inside any step's time. */
const MIN_RATE = 1 / 20

export class Pacer {
  /** Calls per second; undefined until the service first throttles. */
  rate: number | undefined
  private nextSlot = 0
  private lastThrottle = -Infinity
  private lastRaise = 0
  private readonly successes: number[] = []
  private readonly now: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>

  constructor(options: PaceOptions = {}) {
    this.now = options.now ?? (() => performance.now())
    this.sleep = options.sleep ?? abortableSleep
  }

  /** Waits for this call's turn; resolves at once while the service has not throttled. */
  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.rate === undefined) return
    const now = this.now()
    this.rate = this.raisedIfCalm(now, this.rate)
    const slot = Math.max(now, this.nextSlot)
    this.nextSlot = slot + 1000 / this.rate
    if (slot > now) await this.sleep(slot - now, signal)
  }

  succeeded(): void {
    const now = this.now()
    this.successes.push(now)
    while (this.successes.length > 0 && (this.successes[0] as number) < now - LONG_WINDOW_MS) this.successes.shift()
  }

  throttled(): void {
    const now = this.now()
    if (now - this.lastThrottle < SAME_EVENT_MS) return
    this.lastThrottle = now
    this.lastRaise = now
    const accepted = this.successes.filter((t) => t >= now - WINDOW_MS).length
    // Nothing accepted in the last second: AWS allows less than a call a second. The rate then comes
    // from the last ten seconds, and with nothing accepted there either it is halved, down to MIN_RATE.
    const slow = this.successes.filter((t) => t >= now - LONG_WINDOW_MS).length / (LONG_WINDOW_MS / 1000)
    const measured = accepted > 0 ? accepted * BELOW : slow > 0 ? slow * BELOW : (this.rate ?? 1) * HALVE
    this.rate = Math.max(MIN_RATE, this.rate === undefined ? measured : Math.min(this.rate * BELOW, measured))
  }

  /**
   * The rate, a tenth higher for every calm second since the last throttle or raise: after eight
   * seconds between two slow calls, eight raises, not one, so a pace cut to the floor comes back in
   * seconds. At most MAX_RAISES at once, so that a long calm cannot overflow it.
   */
  private raisedIfCalm(now: number, rate: number): number {
    const seconds = Math.floor((now - this.lastRaise) / RAISE_EVERY_MS)
    if (seconds < 1) return rate
    this.lastRaise += seconds * RAISE_EVERY_MS
    return rate * RAISE_BY ** Math.min(seconds, MAX_RAISES)
  }
}
