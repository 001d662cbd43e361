import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { accessDeniedMessage, clockWords, PERMISSION_HINT, RenewingSession, sessionControl, signIn, SignInError, tokenClaims } from '../../src/credentials.js'
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

  it('tells an expired-token answer to the action\'s own session with the runner\'s clock, and to credentials from the environment with role-to-assume', () => {
    const site = { region: 'eu-west-1', endpoint: 'https://proton.eu-west-1.amazonaws.com' }
    for (const name of ['ExpiredTokenException', 'ExpiredToken', 'TokenRefreshRequired']) {
      const own = describeFailure({ name, message: 'expired' }, 'proton:GetEnvironmentAccountConnection', 'connection x', { ...site, sessionRenewed: true })
      expect(own.kind).toBe('expired-credentials')
      expect(own.message).toBe(
        `AWS credentials expired during proton:GetEnvironmentAccountConnection for connection x (${name}), again after the action renewed its session and retried the call once. ` +
          "AWS judges expiry by its own clock: the runner's clock could not be compared with AWS's. " +
          "A session refused as soon as it is renewed points to the runner's clock (check its time synchronisation) or to calls that outlast the session (role-duration-seconds)"
      )
      const env = describeFailure({ name, message: 'expired' }, 'proton:GetEnvironmentAccountConnection', 'connection x', site)
      expect(env.message).toMatch(new RegExp(`^AWS credentials expired before proton:GetEnvironmentAccountConnection for connection x \\(${name}\\)\\. Credentials from the environment are not renewed by this action: set role-to-assume`))
    }
    const renewal = describeFailure({ name: 'CredentialsExpired', message: 'STS said no' }, 'proton:GetEnvironmentAccountConnection', 'connection x', { ...site, sessionRenewed: true })
    expect(renewal.message).toBe('AWS credentials expired before proton:GetEnvironmentAccountConnection for connection x, and the session could not be renewed (STS said no)')
    // The SDK counts RequestExpired as clock skew of the signature, which it corrects itself: no renewal is the fix.
    expect(describeFailure({ name: 'RequestExpired', message: 'x', $metadata: { httpStatusCode: 400 } }, 'proton:GetEnvironmentAccountConnection', 'connection x', site).kind).not.toBe('expired-credentials')
  })

  it('asks for List in a statement of its own on "*", and for Get and Reject on every environment account\'s connections', () => {
    const site = { region: 'eu-west-1', endpoint: 'https://proton.eu-west-1.amazonaws.com', account: '111111111111' }
    const denied = { name: 'AccessDeniedException', message: 'User: arn:aws:sts::111111111111:assumed-role/R/s is not authorized to perform: proton:ListEnvironmentAccountConnections on resource: *' }
    const list = describeFailure(denied, 'proton:ListEnvironmentAccountConnections', 'pending connections', site)
    expect(list.message).toContain('"Resource": "*"')
    expect(list.message).not.toContain('environment-account-connection/*')
    expect(list.message.length).toBeLessThanOrEqual(420)
    const reject = describeFailure({ ...denied, message: 'denied' }, 'proton:RejectEnvironmentAccountConnection', 'connection x', site)
    // A connection's ARN names the environment account, not the management account the role is in.
    expect(reject.message).toBe(
      "access denied: proton:RejectEnvironmentAccountConnection on connection x; allow it, in the apply role only, on arn:aws:proton:eu-west-1:*:environment-account-connection/* (a connection's ARN names the environment account; or list those accounts). A plan role stays read-only: give it dry-run: true"
    )
    expect(reject.message).not.toContain('111111111111')
    // The partition the denied ARN names, and the principal when it fits.
    const govDenied = {
      name: 'AccessDeniedException',
      message: 'User: arn:aws-us-gov:sts::111111111111:assumed-role/R/s is not authorized to perform: proton:GetEnvironmentAccountConnection on resource: arn:aws-us-gov:proton:us-gov-west-1:222222222222:environment-account-connection/x'
    }
    const gov = describeFailure(govDenied, 'proton:GetEnvironmentAccountConnection', 'connection x', { ...site, region: 'us-gov-west-1' })
    expect(gov.message).toBe(
      "access denied to arn:aws-us-gov:sts::111111111111:assumed-role/R/s: proton:GetEnvironmentAccountConnection on connection x; allow it on arn:aws-us-gov:proton:us-gov-west-1:*:environment-account-connection/* (a connection's ARN names the environment account that requested it, not this management account; or list the environment accounts)"
    )
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

  it('explains a denied role in one paragraph, then the condition that would match as a JSON block', () => {
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:environment:prod' }))
    const [prose, block, ...rest] = message.split('\n\n')
    expect(rest).toEqual([])
    expect(prose).not.toContain('\n')
    expect(prose).toMatch(/needs the condition below\.$/)
    expect(JSON.parse(block as string)).toEqual({
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:o/r:environment:prod',
          'token.actions.githubusercontent.com:ref': 'refs/heads/main',
          'token.actions.githubusercontent.com:environment': 'prod'
        }
      }
    })
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
    const logged: Array<[Date | undefined, number]> = []
    let release: (value: ReturnType<typeof at>) => void = () => undefined
    const session = new RenewingSession(at(100_000), () => { renewals += 1; return new Promise((resolve) => (release = resolve)) }, (e, t) => logged.push([e, t]), () => now)
    now = 74_999
    expect((await session.provide()).accessKeyId).toBe('K100000')
    expect(renewals).toBe(0)
    now = 75_000
    // A slow STS holds no call: the current session is still valid.
    expect((await session.provide()).accessKeyId).toBe('K100000')
    expect((await session.provide()).accessKeyId).toBe('K100000')
    expect(renewals).toBe(1)
    release(at(175_000))
    await settle()
    expect((await session.provide()).accessKeyId).toBe('K175000')
    // The log line gets the expiration and AWS's clock at the renewal, to tell a time to come from one gone.
    expect(logged).toEqual([[new Date(175_000), 75_000]])
    // The next session's margin is a quarter of its own life: 25 s of 100.
    now = 149_999
    expect((await session.provide()).accessKeyId).toBe('K175000')
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
    let now = 0
    let fail = true
    let renewals = 0
    const session = new RenewingSession(at(1000), async () => { renewals += 1; if (fail) throw new Error('STS said no'); return at(9000) }, () => undefined, () => now)
    now = 1000
    await expect(session.provide()).rejects.toMatchObject({ name: 'CredentialsExpired', message: 'STS said no' })
    await expect(session.provide()).rejects.toMatchObject({ name: 'CredentialsExpired', message: 'STS said no' })
    // Nor does an expired-token answer make it try STS again before then.
    await expect(session.renewExpired('K1000')).rejects.toMatchObject({ name: 'CredentialsExpired', message: 'STS said no' })
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

  it('judges Expiration by the clock it is given (AWS\'s), not the runner\'s', async () => {
    // The runner's clock is 75 s behind AWS's: a 900 s session looks 975 s long to the runner.
    let runner = 1_000_000
    const aws = () => runner + 75_000
    let renewals = 0
    const session = new RenewingSession(at(aws() + 900_000), async () => { renewals += 1; return at(aws() + 900_000) }, () => undefined, aws)
    // A quarter of 900 s is 225 s: due at AWS's 675 s, which is the runner's 675 s too (both moved alike).
    runner += 674_999
    await session.provide()
    expect(renewals).toBe(0)
    runner += 1
    await session.provide()
    await settle()
    expect(renewals).toBe(1)
  })

  it('does not renew on every call when Expiration is already past by AWS\'s clock: at most once a minute', async () => {
    let now = 10_000
    let renewals = 0
    // STS keeps answering with an expiration 5 s gone.
    const session = new RenewingSession(at(5_000), async () => { renewals += 1; return at(now - 5_000) }, () => undefined, () => now)
    for (; now < 70_000; now += 500) expect((await session.provide()).accessKeyId).toBe('K5000')
    expect(renewals).toBe(0)
    now = 70_000
    expect((await session.provide()).accessKeyId).toBe('K65000')
    expect(renewals).toBe(1)
    for (now += 500; now < 130_000; now += 500) expect((await session.provide()).accessKeyId).toBe('K65000')
    expect(renewals).toBe(1)
    now = 130_000
    expect((await session.provide()).accessKeyId).toBe('K125000')
    expect(renewals).toBe(2)
  })

  it('renews a session STS granted for less than two minutes after half its life, no sooner than 1 s', async () => {
    let now = 0
    let renewals = 0
    const session = new RenewingSession(at(2_000), async () => { renewals += 1; return at(now + 2_000) }, () => undefined, () => now)
    now = 1_499
    await session.provide()
    expect(renewals).toBe(0)
    now = 1_500
    await session.provide()
    await settle()
    expect(renewals).toBe(1)
  })

  it('renews a session of 1.2 s no sooner than 1 s after it came, though a quarter of its life would be due at 0.9 s', async () => {
    let now = 0
    let renewals = 0
    const session = new RenewingSession(at(1_200), async () => { renewals += 1; return at(now + 1_200) }, () => undefined, () => now)
    now = 999
    await session.provide()
    expect(renewals).toBe(0)
    now = 1_000
    await session.provide()
    await settle()
    expect(renewals).toBe(1)
  })

  it('renews once for many calls that met an expired-token answer together, and not again for a call that used older credentials', async () => {
    let now = 0
    let renewals = 0
    let release: (value: ReturnType<typeof at>) => void = () => undefined
    const session = new RenewingSession(at(900_000), () => { renewals += 1; return new Promise((resolve) => (release = resolve)) }, () => undefined, () => now)
    now = 1_000
    // AWS refused K900000 long before its Expiration; five calls met the refusal at once.
    const waiting = Array.from({ length: 5 }, () => session.renewExpired('K900000'))
    await settle()
    expect(renewals).toBe(1)
    let done = 0
    for (const w of waiting) void w.then(() => (done += 1))
    await settle()
    expect(done).toBe(0)
    release(at(1_000_000))
    await Promise.all(waiting)
    expect(done).toBe(5)
    expect((await session.provide()).accessKeyId).toBe('K1000000')
    // A call signed with K900000 that comes back later: the credentials are already newer.
    await session.renewExpired('K900000')
    expect(renewals).toBe(1)
    // AWS refuses the new ones too, a second after they came: renewed at once, the minute's spacing does not apply.
    now = 2_000
    const again = session.renewExpired('K1000000')
    await settle()
    expect(renewals).toBe(2)
    release(at(2_000_000))
    await again
    expect((await session.provide()).accessKeyId).toBe('K2000000')
  })

  it('makes calls that meet an expired session wait for the renewal under way', async () => {
    let now = 0
    let renewals = 0
    let release: (value: ReturnType<typeof at>) => void = () => undefined
    const session = new RenewingSession(at(100_000), () => { renewals += 1; return new Promise((resolve) => (release = resolve)) }, () => undefined, () => now)
    now = 80_000
    expect((await session.provide()).accessKeyId).toBe('K100000')
    expect(renewals).toBe(1)
    now = 100_000
    const calls = [session.provide(), session.provide(), session.provide()]
    await settle()
    release(at(200_000))
    expect((await Promise.all(calls)).map((c) => c.accessKeyId)).toEqual(['K200000', 'K200000', 'K200000'])
    expect(renewals).toBe(1)
  })
})

