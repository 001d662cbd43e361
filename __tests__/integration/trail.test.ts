import { describe, expect, it } from '@jest/globals'
import { APPLY_ROLE, errorLines, useEmulator } from './harness.js'

// The policy comes from the input: the marker names the workflow file the job runs, written out here.
const PLAN_MARKER = '<!-- proton-reject-connection-action:plan region=us-east-1 policy=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fproton-connections.yml -->'

/** Apply on push: the merged pull request's trail; and sign-in messages per event (fork, GHES). */

const h = useEmulator()
const MERGE_SHA = 'c0ffee1234567890abcdef1234567890abcdef12'
const PUSH = { name: 'push', payload: 'event-push-merge.json' }
const policy = { 'allowed-account-ids': '333333333333' }

function mergedPullRequest(): void {
  h.emulator.github.pulls.push({
    repository: 'octo-org/octo-repo',
    number: 42,
    title: 'Allow <payments> | prod',
    state: 'closed',
    merged_at: '2026-06-01T10:05:00Z',
    merge_commit_sha: MERGE_SHA,
    commits: ['9f3b6c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', MERGE_SHA]
  })
}

describe('apply on push, policy mode', () => {
  it('names the merged pull request and updates its plan comment in place, with a link to the run', async () => {
    mergedPullRequest()
    const planned = h.emulator.github.handle('POST', '/repos/octo-org/octo-repo/issues/42/comments', `token ${h.emulator.github.token}`, { body: `${PLAN_MARKER}\nplan` })
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await h.run({ ...policy, 'github-token': h.emulator.github.token }, { event: PUSH })
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(h.emulator.callsOf(`GET /repos/octo-org/octo-repo/commits/${MERGE_SHA}/pulls`)).toHaveLength(1)
    expect(r.summary).toContain('- Merged pull request: <a href="https://github.com/octo-org/octo-repo/pull/42">&#35;42 Allow &lt;payments&gt; &#124; prod</a>')
    const comments = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]?.id).toBe((planned.body as { id: number }).id)
    expect(comments[0]?.body.startsWith(PLAN_MARKER)).toBe(true)
    expect(comments[0]?.body).toContain('**Applied** after the merge (commit `c0ffee1`)')
    expect(comments[0]?.body).toContain('https://github.com/octo-org/octo-repo/actions/runs/7000000001')
    expect(comments[0]?.body).toContain(c.id)
  })

  it('keeps one comment per region: a matrix over regions does not overwrite one region with another', async () => {
    mergedPullRequest()
    for (const region of ['us-east-1', 'eu-west-1']) h.emulator.seed({ environmentAccountId: '555555555555', region })
    const inRegion = (region: string) => h.run({ ...policy, 'github-token': h.emulator.github.token, 'aws-region': region }, { event: PUSH })
    expect((await inRegion('us-east-1')).code).toBe(0)
    expect((await inRegion('eu-west-1')).code).toBe(0)
    expect((await inRegion('us-east-1')).code).toBe(0)
    const comments = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([PLAN_MARKER, '<!-- proton-reject-connection-action:plan region=eu-west-1 policy=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fproton-connections.yml -->'])
  })

  it('creates the comment when the pull request has none', async () => {
    mergedPullRequest()
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await h.run({ ...policy, 'github-token': h.emulator.github.token }, { event: PUSH })
    expect(r.code).toBe(0)
    expect(h.emulator.github.comments.get('octo-org/octo-repo#42')).toHaveLength(1)
  })

  it('says in the comment when the apply after the merge did not complete', async () => {
    mergedPullRequest()
    h.emulator.seed({ environmentAccountId: '555555555555', status: 'PENDING', usedByEnvironment: 'prod' })
    const r = await h.run({ ...policy, 'github-token': h.emulator.github.token }, { event: PUSH })
    expect(r.code).toBe(1)
    const [comment] = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comment?.body).toContain('**The apply after the merge did not complete** (commit `c0ffee1`)')
    expect(comment?.body).not.toContain('**Applied**')
  })

  it('says so when the push merged no pull request', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await h.run({ ...policy, 'github-token': h.emulator.github.token }, { event: PUSH })
    expect(r.code).toBe(0)
    expect(r.summary).toContain('- Merged pull request: none; commit c0ffee1 merged no pull request')
    expect(h.emulator.github.comments.size).toBe(0)
  })

  it('warns and still applies when the comment cannot be written', async () => {
    mergedPullRequest()
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    // A token without pull-requests: write: GitHub answers 403 to the comment calls.
    const original = h.emulator.github.handle.bind(h.emulator.github)
    h.emulator.github.handle = (method, path, auth, body) =>
      path.includes('/comments') ? { status: 403, body: { message: 'Resource not accessible by integration' } } : original(method, path, auth, body)
    try {
      const r = await h.run({ ...policy, 'github-token': h.emulator.github.token }, { event: PUSH })
      expect(r.code).toBe(0)
      expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
      expect(r.stdout).toMatch(/^::warning title=Comment not updated::Could not update the comment on pull request #42: .*pull-requests: write/m)
      expect(r.outputs['rejected-count']).toBe('1')
    } finally {
      h.emulator.github.handle = original
    }
  })
})

describe('sign-in messages per event', () => {
  const oidc = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }

  it('a pull request from a fork gets no token, and the message says fork instead of asking for id-token: write', async () => {
    h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:pull_request')
    const c = h.emulator.seed()
    const r = await h.run(
      { 'connection-id': c.id, 'role-to-assume': APPLY_ROLE, 'dry-run': 'true' },
      { event: { name: 'pull_request', payload: 'event-pull_request-fork.json' }, env: oidc, idToken: (job) => h.emulator.oidcEnvFor(job) }
    )
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain('pull request from a fork (mallory/octo-repo)')
    expect(error).not.toContain('id-token: write')
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(0)
  })

  it('on GitHub Enterprise Server the trust condition uses the token\'s own issuer', async () => {
    const issuer = 'https://ghe.example.com/_services/token'
    h.emulator.identity.addGitHubProvider(issuer)
    h.emulator.putRole(APPLY_ROLE, {
      trust: {
        Statement: {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111111111111:oidc-provider/ghe.example.com/_services/token' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'ghe.example.com/_services/token:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main' } }
        }
      }
    })
    const ghes = { ...oidc, GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_API_URL: 'https://ghe.example.com/api/v3' }
    const c = h.emulator.seed()
    const ok = await h.run({ 'connection-id': c.id, 'role-to-assume': APPLY_ROLE }, { env: ghes, idToken: (job) => h.emulator.oidcEnvFor(job) })
    expect(ok.code).toBe(0)

    const dispatchOnBranch = { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json', ref: 'refs/heads/feature' }
    const refused = await h.run({ 'connection-id': c.id, 'role-to-assume': APPLY_ROLE }, { event: dispatchOnBranch, env: ghes, idToken: (job) => h.emulator.oidcEnvFor(job) })
    expect(refused.code).toBe(1)
    const [error] = errorLines(refused)
    expect(error).toContain('"ghe.example.com/_services/token:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"')
    expect(error).toContain('a branch other than the default branch main')
    expect(error).not.toContain('token.actions.githubusercontent.com')
  })
})
