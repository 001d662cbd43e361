import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { RunResult } from '../../emulator/runner.js'
import { rows, useEmulator, type Row } from './harness.js'

/**
 * Cancellation as the runner does it (SIGINT, then SIGTERM 7.5 s later), through dist/index.js:
 * afterwards the outputs, the results file and the emulator's state agree.
 */

const h = useEmulator()
/** The runner sends SIGTERM this long after SIGINT. */
const RUNNER_SIGTERM_AFTER_MS = 7_500


/** Every connection the emulator holds as rejected is rejected, failed or already-rejected in the results, never cancelled; every `rejected` one is rejected there. */
function expectAgreement(r: RunResult, ids: readonly string[]): Row[] {
  const results = rows(r)
  expect(results.map((x) => x.id).sort()).toEqual([...ids].sort())
  for (const row of results) {
    const status = h.emulator.proton.connections.get(row.id)?.status
    if (status === 'REJECTED') expect(['rejected', 'unknown', 'already-rejected']).toContain(row.outcome)
    if (row.outcome === 'rejected') expect(status).toBe('REJECTED')
    if (row.outcome === 'cancelled') expect(status).toBe('PENDING')
  }
  // The results file holds the same results.
  expect(r.outputs['results-file']).toMatch(/proton-reject-results-[\w.-]+\.json$/)
  expect(dirname(r.outputs['results-file'] as string)).toBe(r.runnerTemp)
  expect(JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8'))).toEqual(results)
  return results
}

const count = (results: Row[], outcome: string): number => results.filter((x) => x.outcome === outcome).length

describe('cancellation', () => {
  it('SIGINT in the middle of a batch: no new call, outputs and summary written, exit well before SIGTERM', async () => {
    const ids = Array.from({ length: 60 }, () => h.emulator.seed().id)
    h.emulator.latencyMs = 150
    const r = await h.run({ 'connection-id': ids.join('\n'), 'max-concurrency': '4' }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    expect(r.exitAfterSignalMs).toBeLessThan(RUNNER_SIGTERM_AFTER_MS)
    const results = expectAgreement(r, ids)
    expect(count(results, 'rejected')).toBeGreaterThan(0)
    expect(count(results, 'cancelled')).toBeGreaterThan(0)
    expect(r.outputs['rejected-count']).toBe(String(count(results, 'rejected')))
    expect(r.summary).toContain(`### ⏹️ Cancelled (SIGINT): ${count(results, 'rejected')} rejected`)
    expect(r.summary).toContain(`${count(results, 'cancelled')} not attempted`)
    expect(r.stdout).toMatch(/^::warning title=Cancelled::The run was cancelled \(SIGINT\)/m)
    // Nothing was called after the grace period.
    const rejectsAfter = h.emulator.callsOf('RejectEnvironmentAccountConnection').length
    expect(rejectsAfter).toBe(results.filter((x) => x.outcome !== 'cancelled' && x.outcome !== 'already-rejected').length)
  })

  it('SIGINT in the middle of a policy run', async () => {
    const ids = Array.from({ length: 60 }, (_x, i) => h.emulator.seed({ environmentAccountId: String(500000000000 + i) }).id)
    h.emulator.latencyMs = 150
    const r = await h.run({ 'allowed-account-ids': '333333333333', 'max-concurrency': '4' }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    expect(r.exitAfterSignalMs).toBeLessThan(RUNNER_SIGTERM_AFTER_MS)
    const results = expectAgreement(r, ids)
    expect(count(results, 'rejected')).toBeGreaterThan(0)
    expect(count(results, 'cancelled')).toBeGreaterThan(0)
  })

  it('SIGTERM abandons the calls in flight at once', async () => {
    const ids = Array.from({ length: 40 }, () => h.emulator.seed().id)
    h.emulator.latencyMs = 400
    const r = await h.run({ 'connection-id': ids.join(','), 'max-concurrency': '4' }, { interrupt: [{ signal: 'SIGTERM', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    // The runner kills 2.5 s after SIGTERM.
    expect(r.exitAfterSignalMs).toBeLessThan(2_500)
    expectAgreement(r, ids)
    expect(r.summary).toContain('### ⏹️ Cancelled (SIGTERM)')
  })

  it('a Reject that took effect but never answered is read again within the runner\'s window, and reported rejected', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'hang-after', operation: 'RejectEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_000 }] })
    expect(r.code).toBe(1)
    expect(r.exitAfterSignalMs).toBeLessThan(RUNNER_SIGTERM_AFTER_MS)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    const [row] = expectAgreement(r, [c.id])
    expect(row?.outcome).toBe('rejected')
    expect(row?.reason).toContain('the answer to the Reject was lost, a fresh read shows it rejected')
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.summary).toContain('### ⏹️ Cancelled (SIGINT): 1 rejected, 0 not attempted')
  })

  it('a Reject that never answered, whose read cannot be made before SIGTERM, is unknown, never PENDING', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'hang-after', operation: 'RejectEnvironmentAccountConnection' })
    // The read before the Reject answers; every read after it hangs.
    h.emulator.beforeOperation = (operation) => {
      if (operation === 'RejectEnvironmentAccountConnection') h.emulator.inject({ kind: 'hang', operation: 'GetEnvironmentAccountConnection', times: 5 })
    }
    try {
      const r = await h.run({ 'connection-id': c.id }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_000 }] })
      expect(r.code).toBe(1)
      expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
      const [row] = expectAgreement(r, [c.id])
      expect(row?.outcome).toBe('unknown')
      expect(row?.error).toContain('its result is unknown: AWS may have applied it')
      expect(r.outputs.status).toBe('')
      expect(r.outputs['failed-count']).toBe('1')
      expect(r.summary).toContain('### ⏹️ Cancelled (SIGINT): 0 rejected, 1 with unknown result, 0 not attempted')
    } finally {
      delete h.emulator.beforeOperation
    }
  })

  it('SIGINT then SIGTERM during the grace: exits at once after SIGTERM', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'hang', operation: 'GetEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id }, { interrupt: [{ signal: 'SIGINT', afterMs: 800 }, { signal: 'SIGTERM', afterMs: 1_300 }] })
    expect(r.code).toBe(1)
    expect(r.exitAfterSignalMs).toBeLessThan(2_000)
    const [row] = expectAgreement(r, [c.id])
    expect(row?.outcome).toBe('cancelled')
  })
})

describe('results-file', () => {
  it('holds every result on an ordinary run, in the shape of the results output', async () => {
    const ids = [h.emulator.seed().id, h.emulator.seed({ status: 'REJECTED' }).id]
    const r = await h.run({ 'connection-id': ids.join(' ') })
    expect(r.code).toBe(0)
    expect(expectAgreement(r, ids).map((x) => x.outcome)).toEqual(['rejected', 'already-rejected'])
  })

  it('is written on a failure too, with what is known (nothing, for bad input)', async () => {
    const r = await h.run({ 'connection-id': 'not-an-id' })
    expect(r.code).toBe(1)
    expect(existsSync(r.outputs['results-file'] as string)).toBe(true)
    expect(JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8'))).toEqual([])
  })
})
