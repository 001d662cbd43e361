import { createHmac, randomBytes } from 'node:crypto'
import { claimsFor, GITHUB_COM_ISSUER, issuerHost, stsContext, type JobContext } from './claims.js'
import { permissionsAllow, trustAllows, type Context, type PolicyDocument } from './iam.js'
import type { KnownCredential } from './sigv4.js'

/** An IAM role: who may assume it (trust policy) and what its sessions may do (permission policies). */
export interface Role {
  trust: PolicyDocument
  /** Absent: the session may do anything (a role whose permissions a test does not care about). */
  permissions?: PolicyDocument[]
  /** The longest session STS gives for this role, in seconds; IAM's default when absent (STS_LIMITS). */
  maxSessionDuration?: number
}

/**
 * STS's rules for AssumeRoleWithWebIdentity, as data. Sources: the STS API reference
 * (AssumeRoleWithWebIdentity: DurationSeconds, Errors) and the IAM user guide (maximum session
 * duration). A role that does not exist and a trust policy that refuses the token answer alike, so the
 * caller cannot tell which.
 */
export const STS_LIMITS = {
  minDurationSeconds: 900,
  maxDurationSeconds: 43_200,
  /** A role's MaxSessionDuration unless set otherwise, and the DurationSeconds STS uses when none is sent. */
  defaultMaxSessionDuration: 3_600,
  messages: {
    refused: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    overRoleLimit: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    noProvider: (issuer: string) => `No OpenIDConnect provider found in your account for ${issuer}`,
    audience: 'Incorrect token audience',
    chained: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
  },
  /** A session made with AssumeRole from another role's session (role chaining) lasts at most an hour. */
  maxChainedSeconds: 3_600
} as const

/** An IAM OIDC identity provider in an account: its issuer and the audiences (client IDs) it accepts. */
export interface OidcProvider {
  issuer: string
  clientIds: string[]
}

/** Credentials STS issued, with the role whose permissions apply to them. */
export interface IssuedCredential extends KnownCredential {
  roleArn: string
}

export interface StsError {
  status: number
  code: string
  message: string
  type: 'Sender' | 'Receiver'
}

export type StsAnswer = { ok: true; xml: string } | { ok: false; error: StsError }

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')

export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

export const providerArn = (partition: string, account: string, issuer: string): string =>
  `arn:${partition}:iam::${account}:oidc-provider/${issuerHost(issuer)}`

/**
 * The GitHub OIDC token endpoint and STS AssumeRoleWithWebIdentity with IAM's rules: each job gets
 * its own request token and the claims GitHub would give that job; STS finds the account's OIDC
 * provider for the token's issuer, checks the audience, then evaluates the role's trust policy.
 * Tokens are HS256-signed by the emulator, so STS can tell a forged one apart.
 */
export class IdentityService {
  /** The job each ACTIONS_ID_TOKEN_REQUEST_TOKEN belongs to. */
  readonly jobs = new Map<string, JobContext>()
  readonly roles = new Map<string, Role>()
  readonly providers = new Map<string, OidcProvider>()
  readonly issued = new Map<string, IssuedCredential>()
  readonly tokensIssued: string[] = []
  /**
   * When set, every session STS issues lasts this many seconds instead of its DurationSeconds: time
   * compressed, so a test can run through several sessions in seconds. STS still checks DurationSeconds.
   */
  sessionSeconds: number | undefined
  /**
   * How far AWS's clock is from this machine's, in milliseconds (positive: AWS is ahead). STS's Date
   * header and Expiration and Proton's expiry check read `now()`, so a test can put the runner's
   * clock behind or ahead of AWS's. GitHub's OIDC tokens keep this machine's clock.
   */
  clockSkewMs = 0
  private readonly signingKey = randomBytes(32)

  constructor(private readonly accountId: string) {
    this.addGitHubProvider()
  }

  /** AWS's clock: this machine's, shifted by clockSkewMs. */
  now(): Date {
    return new Date(Date.now() + this.clockSkewMs)
  }

  /** The provider most accounts have: github.com's issuer with the audience sts.amazonaws.com. */
  addGitHubProvider(issuer = GITHUB_COM_ISSUER, clientIds = ['sts.amazonaws.com'], account = this.accountId): void {
    this.providers.set(providerArn('aws', account, issuer), { issuer, clientIds })
  }

