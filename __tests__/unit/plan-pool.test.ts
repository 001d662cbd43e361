import { describe, expect, it } from '@jest/globals'
import { decideForPolicy, decideForRequestedId } from '../../src/plan.js'
import { AdaptivePool } from '../../src/pool.js'
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
