import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { errorLines, rows, useEmulator } from './harness.js'

/**
 * What 1.1.0 misreported (issue 26), each through dist/index.js against the emulator: the server's
 * state is the truth the outputs, the results file and the summary must tell.
 */

const h = useEmulator()
const REJECT = 'RejectEnvironmentAccountConnection'
const GET = 'GetEnvironmentAccountConnection'
const PR_OPEN = { name: 'pull_request', payload: 'event-pull_request-open.json' }
const PUSH = { name: 'push', payload: 'event-push-merge.json' }
const HEAD_SHA = '9f3b6c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c'
const BASE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const MERGE_SHA = 'c0ffee1234567890abcdef1234567890abcdef12'
const REPO = 'octo-org/octo-repo'
const headline = (summary: string): string => summary.split('\n')[0] as string
const fileRows = (r: { outputs: Record<string, string> }): Array<Record<string, unknown>> => JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8')) as Array<Record<string, unknown>>
const comments = (number: number) => h.emulator.github.comments.get(`${REPO}#${number}`) ?? []

describe('a Reject whose answer was lost', () => {
  it('is read again: REJECTED on the server is reported rejected, never PENDING', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset-after', operation: REJECT, times: 1 })
    const r = await h.run({ 'connection-id': c.id, 'max-attempts': '1' })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('1')
    expect(r.outputs['failed-count']).toBe('0')
    expect(fileRows(r)).toEqual([expect.objectContaining({ id: c.id, outcome: 'rejected', status: 'REJECTED', 'previous-status': 'PENDING', planned: true, drift: false })])
    expect(headline(r.summary)).toBe(`### ✅ Rejected connection ${c.id}`)
    // The read that settled it came after the Reject.
    expect(h.emulator.callsOf(GET)).toHaveLength(2)
  })

  it('is unknown, never PENDING, when the read fails too: counted as failed, with no status', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset-after', operation: REJECT, times: 1 })
    // Once the Reject has taken effect, every read fails.
    h.emulator.beforeOperation = (operation) => {
      if (operation === REJECT) h.emulator.inject({ kind: 'internal', operation: GET, times: 50 })
    }
    try {
      const r = await h.run({ 'connection-id': c.id, 'max-attempts': '1' })
      expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('')
      expect(r.outputs['rejected-count']).toBe('0')
      expect(r.outputs['failed-count']).toBe('1')
      const [row] = rows(r)
      expect(row).toMatchObject({ outcome: 'unknown', status: '' })
      expect(row?.error).toMatch(/reading it again failed too .*so its result is unknown: AWS may have applied it/)
      expect(fileRows(r)).toEqual([expect.objectContaining({ outcome: 'unknown', status: '', 'previous-status': 'PENDING' })])
      expect(headline(r.summary)).toBe(`### ❓ Connection ${c.id}: the result of the Reject is unknown`)
      expect(r.summary).toContain('AWS may have applied it.')
      expect(errorLines(r)[0]).toMatch(/^::error title=Result unknown::/)
    } finally {
      delete h.emulator.beforeOperation
    }
  })

  it('answered with a 200 about another connection, after AWS applied it, is read again and reported rejected', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'answer-other', operation: REJECT, times: 1 })
    const r = await h.run({ 'connection-id': c.id })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('1')
    expect(rows(r)[0]).toMatchObject({ outcome: 'rejected', status: 'REJECTED', 'previous-status': 'PENDING' })
    expect(h.emulator.callsOf(GET)).toHaveLength(2)
  })

  it('unanswered, then refused as a conflict, whose read fails, is unknown: the unanswered attempt may be the one that took effect', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset-after', operation: REJECT, times: 1 })
    h.emulator.beforeOperation = (operation) => {
      if (operation === REJECT && h.emulator.proton.connections.get(c.id)?.status === 'REJECTED') h.emulator.inject({ kind: 'internal', operation: GET, times: 50 })
    }
    try {
      const r = await h.run({ 'connection-id': c.id })
      expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
      expect(h.emulator.callsOf(REJECT)).toHaveLength(2)
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('')
      expect(rows(r)[0]).toMatchObject({ outcome: 'unknown', status: '', 'previous-status': 'PENDING' })
      expect(rows(r)[0]?.error).toContain('got no answer and the next was refused as a conflict, so AWS may have applied it')
    } finally {
      delete h.emulator.beforeOperation
    }
  })

  it('under drift: reject, the headline says the drift was rejected, never that it is still connected', async () => {
    const a = h.emulator.seed({ status: 'CONNECTED', environmentAccountId: '600000000009' })
    const b = h.emulator.seed({ status: 'CONNECTED', environmentAccountId: '600000000008' })
    const r = await h.run({ 'allowed-account-ids': '600000000001', drift: 'reject' })
    for (const c of [a, b]) expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(headline(r.summary)).toBe('### ✅ Rejected 2 connections — drift: 2 connected connections of accounts not in the policy rejected')
  })

  it('that was answered, garbled, and did not take effect is a failure with the status a fresh read shows', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'garbage', operation: REJECT, times: 1 })
    const r = await h.run({ 'connection-id': c.id, 'max-attempts': '1' })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
    expect(r.code).toBe(1)
    expect(rows(r)[0]).toMatchObject({ outcome: 'failed', status: 'PENDING' })
    expect(rows(r)[0]?.error).toContain('a fresh read shows it still PENDING, so nothing was changed')
  })

  it('that got no answer at all is unknown though a read shows the old status: the request may still take effect', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset', operation: REJECT, times: 1 })
    const r = await h.run({ 'connection-id': c.id, 'max-attempts': '1' })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('')
    expect(r.outputs['failed-count']).toBe('1')
    expect(rows(r)[0]).toMatchObject({ outcome: 'unknown', status: '', 'previous-status': 'PENDING' })
    expect(rows(r)[0]?.error).toContain('a read right after shows it still PENDING, but a request that got no answer may still take effect')
  })

  it('that timed out and takes effect after the read is reported unknown, never as unchanged', async () => {
    const c = h.emulator.seed()
    // Held past the SDK's 10 s attempt timeout: the Reject is applied 11 s after it arrived, after the run's read.
    h.emulator.inject({ kind: 'delay', delayMs: 11_000, operation: REJECT, times: 1 })
    const r = await h.run({ 'connection-id': c.id, 'max-attempts': '1' })
    expect(r.code).toBe(1)
    expect(rows(r)[0]).toMatchObject({ outcome: 'unknown', status: '' })
    expect(fileRows(r)[0]).toMatchObject({ outcome: 'unknown' })
    expect(headline(r.summary)).toContain('unknown')
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
  }, 30_000)
})

