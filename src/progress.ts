import { OUTCOME_WORDS, type ConnectionResult, type Outcome } from './domain.js'

/**
 * Progress of a long run in the log: nothing for the first seconds, then one line at most every
 * few seconds, so that a person watching the step can tell it is moving. Lines hold counts only,
 * never a value from AWS or a secret, and each is one line.
 */
export const PROGRESS_INTERVAL_MS = 5_000

export interface WorkState {
  total: number
  handled: number
  counts: Readonly<Partial<Record<Outcome, number>>>
  inFlight: number
  /** The pool's width now and at most: reported when throttling narrowed it. */
  width: number
  maxWidth: number
  /** Since the handling began. */
  elapsedMs: number
}

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

export function workLine(s: WorkState): string {
  const counts = (Object.keys(OUTCOME_WORDS) as Outcome[])
    .filter((o) => (s.counts[o] ?? 0) > 0)
    .map((o) => `${s.counts[o]} ${OUTCOME_WORDS[o]}`)
  const parts = [`Progress: ${s.handled} of ${s.total} connections handled${counts.length ? ` (${counts.join(', ')})` : ''}`]
  if (s.handled < s.total) {
    parts.push(`${s.inFlight} in flight`)
    if (s.width < s.maxWidth) parts.push(`concurrency ${s.width} of ${s.maxWidth} while AWS throttles`)
    if (s.handled > 0) parts.push(`about ${duration(((s.total - s.handled) * s.elapsedMs) / s.handled)} left`)
  } else {
    parts.push(`done in ${duration(s.elapsedMs)}`)
  }
  return parts.join('; ')
}

export const listingLine = (pages: number, connections: number): string =>
  `Listing pending connections: ${pages} page${pages === 1 ? '' : 's'}, ${connections} connection${connections === 1 ? '' : 's'} read so far`

interface PoolView {
  readonly active: number
  readonly currentWidth: number
}

export class Progress {
  private readonly started: number
  private lastLine: number
  private timer: NodeJS.Timeout | undefined
  private listing = { pages: 0, connections: 0 }
  private work: { total: number; started: number; handled: number; counts: Partial<Record<Outcome, number>> } | undefined
  private printed = false

  constructor(
    private readonly log: (line: string) => void,
    private readonly pool: PoolView,
    private readonly maxWidth: number,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = PROGRESS_INTERVAL_MS
  ) {
    this.started = this.now()
    this.lastLine = this.started
  }

  /** Checks once a second whether a line is due; the timer never keeps the process alive. */
  start(): this {
    this.timer = setInterval(() => this.tick(), Math.min(1_000, this.intervalMs))
    this.timer.unref()
    return this
  }

  onPage(pages: number, connections: number): void {
    this.listing = { pages, connections }
  }

  beginWork(total: number): void {
    this.work = { total, started: this.now(), handled: 0, counts: {} }
  }

  onResult(result: ConnectionResult): void {
    if (!this.work) return
    this.work.handled += 1
    this.work.counts[result.outcome] = (this.work.counts[result.outcome] ?? 0) + 1
  }

  /** Prints a line when the run is long enough and the last line is old enough. */
  tick(): void {
    const now = this.now()
    if (now - this.started < this.intervalMs || now - this.lastLine < this.intervalMs) return
    this.lastLine = now
    this.printed = true
    this.log(this.line(now))
  }

  /** Ends the reporting; a run that printed progress ends with its final count. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    if (this.printed && this.work) this.log(this.line(this.now()))
  }

  private line(now: number): string {
    if (!this.work) return listingLine(this.listing.pages, this.listing.connections)
    return workLine({
      total: this.work.total,
      handled: this.work.handled,
      counts: this.work.counts,
      inFlight: this.pool.active,
      width: this.pool.currentWidth,
      maxWidth: this.maxWidth,
      elapsedMs: now - this.work.started
    })
  }
}
