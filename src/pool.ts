/**
 * Runs tasks with at most `max` at a time, halving the width when the service throttles and
 * widening again by one for every `width` tasks that finish, as TCP does with its window.
 * Every task runs; results keep the order of the input.
 */
export class AdaptivePool {
  private width: number
  private running = 0
  private sinceWiden = 0
  /** Tasks waiting for a slot: called with true when given one, false when the run stops. */
  private readonly waiting: Array<(slot: boolean) => void> = []
  /** The narrowest the pool became, for the log. */
  narrowest: number

  constructor(private readonly max: number) {
    this.width = Math.max(1, max)
    this.narrowest = this.width
  }

  /** Tasks running now. */
  get active(): number {
    return this.running
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
    this.running -= 1
    this.sinceWiden += 1
    if (this.width < this.max && this.sinceWiden >= this.width) {
      this.width += 1
      this.sinceWiden = 0
    }
    while (this.running < this.width && this.waiting.length > 0) {
      this.running += 1
      this.waiting.shift()?.(true)
    }
  }

  private acquire(): Promise<boolean> {
    if (this.running < this.width) {
      this.running += 1
      return Promise.resolve(true)
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /**
   * Every item's task, at most `width` at a time. Once `stop` aborts, tasks not started are not
   * started: `skipped` gives their result instead, and tasks already running finish on their own.
   */
  async map<T, R>(
    items: readonly T[],
    task: (item: T, index: number) => Promise<R>,
    stopping?: { stop: AbortSignal; skipped: (item: T) => R }
  ): Promise<R[]> {
    const stop = stopping?.stop
    const wakeAll = (): void => {
      for (const waiter of this.waiting.splice(0)) waiter(false)
    }
    stop?.addEventListener('abort', wakeAll, { once: true })
    try {
      return await Promise.all(
        items.map(async (item, index) => {
          if (stop?.aborted || !(await this.acquire())) return (stopping as { skipped: (item: T) => R }).skipped(item)
          try {
            return await task(item, index)
          } finally {
            this.release()
          }
        })
      )
    } finally {
      stop?.removeEventListener('abort', wakeAll)
    }
  }
}
