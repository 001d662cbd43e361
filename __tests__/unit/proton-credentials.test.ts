import { describe, expect, it } from '@jest/globals'
import { accessDeniedMessage, PERMISSION_HINT, RenewingSession, signIn, SignInError, tokenClaims } from '../../src/credentials.js'
import { describeFailure, ProtonCallError, toConnection } from '../../src/proton.js'
import { connectionFixture } from './fixtures.js'

const wire = connectionFixture({ status: 'PENDING' })

describe('toConnection', () => {
  it('accepts the model\'s shape and keeps optional role ARNs only when present', () => {
    expect(toConnection(wire)).toEqual(wire)
    expect(toConnection({ ...wire, codebuildRoleArn: 'arn:aws:iam::1:role/B' })?.codebuildRoleArn).toBe('arn:aws:iam::1:role/B')
  })

  it.each([
    ['no id', { ...wire, id: undefined }],
    ['an unknown status', { ...wire, status: 'DELETED' }],
    ['a timestamp that is not a date', { ...wire, requestedAt: 1788264000 }],
    ['an empty ARN', { ...wire, arn: '' }],
    ['a number for a role ARN', { ...wire, componentRoleArn: 5 }]
  ])('refuses an answer with %s', (_what, raw) => {
    expect(toConnection(raw)).toBeUndefined()
  })
})

describe('describeFailure', () => {
  const describe_ = (error: unknown): ProtonCallError =>
    describeFailure(error, 'proton:RejectEnvironmentAccountConnection', 'connection x', { region: 'eu-west-1', endpoint: 'https://proton.eu-west-1.amazonaws.com' })

  it.each([
    ['ResourceNotFoundException', 'not-found', /connection x not found in eu-west-1/],
    ['AccessDeniedException', 'access-denied', /proton:RejectEnvironmentAccountConnection/],
    ['ConflictException', 'conflict', /conflict/],
    ['ThrottlingException', 'throttled', /after 3 attempts/],
    ['InternalServerException', 'service-error', /after 3 attempts/],
    ['ValidationException', 'validation', /invalid/],
    ['ExpiredTokenException', 'expired-credentials', /^AWS credentials expired .*role-to-assume/],
    ['UnrecognizedClientException', 'access-denied', /did not accept the credentials/],
    ['TimeoutError', 'timeout', /timed out/]
  ])('turns %s into %s', (name, kind, words) => {
    const e = describe_({ name, message: 'm', $metadata: { httpStatusCode: 400, attempts: 3 } })
    expect(e.kind).toBe(kind)
    expect(e.message).toMatch(words)
    expect(e.attempts).toBe(3)
  })

  it('asks for List in a statement of its own on "*", and for Get and Reject on the account\'s connections', () => {
    const site = { region: 'eu-west-1', endpoint: 'https://proton.eu-west-1.amazonaws.com', account: '111111111111' }
    const denied = { name: 'AccessDeniedException', message: 'User: arn:aws:sts::111111111111:assumed-role/R/s is not authorized to perform: proton:ListEnvironmentAccountConnections on resource: *' }
    const list = describeFailure(denied, 'proton:ListEnvironmentAccountConnections', 'pending connections', site)
    expect(list.message).toContain('"Resource": "*"')
    expect(list.message).not.toContain('environment-account-connection/*')
    expect(list.message.length).toBeLessThanOrEqual(300)
    const reject = describeFailure({ ...denied, message: 'denied' }, 'proton:RejectEnvironmentAccountConnection', 'connection x', site)
    expect(reject.message).toContain('arn:aws:proton:eu-west-1:111111111111:environment-account-connection/*')
    expect(reject.message).not.toContain('"Resource": "*"')
  })

  it('names Proton\'s retirement on AWS\'s own endpoint, and not on an endpoint the user set', () => {
    const error = { name: 'ResourceNotFoundException', message: 'gone' }
    expect(describe_(error).message).toMatch(/AWS ended support for AWS Proton on 2026-10-07/)
    const elsewhere = describeFailure(error, 'proton:GetEnvironmentAccountConnection', 'connection x', { region: 'eu-west-1', endpoint: 'http://127.0.0.1:1', endpointSetting: 'endpoint-url' })
    expect(elsewhere.message).not.toMatch(/2026-10-07/)
    expect(describe_({ name: 'SomethingElse', message: 'x', $metadata: { httpStatusCode: 503 } }).message).toMatch(/2026-10-07/)
  })

  it('points to the end of support and endpoint-url when the host cannot be reached', () => {
    const e = describe_(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))
    expect(e.kind).toBe('unreachable')
    expect(e.message).toMatch(/2026-10-07.*endpoint-url/)
  })

  it('calls an answer the SDK could not read not the API\'s', () => {
    const e = describe_({ name: 'SyntaxError', message: 'Unexpected token <', $response: { statusCode: 200 } })
    expect(e.kind).toBe('invalid-response')
  })
})

