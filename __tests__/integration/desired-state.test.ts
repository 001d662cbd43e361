import { describe, expect, it } from '@jest/globals'
import type { RunResult } from '../../emulator/runner.js'
import { errorLines, readable, rows, useEmulator } from './harness.js'

/** The policy as desired state: drift of connected accounts, a limit on what one run may reject, plan counts, one comment per policy. */

const h = useEmulator()
const POLICY = 'allowed-account-ids: ["333333333333"]\n'
const outcomeOf = (r: RunResult, id: string): string | undefined => rows(r).find((x) => x.id === id)?.outcome
const policyRun = (inputs: Record<string, string> = {}, policy = POLICY, extra = {}) =>
  h.run({ 'policy-file': 'policy.yml', ...inputs }, { files: { 'policy.yml': policy }, ...extra })
const warnings = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::warning'))

/** A connected account the policy allows, one it no longer allows (drift), and a pending request from outside. */
function world() {
  return {
    allowed: h.emulator.seed({ environmentAccountId: '333333333333', status: 'CONNECTED', environmentName: 'kept' }),
    drifted: h.emulator.seed({ environmentAccountId: '444444444444', status: 'CONNECTED', environmentName: 'removed-from-policy' }),
    pending: h.emulator.seed({ environmentAccountId: '555555555555', environmentName: 'new-request' })
  }
}

describe('drift', () => {
  it('is reported by default: listed, counted, warned once, and left as it is', async () => {
    const w = world()
    const r = await policyRun()
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('ListEnvironmentAccountConnections')[0]?.input).toMatchObject({ statuses: ['PENDING', 'CONNECTED'] })
    expect(outcomeOf(r, w.drifted.id)).toBe('drifted')
    expect(outcomeOf(r, w.pending.id)).toBe('rejected')
    expect(outcomeOf(r, w.allowed.id)).toBe('skipped')
    expect(h.emulator.proton.connections.get(w.drifted.id)?.status).toBe('CONNECTED')
    expect(r.outputs['drift-count']).toBe('1')
    expect(r.outputs['would-reject-count']).toBe('1')
    expect(r.outputs['rejected-count']).toBe('1')
    const drift = warnings(r).filter((l) => l.startsWith('::warning title=Drift::'))
    expect(drift).toHaveLength(1)
    expect(drift[0]).toContain(w.drifted.id)
    expect(drift[0]).toContain('drift: reject')
    const text = readable(r.summary)
    const part = text.slice(text.indexOf('#### Drift'), text.indexOf('#### Connections'))
    expect(part).toContain(w.drifted.id)
    expect(part).toContain('| Outcome | Account | Environment | ID | Detail |')
    expect(part).not.toContain(w.pending.id)
    expect(text.slice(text.indexOf('#### Connections'))).toContain(w.pending.id)
  })

  it('is rejected with drift: reject, each read again right before', async () => {
    const w = world()
    const r = await policyRun({ drift: 'reject' })
    expect(r.code).toBe(0)
    expect(outcomeOf(r, w.drifted.id)).toBe('rejected')
    expect(h.emulator.proton.connections.get(w.drifted.id)?.status).toBe('REJECTED')
    expect(h.emulator.proton.connections.get(w.allowed.id)?.status).toBe('CONNECTED')
    const calls = h.emulator.calls.filter((c) => c.input?.id === w.drifted.id).map((c) => c.operation)
    expect(calls).toEqual(['GetEnvironmentAccountConnection', 'RejectEnvironmentAccountConnection'])
    expect(r.outputs['drift-count']).toBe('1')
    expect(r.outputs['rejected-count']).toBe('2')
    expect(r.outputs['would-reject-count']).toBe('2')
  })

  it('that an environment still uses is a failure naming the environment and the fix', async () => {
    const used = h.emulator.seed({ environmentAccountId: '444444444444', status: 'CONNECTED', environmentName: 'prod-eu', usedByEnvironment: 'prod-eu' })
    const r = await policyRun({ drift: 'reject' })
    expect(r.code).toBe(1)
    const result = rows(r).find((x) => x.id === used.id)
    expect(result?.outcome).toBe('failed')
    expect(result?.error).toContain('used by environment prod-eu')
    expect(result?.error).toContain('deleted first, or moved to another environment account connection')
    expect(h.emulator.proton.connections.get(used.id)?.status).toBe('CONNECTED')
  })

  it('is left out with drift: ignore, as before', async () => {
    const w = world()
    const r = await policyRun({ drift: 'ignore' })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('ListEnvironmentAccountConnections')[0]?.input).toMatchObject({ statuses: ['PENDING'] })
    expect(outcomeOf(r, w.drifted.id)).toBeUndefined()
    expect(r.outputs['drift-count']).toBe('0')
    expect(warnings(r).filter((l) => l.includes('Drift'))).toEqual([])
  })

  it('refuses a drift value it does not know, before any call', async () => {
    const r = await policyRun({ drift: 'fix' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('drift: "fix" is not valid; expected report (the default), reject or ignore')
    expect(h.emulator.calls).toHaveLength(0)
  })
})

