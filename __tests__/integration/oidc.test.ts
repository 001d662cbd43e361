import { beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../../emulator/runner.js'
import { APPLY_ROLE, errorLines, readable, useEmulator } from './harness.js'

/** Sign-in with the job's OIDC identity, through dist/index.js against the emulator's OIDC endpoint, STS and Proton. */

const h = useEmulator()
const emptyHome = mkdtempSync(join(tmpdir(), 'home-'))

beforeEach(() => {
  h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main')
})

/** A job with `permissions: id-token: write` and no other AWS credentials. */
function oidcJob(withInputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<RunResult> {
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
    // A workflow_dispatch run on main: the token's sub is repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main.
    ...(!('ACTIONS_ID_TOKEN_REQUEST_URL' in env) && { idToken: (job) => h.emulator.oidcEnvFor(job) })
  })
}


describe('role-to-assume', () => {
  it('signs in with the OIDC token and rejects with the temporary credentials', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.outputs['authenticated-arn']).toBe('arn:aws:sts::111111111111:assumed-role/ProtonConnectionGuard/GitHubActions')
    const reject = h.emulator.callsOf('RejectEnvironmentAccountConnection')[0]
    expect(reject?.accessKeyId).toMatch(/^ASIA/)
    expect(reject?.sessionToken).toBe(true)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')[0]?.input).toMatchObject({ RoleArn: APPLY_ROLE, RoleSessionName: 'GitHubActions', DurationSeconds: '900' })
    expect(readable(r.summary)).toContain(`role ${APPLY_ROLE} assumed with the job's OIDC token, session GitHubActions`)
    expect(readable(r.summary)).toContain('Acting as: arn:aws:sts::111111111111:assumed-role/ProtonConnectionGuard/GitHubActions')
  })

  it('uses the role over credentials already in the environment', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id }, { AWS_ACCESS_KEY_ID: h.emulator.staticCredential.accessKeyId, AWS_SECRET_ACCESS_KEY: h.emulator.staticCredential.secretAccessKey })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('GetEnvironmentAccountConnection')[0]?.accessKeyId).toMatch(/^ASIA/)
  })

  it('honours a custom audience and session name', async () => {
    h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:*', 'https://github.com/octo-org')
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id, audience: 'https://github.com/octo-org', 'role-session-name': 'policy-merge-42', 'role-duration-seconds': '1800' })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('GetIdToken')[0]?.input).toEqual({ audience: 'https://github.com/octo-org' })
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')[0]?.input).toMatchObject({ RoleSessionName: 'policy-merge-42', DurationSeconds: '1800' })
    expect(r.outputs['authenticated-arn']).toMatch(/\/policy-merge-42$/)
  })

  it('says the job needs permissions: id-token: write when the runner gave no token URL', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id }, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined })
    expect(r.code).toBe(1)
    const errors = errorLines(r)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error title=AWS sign-in failed::the job needs permissions: id-token: write .*permissions: \{id-token: write, contents: read\}/)
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('names the role, the token\'s sub and the trust condition when STS denies the role', async () => {
    h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org/other-repo:*')
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain(`could not assume role ${APPLY_ROLE}`)
    expect(error).toContain('sub "repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main"')
    expect(error).toContain('"token.actions.githubusercontent.com:sub": "repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main"')
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(h.emulator.callsOf('GetEnvironmentAccountConnection')).toHaveLength(0)
  })

  it('says first that a role that may not exist should be checked, since STS answers it like a refusing trust', async () => {
    const c = h.emulator.seed()
    const missing = 'arn:aws:iam::111111111111:role/ProtonConnectionGaurd'
    const r = await oidcJob({ 'connection-id': c.id, 'role-to-assume': missing })
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain('does not exist')
    expect(error).toContain('account 111111111111, role name ProtonConnectionGaurd')
    expect(error?.indexOf('does not exist')).toBeLessThan(error?.indexOf('trust policy') ?? 0)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([403])
    expect(r.outputs.status).toBe('')
  })

  it('names role-duration-seconds, its value and the role\'s limit when the session asked is longer than the role allows', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id, 'role-duration-seconds': '7200' })
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([400])
    const [error] = errorLines(r)
    expect(error).toMatch(/^::error title=AWS sign-in failed::.*role-duration-seconds is 7200/)
    expect(error).toContain('MaxSessionDuration (3600 seconds')
    expect(error).toContain('Lower role-duration-seconds')
    expect(h.emulator.callsOf('GetEnvironmentAccountConnection')).toHaveLength(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('accepts that duration from a role whose MaxSessionDuration allows it', async () => {
    const role = h.emulator.identity.roles.get(APPLY_ROLE)
    h.emulator.putRole(APPLY_ROLE, { ...(role as NonNullable<typeof role>), maxSessionDuration: 7200 })
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id, 'role-duration-seconds': '7200' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
  })

  it('renews its session before it expires: a run several sessions long completes with nothing failed', async () => {
    // Sessions of 2 s, and calls slowed so that the run takes several of them.
    h.emulator.identity.sessionSeconds = 2
    h.emulator.latencyMs = 120
    const ids = Array.from({ length: 40 }, () => h.emulator.seed().id)
    const r = await oidcJob({ 'connection-id': ids.join(','), 'max-concurrency': '2' })
    expect(r.durationMs).toBeGreaterThan(4_000)
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('40')
    for (const id of ids) expect(h.emulator.proton.connections.get(id)?.status).toBe('REJECTED')
    const sessions = h.emulator.callsOf('AssumeRoleWithWebIdentity')
    expect(sessions.length).toBeGreaterThanOrEqual(3)
    expect(sessions.every((x) => x.status === 200)).toBe(true)
    // Each session was asked for before the one it replaced expired (STS issues a session at its
    // expiration less its 2 s), so no call had to wait for an expired one to be refused.
    const expirations = [...h.emulator.identity.issued.values()].map((x) => x.expiresAt?.getTime() ?? 0)
    expect(expirations).toHaveLength(sessions.length)
    for (let i = 1; i < expirations.length; i++) expect(expirations[i]! - 2_000).toBeLessThan(expirations[i - 1]!)
    // A call signed just before an expiration may still arrive after it (AWS judges at arrival, and a
    // loaded machine delays the renewal's answer): at most the two in flight at each change of session
    // are refused as expired, and each is made again with the new session (every connection REJECTED).
    const proton = h.emulator.calls.filter((x) => x.service === 'proton')
    const refused = proton.filter((x) => x.status !== 200)
    expect(refused.every((x) => x.status === 400)).toBe(true)
    expect(refused.length).toBeLessThanOrEqual(2 * (sessions.length - 1))
    // A fresh OIDC token for each session, and each session's keys used.
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(sessions.length)
    expect(new Set(proton.map((x) => x.accessKeyId)).size).toBe(sessions.length)
    const renewals = r.stdout.split('\n').filter((l) => l.startsWith('AWS session renewed'))
    expect(renewals).toHaveLength(sessions.length - 1)
    expect(renewals[0]).toMatch(/^AWS session renewed: role arn:aws:iam::111111111111:role\/ProtonConnectionGuard assumed again with a fresh OIDC token, valid until \d{4}-\d\d-\d\dT/)
  }, 60_000)

  it('tells credentials from the environment that expired as expired, with the fix, never as access denied', async () => {
    h.emulator.staticCredential.expiresAt = new Date(Date.now() - 1000)
    const [a, b] = [h.emulator.seed(), h.emulator.seed()]
    const r = await h.run({ 'connection-id': `${a.id},${b.id}` })
    expect(r.code).toBe(1)
    const results = JSON.parse(r.outputs.results as string) as Array<{ outcome: string; error: string }>
    expect(results.map((x) => x.outcome)).toEqual(['failed', 'failed'])
    for (const x of results) {
      expect(x.error).toContain('credentials expired')
      expect(x.error).toContain('role-to-assume')
      expect(x.error).not.toMatch(/access denied/i)
    }
    expect(errorLines(r).join('\n')).toContain('title=AWS credentials expired')
    expect(errorLines(r).join('\n')).not.toMatch(/access denied/i)
    expect(h.emulator.proton.connections.get(a.id)?.status).toBe('PENDING')
  })

  it('retries STS throttling with backoff and then succeeds', async () => {
    h.emulator.inject({ service: 'sts', kind: 'throttle', times: 2 })
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([400, 400, 200])
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(1)
  })

  it('fetches a fresh OIDC token after IDPCommunicationError', async () => {
    h.emulator.inject({ service: 'sts', kind: 'idp-error', times: 1 })
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('GetIdToken')).toHaveLength(2)
  })

  it('gives up on STS after a bounded number of attempts', async () => {
    h.emulator.inject({ service: 'sts', kind: 'internal', times: 100 })
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/STS kept failing after 5 attempts/)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity')).toHaveLength(5)
  })

  it('refuses a malformed role ARN before any call', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id, 'role-to-assume': 'ProtonConnectionGuard' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/^::error title=Invalid input::role-to-assume: "ProtonConnectionGuard" is not an IAM role ARN/)
    expect(h.emulator.calls).toHaveLength(0)
  })
})

describe('secrets', () => {
  it('never shows a key, session token or OIDC token, even with debug logging on', async () => {
    const c = h.emulator.seed()
    const r = await oidcJob({ 'connection-id': c.id }, { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::debug::')
    const issued = [...h.emulator.identity.issued.values()]
    const secrets = [
      ...issued.flatMap((k) => [k.secretAccessKey, k.sessionToken as string, k.accessKeyId]),
      ...h.emulator.identity.tokensIssued,
      ...h.emulator.identity.jobs.keys()
    ]
    expect(secrets.length).toBeGreaterThanOrEqual(5)
    const masked = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    for (const k of issued) {
      expect(masked).toContain(`::add-mask::${k.secretAccessKey}`)
      expect(masked).toContain(`::add-mask::${k.sessionToken}`)
    }
    const visible = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n')
    for (const secret of secrets) expect(visible).not.toContain(secret)
  })
})
