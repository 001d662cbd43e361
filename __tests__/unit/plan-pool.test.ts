import { describe, expect, it } from '@jest/globals'
import { decideForPolicy, decideForRequestedId } from '../../src/plan.js'
import { AdaptivePool } from '../../src/pool.js'
import { Pacer } from '../../src/pace.js'
import type { Connection } from '../../src/proton.js'
import { connectionFixture } from './fixtures.js'

const c = (status: Connection['status'], environmentAccountId = '222222222222'): Connection => connectionFixture({ status, environmentAccountId })

describe('decisions', () => {
  it('rejects a requested PENDING or CONNECTED connection and leaves a REJECTED one', () => {
    expect(decideForRequestedId(c('PENDING')).action).toBe('reject')
    expect(decideForRequestedId(c('CONNECTED')).action).toBe('reject')
    expect(decideForRequestedId(c('REJECTED'))).toMatchObject({ action: 'leave', outcome: 'already-rejected' })
  })

  it('in the policy mode rejects only pending connections of accounts not allowed', () => {
    expect(decideForPolicy(c('PENDING', '333333333333'), ['222222222222'])).toMatchObject({ action: 'reject', reason: 'its account is not in the policy' })
    expect(decideForPolicy(c('PENDING'), ['222222222222'])).toMatchObject({ action: 'leave', outcome: 'skipped' })
    expect(decideForPolicy(c('CONNECTED', '333333333333'), [])).toMatchObject({ action: 'leave', outcome: 'skipped' })
    expect(decideForPolicy(c('PENDING'), []).action).toBe('reject')
  })
})

describe('AdaptivePool', () => {
  const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1))

  it('runs every task, never more than max at once, keeping the order of results', async () => {
    const pool = new AdaptivePool(3)
    let active = 0
    let peak = 0
    const out = await pool.map([...Array(20).keys()], async (i) => {
      active += 1
      peak = Math.max(peak, active)
      await tick()
      active -= 1
      return i * 2
    })
    expect(out).toEqual([...Array(20).keys()].map((i) => i * 2))
    expect(peak).toBe(3)
  })

  it('halves its width on throttling and widens again by one as tasks finish', async () => {
    const pool = new AdaptivePool(8)
    pool.throttled()
    pool.throttled()
    pool.throttled()
    expect(pool.currentWidth).toBe(1)
    let active = 0
    const atStart: number[] = []
    await pool.map([...Array(40).keys()], async () => {
      active += 1
      atStart.push(active)
      await tick()
      active -= 1
    })
    expect(pool.narrowest).toBe(1)
    expect(atStart.slice(0, 3)).toEqual([1, 1, 2])
    expect(Math.max(...atStart)).toBeGreaterThan(2)
    expect(Math.max(...atStart)).toBeLessThanOrEqual(8)
  })

  it('goes on with the others when a task fails inside it (the caller turns failures into results)', async () => {
    const pool = new AdaptivePool(2)
    const out = await pool.map([1, 2, 3], async (i) => (i === 2 ? 'failed' : 'ok'))
    expect(out).toEqual(['ok', 'failed', 'ok'])
  })
})

describe('Pacer', () => {
  function clocked(): { pacer: Pacer; clock: { t: number }; slept: number[] } {
    const clock = { t: 0 }
    const slept: number[] = []
    const pacer = new Pacer({
      now: () => clock.t,
      sleep: async (ms) => {
        slept.push(ms)
        clock.t += ms
      }
    })
    return { pacer, clock, slept }
  }

  it('does not wait until the service throttles', async () => {
    const { pacer, slept } = clocked()
    for (let i = 0; i < 50; i++) await pacer.acquire()
    expect(slept).toEqual([])
    expect(pacer.rate).toBeUndefined()
  })

  it('then spaces calls a little below what the service accepted in the last second', async () => {
    const { pacer, clock, slept } = clocked()
    for (let i = 0; i < 20; i++) {
      clock.t += 10
      pacer.succeeded()
    }
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(18)
    // Throttles of the same empty bucket count once.
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(18)
    await pacer.acquire()
    await pacer.acquire()
    await pacer.acquire()
    expect(slept.map((ms) => Math.round(ms))).toEqual([56, 56])
  })

  it('raises the rate by a tenth after a calm second, and gives up a wait when cancelled', async () => {
    const { pacer, clock } = clocked()
    pacer.succeeded()
    pacer.throttled()
    expect(pacer.rate).toBe(1)
    clock.t += 1_500
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(1.1)
    const real = new Pacer()
    real.succeeded()
    real.throttled()
    await real.acquire()
    const stop = new AbortController()
    const waiting = real.acquire(stop.signal)
    stop.abort()
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' })
  })
})
