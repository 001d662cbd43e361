import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, type RunResult } from '../../emulator/runner.js'
import { APPLY_ROLE, errorLines, readable, rows, useEmulator, type Row } from './harness.js'

/**
 * Hostile or broken answers, blank policies, the first and last second of a run, size limits and
 * comments that are not the action's: each through dist/index.js, with the outputs, the results file,
 * the summary and the emulator's state checked to agree.
 */

const h = useEmulator()

const resultsFile = (r: RunResult): Row[] => JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8')) as Row[]
/** Lines the runner would read as workflow commands (after leading spaces), other than the action's own kinds. */
const commandLines = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => /^\s*(::|##\[)/.test(l))
const policyRun = (policy: string, extra: Record<string, string> = {}) =>
  h.run({ 'policy-file': 'policy.yml', ...extra }, { files: { 'policy.yml': policy } })

describe('policies say what they mean', () => {
  it.each([
    ['blank', 'allowed-account-ids:\n'],
    ['all entries commented out', 'allowed-account-ids:\n  # - "333333333333"\n  # - "444444444444"\n'],
    ["''", "allowed-account-ids: ''\n"],
    ['null', 'allowed-account-ids: null\n'],
    ['~', 'allowed-account-ids: ~\n']
  ])('a %s list is an error that names the file and the two valid forms; nothing is listed or rejected', async (_name, policy) => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await policyRun(policy)
    expect(r.code).toBe(1)
    const errors = errorLines(r).join('\n')
    expect(errors).toContain('policy.yml')
    expect(errors).toContain('is empty')
    expect(errors).toContain('allowed-account-ids: []')
    expect(errors).toContain('123456789012')
    expect(h.emulator.calls).toHaveLength(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('an explicit [] plans every pending connection, and the headline says so', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.seed({ environmentAccountId: '666666666666' })
    const r = await policyRun('allowed-account-ids: []\n', { 'dry-run': 'true' })
    expect(r.code).toBe(0)
    const headline = readable(r.summary).split('\n')[0]
    expect(headline).toContain('2 connections would be rejected')
    expect(headline).toContain('the policy allows no account, so every pending connection is rejected')
  })

  it('an unknown key is a warning that names it', async () => {
    const r = await policyRun('allowed-account-ids: ["555555555555"]\nallowed-acount-ids: ["666666666666"]\n', { 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning::policy-file: policy.yml has the key "allowed-acount-ids", which the action does not know/m)
  })

  it('a policy file outside the workspace, or over 1 MiB, is refused before it is read', async () => {
    // A device outside the workspace is never opened (a fifo inside it: policy-input.test.ts).
    const device = await h.run({ 'policy-file': '/dev/zero' }, { timeoutMs: 20_000 })
    expect(device.code).toBe(1)
    expect(errorLines(device).join('\n')).toContain('policy-file: /dev/zero is outside the workspace; the policy file must be inside the workspace')
    expect(device.durationMs).toBeLessThan(10_000)
    expect(device.summary).toContain('is outside the workspace')
    const big = await policyRun(`allowed-account-ids:\n${'  - "555555555555"\n'.repeat(60_000)}`)
    expect(big.code).toBe(1)
    expect(errorLines(big).join('\n')).toContain('larger than 1024 KiB')
  })
})

describe('nothing from the service reaches the log raw', () => {
  it('a listed ID that would start a workflow command is a failed item, quoted, never acted on', async () => {
    const forged = h.emulator.seed({ id: '::error title=Forged::all good', environmentAccountId: '555555555555' })
    const stop = h.emulator.seed({ id: '::stop-commands::x', environmentAccountId: '555555555555' })
    const set = h.emulator.seed({ id: '::set-output name=rejected-count::0', environmentAccountId: '555555555555' })
    const real = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await policyRun('allowed-account-ids: ["111111111111"]\n')
    expect(r.code).toBe(1)
    expect(commandLines(r).filter((l) => !/^::(error|warning|notice|debug|add-mask)/.test(l) || /Forged/.test(l.split('::')[1] ?? ''))).toEqual([])
    expect(r.stdout).not.toMatch(/^\s*::error title=Forged/m)
    expect(r.stdout).not.toMatch(/^\s*::stop-commands::/m)
    expect(r.stdout).not.toMatch(/^\s*::set-output/m)
    const byId = new Map(rows(r).map((x) => [x.id, x]))
    for (const bad of [forged, stop, set]) {
      expect(byId.get(bad.id)?.outcome).toBe('failed')
      expect(byId.get(bad.id)?.error).toContain('unexpected answer from AWS Proton')
    }
    expect(byId.get(real.id)?.outcome).toBe('rejected')
    expect(r.outputs['rejected-count']).toBe('1')
    expect(h.emulator.calls.filter((c) => c.service === 'proton' && c.operation !== 'ListEnvironmentAccountConnections').map((c) => c.input?.id)).toEqual([real.id, real.id])
  })
})

describe('review findings: the log, the exit, the policy, the links', () => {
  it('a ##[ anywhere in a value from AWS never reaches the log as a command', async () => {
    const c = h.emulator.seed({ usedByEnvironment: 'prod ##[error title=x]Forged', environmentName: 'prod ##[error title=x]Forged' })
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(`${r.stdout}\n${r.stderr}`).not.toContain('##[')
    expect(rows(r)[0]?.error).toContain('##[error title=x]Forged')
  })

  it('every line and annotation reaches the log before the process exits, however many', async () => {
    h.emulator.proton.pageSize = 100
    for (let i = 0; i < 3000; i++) h.emulator.seed({ id: `bad-${i}`, environmentAccountId: '555555555555' })
    const r = await policyRun('allowed-account-ids: ["111111111111"]\n')
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter((l) => /^"bad-\d+": failed: /.test(l))).toHaveLength(3000)
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1)
    expect(r.stdout.endsWith('\n')).toBe(true)
  }, 60_000)

  it('a policy file of 40,000 keys is read in linear time, with one warning naming a few', async () => {
    const keys = Array.from({ length: 40_000 }, (_v, i) => `k${i}: 1`).join('\n')
    const r = await policyRun(`allowed-account-ids: ["555555555555"]\n${keys}\n`, { 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.durationMs).toBeLessThan(15_000)
    const warned = r.stdout.split('\n').filter((l) => l.includes('keys the action does not know'))
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain('40000 keys')
  }, 60_000)

  it('a key given twice is an error', async () => {
    const r = await policyRun('allowed-account-ids: ["555555555555"]\nallowed-account-ids: []\n')
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('"allowed-account-ids" more than once')
    expect(h.emulator.calls).toHaveLength(0)
  })

  it.each([',', '[,]', ' , , ', '"\n,\n"'])('an allowed-account-ids input of %j names no account: an error, not "allow none"', async (value) => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await h.run({ 'allowed-account-ids': value })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('names no account')
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('a pull request URL that is huge or holds a line break is shown as text only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    const event = JSON.parse(readFileSync(join(ROOT, 'emulator', 'events', 'event-pull_request-open.json'), 'utf8')) as { pull_request: { html_url: string } }
    for (const url of [`https://github.com/${'x'.repeat(2 * 1024 * 1024)}`, 'https://github.com/o/r/pull/1\n\n### ✅ Forged heading']) {
      event.pull_request.html_url = url
      writeFileSync(join(dir, 'event.json'), JSON.stringify(event))
      h.emulator.forgetEverything()
      h.emulator.seed({ environmentAccountId: '555555555555' })
      const r = await h.run({ 'allowed-account-ids': '111111111111', 'dry-run': 'true' }, { event: { name: 'pull_request', payload: join(dir, 'event.json') } })
      expect(r.code).toBe(0)
      expect(Buffer.byteLength(r.summary)).toBeLessThan(64 * 1024)
      expect(r.summary).not.toMatch(/^### ✅ Forged/m)
    }
  })

  it('a conflict after a 5xx is another request\'s rejection: an answer came', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'internal', operation: 'RejectEnvironmentAccountConnection' })
    h.emulator.beforeOperation = (operation, input) => {
      const stored = h.emulator.proton.connections.get(String(input.id))
      if (operation === 'RejectEnvironmentAccountConnection' && stored) stored.status = 'REJECTED'
    }
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(rows(r)[0]?.outcome).toBe('already-rejected')
  })
})

