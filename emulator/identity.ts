import { createHmac, randomBytes } from 'node:crypto'
import type { KnownCredential } from './sigv4.js'

/** What a role's trust policy lets in: the token's audience and a `sub` pattern with `*` wildcards (StringLike). */
export interface TrustPolicy {
  audience: string
  subjectPattern: string
}

export interface StsError {
  status: number
  code: string
  message: string
  type: 'Sender' | 'Receiver'
}

export type StsAnswer = { ok: true; xml: string } | { ok: false; error: StsError }

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const ISSUER = 'https://token.actions.githubusercontent.com'

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`)
}

/**
 * The GitHub OIDC token endpoint and STS AssumeRoleWithWebIdentity, enough to sign in as the
 * runner does: tokens are HS256-signed by the emulator, so STS can tell a forged one apart.
 */
export class IdentityService {
  /** Value of ACTIONS_ID_TOKEN_REQUEST_TOKEN the runner would give the job. */
  readonly requestToken = `emu-request-${randomBytes(12).toString('hex')}`
  subject = 'repo:octo-org/octo-repo:ref:refs/heads/main'
  readonly trust = new Map<string, TrustPolicy>()
  readonly issued = new Map<string, KnownCredential>()
  readonly tokensIssued: string[] = []
  private readonly signingKey = randomBytes(32)

  issueIdToken(audience: string, now = new Date()): string {
    const iat = Math.floor(now.getTime() / 1000)
    const header = { alg: 'HS256', typ: 'JWT', kid: 'emulator' }
    const claims = {
      iss: ISSUER,
      aud: audience,
      sub: this.subject,
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
      jti: randomBytes(8).toString('hex'),
      iat,
      nbf: iat,
      exp: iat + 300
    }
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const token = `${unsigned}.${createHmac('sha256', this.signingKey).update(unsigned).digest('base64url')}`
    this.tokensIssued.push(token)
    return token
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

  assumeRoleWithWebIdentity(params: URLSearchParams, now = new Date()): StsAnswer {
    const sender = (code: string, message: string, status = 400): StsAnswer => ({
      ok: false,
      error: { status, code, message, type: 'Sender' }
    })
    const roleArn = params.get('RoleArn') ?? ''
    const sessionName = params.get('RoleSessionName') ?? ''
    const token = params.get('WebIdentityToken') ?? ''
    const durationText = params.get('DurationSeconds')
    const duration = durationText === null ? 3600 : Number(durationText)
    const roleMatch = ROLE_ARN.exec(roleArn)
    if (!roleMatch) return sender('ValidationError', `Request ARN is invalid: ${roleArn}`)
    if (!SESSION_NAME.test(sessionName)) {
      return sender('ValidationError', `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint`)
    }
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
      return sender('ValidationError', `1 validation error detected: Value '${durationText}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`)
    }
    const claims = this.readToken(token, now)
    if (!claims) return sender('InvalidIdentityToken', 'Incorrect token audience or signature', 400)
    const policy = this.trust.get(roleArn)
    if (!policy || policy.audience !== claims.aud || !likeToRegExp(policy.subjectPattern).test(String(claims.sub))) {
      return sender('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403)
    }
    const roleName = roleMatch[2] as string
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`
    const credential: KnownCredential = {
      accessKeyId,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VtdWxhdG9y${randomBytes(48).toString('base64')}`,
      principalArn: `arn:aws:sts::${roleMatch[1]}:assumed-role/${roleName}/${sessionName}`,
      expiresAt: new Date(now.getTime() + duration * 1000)
    }
    this.issued.set(accessKeyId, credential)
    const xml = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${xmlEscape(String(claims.sub))}</SubjectFromWebIdentityToken>
    <Audience>${xmlEscape(String(claims.aud))}</Audience>
    <AssumedRoleUser>
      <Arn>${xmlEscape(credential.principalArn)}</Arn>
      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${xmlEscape(credential.sessionToken as string)}</SessionToken>
      <SecretAccessKey>${xmlEscape(credential.secretAccessKey)}</SecretAccessKey>
      <Expiration>${(credential.expiresAt as Date).toISOString()}</Expiration>
      <AccessKeyId>${accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>${ISSUER}</Provider>
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
