export interface RateLimit {
  perSecond: number
  burst: number
}

/**
 * A rate limit on Proton calls, as AWS applies one per account: a token bucket of `burst` calls
 * refilled at `perSecond`; a call without a token is throttled.
 */
export class RateLimiter {
  /** No limit when absent. Changing it keeps the bucket; `forgetBucket` starts a full one. */
  limit: RateLimit | undefined
  private bucket = { tokens: 0, at: 0 }

  /** Whether a call may go on now; one that may spends a token. */
  take(): boolean {
    const limit = this.limit
    if (!limit) return true
    const now = performance.now()
    if (this.bucket.at === 0) this.bucket = { tokens: limit.burst, at: now }
    this.bucket.tokens = Math.min(limit.burst, this.bucket.tokens + ((now - this.bucket.at) / 1000) * limit.perSecond)
    this.bucket.at = now
    if (this.bucket.tokens < 1) return false
    this.bucket.tokens -= 1
    return true
  }

  /** Forgets the tokens spent: the next call finds a full bucket. */
  forgetBucket(): void {
    this.bucket = { tokens: 0, at: 0 }
  }
}
