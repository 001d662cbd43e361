import { describe, expect, it } from '@jest/globals'
import { errorLines, useEmulator } from './harness.js'

/**
 * Pacing under a rate limit below one call a second, through dist/index.js. A file of its own: the
 * run takes about a minute of waiting, which runs beside the other files rather than after them.
 */

const h = useEmulator()

describe('pacing follows AWS down', () => {
  it('below one call a second, every connection still succeeds', async () => {
    h.emulator.rateLimit = { perSecond: 0.5, burst: 1 }
    const ids = [1, 2, 3, 4].map(() => h.emulator.seed().id)
    const r = await h.run({ 'connection-id': ids.join(','), 'max-concurrency': '2' }, { timeoutMs: 90_000 })
    expect(errorLines(r)).toEqual([])
    expect(r.outputs['rejected-count']).toBe('4')
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('REJECTED')
  }, 90_000)
})
