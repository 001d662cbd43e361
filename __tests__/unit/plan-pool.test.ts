import { describe, expect, it } from '@jest/globals'
import { countsAgainstLimit, decideForPolicy, decideForRequestedId, overLimit, type Decision } from '../../src/plan.js'
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

  it('in the policy mode calls a REJECTED connection already rejected, allowed account or not', () => {
    expect(decideForPolicy(c('REJECTED', '333333333333'), ['222222222222'])).toMatchObject({ action: 'leave', outcome: 'already-rejected' })
    expect(decideForPolicy(c('REJECTED'), ['222222222222'])).toMatchObject({ action: 'leave', outcome: 'already-rejected' })
    expect(decideForPolicy(c('REJECTED'), [])).toMatchObject({ action: 'leave', outcome: 'already-rejected' })
  })

  it('gives every decision a reason, and the reasons tell the cases apart', () => {
    const reasons = [
      decideForRequestedId(c('PENDING')),
      decideForRequestedId(c('CONNECTED')),
      decideForRequestedId(c('REJECTED')),
      decideForPolicy(c('REJECTED'), []),
      decideForPolicy(c('CONNECTED'), []),
      decideForPolicy(c('PENDING'), ['222222222222']),
      decideForPolicy(c('PENDING'), [])
    ].map((d) => d.reason)
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(0)
    expect(new Set(reasons).size).toBe(reasons.length)
  })

  it('says which status a connection the policy mode leaves had, and that a requested one was connected', () => {
    expect(decideForPolicy(c('CONNECTED'), []).reason).toContain('CONNECTED')
    expect(decideForRequestedId(c('CONNECTED')).reason).toMatch(/connected/i)
    expect(decideForRequestedId(c('PENDING')).reason).not.toMatch(/connected/i)
  })
})

describe('drift: connected connections of accounts outside the policy', () => {
  const outside = c('CONNECTED', '333333333333')

  it('are reported by default in the policy mode, not rejected, and marked as drift', () => {
    expect(decideForPolicy(outside, ['222222222222'], 'report')).toMatchObject({ action: 'leave', outcome: 'drifted', drift: true })
  })

  it('are rejected with drift: reject, still marked as drift', () => {
    expect(decideForPolicy(outside, ['222222222222'], 'reject')).toMatchObject({ action: 'reject', drift: true })
  })

  it('are left alone and not marked with drift: ignore, or when no mode is given', () => {
    for (const decision of [decideForPolicy(outside, ['222222222222'], 'ignore'), decideForPolicy(outside, ['222222222222'])]) {
      expect(decision).toMatchObject({ action: 'leave', outcome: 'skipped' })
      expect(decision).not.toHaveProperty('drift')
      expect(decision.reason).toContain('CONNECTED')
    }
  })

  it('do not include a connected connection of an allowed account, in any mode', () => {
    for (const mode of ['report', 'reject', 'ignore'] as const) {
      const decision = decideForPolicy(c('CONNECTED'), ['222222222222'], mode)
      expect(decision).toMatchObject({ action: 'leave', outcome: 'skipped' })
      expect(decision).not.toHaveProperty('drift')
      expect(decision.reason).toMatch(/connected/i)
      expect(decision.reason).toMatch(/in the policy/)
    }
  })

  it('give each case its own reason', () => {
    const reasons = [
      decideForPolicy(outside, [], 'report'),
      decideForPolicy(outside, [], 'reject'),
      decideForPolicy(outside, [], 'ignore'),
      decideForPolicy(c('CONNECTED'), ['222222222222'], 'report')
    ].map((d) => d.reason)
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(0)
    expect(new Set(reasons).size).toBe(reasons.length)
  })

  it('change nothing about pending and rejected connections', () => {
    for (const mode of ['report', 'reject', 'ignore'] as const) {
      expect(decideForPolicy(c('PENDING', '333333333333'), [], mode)).toEqual({ action: 'reject', reason: 'its account is not in the policy' })
      expect(decideForPolicy(c('REJECTED', '333333333333'), [], mode)).toMatchObject({ action: 'leave', outcome: 'already-rejected' })
    }
  })
})

describe('a status the policy mode does not know', () => {
  it('is left alone, its status named', () => {
    const decision = decideForPolicy(c('DELETING' as Connection['status'], '333333333333'), [], 'reject')
    expect(decision).toMatchObject({ action: 'leave', outcome: 'skipped' })
    expect(decision.reason).toContain('DELETING')
  })
})