  /**
   * A role that GitHub tokens whose `sub` matches `subjectPattern` (StringLike) may assume, written as
   * the trust policy IAM would hold; the account's github.com provider accepts `audience`.
   */
  trustGitHub(roleArn: string, subjectPattern: string, audience: string, permissions?: PolicyDocument[]): void {
    const provider = this.providers.get(providerArn('aws', this.accountId, GITHUB_COM_ISSUER))
    if (provider && !provider.clientIds.includes(audience)) provider.clientIds.push(audience)
    this.roles.set(roleArn, {
      trust: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${this.accountId}:oidc-provider/token.actions.githubusercontent.com` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:aud': audience },
              StringLike: { 'token.actions.githubusercontent.com:sub': subjectPattern }
            }
          }
        ]
      },
      ...(permissions && { permissions })
    })
  }

  /** A request token for a job, as the runner gets one for a job with `permissions: id-token: write`. */
  registerJob(job: JobContext): string {
    const requestToken = `emu-request-${randomBytes(12).toString('hex')}`
    this.jobs.set(requestToken, job)
    return requestToken
  }

  /** Back to a new account's identity side: no jobs, roles, sessions or tokens, only github.com's provider. */
  forgetJobsRolesAndSessions(): void {
    this.jobs.clear()
    this.roles.clear()
    this.providers.clear()
    this.addGitHubProvider()
    this.issued.clear()
    this.tokensIssued.length = 0
    this.sessionSeconds = undefined
    this.clockSkewMs = 0
  }

  issueIdToken(job: JobContext, audience: string, now = new Date()): string {
    const header = { alg: 'HS256', typ: 'JWT', kid: 'emulator' }
    const claims = { ...claimsFor(job, audience, now), jti: randomBytes(8).toString('hex') }
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const token = `${unsigned}.${createHmac('sha256', this.signingKey).update(unsigned).digest('base64url')}`
    this.tokensIssued.push(token)
    return token
  }

  /** Whether the session behind `accessKeyId` may call `action` on `resource`; static keys may do anything. */
  allows(accessKeyId: string, action: string, resource: string, context: Context = {}): boolean {
    const credential = this.issued.get(accessKeyId)
    const permissions = credential && this.roles.get(credential.roleArn)?.permissions
    return permissions === undefined || permissionsAllow(permissions, action, resource, context)
  }

  private readToken(token: string, now: Date): Record<string, unknown> | undefined {
    const parts = token.split('.')
    if (parts.length !== 3) return undefined
    const [h, p, s] = parts as [string, string, string]
    const expected = createHmac('sha256', this.signingKey).update(`${h}.${p}`).digest('base64url')
    if (expected !== s) return undefined
    try {
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>
      if (typeof claims.exp !== 'number' || claims.exp * 1000 < now.getTime()) return undefined
      return claims
    } catch {
      return undefined
    }
  }

  /**
   * STS AssumeRole from a signed session (role chaining): the target role's trust must let the
   * caller's role (or its account) in, and the caller's own permissions must allow sts:AssumeRole on
   * the target; a role that does not exist answers as a refusal does. A session chained from an
   * assumed role lasts at most an hour.
   */
  assumeRole(caller: KnownCredential, params: URLSearchParams, now = this.now()): StsAnswer {
    const sender = (code: string, message: string, status = 400): StsAnswer => ({ ok: false, error: { status, code, message, type: 'Sender' } })
    const roleArn = params.get('RoleArn') ?? ''
    const sessionName = params.get('RoleSessionName') ?? ''
    const durationText = params.get('DurationSeconds')
    const duration = durationText === null ? STS_LIMITS.defaultMaxSessionDuration : Number(durationText)
    const roleMatch = ROLE_ARN.exec(roleArn)
    if (!roleMatch) return sender('ValidationError', `${roleArn} is invalid`)
    if (!SESSION_NAME.test(sessionName)) return sender('ValidationError', `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint`)
    if (!Number.isInteger(duration) || duration < STS_LIMITS.minDurationSeconds || duration > STS_LIMITS.maxDurationSeconds) {
      return sender('ValidationError', `1 validation error detected: Value '${durationText}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`)
    }
    const session = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(caller.principalArn ?? '')
    // A session's role by its full ARN, path included (IAM matches a role principal by the role itself, not its session's ARN).
    const callerArn = (caller as Partial<IssuedCredential>).roleArn ?? (session ? `arn:${session[1]}:iam::${session[2]}:role/${session[3]}` : (caller.principalArn ?? ''))
    const callerAccount = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(caller.principalArn ?? '')?.[1] ?? ''
    const [, partition, account, roleName] = roleMatch as unknown as [string, string, string, string]
    const refused = sender('AccessDenied', `User: ${caller.principalArn ?? ''} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403)
    if (!this.allows(caller.accessKeyId, 'sts:AssumeRole', roleArn)) return refused
    const role = this.roles.get(roleArn)
    if (!role || !trustAllows(role.trust, { action: 'sts:AssumeRole', awsPrincipal: { arn: callerArn, account: callerAccount }, context: {} })) return refused
    if (session && duration > STS_LIMITS.maxChainedSeconds) return sender('ValidationError', STS_LIMITS.messages.chained)
    if (duration > (role.maxSessionDuration ?? STS_LIMITS.defaultMaxSessionDuration)) return sender('ValidationError', STS_LIMITS.messages.overRoleLimit)
    const credential = this.issue(roleArn, `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`, duration, now)
    const xml = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <Arn>${xmlEscape(credential.principalArn as string)}</Arn>
      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${xmlEscape(credential.sessionToken as string)}</SessionToken>
      <SecretAccessKey>${xmlEscape(credential.secretAccessKey)}</SecretAccessKey>
      <Expiration>${(credential.expiresAt as Date).toISOString()}</Expiration>
      <AccessKeyId>${credential.accessKeyId}</AccessKeyId>
    </Credentials>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>${randomBytes(16).toString('hex')}</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>`
    return { ok: true, xml }
  }

  /** New session credentials for a role, kept so that later requests signed with them are known. */
  private issue(roleArn: string, principalArn: string, duration: number, now: Date): IssuedCredential {
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`
    const credential: IssuedCredential = {
      roleArn,
      accessKeyId,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VtdWxhdG9y${randomBytes(48).toString('base64')}`,
      principalArn,
      expiresAt: new Date(now.getTime() + (this.sessionSeconds ?? duration) * 1000)
    }
    this.issued.set(accessKeyId, credential)
    return credential
  }

  assumeRoleWithWebIdentity(params: URLSearchParams, now = this.now()): StsAnswer {
    const sender = (code: string, message: string, status = 400): StsAnswer => ({
      ok: false,
      error: { status, code, message, type: 'Sender' }
    })
    const roleArn = params.get('RoleArn') ?? ''
    const sessionName = params.get('RoleSessionName') ?? ''
    const token = params.get('WebIdentityToken') ?? ''
    const durationText = params.get('DurationSeconds')
    const duration = durationText === null ? STS_LIMITS.defaultMaxSessionDuration : Number(durationText)
    const roleMatch = ROLE_ARN.exec(roleArn)
    if (!roleMatch) return sender('ValidationError', `Request ARN is invalid: ${roleArn}`)
    if (!SESSION_NAME.test(sessionName)) {
      return sender('ValidationError', `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint`)
    }
    if (!Number.isInteger(duration) || duration < STS_LIMITS.minDurationSeconds || duration > STS_LIMITS.maxDurationSeconds) {
      return sender('ValidationError', `1 validation error detected: Value '${durationText}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`)
    }
    const claims = this.readToken(token, now)
    if (!claims) return sender('InvalidIdentityToken', 'Token signature or expiry is invalid', 400)
    const [, partition, account, roleName] = roleMatch as unknown as [string, string, string, string]
    const issuer = String(claims.iss)
    const federated = providerArn(partition, account, issuer)
    const provider = this.providers.get(federated)
    if (!provider) return sender('InvalidIdentityToken', STS_LIMITS.messages.noProvider(issuer), 400)
    if (!provider.clientIds.includes(String(claims.aud))) return sender('InvalidIdentityToken', STS_LIMITS.messages.audience, 400)
    const role = this.roles.get(roleArn)
    const host = issuerHost(issuer)
    // Every claim STS evaluates as a condition key, as the token carries it (claims.ts, STS_CLAIM_KEYS).
    const context = stsContext(host, claims)
    if (!role || !trustAllows(role.trust, { action: 'sts:AssumeRoleWithWebIdentity', federatedPrincipal: federated, context })) {
      return sender('AccessDenied', STS_LIMITS.messages.refused, 403)
    }
    if (duration > (role.maxSessionDuration ?? STS_LIMITS.defaultMaxSessionDuration)) return sender('ValidationError', STS_LIMITS.messages.overRoleLimit)
    const credential = this.issue(roleArn, `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`, duration, now)
    const accessKeyId = credential.accessKeyId
    const xml = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${xmlEscape(String(claims.sub))}</SubjectFromWebIdentityToken>
    <Audience>${xmlEscape(String(claims.aud))}</Audience>
    <AssumedRoleUser>
      <Arn>${xmlEscape(credential.principalArn as string)}</Arn>
      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${xmlEscape(credential.sessionToken as string)}</SessionToken>
      <SecretAccessKey>${xmlEscape(credential.secretAccessKey)}</SecretAccessKey>
      <Expiration>${(credential.expiresAt as Date).toISOString()}</Expiration>
      <AccessKeyId>${accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>${xmlEscape(issuer)}</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomBytes(16).toString('hex')}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`
    return { ok: true, xml }
  }
}

export function stsErrorXml(error: StsError): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>${error.type}</Type>
    <Code>${error.code}</Code>
    <Message>${xmlEscape(error.message)}</Message>
  </Error>
  <RequestId>${randomBytes(16).toString('hex')}</RequestId>
</ErrorResponse>`
}
