import { describe, expect, it } from '@jest/globals'
import { rows, useEmulator } from './harness.js'

/** Several connections and the account-policy mode, through dist/index.js against the h.emulator. */

const h = useEmulator()
const run = h.run
const ALLOWED = ['333333333333', '444444444444']

/** Pending connections from allowed and unlisted accounts, and some the policy mode must never touch. */
function seedPolicyWorld(): { unlisted: string[]; untouched: string[] } {
  const unlisted = ['555555555555', '666666666666', '777777777777'].map((a) => h.emulator.seed({ environmentAccountId: a, environmentName: `env-${a.slice(0, 3)}` }).id)
  const untouched = [
    h.emulator.seed({ environmentAccountId: ALLOWED[0] }).id,
    h.emulator.seed({ environmentAccountId: ALLOWED[1] }).id,
    h.emulator.seed({ environmentAccountId: '888888888888', status: 'CONNECTED' }).id,
    h.emulator.seed({ environmentAccountId: '999999999999', status: 'REJECTED' }).id,
    // requested of another management account: not ours to judge
    h.emulator.seed({ environmentAccountId: '121212121212', managementAccountId: '101010101010' }).id
  ]
  return { unlisted, untouched }
}

describe('several connection IDs', () => {
  it('handles every ID, removes duplicates, and fails at the end on a partial failure', async () => {
    const pending = h.emulator.seed()
    const rejected = h.emulator.seed({ status: 'REJECTED' })
    const missing = '00000000-0000-4000-8000-00000000000a'
    const r = await run({ 'connection-id': `${pending.id}\n${rejected.id}, ${missing} ${pending.id}` })
    expect(r.code).toBe(1)
    expect(rows(r).map((x) => [x.id, x.outcome])).toEqual([
      [pending.id, 'rejected'],
      [rejected.id, 'already-rejected'],
      [missing, 'failed']
    ])
    expect(rows(r)[2]?.error).toContain('not found in us-east-1')
    expect(h.emulator.callsOf('GetEnvironmentAccountConnection')).toHaveLength(3)
    expect(r.outputs).toMatchObject({ 'rejected-count': '1', 'failed-count': '1', status: '', arn: '' })
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1)
    expect(r.summary).toContain('1 of 3 connections failed')
  })

  it('checks every ID before any call: one bad ID stops the step', async () => {
    const r = await run({ 'connection-id': `${h.emulator.seed().id}\nnot-an-id` })
    expect(r.code).toBe(1)
    expect(h.emulator.calls).toHaveLength(0)
  })
})