describe('clockWords', () => {
  it.each([
    [undefined, "the runner's clock could not be compared with AWS's (STS's answer had no Date header)"],
    [400, "the runner's clock is within a second of AWS's (from STS's Date header)"],
    [-499, "the runner's clock is within a second of AWS's (from STS's Date header)"],
    [75_200, "the runner's clock is 75 s behind AWS's (from STS's Date header)"],
    [-120_400, "the runner's clock is 120 s ahead of AWS's (from STS's Date header)"]
  ])('says an offset of %p ms as %s', (offset, words) => {
    expect(clockWords(offset)).toBe(words)
  })
})

describe('signIn against STS with another clock', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(async () => {
    await emulator.stop()
  })
  const role = { roleArn: 'arn:aws:iam::111111111111:role/R', sessionName: 'GitHubActions', audience: 'sts.amazonaws.com', durationSeconds: 900 }

  async function signInWith(skewMs: number) {
    emulator.forgetEverything()
    emulator.trustRole(role.roleArn, 'repo:octo-org/octo-repo:*')
    emulator.clockSkewMs = skewMs
    const job = { repository: 'octo-org/octo-repo', eventName: 'push', ref: 'refs/heads/main' }
    const warnings: string[] = []
    const masked: string[] = []
    // The STS client reads its endpoint from the process's environment.
    const saved = process.env.AWS_ENDPOINT_URL_STS
    process.env.AWS_ENDPOINT_URL_STS = emulator.url
    const signed = await signIn(role, 'us-east-1', {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://unused', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'unused', AWS_ENDPOINT_URL_STS: emulator.url },
      getIDToken: async (audience) => emulator.identity.issueIdToken(job, audience),
      setSecret: (v) => masked.push(v),
      info: () => undefined,
      warning: (m) => warnings.push(m)
    }).finally(() => {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_STS
      else process.env.AWS_ENDPOINT_URL_STS = saved
    })
    signed.close?.()
    return { signed, warnings, masked }
  }

  it('measures the offset from STS\'s Date header and warns once when it is over a minute', async () => {
    const { signed, warnings, masked } = await signInWith(75_000)
    const control = sessionControl(signed.credentials)
    expect(control).toBeDefined()
    const offset = control?.clockOffsetMs() ?? 0
    expect(Math.abs(offset - 75_000)).toBeLessThan(1_000)
    expect(warnings).toEqual([`The runner's clock is ${Math.round(offset / 1000)} s behind AWS's (from STS's Date header); session expiry is judged by AWS's clock`])
    // The key ID, the secret and the session token, each once.
    const issued = [...emulator.identity.issued.values()][0]
    expect(masked).toEqual([issued?.accessKeyId, issued?.secretAccessKey, issued?.sessionToken])
    // The SDK is told not to keep these credentials by the runner's clock.
    expect((signed.credentials as { memoized?: boolean }).memoized).toBe(true)
  })

  it('gives no warning within a minute, and no session control to credentials it did not make', async () => {
    const { signed, warnings } = await signInWith(-59_000)
    expect(warnings).toEqual([])
    expect(Math.abs((sessionControl(signed.credentials)?.clockOffsetMs() ?? 0) + 59_000)).toBeLessThan(1_000)
    expect(sessionControl({ accessKeyId: 'A', secretAccessKey: 's' })).toBeUndefined()
    expect(sessionControl(async () => ({ accessKeyId: 'A', secretAccessKey: 's' }))).toBeUndefined()
  })
})
