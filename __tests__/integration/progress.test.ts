import { describe, expect, it } from '@jest/globals'
import { useEmulator } from './harness.js'

/** Progress lines of a long run, through dist/index.js against an emulator that throttles like AWS. */

const h = useEmulator()
const INTERVAL_MS = 5_000

describe('progress in the log', () => {
  it('a long throttled policy run prints a line at most every 5 s, with counts that only grow and end at the total', async () => {
    const total = 150
    for (let i = 0; i < total; i++) h.emulator.seed({ environmentAccountId: String(500000000000 + i) })
    h.emulator.proton.pageSize = 10
    h.emulator.rateLimit = { perSecond: 25, burst: 5 }
    const r = await h.run({ 'allowed-account-ids': '[]' })
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe(String(total))
    const progress = r.lines.filter((l) => /^(Progress|Listing pending connections): /.test(l.text))
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress[0]?.atMs).toBeGreaterThanOrEqual(INTERVAL_MS - 200)
    for (let i = 1; i < progress.length - 1; i++) {
      expect((progress[i]?.atMs ?? 0) - (progress[i - 1]?.atMs ?? 0)).toBeGreaterThanOrEqual(INTERVAL_MS - 200)
    }
    const handled = progress.map((l) => Number(/^Progress: (\d+) of 150 /.exec(l.text)?.[1] ?? -1)).filter((n) => n >= 0)
    expect(handled.length).toBeGreaterThanOrEqual(1)
    expect([...handled].sort((a, b) => a - b)).toEqual(handled)
    expect(progress.at(-1)?.text).toMatch(new RegExp(`^Progress: ${total} of ${total} connections handled \\(${total} rejected\\); done in \\d+ s$`))
    const secret = h.emulator.staticCredential.secretAccessKey
    for (const l of progress) {
      expect(l.text).not.toContain(secret)
      expect(l.text).not.toContain('\r')
    }
  })

  it('a short run prints no progress line', async () => {
    const ids = Array.from({ length: 5 }, () => h.emulator.seed().id)
    const r = await h.run({ 'connection-id': ids.join(',') })
    expect(r.code).toBe(0)
    expect(r.lines.filter((l) => /^(Progress|Listing)/.test(l.text))).toEqual([])
  })
})