describe('answers must match the question', () => {
  it('a Reject that answers PENDING is a failure, never counted as rejected', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'answer-pending', operation: 'RejectEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(r.outputs.status).not.toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('0')
    expect(rows(r)[0]?.error).toContain('unexpected answer from AWS Proton')
    expect(readable(r.summary)).not.toContain('✅')
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('a Get that answers about another connection is a failure, not already-rejected', async () => {
    const c = h.emulator.seed({ status: 'REJECTED' })
    h.emulator.inject({ kind: 'answer-other', operation: 'GetEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(rows(r)[0]).toMatchObject({ outcome: 'failed' })
    expect(rows(r)[0]?.error).toContain('answered about connection "99999999-9999-4999-8999-999999999999"')
  })

  it('a conflict after a throttled first attempt is already-rejected: a throttled call was never applied', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'throttle', operation: 'RejectEnvironmentAccountConnection' })
    // Another run rejects it while this one waits to retry.
    h.emulator.beforeOperation = (operation, input) => {
      const stored = h.emulator.proton.connections.get(String(input.id))
      if (operation === 'RejectEnvironmentAccountConnection' && stored) stored.status = 'REJECTED'
    }
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(rows(r)[0]?.outcome).toBe('already-rejected')
    expect(r.outputs['rejected-count']).toBe('0')
  })

  it('a conflict after an attempt whose answer was lost is this run\'s rejection', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset-after', operation: 'RejectEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(rows(r)[0]?.outcome).toBe('rejected')
  })
})