describe('sign-in helpers', () => {
  const token = (claims: object): string => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`
  const role = { roleArn: 'arn:aws:iam::111111111111:role/R', sessionName: 'GitHubActions', audience: 'sts.amazonaws.com', durationSeconds: 900 }

  it('reads sub and aud from a token and nothing from garbage', () => {
    expect(tokenClaims(token({ sub: 'repo:o/r:ref:refs/heads/main', aud: 'a' }))).toEqual({ sub: 'repo:o/r:ref:refs/heads/main', aud: 'a' })
    expect(tokenClaims('not a token')).toEqual({})
  })

  it('explains a denied role with the sub and the condition that would match, on one line', () => {
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:environment:prod' }))
    expect(message).toContain('"token.actions.githubusercontent.com:sub": "repo:o/r:environment:prod"')
    expect(message).not.toContain('\n')
  })

  const deps = (env: Record<string, string>) => ({
    env,
    getIDToken: () => Promise.reject(new Error('not called')),
    setSecret: () => undefined,
    info: () => undefined
  })

  it('asks for permissions: id-token: write before anything else when the runner gave no token URL', async () => {
    await expect(signIn(role, 'us-east-1', deps({}))).rejects.toThrow(PERMISSION_HINT)
  })

  it('uses a key pair from the environment as it is, masking the secret', async () => {
    const masked: string[] = []
    const signed = await signIn(undefined, 'us-east-1', { ...deps({ AWS_ACCESS_KEY_ID: 'AKIAX', AWS_SECRET_ACCESS_KEY: 'secret-value-1', AWS_SESSION_TOKEN: 'token-value-1' }), setSecret: (v) => masked.push(v) })
    expect(signed.credentials).toEqual({ accessKeyId: 'AKIAX', secretAccessKey: 'secret-value-1', sessionToken: 'token-value-1' })
    expect(masked).toEqual(['secret-value-1', 'token-value-1'])
  })

  it('fails with how to provide credentials when the default chain finds none', async () => {
    const saved = { ...process.env }
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    process.env.AWS_CONFIG_FILE = '/nonexistent/config'
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials'
    for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI']) delete process.env[k]
    try {
      const error = await signIn(undefined, 'us-east-1', deps({})).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SignInError)
      expect((error as Error).message).toMatch(/^no AWS credentials: set role-to-assume .*configure-aws-credentials/)
    } finally {
      process.env = saved
    }
  })
})

describe('RenewingSession', () => {
  const at = (ms: number) => ({ accessKeyId: `K${ms}`, secretAccessKey: 's', sessionToken: 't', expiration: new Date(ms) })
  const settle = () => new Promise((resolve) => setImmediate(resolve))

  it('keeps the session until a quarter of its life is left, then renews once in the background while the session lasts', async () => {
    let now = 0
    let renewals = 0
    const logged: Array<Date | undefined> = []
    let release: (value: ReturnType<typeof at>) => void = () => undefined
    const session = new RenewingSession(at(1000), () => { renewals += 1; return new Promise((resolve) => (release = resolve)) }, (e) => logged.push(e), () => now)
    now = 749
    expect((await session.provide()).accessKeyId).toBe('K1000')
    expect(renewals).toBe(0)
    now = 750
    // A slow STS holds no call: the current session is still valid.
    expect((await session.provide()).accessKeyId).toBe('K1000')
    expect((await session.provide()).accessKeyId).toBe('K1000')
    expect(renewals).toBe(1)
    release(at(1750))
    await settle()
    expect((await session.provide()).accessKeyId).toBe('K1750')
    expect(logged).toEqual([new Date(1750)])
    // The next session's margin is a quarter of its own life: 250 ms of 1000.
    now = 1499
    expect((await session.provide()).accessKeyId).toBe('K1750')
    expect(renewals).toBe(1)
  })

  it('waits for the renewal once the session has expired', async () => {
    let now = 0
    const session = new RenewingSession(at(1000), async () => at(5000), () => undefined, () => now)
    now = 1000
    expect((await session.provide()).accessKeyId).toBe('K5000')
  })

  it('renews at most five minutes ahead of a long session', async () => {
    let now = 0
    let renewals = 0
    const hour = 3_600_000
    const session = new RenewingSession(at(hour), async () => { renewals += 1; return at(2 * hour) }, () => undefined, () => now)
    now = hour - 300_001
    await session.provide()
    expect(renewals).toBe(0)
    now = hour - 300_000
    await session.provide()
    await settle()
    expect(renewals).toBe(1)
    expect((await session.provide()).accessKeyId).toBe(`K${2 * hour}`)
  })

  it('after a failed renewal of an expired session, fails fast until the next try is due, then renews', async () => {
    let now = 1000
    let fail = true
    let renewals = 0
    const session = new RenewingSession(at(1000), async () => { renewals += 1; if (fail) throw new Error('STS said no'); return at(9000) }, () => undefined, () => now)
    await expect(session.provide()).rejects.toMatchObject({ name: 'CredentialsExpired', message: 'STS said no' })
    await expect(session.provide()).rejects.toMatchObject({ name: 'CredentialsExpired', message: 'STS said no' })
    expect(renewals).toBe(1)
    fail = false
    now = 2000
    expect((await session.provide()).accessKeyId).toBe('K9000')
    expect(renewals).toBe(2)
  })

  it('never renews credentials without an expiration', async () => {
    let renewals = 0
    const session = new RenewingSession({ accessKeyId: 'A', secretAccessKey: 's' }, async () => { renewals += 1; return at(1) }, () => undefined, () => Number.MAX_SAFE_INTEGER)
    expect((await session.provide()).accessKeyId).toBe('A')
    expect(renewals).toBe(0)
  })
})
