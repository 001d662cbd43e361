import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import type { RoleSignIn } from './inputs.js'
import { noCredentialsMessage } from './proton.js'

export interface SignedIn {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** How the action signed in, in words, for the summary. */
  description: string
  /** The assumed role session's ARN, when the action assumed a role itself. */
  authenticatedArn?: string
}

export interface SignInDeps {
  env: Readonly<Record<string, string | undefined>>
  getIDToken(audience: string): Promise<string>
  setSecret(value: string): void
  info(message: string): void
}

export class SignInError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SignInError'
  }
}

const STS_MAX_ATTEMPTS = 5
const BACKOFF_BASE_MS = 250
const BACKOFF_CAP_MS = 4_000

export const PERMISSION_HINT =
  'the job needs permissions: id-token: write to sign in with role-to-assume; add to the job (or workflow): permissions: {id-token: write, contents: read}'

/** Reads the token's claims for messages only; the token is never shown. */
export function tokenClaims(token: string): { sub?: string; aud?: string } {
  try {
    const payload = token.split('.')[1] ?? ''
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    return {
      ...(typeof claims.sub === 'string' && { sub: claims.sub }),
      ...(typeof claims.aud === 'string' && { aud: claims.aud })
    }
  } catch {
    return {}
  }
}

export function accessDeniedMessage(role: RoleSignIn, token: string): string {
  const { sub } = tokenClaims(token)
  const subject = sub ?? '(the token has no sub claim)'
  return (
    `could not assume role ${role.roleArn} with the job's OIDC token: not authorized to perform sts:AssumeRoleWithWebIdentity. ` +
    `The token's sub is "${subject}" and its audience "${role.audience}"; the role's trust policy must allow them, for example ` +
    `"Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "${role.audience}", "token.actions.githubusercontent.com:sub": "${subject}"}}`
  )
}

interface StsFailure {
  name?: string
  message?: string
  code?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number }
}

type Verdict = 'retry' | 'retry-with-new-token' | 'fail'

function classify(error: StsFailure): Verdict {
  switch (error.name) {
    case 'IDPCommunicationError':
    case 'IDPCommunicationErrorException':
    case 'ExpiredTokenException':
      return 'retry-with-new-token'
    case 'Throttling':
    case 'ThrottlingException':
    case 'RequestLimitExceeded':
    case 'TimeoutError':
      return 'retry'
    default:
      break
  }
  const status = error.$metadata?.httpStatusCode
  if (status !== undefined && status >= 500) return 'retry'
  if (error.code && ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].includes(error.code)) return 'retry'
  return 'fail'
}

async function assumeRole(role: RoleSignIn, region: string, deps: SignInDeps): Promise<SignedIn> {
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) throw new SignInError(PERMISSION_HINT)
  const fetchToken = async (): Promise<string> => {
    try {
      return await deps.getIDToken(role.audience)
    } catch (error) {
      throw new SignInError(`could not get the job's OIDC token for audience ${role.audience}: ${(error as Error).message}`)
    }
  }
  // Loaded only on this path: jobs that bring their own credentials never pay for the STS client.
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts')
  const sts = new STSClient({ region, maxAttempts: 1 })
  let token = await fetchToken()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: role.roleArn,
            RoleSessionName: role.sessionName,
            WebIdentityToken: token,
            DurationSeconds: role.durationSeconds
          })
        )
        const c = out.Credentials
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
          throw new SignInError(`STS answered AssumeRoleWithWebIdentity for ${role.roleArn} without credentials`)
        }
        deps.setSecret(c.AccessKeyId)
        deps.setSecret(c.SecretAccessKey)
        deps.setSecret(c.SessionToken)
        const arn = out.AssumedRoleUser?.Arn ?? `${role.roleArn} (session ${role.sessionName})`
        return {
          credentials: {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            ...(c.Expiration && { expiration: c.Expiration })
          },
          description: `role ${role.roleArn} assumed with the job's OIDC token, session ${role.sessionName}`,
          authenticatedArn: arn
        }
      } catch (error) {
        if (error instanceof SignInError) throw error
        const failure = error as StsFailure
        if (failure.name === 'AccessDenied' || failure.name === 'AccessDeniedException') {
          throw new SignInError(accessDeniedMessage(role, token))
        }
        const verdict = classify(failure)
        const what = `${failure.name ?? 'error'}: ${failure.message ?? ''}`.trim()
        if (verdict === 'fail') {
          const hint = failure.name === 'InvalidIdentityToken'
            ? `; check that the role's account has an IAM OIDC provider for token.actions.githubusercontent.com with audience ${role.audience}`
            : ''
          throw new SignInError(`could not assume role ${role.roleArn} with the job's OIDC token (${what})${hint}`)
        }
        if (attempt >= STS_MAX_ATTEMPTS) {
          throw new SignInError(`could not assume role ${role.roleArn}: STS kept failing after ${attempt} attempts (${what})`)
        }
        const delay = Math.round(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt))
        deps.info(`STS AssumeRoleWithWebIdentity attempt ${attempt} failed (${failure.name ?? 'error'}); retrying in ${delay} ms`)
        await new Promise<void>((resolve) => setTimeout(resolve, delay))
        if (verdict === 'retry-with-new-token') token = await fetchToken()
      }
    }
  } finally {
    sts.destroy()
  }
}

/**
 * Chooses the credentials: the role when role-to-assume is set (it wins over the environment),
 * the environment's key pair when present, and otherwise the SDK's default chain.
 */
export async function signIn(role: RoleSignIn | undefined, region: string, deps: SignInDeps): Promise<SignedIn> {
  if (role) return assumeRole(role, region, deps)
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = deps.env
  if (accessKeyId && secretAccessKey) {
    // configure-aws-credentials masks these in its own step; mask them here too in case they came some other way.
    deps.setSecret(secretAccessKey)
    if (sessionToken) deps.setSecret(sessionToken)
    return {
      credentials: { accessKeyId, secretAccessKey, ...(sessionToken && { sessionToken }) },
      description: "credentials from the job's environment (AWS_ACCESS_KEY_ID)"
    }
  }
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node')
  const provider = defaultProvider()
  try {
    await provider()
  } catch (error) {
    throw new SignInError(noCredentialsMessage((error as Error).message))
  }
  return { credentials: provider, description: "credentials from the AWS SDK's default chain (profile, container or instance role)" }
}