describe('drift', () => {
  it('is in the headline of a run that finds only drift, never "Nothing to reject" alone', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555', status: 'CONNECTED' })
    h.emulator.seed({ environmentAccountId: '666666666666', status: 'CONNECTED' })
    h.emulator.seed({ environmentAccountId: '333333333333', status: 'CONNECTED' })
    const r = await h.run({ 'allowed-account-ids': '333333333333' })
    expect(r.code).toBe(0)
    expect(r.outputs['drift-count']).toBe('2')
    expect(headline(r.summary)).toBe('### ⚠️ Nothing to reject — drift: 2 connections still connected, their accounts not in the policy')
    expect(fileRows(r).filter((x) => x.drift === true)).toHaveLength(2)
    expect(r.stdout).toContain('drift: report is in force, so nothing was changed')
  })

  it('under drift: report, is reported also in a cancelled run, and the warning names drift: report', async () => {
    const pending = h.emulator.seed({ environmentAccountId: '555555555555' })
    const drifted = [h.emulator.seed({ environmentAccountId: '666666666666', status: 'CONNECTED' }), h.emulator.seed({ environmentAccountId: '777777777777', status: 'CONNECTED' })]
    h.emulator.inject({ kind: 'hang', operation: GET, times: 1 })
    const r = await h.run({ 'allowed-account-ids': '333333333333', 'max-concurrency': '1' }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    expect(h.emulator.proton.connections.get(pending.id)?.status).toBe('PENDING')
    const byId = new Map(fileRows(r).map((x) => [x.id, x]))
    for (const d of drifted) expect(byId.get(d.id)).toMatchObject({ outcome: 'drifted', drift: true, status: 'CONNECTED' })
    expect(byId.get(pending.id)).toMatchObject({ outcome: 'cancelled', planned: true })
    expect(r.outputs['drift-count']).toBe('2')
    expect(r.stdout).toContain('drift: report is in force')
    expect(r.stdout).not.toContain('drift: reject;')
    expect(headline(r.summary)).toBe('### ⏹️ Cancelled (SIGINT): 0 rejected, 2 drifted, 1 not attempted')
  })
})

