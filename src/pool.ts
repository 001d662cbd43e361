/**
 * Runs tasks with at most `max` at a time, halving the width when the service throttles and
 * widening again by one for every `width` tasks that finish, as TCP does with its window.
 * Every task runs; results keep the order of the input.
 */
export class AdaptivePool {
  private width: number
  private active = 0
  private sinceWiden = 0
  private readonly waiting: Array<() => void> = []
  /** The narrowest the pool became, for the log. */
  narrowest: number

  constructor(private readonly max: number) {
    this.width = Math.max(1, max)
    this.narrowest = this.width
  }

  get currentWidth(): number {
    return this.width
  }

  throttled(): void {
    this.width = Math.max(1, Math.floor(this.width / 2))
    this.narrowest = Math.min(this.narrowest, this.width)
    this.sinceWiden = 0
  }

  private release(): void {
    this.active -= 1
    this.sinceWiden += 1
    if (this.width < this.max && this.sinceWiden >= this.width) {
      this.width += 1
      this.sinceWiden = 0
    }
    while (this.active < this.width && this.waiting.length > 0) {
      this.active += 1
      this.waiting.shift()?.()
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.width) {
      this.active += 1
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  async map<T, R>(items: readonly T[], task: (item: T, index: number) => Promise<R>): Promise<R[]> {
    return Promise.all(
      items.map(async (item, index) => {
        await this.acquire()
        try {
          return await task(item, index)
        } finally {
          this.release()
        }
      })
    )
  }
}