describe('policy mode', () => {
  it('rejects exactly the pending connections of unlisted accounts across every page', async () => {
    h.emulator.proton.pageSize = 2
    const { unlisted, untouched } = seedPolicyWorld()
    const before = untouched.map((id) => ({ ...h.emulator.proton.connections.get(id) }))
    const r = await run({ 'allowed-account-ids': ALLOWED.join('\n') })
    expect(r.code).toBe(0)
    const list = h.emulator.callsOf('ListEnvironmentAccountConnections')
    expect(list).toHaveLength(3)
    // Connected ones too: drift (connected accounts outside the policy) is reported by default.
    expect(list[0]?.input).toMatchObject({ requestedBy: 'MANAGEMENT_ACCOUNT', statuses: ['PENDING', 'CONNECTED'] })
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection').map((c) => c.input?.id).sort()).toEqual([...unlisted].sort())
    expect(untouched.map((id) => ({ ...h.emulator.proton.connections.get(id) }))).toEqual(before)
    expect(r.outputs['rejected-count']).toBe('3')
    expect(rows(r).filter((x) => x.outcome === 'skipped').map((x) => x['environment-account-id']).sort()).toEqual(ALLOWED)
    expect(r.summary).toContain('Rejected 3 connections')
  })

  it('leaves alone a connection accepted between the listing and the rejection', async () => {
    const { unlisted } = seedPolicyWorld()
    const accepted = unlisted[0] as string
    h.emulator.beforeOperation = (operation, input) => {
      if (operation === 'GetEnvironmentAccountConnection' && input.id === accepted) h.emulator.proton.connections.get(accepted)!.status = 'CONNECTED'
    }
    const r = await run({ 'allowed-account-ids': ALLOWED.join(',') })
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(accepted)?.status).toBe('CONNECTED')
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection').map((c) => c.input?.id)).not.toContain(accepted)
    // Accepted meanwhile from an account outside the policy: drift, reported and left as it is.
    expect(rows(r).find((x) => x.id === accepted)).toMatchObject({ outcome: 'drifted', reason: expect.stringContaining('listed as PENDING, CONNECTED when read again') })
    // With the world's own connected account outside the policy (888888888888), two drifted.
    expect(r.outputs['drift-count']).toBe('2')
    expect(r.outputs['rejected-count']).toBe('2')
  })

  it('reads the policy from a YAML file with comments', async () => {
    const { unlisted } = seedPolicyWorld()
    const yaml = `# environment accounts that may connect\nallowed-account-ids:\n  - ${ALLOWED[0]} # prod\n  - "${ALLOWED[1]}"\n`
    const r = await run({ 'policy-file': 'proton/policy.yml' }, { files: { 'proton/policy.yml': yaml } })
    expect(r.code).toBe(0)
    expect(rows(r).filter((x) => x.outcome === 'rejected').map((x) => x.id).sort()).toEqual([...unlisted].sort())
    expect(r.summary).toContain('policy from proton/policy.yml (2 allowed accounts)')
  })

  it('reads the policy from a JSON file, and [] there allows no account', async () => {
    seedPolicyWorld()
    const r = await run({ 'policy-file': 'policy.json' }, { files: { 'policy.json': '{ "allowed-account-ids": [] }' } })
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('5')
  })

  it('refuses a malformed account ID before any call', async () => {
    seedPolicyWorld()
    const r = await run({ 'allowed-account-ids': '333333333333,44444444444' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error title=Invalid input::allowed-account-ids: "44444444444" is not an AWS account ID')
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('refuses connection-id and a policy together before any call', async () => {
    const r = await run({ 'connection-id': h.emulator.seed().id, 'allowed-account-ids': ALLOWED.join(',') })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error title=Invalid input::connection-id: cannot be combined with a policy/)
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('says where a policy file does not parse', async () => {
    const r = await run({ 'policy-file': 'p.yml' }, { files: { 'p.yml': 'allowed-account-ids: [333333333333\n' } })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error title=Invalid input::policy-file: p\.yml does not parse at line \d+, column \d+/)
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('fails naming the List action when listing is denied, rejecting nothing', async () => {
    seedPolicyWorld()
    h.emulator.denied.add('proton:ListEnvironmentAccountConnections')
    const r = await run({ 'allowed-account-ids': ALLOWED.join(',') })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error title=Access denied::.*proton:ListEnvironmentAccountConnections/)
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
  })

  it('goes on with every other connection when some fail, reporting each', async () => {
    const { unlisted } = seedPolicyWorld()
    h.emulator.proton.connections.get(unlisted[1] as string)!.usedByEnvironment = 'env-666'
    const r = await run({ 'allowed-account-ids': ALLOWED.join(',') })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ 'rejected-count': '2', 'failed-count': '1' })
    expect(rows(r).find((x) => x.id === unlisted[1])?.error).toContain('used by environment')
    expect(h.emulator.proton.connections.get(unlisted[0] as string)?.status).toBe('REJECTED')
    expect(h.emulator.proton.connections.get(unlisted[2] as string)?.status).toBe('REJECTED')
  })

  it('slows down when throttled and still handles every connection', async () => {
    const ids = Array.from({ length: 24 }, (_, i) => h.emulator.seed({ environmentAccountId: String(500000000000 + i) }).id)
    h.emulator.inject({ kind: 'throttle', operation: 'RejectEnvironmentAccountConnection', times: 6 })
    const r = await run({ 'allowed-account-ids': '[]', 'max-concurrency': '8' })
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe(String(ids.length))
    expect(r.stdout).toMatch(/throttled some calls; concurrency went down to [1-4] of 8/)
  })
})

describe('plan on the pull request, apply on merge', () => {
  const openPr = { name: 'pull_request', payload: 'event-pull_request-open.json' }
  const mergedPr = { name: 'pull_request', payload: 'event-pull_request-merged.json' }
  const policyFiles = { files: { 'policy.yml': `allowed-account-ids:\n  - "${ALLOWED[0]}"\n  - "${ALLOWED[1]}"\n` } }

  it('posts the plan as one comment, updates it on the next run, and the merge rejects the same set', async () => {
    h.emulator.proton.pageSize = 2
    const { unlisted } = seedPolicyWorld()
    const inputs = { 'policy-file': 'policy.yml', 'dry-run': 'true', 'github-token': h.emulator.github.token }
    const plan = await run(inputs, { ...policyFiles, event: openPr })
    expect(plan.code).toBe(0)
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
    const planned = rows(plan).filter((x) => x.outcome === 'would-reject').map((x) => x.id).sort()
    expect(planned).toEqual([...unlisted].sort())
    const comments = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('Plan: 3 connections would be rejected')
    for (const id of unlisted) expect(comments[0]?.body).toContain(id)

    const added = h.emulator.seed({ environmentAccountId: '565656565656' }).id
    const again = await run(inputs, { ...policyFiles, event: openPr })
    expect(again.code).toBe(0)
    const after = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(after).toHaveLength(1)
    expect(after[0]?.body).toContain('Plan: 4 connections would be rejected')
    expect(after[0]?.body).toContain(added)
    expect(h.emulator.calls.filter((c) => c.operation.startsWith('PATCH'))).toHaveLength(1)

    const apply = await run({ 'policy-file': 'policy.yml' }, { ...policyFiles, event: mergedPr })
    expect(apply.code).toBe(0)
    expect(rows(apply).filter((x) => x.outcome === 'rejected').map((x) => x.id).sort()).toEqual([...unlisted, added].sort())
    expect(h.emulator.github.comments.get('octo-org/octo-repo#42')).toHaveLength(1)
  })

  it('keeps the plan when the comment cannot be posted, with a warning', async () => {
    seedPolicyWorld()
    const r = await run({ 'policy-file': 'policy.yml', 'dry-run': 'true', 'github-token': 'ghs_wrong' }, { ...policyFiles, event: openPr })
    expect(r.code).toBe(0)
    // A refused token is named as such (401), not blamed on a missing permission.
    expect(r.stdout).toMatch(/::warning title=Plan not posted::Could not post the plan on pull request #42: GitHub refused the github-token \(401 Bad credentials\)/)
    expect(r.summary).toContain('Plan: 3 connections would be rejected')
  })
})

describe('the same failure on many connections', () => {
  it('is one annotation and one summary line, each message short and naming the account', async () => {
    const ids = Array.from({ length: 40 }, () => h.emulator.seed().id)
    h.emulator.denied.add('proton:GetEnvironmentAccountConnection')
    const r = await run({ 'connection-id': ids.join('\n') })
    expect(r.code).toBe(1)
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error title=Access denied::40 connections: access denied to arn:aws:iam::111111111111:user\/platform-ci: proton:GetEnvironmentAccountConnection on connection [0-9a-f-]{36}; allow it on arn:aws:proton:us-east-1:\*:environment-account-connection\/\* \(a connection's ARN names the environment account that requested it, not this management account; or list the environment accounts\)\. The same for [0-9a-f-]{36}, [0-9a-f-]{36}, [0-9a-f-]{36} and 36 more/)
    for (const row of rows(r)) {
      expect(row.error?.length).toBeLessThan(420)
      expect(row.error).not.toContain('<account>')
      expect(row.error?.split(row.id)).toHaveLength(2)
    }
    expect(r.summary.split('\n').filter((l) => l.startsWith('- **Access denied**'))).toEqual([
      expect.stringContaining('40 connections: access denied to')
    ])
  })
})