describe('max-rejections', () => {
  const reject: Decision = { action: 'reject', reason: 'r' }
  const leave: Decision = { action: 'leave', outcome: 'skipped', reason: 'l' }
  const pending = (account = '222222222222') => c('PENDING', account)
  const p = (decision: Decision, connection = pending()) => ({ connection, decision })

  it('is within the limit up to the limit, and over it above, counting only rejections', () => {
    expect(overLimit([p(reject), p(reject), p(leave), p(leave), p(leave)], 2)).toBeUndefined()
    expect(overLimit([p(reject), p(reject), p(reject), p(leave)], 2)).toEqual({ planned: 3, counted: 3, limit: 2 })
    expect(overLimit([p(reject)], 0)).toEqual({ planned: 1, counted: 1, limit: 0 })
    expect(overLimit([p(leave), p(leave)], 0)).toBeUndefined()
    expect(overLimit([], 0)).toBeUndefined()
  })

  it('has no limit when none is given', () => {
    expect(overLimit([p(reject), p(reject), p(reject)], undefined)).toBeUndefined()
    expect(overLimit([p(reject), p(reject)], undefined, [])).toBeUndefined()
  })

  it('with a previous policy, counts pending requests of accounts it allowed and connected ones, never outsiders\' requests', () => {
    const previously = ['444444444444']
    // Ten junk requests from accounts no version allowed do not count.
    const junk = Array.from({ length: 10 }, (_, i) => p(reject, pending(`9000000000${String(i).padStart(2, '0')}`)))
    expect(overLimit(junk, 0, previously)).toBeUndefined()
    expect(overLimit(junk, 0)).toEqual({ planned: 10, counted: 10, limit: 0 })
    // An account the previous version allowed, now removed: its pending request counts.
    const removed = p(reject, pending('444444444444'))
    expect(overLimit([...junk, removed], 0, previously)).toEqual({ planned: 11, counted: 1, limit: 0 })
    expect(overLimit([...junk, removed], 1, previously)).toBeUndefined()
    // A CONNECTED connection rejected (drift: reject) counts whatever the previous version said.
    const connected = p({ action: 'reject', reason: 'drift', drift: true }, c('CONNECTED', '900000000001'))
    expect(overLimit([connected], 0, previously)).toEqual({ planned: 1, counted: 1, limit: 0 })
    expect(overLimit([connected, removed], 1, previously)).toEqual({ planned: 2, counted: 2, limit: 1 })
    // A connection left alone never counts, even of an account the previous version allowed.
    expect(overLimit([p(leave, pending('444444444444'))], 0, previously)).toBeUndefined()
  })

  it('says per connection whether it counts', () => {
    expect(countsAgainstLimit(pending('444444444444'), reject, ['444444444444'])).toBe(true)
    expect(countsAgainstLimit(pending('555555555555'), reject, ['444444444444'])).toBe(false)
    expect(countsAgainstLimit(pending('555555555555'), reject, undefined)).toBe(true)
    expect(countsAgainstLimit(pending('555555555555'), reject, [])).toBe(false)
    expect(countsAgainstLimit(c('CONNECTED', '555555555555'), reject, [])).toBe(true)
    expect(countsAgainstLimit(pending('444444444444'), leave, ['444444444444'])).toBe(false)
    expect(countsAgainstLimit(c('CONNECTED', '555555555555'), leave, undefined)).toBe(false)
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

  /** Tasks that finish only when the test says so, oldest first. */
  function controlled(pool: AdaptivePool, n: number, stopping?: { stop: AbortSignal; skipped: (item: number) => string }) {
    const finishers: Array<() => void> = []
    const started: number[] = []
    const done = pool.map(
      [...Array(n).keys()],
      (i) =>
        new Promise<string>((resolve) => {
          started.push(i)
          finishers.push(() => resolve(`done ${i}`))
        }),
      stopping
    )
    const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
    const finishOldest = async (): Promise<void> => {
      ;(finishers.shift() as () => void)()
      await settle()
    }
    return { done, started, settle, finishOldest }
  }

  it('starts as wide as its maximum, and at least one wide', async () => {
    expect(new AdaptivePool(5).currentWidth).toBe(5)
    expect(new AdaptivePool(5).narrowest).toBe(5)
    expect(new AdaptivePool(0).currentWidth).toBe(1)
    const pool = new AdaptivePool(3)
    const run = controlled(pool, 10)
    await run.settle()
    expect(run.started).toEqual([0, 1, 2])
    expect(pool.active).toBe(3)
    await run.finishOldest()
    expect(run.started).toEqual([0, 1, 2, 3])
    expect(pool.active).toBe(3)
    while (pool.active > 0) await run.finishOldest()
    expect(await run.done).toEqual([...Array(10).keys()].map((i) => `done ${i}`))
    expect(pool.currentWidth).toBe(3)
  })

  it('halves on throttling down to one, and widens by one after as many finished tasks as its width, never above its maximum', async () => {
    const pool = new AdaptivePool(4)
    pool.throttled()
    expect(pool.currentWidth).toBe(2)
    pool.throttled()
    pool.throttled()
    expect(pool.currentWidth).toBe(1)
    expect(pool.narrowest).toBe(1)
    const run = controlled(pool, 30)
    await run.settle()
    const widths: number[] = []
    const active: number[] = [pool.active]
    for (let i = 0; i < 14; i++) {
      await run.finishOldest()
      widths.push(pool.currentWidth)
      active.push(pool.active)
    }
    expect(widths).toEqual([2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4])
    expect(active).toEqual([1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4])
    expect(pool.narrowest).toBe(1)
    while (pool.active > 0) await run.finishOldest()
    await run.done
  })

  it('counts finished tasks afresh after a throttle', async () => {
    const pool = new AdaptivePool(8)
    pool.throttled()
    const run = controlled(pool, 20)
    await run.settle()
    expect(pool.active).toBe(4)
    await run.finishOldest()
    await run.finishOldest()
    await run.finishOldest()
    expect(pool.currentWidth).toBe(4)
    pool.throttled()
    expect(pool.currentWidth).toBe(2)
    await run.finishOldest()
    expect(pool.currentWidth).toBe(2)
    await run.finishOldest()
    expect(pool.currentWidth).toBe(3)
    expect(pool.narrowest).toBe(2)
    while (pool.active > 0) await run.finishOldest()
    await run.done
  })

  it('once stopped, starts no further task: those waiting and those after get the skipped result, running ones finish', async () => {
    const pool = new AdaptivePool(2)
    const stop = new AbortController()
    const run = controlled(pool, 5, { stop: stop.signal, skipped: (i) => `skipped ${i}` })
    await run.settle()
    expect(run.started).toEqual([0, 1])
    stop.abort()
    await run.settle()
    expect(run.started).toEqual([0, 1])
    await run.finishOldest()
    await run.finishOldest()
    expect(await run.done).toEqual(['done 0', 'done 1', 'skipped 2', 'skipped 3', 'skipped 4'])
    expect(run.started).toEqual([0, 1])
    expect(pool.active).toBe(0)
  })

  it('starts nothing when stopped before it begins', async () => {
    const pool = new AdaptivePool(2)
    const stop = new AbortController()
    stop.abort()
    let calls = 0
    const out = await pool.map([1, 2, 3], async () => {
      calls += 1
      return 'done'
    }, { stop: stop.signal, skipped: (i) => `skipped ${i}` })
    expect(out).toEqual(['skipped 1', 'skipped 2', 'skipped 3'])
    expect(calls).toBe(0)
  })

  it('forgets a finished run\'s stop signal: stopping it later does not touch the next run', async () => {
    const pool = new AdaptivePool(1)
    const stop = new AbortController()
    expect(await pool.map([1], async (i) => `done ${i}`, { stop: stop.signal, skipped: (i) => `skipped ${i}` })).toEqual(['done 1'])
    const run = controlled(pool, 3)
    await run.settle()
    stop.abort()
    await run.settle()
    while (pool.active > 0) await run.finishOldest()
    expect(await run.done).toEqual(['done 0', 'done 1', 'done 2'])
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

  it('lowers the rate again on a second throttle: to nine tenths of it, or to what was accepted if less', () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 20; i++) {
      clock.t += 10
      pacer.succeeded()
    }
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(18)
    // 300 ms later, 40 calls accepted in the last second: still nine tenths of the rate, not more.
    for (let i = 0; i < 20; i++) {
      clock.t += 15
      pacer.succeeded()
    }
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(16.2)
    // 300 ms later with only the last 10 calls of the window accepted: the rate follows them down.
    clock.t += 1_000
    for (let i = 0; i < 10; i++) {
      clock.t += 30
      pacer.succeeded()
    }
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(9)
  })

  it('keeps a rate above nothing when no call was accepted, and never raises it on a throttle', () => {
    const { pacer, clock } = clocked()
    pacer.throttled()
    const first = pacer.rate as number
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThanOrEqual(1)
    clock.t += 500
    pacer.throttled()
    expect(pacer.rate).toBeGreaterThan(0)
    expect(pacer.rate).toBeLessThanOrEqual(first)
  })

  it('counts throttles 250 ms apart or more as separate events, closer ones as one', () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 100; i++) {
      clock.t += 5
      pacer.succeeded()
    }
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(90)
    clock.t += 249
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(90)
    clock.t += 1
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(81)
  })

  it('measures only the calls of the last second, its first instant included', () => {
    const { pacer, clock } = clocked()
    pacer.succeeded()
    clock.t = 500
    for (let i = 0; i < 9; i++) pacer.succeeded()
    clock.t = 1_000
    pacer.throttled()
    // The one at 0 ms is exactly a second old: it counts, 10 in all.
    expect(pacer.rate).toBeCloseTo(9)
    const other = clocked()
    other.pacer.succeeded()
    other.clock.t = 500
    for (let i = 0; i < 9; i++) other.pacer.succeeded()
    other.clock.t = 1_001
    other.pacer.throttled()
    expect(other.pacer.rate).toBeCloseTo(8.1)
  })

  it('forgets successes older than a second as new ones come in', () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 50; i++) pacer.succeeded()
    clock.t = 2_000
    for (let i = 0; i < 10; i++) pacer.succeeded()
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(9)
  })

  it('keeps the successes of the last ten seconds only, however long the run', () => {
    const { pacer, clock } = clocked()
    const kept = (): number => (pacer as unknown as { successes: number[] }).successes.length
    for (let i = 0; i < 100_000; i++) {
      clock.t = i * 10
      pacer.succeeded()
    }
    expect(kept()).toBe(1_001)
    clock.t += 10_001
    pacer.succeeded()
    expect(kept()).toBe(1)
  })

  it('raises the rate once per calm second, counted from the last throttle or raise', async () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 10; i++) pacer.succeeded()
    clock.t = 100
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(9)
    clock.t = 1_099
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9)
    clock.t = 1_100
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9.9)
    clock.t = 2_000
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9.9)
    clock.t = 2_100
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(10.89)
  })

  it('raises the rate a tenth for every calm second between two calls, not once: a pace at the floor comes back in seconds', async () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 10; i++) pacer.succeeded()
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(9)
    clock.t = 8_500
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9 * 1.1 ** 8)
    // The half second left over counts towards the next raise.
    clock.t = 9_000
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9 * 1.1 ** 9)
    clock.t = 9_999
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9 * 1.1 ** 9)
  })

  it('raises at most a hundred times at once, so that a long calm never overflows the rate', async () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 10; i++) pacer.succeeded()
    pacer.throttled()
    clock.t = 3_600_000
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9 * 1.1 ** 100)
    expect(Number.isFinite(pacer.rate)).toBe(true)
    clock.t = 3_601_000
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9 * 1.1 ** 101)
  })

  it('gives each call the next free slot, waiting only for a slot still ahead', async () => {
    const { pacer, clock, slept } = clocked()
    for (let i = 0; i < 10; i++) pacer.succeeded()
    pacer.throttled()
    // 9 calls a second: a slot every 111 ms.
    await pacer.acquire()
    expect(slept).toEqual([])
    clock.t += 50
    await pacer.acquire()
    expect(slept.map(Math.round)).toEqual([61])
    // Long after the last slot: no wait, and the next slot counts from now.
    clock.t += 500
    await pacer.acquire()
    expect(slept.map(Math.round)).toEqual([61])
    await pacer.acquire()
    expect(slept.map(Math.round)).toEqual([61, 111])
  })

  it('waits nothing before the first throttle, and spaces calls right after it', async () => {
    const { pacer, clock, slept } = clocked()
    for (let i = 0; i < 10; i++) {
      await pacer.acquire()
      pacer.succeeded()
    }
    pacer.throttled()
    await pacer.acquire()
    clock.t += 10
    await pacer.acquire()
    expect(slept.map(Math.round)).toEqual([101])
  })

  it('with nothing accepted in the last second, takes the rate from the last ten seconds, its first instant included', () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 5; i++) {
      clock.t = i * 1_000
      pacer.succeeded()
    }
    clock.t = 10_000
    pacer.throttled()
    // Five calls in ten seconds, the one at 0 ms exactly ten seconds old: half a call a second, a little below.
    expect(pacer.rate).toBeCloseTo(0.45)
    const other = clocked()
    for (let i = 0; i < 5; i++) {
      other.clock.t = i * 1_000
      other.pacer.succeeded()
    }
    other.clock.t = 10_001
    other.pacer.throttled()
    expect(other.pacer.rate).toBeCloseTo(0.36)
  })

  it('with nothing accepted for ten seconds, halves the rate at each throttle, down to one call every 20 seconds', () => {
    const { pacer, clock } = clocked()
    pacer.succeeded()
    clock.t = 20_000
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(0.5)
    const rates: number[] = []
    for (let i = 0; i < 6; i++) {
      clock.t += 300
      pacer.throttled()
      rates.push(pacer.rate as number)
    }
    expect(rates[0]).toBeCloseTo(0.25)
    expect(rates[1]).toBeCloseTo(0.125)
    expect(rates[2]).toBeCloseTo(0.0625)
    expect(rates.slice(3)).toEqual([0.05, 0.05, 0.05])
  })

  it('raises the rate by a tenth after a calm second, and gives up a wait when cancelled', async () => {
    const { pacer, clock } = clocked()
    for (let i = 0; i < 10; i++) pacer.succeeded()
    pacer.throttled()
    expect(pacer.rate).toBeCloseTo(9)
    clock.t += 1_500
    await pacer.acquire()
    expect(pacer.rate).toBeCloseTo(9.9)
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