describe('the results output', () => {
  it('stays valid JSON under 1 MB at 5,000 connections, says how many it left out, and the results file keeps all', async () => {
    for (let i = 0; i < 5_000; i++) h.emulator.seed({ environmentAccountId: '555555555555', environmentName: `environment-with-a-long-name-${i}` })
    const r = await h.run({ 'allowed-account-ids': '333333333333', 'dry-run': 'true' }, { timeoutMs: 120_000 })
    expect(r.code).toBe(0)
    const output = r.outputs.results as string
    expect(Buffer.byteLength(output)).toBeLessThan(1_000_000)
    const kept = JSON.parse(output) as unknown[]
    const omitted = Number(r.outputs['results-omitted-count'])
    expect(omitted).toBeGreaterThan(0)
    expect(kept.length + omitted).toBe(5_000)
    expect(fileRows(r)).toHaveLength(5_000)
    expect(r.stdout).toMatch(new RegExp(`::warning title=Results cut::The results output leaves out ${omitted} of 5000 connections`))
    expect(r.summary).toContain(`The \`results\` output leaves out ${omitted} connections`)
  }, 180_000)
})

describe('the plan comment', () => {
  const marker = '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fpolicy.yml -->'
  const policyFile = (ids: string[]) => ({ 'proton/policy.yml': `allowed-account-ids:\n${ids.map((id) => `  - "${id}"`).join('\n')}\n` })
  const plan = { 'policy-file': 'proton/policy.yml', 'dry-run': 'true' }

  it('is replaced by the failure of a later plan, which says the earlier plan no longer stands, and names the head commit', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.seed({ environmentAccountId: '666666666666' })
    const first = await h.run({ ...plan, 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: policyFile(['333333333333']) })
    expect(first.code).toBe(0)
    const [posted] = comments(42)
    expect(posted?.body.split('\n')[0]).toBe(marker)
    expect(posted?.body).toContain('2 connections would be rejected')
    expect(posted?.body).toContain(`- Commit: <a href="https://github.com/${REPO}/commit/${HEAD_SHA}">9f3b6c1</a>`)
    const broken = await h.run({ ...plan, 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: { 'proton/policy.yml': 'allowed-account-ids: [\n  # "333333333333",\n]\n' } })
    expect(broken.code).toBe(1)
    const after = comments(42)
    expect(after).toHaveLength(1)
    expect(after[0]?.id).toBe(posted?.id)
    expect(after[0]?.body.split('\n')[0]).toBe(marker)
    expect(after[0]?.body).toMatch(/^\*\*This plan failed\*\*: an earlier plan in this comment no longer stands\.$/m)
    expect(after[0]?.body).not.toContain('would be rejected')
  })

  it('is replaced when a later plan is cancelled', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    await h.run({ ...plan, 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: policyFile(['333333333333']) })
    h.emulator.inject({ kind: 'hang', operation: 'ListEnvironmentAccountConnections', times: 1 })
    const r = await h.run({ ...plan, 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: policyFile(['333333333333']), interrupt: [{ signal: 'SIGINT', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    const [comment] = comments(42)
    expect(comments(42)).toHaveLength(1)
    expect(comment?.body).toMatch(/^\*\*This plan was cancelled \(SIGINT\)\*\*: an earlier plan in this comment no longer stands\.$/m)
  })

  it('is left alone by a run whose region is invalid, which says in its summary that it updated none', async () => {
    h.emulator.github.handle('POST', `/repos/${REPO}/issues/42/comments`, `token ${h.emulator.github.token}`, { body: `${marker}\nan earlier plan` })
    const r = await h.run({ ...plan, 'github-token': h.emulator.github.token, 'aws-region': 'not a region' }, { event: PR_OPEN, files: policyFile(['333333333333']) })
    expect(r.code).toBe(1)
    expect(comments(42).map((c) => c.body)).toEqual([`${marker}\nan earlier plan`])
    expect(r.summary).toContain('- Pull request comment: none updated&#58; the inputs are invalid')
  })

  it('of an inline list is keyed by the workflow file, not by the list: one comment per file, the same one when the list changes', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const inline = (ids: string, workflow: string) =>
      h.run(
        { 'allowed-account-ids': ids, 'dry-run': 'true', 'github-token': h.emulator.github.token },
        { event: PR_OPEN, env: { GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/${workflow}@refs/pull/42/merge` } }
      )
    expect((await inline('333333333333', 'a.yml')).code).toBe(0)
    expect((await inline('333333333333, 444444444444', 'a.yml')).code).toBe(0)
    expect((await inline('444444444444', 'b.yml')).code).toBe(0)
    expect(comments(42).map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- proton-reject-connection-action:plan region=us-east-1 policy=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fa.yml -->',
      '<!-- proton-reject-connection-action:plan region=us-east-1 policy=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fb.yml -->'
    ])
    expect(comments(42)[0]?.body).toContain('2 allowed accounts')
  })

  it('is shared by a plan and an apply in different workflow files that set the same comment-key', async () => {
    h.emulator.github.pulls.push({ repository: REPO, number: 42, title: 'Remove an account', state: 'closed', merged_at: '2026-06-01T10:05:00Z', merge_commit_sha: MERGE_SHA, commits: [HEAD_SHA, MERGE_SHA] })
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const inputs = { 'allowed-account-ids': '333333333333', 'comment-key': 'proton/prod', 'github-token': h.emulator.github.token }
    const planned = await h.run({ ...inputs, 'dry-run': 'true' }, { event: PR_OPEN, env: { GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/plan.yml@refs/pull/42/merge` } })
    expect(planned.code).toBe(0)
    const applied = await h.run(inputs, { event: PUSH, env: { GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/apply.yml@refs/heads/main` } })
    expect(applied.code).toBe(0)
    expect(comments(42)).toHaveLength(1)
    expect(comments(42)[0]?.body.split('\n')[0]).toBe('<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fprod -->')
    expect(comments(42)[0]?.body).toContain('**Applied** after the merge (commit `c0ffee1`)')
  })
})

describe('max-rejections', () => {
  const before = (ids: string[]) => h.emulator.github.putFile(REPO, BASE_SHA, 'proton/policy.yml', `allowed-account-ids:\n${ids.map((id) => `  - "${id}"`).join('\n')}\n`)
  const now = { 'proton/policy.yml': 'allowed-account-ids:\n  - "333333333333"\n' }
  const seedJunk = () => ['900000000001', '900000000002', '900000000003'].map((account) => h.emulator.seed({ environmentAccountId: account }))

  it('counts what the change takes away, not requests that no version of the policy allowed', async () => {
    before(['333333333333', '444444444444'])
    seedJunk()
    h.emulator.seed({ environmentAccountId: '444444444444' })
    const within = await h.run({ 'policy-file': 'proton/policy.yml', 'dry-run': 'true', 'max-rejections': '1', 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: now })
    expect(within.code).toBe(0)
    expect(within.outputs['would-reject-count']).toBe('4')
    expect(h.emulator.callsOf(`GET /repos/${REPO}/contents/proton%2Fpolicy.yml`)).toHaveLength(1)
    const over = await h.run({ 'policy-file': 'proton/policy.yml', 'dry-run': 'true', 'max-rejections': '0', 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: now })
    expect(over.code).toBe(1)
    expect(errorLines(over)[0]).toContain('max-rejections: the plan would reject 1 connection that the previous version of the policy allowed (or that are connected), more than the limit of 0; nothing was rejected')
  })

  it('on the push that merges it, reads the previous version at the push\'s before commit and rejects past the junk', async () => {
    before(['333333333333'])
    const junk = seedJunk()
    const r = await h.run({ 'policy-file': 'proton/policy.yml', 'max-rejections': '0', 'github-token': h.emulator.github.token }, { event: PUSH, files: now })
    expect(r.code).toBe(0)
    for (const c of junk) expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('3')
  })

  it('counts every pending connection, with one warning that says why, when the previous version cannot be read', async () => {
    seedJunk()
    const noToken = await h.run({ 'policy-file': 'proton/policy.yml', 'dry-run': 'true', 'max-rejections': '2' }, { event: PR_OPEN, files: now })
    expect(noToken.code).toBe(1)
    expect(noToken.stdout.split('\n').filter((l) => l.startsWith('::warning title=max-rejections::'))).toEqual([
      '::warning title=max-rejections::max-rejections counts every pending connection the plan would reject: the previous version of the policy cannot be read, because no github-token to read it with. With it, only the pending requests of accounts it allowed (and connected ones) would count'
    ])
    const newFile = await h.run({ 'policy-file': 'proton/policy.yml', 'dry-run': 'true', 'max-rejections': '2', 'github-token': h.emulator.github.token }, { event: PR_OPEN, files: now })
    expect(newFile.code).toBe(1)
    expect(newFile.stdout).toContain('because proton/policy.yml did not exist at 1a2b3c4 (a new file)')
    const inline = await h.run({ 'allowed-account-ids': '333333333333', 'dry-run': 'true', 'max-rejections': '2', 'github-token': h.emulator.github.token }, { event: PR_OPEN })
    expect(inline.stdout).toContain('because the policy is an inline list, which has no previous version to read')
  })
})

describe('a cancellation while publishing', () => {
  const mergedPullRequest = () =>
    h.emulator.github.pulls.push({ repository: REPO, number: 42, title: 'Remove an account', state: 'closed', merged_at: '2026-06-01T10:05:00Z', merge_commit_sha: MERGE_SHA, commits: [HEAD_SHA, MERGE_SHA] })
  const lookUp = `GET /repos/${REPO}/commits/${MERGE_SHA}/pulls`

  it('is in the headline and a Cancelled warning, and the merged pull request still hears that the rejections were applied', async () => {
    mergedPullRequest()
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ service: 'github', kind: 'delay', delayMs: 2_500, operation: lookUp })
    const r = await h.run({ 'allowed-account-ids': '333333333333', 'github-token': h.emulator.github.token }, { event: PUSH, interrupt: [{ signal: 'SIGINT', afterMs: 1_800 }] })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.code).toBe(1)
    expect(headline(r.summary)).toBe('### ⏹️ Cancelled (SIGINT): 1 rejected, 0 not attempted')
    expect(r.stdout).toContain('::warning title=Cancelled::The run was cancelled (SIGINT)')
    expect(rows(r)[0]).toMatchObject({ outcome: 'rejected' })
    const [comment] = comments(42)
    expect(comment?.body).toContain('**Applied** after the merge (commit `c0ffee1`)')
  })

  it('by SIGTERM says in the summary that the comment could not be updated', async () => {
    mergedPullRequest()
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.inject({ service: 'github', kind: 'hang', operation: lookUp })
    const r = await h.run({ 'allowed-account-ids': '333333333333', 'github-token': h.emulator.github.token }, { event: PUSH, interrupt: [{ signal: 'SIGTERM', afterMs: 1_800 }] })
    expect(r.code).toBe(1)
    expect(headline(r.summary)).toBe('### ⏹️ Cancelled (SIGTERM): 1 rejected, 0 not attempted')
    expect(r.stdout).toContain('::warning title=Cancelled::The run was cancelled (SIGTERM)')
    expect(r.summary).toMatch(/- Merged pull request: unknown; the look-up failed \(the run was cancelled before GitHub answered\)/)
  })
})
