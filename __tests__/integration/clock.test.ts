import { beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../../emulator/runner.js'
import { APPLY_ROLE, errorLines, rows, useEmulator } from './harness.js'

/**
 * The runner's clock and AWS's disagree (issue 26, defects 5 and 6): dist/index.js signs in with the
 * job's OIDC token against an emulator whose "AWS clock" (STS's Date header and Expiration, Proton's
 * expiry check) is shifted from the runner's.
 */

const h = useEmulator()
const emptyHome = mkdtempSync(join(tmpdir(), 'home-'))

beforeEach(() => {
  h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main')
})

function oidcJob(withInputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    with: { 'role-to-assume': APPLY_ROLE, ...withInputs },
    env: {
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_PROTON: h.emulator.url,
      AWS_ENDPOINT_URL_STS: h.emulator.url,
      AWS_EC2_METADATA_DISABLED: 'true',
      HOME: emptyHome,
      ...env
    },
    idToken: (job) => h.emulator.oidcEnvFor(job),
    timeoutMs: 60_000
  })
}

const warnings = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::warning'))
const clockWarnings = (r: RunResult): string[] => warnings(r).filter((l) => l.includes("runner's clock"))
const renewedLines = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('AWS session renewed'))
const addMasks = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
const expiredAnswers = (): number => h.emulator.calls.filter((c) => c.service === 'proton' && c.status === 400 && c.accessKeyId?.startsWith('ASIA') === true).length

/** Every "valid until" names a time still to come by AWS's clock when the line was written, or says it is gone. */
function expectNoValidUntilInThePast(r: RunResult, startedAt: number, skewMs: number): void {
  for (const line of r.lines) {
    const until = /valid until (\S+?Z)/.exec(line.text)?.[1]
    if (!until) continue
    const awsNowAtLine = startedAt + line.atMs + skewMs
    expect({ line: line.text, future: Date.parse(until) > awsNowAtLine - 1_000 }).toEqual({ line: line.text, future: true })
  }
}

/** Each session's secrets (key ID, secret key, session token) and each OIDC token masked exactly once. */
function expectEachSecretMaskedOnce(r: RunResult): void {
  const masked = addMasks(r)
  const count = (value: string): number => masked.filter((l) => l === `::add-mask::${value}`).length
  const issued = [...h.emulator.identity.issued.values()]
  for (const k of issued) {
    expect([count(k.accessKeyId), count(k.secretAccessKey), count(k.sessionToken as string)]).toEqual([1, 1, 1])
  }
  for (const token of h.emulator.identity.tokensIssued) expect(count(token)).toBe(1)
  // Nothing else is masked in these runs: four lines per session.
  expect(masked).toHaveLength(4 * issued.length)
}