describe('List, bounded', () => {
  it('an item repeated on a later page is handled once', async () => {
    h.emulator.proton.pageSize = 2
    const ids = [1, 2, 3, 4].map(() => h.emulator.seed({ environmentAccountId: '555555555555' }).id)
    h.emulator.inject({ kind: 'duplicate', operation: 'ListEnvironmentAccountConnections', times: 1 })
    h.emulator.inject({ kind: 'duplicate', operation: 'ListEnvironmentAccountConnections', times: 1 })
    const r = await policyRun('allowed-account-ids: ["111111111111"]\n')
    expect(r.code).toBe(0)
    expect(rows(r).map((x) => x.id).sort()).toEqual([...ids].sort())
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(4)
  })

  it('a List that never stops paging ends with an error after 1,000 pages, and nothing is rejected', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ kind: 'endless-pages', operation: 'ListEnvironmentAccountConnections', times: 5_000 })
    const r = await policyRun('allowed-account-ids: ["111111111111"]\n')
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf('ListEnvironmentAccountConnections')).toHaveLength(1000)
    expect(errorLines(r).join('\n')).toContain('after 1000')
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  }, 90_000)
})

describe('the first and the last seconds of a run', () => {
  it('a SIGINT before the bundle has loaded still leaves outputs, a results file and a summary', async () => {
    const c = h.emulator.seed()
    // The bundle's loading is held back 1.5 s; the signal comes after the launcher started, before the bundle listens.
    const r = await h.run(
      { 'connection-id': c.id },
      { nodeArgs: ['--import', join(ROOT, '__tests__', 'integration', 'fixtures', 'slow-bundle.mjs')], interrupt: [{ signal: 'SIGINT', afterMs: 900 }] }
    )
    expect(r.durationMs).toBeGreaterThan(1_500)
    expect(r.code).toBe(1)
    expect(r.outputs['rejected-count']).toBe('0')
    expect(existsSync(r.outputs['results-file'] as string)).toBe(true)
    expect(readable(r.summary)).toContain('Cancelled (SIGINT)')
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('a GitHub API that never answers holds a push run for a few seconds only, and the summary is written before the look-up', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ service: 'github', kind: 'hang', times: 10 })
    const r = await h.run(
      { 'policy-file': 'policy.yml', 'github-token': h.emulator.github.token },
      { files: { 'policy.yml': 'allowed-account-ids: ["111111111111"]\n' }, event: { name: 'push', payload: 'event-push-merge.json' }, timeoutMs: 40_000 }
    )
    expect(r.durationMs).toBeLessThan(25_000)
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(readable(r.summary)).toContain('GitHub did not answer within 10 s')
    expect(r.stdout).toMatch(/^::warning title=Pull request not found::.*GitHub did not answer within 10 s/m)
  }, 60_000)

  it('killed outright while the GitHub look-up hangs, the run still leaves its summary', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ service: 'github', kind: 'hang', times: 10 })
    // The runner's SIGKILL, 5 s in: the look-up waits up to 10 s, so only a summary written before it survives.
    const r = await h.run(
      { 'policy-file': 'policy.yml', 'github-token': h.emulator.github.token },
      { files: { 'policy.yml': 'allowed-account-ids: ["111111111111"]\n' }, event: { name: 'push', payload: 'event-push-merge.json' }, timeoutMs: 5_000 }
    )
    expect(r.code).toBeNull()
    expect(readable(r.summary)).toContain('Rejected 1 connection')
    expect(readable(r.summary)).toContain('Merged pull request: being looked up when this summary was written')
    expect(r.outputs['rejected-count']).toBe('1')
  }, 30_000)

  it('a SIGINT while the GitHub look-up hangs ends the run within the trail\'s window, well before SIGTERM, with the summary written', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ service: 'github', kind: 'hang', times: 10 })
    h.emulator.latencyMs = 0
    const r = await h.run(
      { 'policy-file': 'policy.yml', 'github-token': h.emulator.github.token },
      { files: { 'policy.yml': 'allowed-account-ids: ["111111111111"]\n' }, event: { name: 'push', payload: 'event-push-merge.json' }, interrupt: [{ signal: 'SIGINT', afterMs: 2_500 }] }
    )
    // The trail gets 2.5 s after SIGINT to say what was done; the runner's SIGTERM comes at 7.5 s.
    expect(r.exitAfterSignalMs).toBeGreaterThan(2_000)
    expect(r.exitAfterSignalMs).toBeLessThan(4_000)
    expect(r.summary).toMatch(/^### ⏹️ Cancelled \(SIGINT\)/)
  }, 30_000)

  it('a slow OIDC endpoint does not hold the exit after SIGINT', async () => {
    h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:*')
    h.emulator.inject({ service: 'oidc', kind: 'delay', delayMs: 20_000 })
    const c = h.emulator.seed()
    const r = await h.run(
      { 'connection-id': c.id, 'role-to-assume': APPLY_ROLE },
      { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, idToken: (job) => h.emulator.oidcEnvFor(job), interrupt: [{ signal: 'SIGINT', afterMs: 1_000 }] }
    )
    expect(r.exitAfterSignalMs).toBeLessThan(2_000)
    expect(r.code).toBe(1)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  }, 40_000)
})