describe('max-rejections', () => {
  const three = () => ['555555555555', '666666666666', '777777777777'].map((a) => h.emulator.seed({ environmentAccountId: a }).id)

  it('fails a plan over the limit before any Reject call, naming the input, the count and the limit', async () => {
    const ids = three()
    const r = await policyRun({ 'max-rejections': '2' })
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('PENDING')
    expect(errorLines(r)[0]).toMatch(/^::error title=Too many rejections::max-rejections: the plan would reject 3 connections, more than the limit of 2; nothing was rejected/)
    expect(r.outputs['would-reject-count']).toBe('3')
    expect(r.outputs['rejected-count']).toBe('0')
    expect(r.outputs.status).toBe('')
  })

  it('in a dry run, shows the plan with the problem at its top, and posts it on the pull request', async () => {
    three()
    const r = await policyRun({ 'max-rejections': '2', 'dry-run': 'true', 'github-token': h.emulator.github.token }, POLICY, { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } })
    expect(r.code).toBe(1)
    const text = readable(r.summary)
    expect(text.split('\n')[0]).toBe('### ❌ Too many rejections')
    expect(text.indexOf('max-rejections: the plan would reject 3 connections')).toBeLessThan(text.indexOf('#### Connections'))
    expect(text.match(/\| 🔍 would reject \|/g)).toHaveLength(3)
    const [comment] = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comment?.body).toContain('Too many rejections')
  })

  it('lets a plan at the limit through', async () => {
    three()
    const r = await policyRun({ 'max-rejections': '3' })
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('3')
  })

  it('counts drift under drift: reject towards the limit', async () => {
    world()
    const r = await policyRun({ 'max-rejections': '1', drift: 'reject' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('would reject 2 connections, more than the limit of 1')
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
  })

  it('refuses a value that is not a whole number', async () => {
    const r = await policyRun({ 'max-rejections': 'ten' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('max-rejections: "ten" is not valid; expected a whole number from 0 to 1000000')
    expect(h.emulator.calls).toHaveLength(0)
  })
})

describe('one comment per policy', () => {
  it('two policies planned on the same pull request and region keep one comment each, and a re-run updates its own', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const event = { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } }
    const plan = (file: string) =>
      h.run({ 'policy-file': file, 'dry-run': 'true', 'github-token': h.emulator.github.token }, { files: { [file]: POLICY }, ...event })
    expect((await plan('proton/prod.yml')).code).toBe(0)
    expect((await plan('proton/staging.yml')).code).toBe(0)
    expect((await plan('proton/prod.yml')).code).toBe(0)
    const comments = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comments).toHaveLength(2)
    expect(comments.map((c) => c.body.split('\n')[0]).sort()).toEqual([
      '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fprod.yml -->',
      '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fstaging.yml -->'
    ])
  })
})

describe('what the plan decided, whatever came of it', () => {
  it('would-reject-count counts a planned rejection whose re-read failed', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ kind: 'internal', operation: 'GetEnvironmentAccountConnection', times: 10 })
    const r = await policyRun({ 'max-attempts': '1' })
    expect(r.code).toBe(1)
    expect(r.outputs['failed-count']).toBe('1')
    expect(r.outputs['would-reject-count']).toBe('1')
  })

  it('drift-count keeps drift the listing found, also when it was rejected by someone else before the re-read', async () => {
    const w = world()
    h.emulator.beforeOperation = (operation, input) => {
      const stored = h.emulator.proton.connections.get(String(input.id))
      if (operation === 'GetEnvironmentAccountConnection' && input.id === w.drifted.id && stored) stored.status = 'REJECTED'
    }
    const r = await policyRun({ drift: 'reject' })
    expect(r.code).toBe(0)
    expect(rows(r).find((x) => x.id === w.drifted.id)?.outcome).toBe('already-rejected')
    expect(r.outputs['drift-count']).toBe('1')
  })

  it('warns that drift and max-rejections do nothing with connection-id', async () => {
    const c = h.emulator.seed()
    const r = await h.run({ 'connection-id': c.id, 'max-rejections': '0' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning::max-rejections: applies to the policy mode only/m)
  })
})