describe("the runner's clock behind AWS's (defect 5)", () => {
  it('renews short sessions by AWS\'s clock: all 30 connections rejected with a few STS calls, and one warning that names the offset', async () => {
    h.emulator.clockSkewMs = 75_000
    h.emulator.identity.sessionSeconds = 2
    h.emulator.latencyMs = 150
    const ids = Array.from({ length: 30 }, () => h.emulator.seed().id)
    const startedAt = Date.now()
    const r = await oidcJob({ 'connection-id': ids.join(','), 'max-concurrency': '2' })
    expect(r.durationMs).toBeGreaterThan(3_000)
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('30')
    expect(rows(r).filter((x) => x.outcome !== 'rejected')).toEqual([])
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('REJECTED')
    const sts = h.emulator.callsOf('AssumeRoleWithWebIdentity')
    expect(sts.length).toBeGreaterThanOrEqual(2)
    expect(sts.length).toBeLessThanOrEqual(10)
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(sts.length)
    expect(clockWarnings(r)).toHaveLength(1)
    expect(clockWarnings(r)[0]).toMatch(/The runner's clock is 7[45] s behind AWS's \(from STS's Date header\); session expiry is judged by AWS's clock/)
    expect(renewedLines(r)).toHaveLength(sts.length - 1)
    expectNoValidUntilInThePast(r, startedAt, 75_000)
    expectEachSecretMaskedOnce(r)
  }, 60_000)

  it('renews the session when Proton answers ExpiredTokenException, and retries those calls once', async () => {
    // The sessions say they last 15 minutes, but AWS ends the first one after a few calls (as it does
    // when its clock is further ahead than STS's Expiration let the runner see).
    h.emulator.clockSkewMs = 75_000
    let operations = 0
    h.emulator.beforeOperation = () => {
      operations += 1
      if (operations === 6) for (const k of h.emulator.identity.issued.values()) k.expiresAt = new Date(0)
    }
    const ids = Array.from({ length: 12 }, () => h.emulator.seed().id)
    const r = await oidcJob({ 'connection-id': ids.join(','), 'max-concurrency': '3' })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('12')
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('REJECTED')
    // One renewal for all the calls that met the ended session: single-flight.
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(2)
    expect(expiredAnswers()).toBeGreaterThanOrEqual(1)
    expect(expiredAnswers()).toBeLessThanOrEqual(3)
    expectEachSecretMaskedOnce(r)
  }, 60_000)

  it('fails a call that meets ExpiredTokenException again after the renewal, naming the runner\'s clock; the log says the expiration is already past', async () => {
    // Every session STS gives has already ended by the time Proton sees it.
    h.emulator.identity.sessionSeconds = 0
    const ids = Array.from({ length: 2 }, () => h.emulator.seed().id)
    const r = await oidcJob({ 'connection-id': ids.join(','), 'max-concurrency': '1' })
    expect(r.code).toBe(1)
    const results = rows(r)
    expect(results.map((x) => x.outcome)).toEqual(['failed', 'failed'])
    for (const x of results) {
      expect(x.error).toMatch(/^AWS credentials expired during proton:GetEnvironmentAccountConnection for connection \S+ \(ExpiredTokenException\), again after the action renewed its session and retried the call once\. AWS judges expiry by its own clock: the runner's clock is within a second of AWS's \(from STS's Date header\)/)
      expect(x.error).not.toContain('renews its session before it expires')
    }
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('PENDING')
    // The first sign-in, then one forced renewal per call: never one per attempt, and no more.
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(3)
    const renewed = renewedLines(r)
    expect(renewed).toHaveLength(2)
    for (const line of renewed) expect(line).toMatch(/, whose expiration \S+Z is already past by AWS's clock$/)
    expect(r.stdout).not.toMatch(/valid until/)
  }, 60_000)
})

describe("the runner's clock ahead of AWS's (defect 6)", () => {
  it('does not renew on every call when Expiration is already past by the runner\'s clock: one STS call, bounded masks', async () => {
    h.emulator.clockSkewMs = -120_000
    h.emulator.identity.sessionSeconds = 60
    const ids = Array.from({ length: 30 }, () => h.emulator.seed().id)
    const startedAt = Date.now()
    const r = await oidcJob({ 'connection-id': ids.join(','), 'max-concurrency': '2' }, { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('30')
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(1)
    expect(renewedLines(r)).toEqual([])
    expect(clockWarnings(r)).toHaveLength(1)
    expect(clockWarnings(r)[0]).toMatch(/The runner's clock is 1(19|20) s ahead of AWS's \(from STS's Date header\); session expiry is judged by AWS's clock/)
    expect(addMasks(r)).toHaveLength(4)
    expectEachSecretMaskedOnce(r)
    expectNoValidUntilInThePast(r, startedAt, -120_000)
    // No secret in the log, with debug logging on.
    const issued = [...h.emulator.identity.issued.values()]
    const secrets = [...issued.flatMap((k) => [k.secretAccessKey, k.sessionToken as string]), ...h.emulator.identity.tokensIssued]
    const visible = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n')
    expect(r.stdout).toContain('::debug::')
    for (const secret of secrets) expect(visible).not.toContain(secret)
  }, 60_000)

  it('signs by AWS\'s clock when the runner\'s is far ahead (20 minutes, past SigV4\'s 5): every connection rejected, nothing called access denied', async () => {
    h.emulator.clockSkewMs = -20 * 60_000
    const ids = Array.from({ length: 3 }, () => h.emulator.seed().id)
    const r = await oidcJob({ 'connection-id': ids.join(',') })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('3')
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('REJECTED')
    expect(clockWarnings(r)).toHaveLength(1)
    expect(r.stdout).not.toContain('Access denied')
  }, 60_000)

  it('gives no clock warning when the clocks agree within a minute', async () => {
    h.emulator.clockSkewMs = -30_000
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(clockWarnings(r)).toEqual([])
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(1)
  }, 60_000)
})