describe('every page within its limit', () => {
  it('a 2 MiB message from the endpoint: the summary stays small, the results file keeps it whole', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'huge-error', operation: 'GetEnvironmentAccountConnection' })
    const r = await h.run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(Buffer.byteLength(r.summary)).toBeLessThan(64 * 1024)
    expect(readable(r.summary)).toContain('…')
    expect(resultsFile(r)[0]?.error?.length).toBeGreaterThan(2 * 1024 * 1024)
  })

  it('many different failures: the failure list stays inside the budget and rows still appear', async () => {
    const name = (i: number): string => `environment-${i}-${'n'.repeat(280)}`
    const ids = Array.from({ length: 1500 }, (_v, i) => h.emulator.seed({ usedByEnvironment: name(i), environmentName: name(i) }).id)
    const r = await h.run({ 'connection-id': ids.join(',') }, { timeoutMs: 120_000 })
    expect(r.code).toBe(1)
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(readable(r.summary)).toMatch(/more kinds? of failure left out/)
    expect(r.summary.split('\n').filter((l) => l.startsWith('| ❌')).length).toBeGreaterThan(100)
    expect(resultsFile(r)).toHaveLength(1500)
    expect(statSync(r.outputs['results-file'] as string).size).toBeGreaterThan(1024 * 1024)
  }, 120_000)
})

describe('only our own comments', () => {
  const MARKER = '<!-- proton-reject-connection-action:plan region=us-east-1 policy=policy.yml -->'
  const open = { name: 'pull_request', payload: 'event-pull_request-open.json' }
  const plan = () =>
    h.run({ 'policy-file': 'policy.yml', 'dry-run': 'true', 'github-token': h.emulator.github.token }, { files: { 'policy.yml': 'allowed-account-ids: ["111111111111"]\n' }, event: open })

  it('a comment that starts with the marker but is someone else\'s is never edited', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const key = 'octo-org/octo-repo#42'
    h.emulator.github.comments.set(key, [
      { id: 1, body: `${MARKER}\nplanted`, user: { login: 'mallory', type: 'User' }, created_at: '', updated_at: '', html_url: 'https://github.com/x#1' }
    ])
    const r = await plan()
    expect(r.code).toBe(0)
    const comments = h.emulator.github.comments.get(key) ?? []
    expect(comments.find((c) => c.id === 1)?.body).toBe(`${MARKER}\nplanted`)
    expect(comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1)
  })

  it('two plans at once leave one comment', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    await Promise.all([plan(), plan()])
    expect((h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1)
  })

  it('a refused token is named as such, not as a missing permission', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await h.run({ 'policy-file': 'policy.yml', 'dry-run': 'true', 'github-token': 'ghs_wrong' }, { files: { 'policy.yml': 'allowed-account-ids: ["111111111111"]\n' }, event: open })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning title=Plan not posted::.*401 Bad credentials/m)
    expect(r.stdout).not.toMatch(/Plan not posted::.*pull-requests: write/m)
  })
})

describe('the emulator\'s comment store', () => {
  it('refuses a comment over 65,536 characters, as GitHub does', () => {
    const a = h.emulator.github.handle('POST', '/repos/o/r/issues/1/comments', `token ${h.emulator.github.token}`, { body: 'x'.repeat(65_537) })
    expect(a.status).toBe(422)
  })
})
