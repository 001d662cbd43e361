import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import type { NodeHttpHandler } from '@smithy/node-http-handler'
import { abandonable, abortableSleep } from './cancel.js'
import { noCredentialsMessage, type JobFacts, type RoleSignIn } from './domain.js'

export interface SignedIn {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** How the action signed in, in words, for the summary. */
  description: string
  /** The assumed role session's ARN, when the action assumed a role itself. */
  authenticatedArn?: string
  /** Releases what renewing the session holds (the STS client); the credentials are not renewed after. */
  close?: () => void
}

export interface SignInDeps {
  env: Readonly<Record<string, string | undefined>>
  /** What the event says of the job, for messages that lead to a safe fix. */
  job?: JobFacts
  getIDToken(audience: string): Promise<string>
  setSecret(value: string): void
  info(message: string): void
  /** A warning annotation: said once when the runner's clock is more than a minute from AWS's. */
  warning?(message: string): void
  /** Aborted when the run is cancelled: sign-in gives up. */
  abandon?: AbortSignal
  /** How STS is reached (direct or through the proxy). */
  transport?: { route(endpoint: string): Promise<{ handler: NodeHttpHandler; via?: string }> }
}

export type { JobFacts } from './domain.js'

/**
 * What a Proton client needs of the action's own role session beyond its credentials: a renewal when
 * AWS answered that the credentials a call used have expired, and how far the runner's clock is from
 * AWS's, for the message when that renewal did not help.
 */
export interface SessionControl {
  /**
   * Renews after AWS refused `usedAccessKeyId` as expired, unless newer credentials are already in
   * use; waits for a renewal under way. Rejects (CredentialsExpired) when the renewal fails.
   */
  renewExpired(usedAccessKeyId: string | undefined): Promise<void>
  /** AWS's clock minus the runner's, in milliseconds, from STS's latest Date header; undefined before one came. */
  clockOffsetMs(): number | undefined
}

const controls = new WeakMap<object, SessionControl>()

/** The session behind credentials that signIn made from an assumed role; undefined for any other credentials. */
export function sessionControl(credentials: unknown): SessionControl | undefined {
  return (typeof credentials === 'function' || (typeof credentials === 'object' && credentials !== null)) ? controls.get(credentials) : undefined
}

/** Beyond this, the runner's clock is said to be off, in one warning. */
export const CLOCK_WARNING_MS = 60_000

/** How the runner's clock stands to AWS's, in words ("the runner's clock is 75 s behind AWS's (from STS's Date header)"). */
export function clockWords(offsetMs: number | undefined): string {
  if (offsetMs === undefined) return "the runner's clock could not be compared with AWS's (STS's answer had no Date header)"
  const seconds = Math.round(Math.abs(offsetMs) / 1000)
  if (seconds < 1) return "the runner's clock is within a second of AWS's (from STS's Date header)"
  return `the runner's clock is ${seconds} s ${offsetMs > 0 ? 'behind' : 'ahead of'} AWS's (from STS's Date header)`
}

export class SignInError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SignInError'
  }
}

/** IAM's default MaxSessionDuration of a role, and the most any role may set (the IAM user guide). */
const STS_DEFAULT_MAX_SESSION = 3_600
const STS_MAX_SESSION = 43_200

const STS_MAX_ATTEMPTS = 5
const BACKOFF_BASE_MS = 250
const BACKOFF_CAP_MS = 4_000

export const PERMISSION_HINT =
  'the job needs permissions: id-token: write to sign in with role-to-assume; add to the job: permissions: {id-token: write, contents: read}'

const CANCELLED_DURING_SIGN_IN = 'the run was cancelled during sign-in; nothing was changed'

const GITHUB_COM_ISSUER_HOST = 'token.actions.githubusercontent.com'

/** Reads the token's claims for messages only; the token is never shown. */
/** The claims a refused sign-in shows, as the token carries them: each a string of bounded length, or absent. */
export interface TokenClaims {
  sub?: string
  aud?: string
  iss?: string
  repository_id?: string
  job_workflow_ref?: string
  ref?: string
  environment?: string
}

const CLAIM_NAMES = ['sub', 'aud', 'iss', 'repository_id', 'job_workflow_ref', 'ref', 'environment'] as const
/** The longest claim value shown: GitHub's are far shorter. */
const CLAIM_MAX = 300

export function tokenClaims(token: string): TokenClaims {
  try {
    const payload = token.split('.')[1] ?? ''
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    const read: TokenClaims = {}
    for (const name of CLAIM_NAMES) {
      const value = claims[name]
      if (typeof value === 'string' && value.length <= CLAIM_MAX) read[name] = value
    }
    return read
  } catch {
    return {}
  }
}

/**
 * The prefix of the trust policy's condition keys: the issuer without its scheme, so
 * `token.actions.githubusercontent.com` on github.com and `HOST/_services/token` on GitHub Enterprise Server.
 */
export function conditionKeyPrefix(iss: string | undefined): string {
  return iss?.startsWith('https://') ? iss.slice('https://'.length).replace(/\/+$/, '') : GITHUB_COM_ISSUER_HOST
}

/** A subject in GitHub's immutable form: the owner's and the repository's numeric IDs after an `@`. */
const IMMUTABLE_SUBJECT = /^repo:([^/@:]+)@\d+\/([^/@:]+)@\d+:/

/**
 * Why STS refused the role, with the narrowest trust that fits the job. STS answers the same when the
 * role does not exist, so the ARN comes first. The condition shows the token's own subject, in
 * whichever form GitHub gave it. A `pull_request` subject is never offered as a fix: anyone who can
 * open a pull request could then run a workflow with the role.
 */
export function accessDeniedMessage(role: RoleSignIn, token: string, job: JobFacts = {}): string {
  const claims = tokenClaims(token)
  const { sub, iss } = claims
  const keys = conditionKeyPrefix(iss)
  // STS checks GitHub's own claims (repository_id, job_workflow_ref, ref, environment) only for
  // github.com's issuer; a GitHub Enterprise Server's trust rests on aud and sub.
  const githubCom = keys === GITHUB_COM_ISSUER_HOST
  const [, , , , account = '?', resource = ''] = role.roleArn.split(':')
  const name = resource.replace(/^role\//, '').split('/').pop() ?? resource
  const refused =
    `could not assume role ${role.roleArn} with the job's OIDC token. STS answers AccessDenied both when the role does not exist and when its trust policy refuses the token, ` +
    `and never says which condition failed, so first check the ARN (account ${account}, role name ${name}); if it is right, the role's trust policy does not allow this job`
  if (!sub) return `${refused} (the token has no sub claim).`
  const repo = /^repo:([^:]+):/.exec(sub)?.[1] ?? 'OWNER/REPO'
  const immutable = IMMUTABLE_SUBJECT.exec(sub)
  const form = immutable
    ? ` This repository's token has GitHub's immutable subject, with the owner's and the repository's IDs after "@": ` +
      `a trust written for the names alone ("repo:${immutable[1]}/${immutable[2]}:...") does not match it, and a wildcard on the names would also match other repositories.`
    : ''
  const quoted = (value: string | undefined): string => (value === undefined ? 'absent' : JSON.stringify(value))
  const seen = githubCom
    ? ` This job's token: sub ${quoted(sub)}, repository_id ${quoted(claims.repository_id)}, job_workflow_ref ${quoted(claims.job_workflow_ref)}, ref ${quoted(claims.ref)}, ` +
      `${claims.environment === undefined ? 'no environment' : `environment ${quoted(claims.environment)}`}.`
    : ''
  const branch = job.defaultBranch ?? 'main'
  const onBranch = `refs/heads/${branch}`
  /** The documented apply role's trust for this repository and workflow file, on the default branch: a JSON block after a blank line, as the summary shows it. */
  const condition = (subject: string, ref?: string, environment?: string): string => {
    const entries: Array<[string, string]> = [
      ['aud', role.audience],
      ['sub', subject],
      ...(githubCom && claims.repository_id ? [['repository_id', claims.repository_id] as [string, string]] : []),
      ...(githubCom && ref ? [['ref', ref] as [string, string]] : []),
      ...(githubCom && environment ? [['environment', environment] as [string, string]] : []),
      ...(githubCom && ref && claims.job_workflow_ref ? [['job_workflow_ref', claims.job_workflow_ref.replace(/@[^@]*$/, `@${ref}`)] as [string, string]] : [])
    ]
    return `\n\n${JSON.stringify({ Condition: { StringEquals: Object.fromEntries(entries.map(([k, v]) => [`${keys}:${k}`, v])) } }, null, 2)}`
  }
  if (sub.endsWith(':pull_request')) {
    return (
      `${refused} (sub "${sub}", a pull request).${form}${seen} Do not make a role that can reject connections trust pull_request: ` +
      `anyone who can open a pull request could run a workflow of their own with it (on a pull request, job_workflow_ref names the pull request's own copy of the workflow, so it restricts nothing). ` +
      `Apply on push to the default branch instead (merging the pull request is that push), with a role whose trust has the condition below, ` +
      `and for a plan on the pull request (dry-run: true) use a read-only role (proton:GetEnvironmentAccountConnection on the connections, and proton:ListEnvironmentAccountConnections on "*") that trusts "repo:${repo}:pull_request"${githubCom && claims.repository_id ? ` with repository_id ${JSON.stringify(claims.repository_id)}` : ''}.` +
      condition(`repo:${repo}:ref:${onBranch}`, onBranch)
    )
  }
  const onOtherBranch = sub.startsWith(`repo:${repo}:ref:refs/heads/`) && sub !== `repo:${repo}:ref:${onBranch}`
  if (onOtherBranch) {
    return (
      `${refused} (sub "${sub}": the job runs on a branch other than the default branch ${branch}).${form}${seen} ` +
      `A role that can reject connections should trust only the default branch's apply workflows: run the workflow from ${branch}, ` +
      `whose token the role can trust with the condition below.${condition(`repo:${repo}:ref:${onBranch}`, onBranch)}`
    )
  }
  const environment = new RegExp(`^repo:${escapeRegExp(repo)}:environment:(.+)$`).exec(sub)?.[1]
  // An environment's job on another branch (the ref claim says which): only the default branch's apply workflows.
  if (environment !== undefined && githubCom && claims.ref !== undefined && claims.ref !== onBranch) {
    return (
      `${refused} (sub "${sub}", from ${claims.ref}, not the default branch ${branch}).${form}${seen} ` +
      `A role that can reject connections should trust the environment's jobs only on the default branch: run the workflow from ${branch}, ` +
      `whose token the role can trust with the condition below.${condition(sub, onBranch, environment)}`
    )
  }
  // On a GitHub Enterprise Server only sub is checked, and any workflow can name an environment: the branch's subject instead.
  if (sub === `repo:${repo}:ref:${onBranch}` || (environment !== undefined && githubCom)) {
    return `${refused} (sub "${sub}", audience "${role.audience}").${form}${seen} If this job should use the role, its trust policy needs the condition below.${condition(sub, onBranch, environment)}`
  }
  // A tag, or a subject of another form: never offered as a trust of its own.
  return (
    `${refused} (sub "${sub}", audience "${role.audience}").${form}${seen} ` +
    `A role that can reject connections should trust only the default branch's apply workflows: run the workflow from ${branch}, ` +
    `whose token the role can trust with the condition below.${condition(`repo:${repo}:ref:${onBranch}`, onBranch)}`
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** STS refused DurationSeconds: the input, its value, the role's limit and both ways out. */
export function durationMessage(role: RoleSignIn): string {
  const name = role.roleArn.split('/').pop() ?? role.roleArn
  return (
    `could not assume role ${role.roleArn}: role-duration-seconds is ${role.durationSeconds}, longer than the role allows. ` +
    `STS refuses a session longer than the role's MaxSessionDuration (${STS_DEFAULT_MAX_SESSION} seconds unless the role sets another; ` +
    `see it with: aws iam get-role --role-name ${name} --query Role.MaxSessionDuration). ` +
    `Lower role-duration-seconds to at most that, or raise the role's MaxSessionDuration (up to ${STS_MAX_SESSION} seconds). ` +
    'The action renews its session before it expires, so a short session does not limit the run'
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

/**
 * AWS's clock, from the Date header of each STS answer. Expiration is a time on AWS's clock and is
 * judged by it, however far off the runner's is. The header names a whole second, stamped between
 * the request and the answer: AWS's clock minus the runner's lies between `date - received` and
 * `date + 1 s - sent`. The middle is what the messages say (offsetMs); expiry is judged by the upper
 * end (now), so that the coarse header never makes a renewal late.
 */
function measureAwsClock(sts: { middlewareStack: { add: (...args: never[]) => unknown } }): { offsetMs: () => number | undefined; now: () => number } {
  let offsetMs: number | undefined
  let offsetUpperMs = 0
  const measure = (next: (args: unknown) => Promise<{ response: unknown }>) => async (args: unknown) => {
    const sent = Date.now()
    const result = await next(args)
    const received = Date.now()
    const date = (result.response as { headers?: Record<string, string | undefined> }).headers?.date
    const at = date === undefined ? Number.NaN : Date.parse(date)
    if (!Number.isNaN(at)) {
      offsetUpperMs = at + 1_000 - sent
      offsetMs = Math.round((at - received + offsetUpperMs) / 2)
    }
    return result
  }
  ;(sts.middlewareStack.add as (m: typeof measure, o: object) => void)(measure, { step: 'deserialize', name: 'awsClockFromDateHeader', priority: 'low' })
  return { offsetMs: () => offsetMs, now: () => Date.now() + offsetUpperMs }
}

/** The credentials of an STS answer, each part masked; a SignInError when it holds none. */
function issued(c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } | undefined, operation: string, roleArn: string, setSecret: (value: string) => void): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new SignInError(`STS answered ${operation} for ${roleArn} without credentials`)
  setSecret(c.AccessKeyId)
  setSecret(c.SecretAccessKey)
  setSecret(c.SessionToken)
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    ...(c.Expiration instanceof Date && !Number.isNaN(c.Expiration.getTime()) && { expiration: c.Expiration })
  }
}

interface StsVerdicts {
  /** The error for an answer not worth trying again (a refusal, a bad request). */
  refused(failure: StsFailure, what: string): Error
  /** The error once every attempt failed. */
  gaveUp(attempts: number, what: string): Error
  /** Before an attempt that needs a new OIDC token (web identity only). */
  newToken?(): Promise<void>
}

/** One STS call, tried up to STS_MAX_ATTEMPTS times with jittered backoff as its answers allow; a cancellation gives up. */
async function retryingSts<T>(operation: string, deps: Pick<SignInDeps, 'info' | 'abandon'>, attempt: () => Promise<T>, verdicts: StsVerdicts): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      if (deps.abandon?.aborted) throw new SignInError(CANCELLED_DURING_SIGN_IN)
      return await attempt()
    } catch (error) {
      if (error instanceof SignInError) throw error
      if (deps.abandon?.aborted) throw new SignInError(CANCELLED_DURING_SIGN_IN)
      const failure = error as StsFailure
      const verdict = classify(failure)
      const what = `${failure.name ?? 'error'}: ${failure.message ?? ''}`.trim()
      if (verdict === 'fail' || (verdict === 'retry-with-new-token' && !verdicts.newToken)) throw verdicts.refused(failure, what)
      if (n >= STS_MAX_ATTEMPTS) throw verdicts.gaveUp(n, what)
      const delay = Math.round(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n))
      deps.info(`STS ${operation} attempt ${n} failed (${failure.name ?? 'error'}); retrying in ${delay} ms`)
      // A cancellation ends the wait; the next turn of the loop then gives up.
      await abortableSleep(delay, deps.abandon).catch(() => undefined)
      if (verdict === 'retry-with-new-token') await verdicts.newToken?.()
    }
  }
}

async function assumeRole(role: RoleSignIn, region: string, deps: SignInDeps): Promise<SignedIn> {
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    const fork = deps.job?.forkRepository
    throw new SignInError(
      fork
        ? `this run is for a pull request from a fork (${fork}), and GitHub gives no OIDC token to a pull_request run from a fork unless the repository is private and set to send write tokens to fork pull requests, so role-to-assume cannot sign in. ` +
            'Apply after the merge instead, on push to the default branch, where the job gets a token'
        : PERMISSION_HINT
    )
  }
  const fetchToken = async (): Promise<string> => {
    try {
      return await deps.getIDToken(role.audience)
    } catch (error) {
      throw new SignInError(`could not get the job's OIDC token for audience ${role.audience}: ${(error as Error).message}`)
    }
  }
  // Loaded only on this path: jobs that bring their own credentials never pay for the STS client.
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts')
  const stsEndpoint = deps.env.AWS_ENDPOINT_URL_STS || deps.env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com`
  const route = deps.transport ? await deps.transport.route(stsEndpoint) : undefined
  const through = route?.via ? ` through the proxy ${route.via}` : ''
  const sts = new STSClient({ region, maxAttempts: 1, ...(route && { requestHandler: route.handler }) })
  const clock = measureAwsClock(sts)
  let clockWarned = false
  const warnOfClock = (): void => {
    const offsetMs = clock.offsetMs()
    if (clockWarned || offsetMs === undefined || Math.abs(offsetMs) <= CLOCK_WARNING_MS) return
    clockWarned = true
    const words = clockWords(offsetMs)
    deps.warning?.(`${words.charAt(0).toUpperCase()}${words.slice(1)}; session expiry is judged by AWS's clock`)
  }
  /** One session: a fresh OIDC token, then AssumeRoleWithWebIdentity, retried as STS's answer allows. */
  const session = async (): Promise<{ credentials: AwsCredentialIdentity; arn: string }> => {
    let token = await fetchToken()
    return retryingSts('AssumeRoleWithWebIdentity', deps, async () => {
        const out = await abandonable(
          sts.send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: role.roleArn,
              RoleSessionName: role.sessionName,
              WebIdentityToken: token,
              DurationSeconds: role.durationSeconds
            }),
            deps.abandon ? { abortSignal: deps.abandon } : {}
          ),
          deps.abandon
        )
        const credentials = issued(out.Credentials, 'AssumeRoleWithWebIdentity', role.roleArn, deps.setSecret)
        warnOfClock()
        return { credentials, arn: out.AssumedRoleUser?.Arn ?? `${role.roleArn} (session ${role.sessionName})` }
      }, {
        refused: (failure, what) => {
          if (failure.name === 'AccessDenied' || failure.name === 'AccessDeniedException') return new SignInError(accessDeniedMessage(role, token, deps.job))
          if (failure.name === 'ValidationError' && /MaxSessionDuration/.test(failure.message ?? '')) return new SignInError(durationMessage(role))
          const account = role.roleArn.split(':')[4]
          const hint = failure.name === 'InvalidIdentityToken' || failure.name === 'InvalidIdentityTokenException'
            ? `; STS looked in account ${account}, the one the role ARN names: check that the ARN's account is right, then that this account has an IAM OIDC provider for ${conditionKeyPrefix(tokenClaims(token).iss)} with audience ${role.audience}`
            : ''
          return new SignInError(`could not assume role ${role.roleArn} with the job's OIDC token (${what})${through}${hint}`)
        },
        gaveUp: (attempts, what) => new SignInError(`could not assume role ${role.roleArn}: STS kept failing after ${attempts} attempts${through} (${what})`),
        newToken: async () => {
          token = await fetchToken()
        }
      })
  }
  return renewingSignIn(sts, session, clock, {
    renewed: (expiration, now) => deps.info(`AWS session renewed: role ${role.roleArn} assumed again with a fresh OIDC token${validity(expiration, now)}`),
    description: `role ${role.roleArn} assumed with the job's OIDC token, session ${role.sessionName}`
  })
}

/**
 * The first session, then a RenewingSession over it, whose provider the SDK calls before each
 * request; the STS client is released when the first session fails, or at close.
 */
async function renewingSignIn(
  sts: { destroy(): void },
  session: () => Promise<{ credentials: AwsCredentialIdentity; arn: string }>,
  clock: { offsetMs: () => number | undefined; now: () => number },
  words: { renewed: (expiration: Date | undefined, now: number) => void; description: string }
): Promise<SignedIn> {
  let first: Awaited<ReturnType<typeof session>>
  try {
    first = await session()
  } catch (error) {
    sts.destroy()
    throw error
  }
  const renewing = new RenewingSession(first.credentials, async () => (await session()).credentials, words.renewed, clock.now)
  // The SDK would otherwise keep the credentials by the runner's clock; the session judges them by AWS's.
  const provide = Object.assign(renewing.provide, { memoized: true })
  controls.set(provide, { renewExpired: (used) => renewing.renewExpired(used), clockOffsetMs: clock.offsetMs })
  return { credentials: provide, description: words.description, authenticatedArn: first.arn, close: () => sts.destroy() }
}

/** When a renewed session is good until, never a time already gone without saying so. */
function validity(expiration: Date | undefined, now: number): string {
  if (!expiration) return ''
  return expiration.getTime() > now
    ? `, valid until ${expiration.toISOString()} by AWS's clock`
    : `, whose expiration ${expiration.toISOString()} is already past by AWS's clock`
}

/**
 * The assumed role's credentials, renewed before they expire: a fresh OIDC token and
 * AssumeRoleWithWebIdentity again, once a session has less than a quarter of its life (at most five
 * minutes) left. Every time here is AWS's clock (`now`), as Expiration is. The SDK asks for
 * credentials before each call. While the session is still valid the renewal runs in the background
 * and calls go on with the current credentials, so a slow STS holds nothing; calls already signed
 * keep theirs. One renewal at a time: calls that need one while it runs wait for it.
 *
 * Renewals the session decides on (ahead of time, or at an expiry it sees) come at least
 * MIN_RENEWAL_SPACING_MS after the current credentials came, whatever their Expiration says (half
 * their life when STS granted less than twice that: a test's compressed session; AWS grants at least
 * 900 s). So an expiration already past costs no STS call per Proton call: the calls go on with the
 * current credentials, and AWS decides. A renewal after AWS refused the credentials as expired
 * (renewExpired) needs no spacing, but only the first call that met the refusal makes it.
 *
 * A failed renewal is tried again after a pause, not by every call; once the session has expired and
 * a renewal has failed, calls fail at once (CredentialsExpired) until the next try is due.
 */
export class RenewingSession {
  private current: AwsCredentialIdentity
  private renewAt = 0
  private expiresAt = 0
  /** When the current credentials came, and how long after that the session may renew them by itself. */
  private obtainedAt = 0
  private spacing = MIN_RENEWAL_SPACING_MS
  private renewal: Promise<AwsCredentialIdentity> | undefined
  private retryAt = 0
  private lastFailure: Error | undefined

  constructor(
    first: AwsCredentialIdentity,
    private readonly renew: () => Promise<AwsCredentialIdentity>,
    private readonly renewed: (expiration: Date | undefined, now: number) => void,
    private readonly now: () => number = Date.now
  ) {
    this.current = first
    this.schedule(first)
  }

  private schedule(credentials: AwsCredentialIdentity): void {
    const now = this.now()
    const expiresAt = credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY
    const life = expiresAt - now
    this.expiresAt = expiresAt
    this.renewAt = expiresAt - Math.min(RENEWAL_MARGIN_MAX_MS, Math.max(0, life) / 4)
    this.obtainedAt = now
    this.spacing = life > 0 && life < 2 * MIN_RENEWAL_SPACING_MS ? Math.max(MIN_SHORT_SPACING_MS, life / 2) : MIN_RENEWAL_SPACING_MS
  }

  private start(): Promise<AwsCredentialIdentity> {
    this.renewal ??= this.renew()
      .then((fresh) => {
        this.current = fresh
        this.schedule(fresh)
        this.lastFailure = undefined
        this.renewed(fresh.expiration, this.now())
        return fresh
      })
      .catch((error: unknown) => {
        this.lastFailure = error as Error
        // Tried again after a tenth of what is left of the session, between 1 s and 30 s.
        this.retryAt = this.now() + Math.min(RETRY_MAX_MS, Math.max(RETRY_MIN_MS, (this.expiresAt - this.now()) / 10))
        throw error
      })
      .finally(() => {
        this.renewal = undefined
      })
    return this.renewal
  }

  private async settle(renewal: Promise<AwsCredentialIdentity>): Promise<AwsCredentialIdentity> {
    try {
      return await renewal
    } catch (error) {
      throw expired(error as Error)
    }
  }

  readonly provide = async (): Promise<AwsCredentialIdentity> => {
    const now = this.now()
    if (now < this.renewAt) return this.current
    const spaced = now >= this.obtainedAt + this.spacing
    const due = spaced && now >= this.retryAt
    if (now < this.expiresAt) {
      if (due) this.start().catch(() => undefined)
      return this.current
    }
    if (this.renewal) return this.settle(this.renewal)
    if (this.lastFailure && now < this.retryAt) throw expired(this.lastFailure)
    // Renewed too lately to renew again by itself: AWS judges these credentials, and renewExpired follows.
    if (!spaced) return this.current
    return this.settle(this.start())
  }

  /**
   * AWS refused `usedAccessKeyId` as expired. Credentials newer than those are already in use: nothing
   * to do. Otherwise waits for the renewal under way, or makes one.
   */
  async renewExpired(usedAccessKeyId: string | undefined): Promise<void> {
    if (usedAccessKeyId !== undefined && usedAccessKeyId !== this.current.accessKeyId) return
    if (this.renewal) {
      await this.settle(this.renewal)
      return
    }
    if (this.lastFailure && this.now() < this.retryAt) throw expired(this.lastFailure)
    await this.settle(this.start())
  }
}

const expired = (cause: Error | undefined): Error =>
  Object.assign(new Error(cause?.message ?? 'the session expired'), { name: 'CredentialsExpired' })

/** The least time between renewals the session makes by itself. */
export const MIN_RENEWAL_SPACING_MS = 60_000
const MIN_SHORT_SPACING_MS = 1_000
const RETRY_MIN_MS = 1_000
const RETRY_MAX_MS = 30_000
const RENEWAL_MARGIN_MAX_MS = 5 * 60_000

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

/** STS's limit for a session of a role assumed with another role's session (role chaining): one hour. */
export const CHAINED_SESSION_MAX_SECONDS = 3_600

export interface ChainedRole {
  roleArn: string
  sessionName: string
  /** At most CHAINED_SESSION_MAX_SECONDS: STS refuses more for a chained session. */
  durationSeconds: number
}

export interface ChainDeps {
  /** The signed-in session's credentials, which assume the role. */
  base: AwsCredentialIdentity | AwsCredentialIdentityProvider
  region: string
  env: Readonly<Record<string, string | undefined>>
  setSecret(value: string): void
  info(message: string): void
  abandon?: AbortSignal
  transport?: SignInDeps['transport']
  /** The words that say what the role needs when STS refuses it (its trust and permissions). */
  refusedHint(roleArn: string): string
}

/**
 * A role assumed from the signed-in session (sts:AssumeRole, role chaining), for one account: renewed
 * before it expires as the signed-in session is, each renewal a new AssumeRole with the signed-in
 * session's current credentials.
 */
export async function chainRole(role: ChainedRole, deps: ChainDeps): Promise<SignedIn> {
  const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts')
  const stsEndpoint = deps.env.AWS_ENDPOINT_URL_STS || deps.env.AWS_ENDPOINT_URL || `https://sts.${deps.region}.amazonaws.com`
  const route = deps.transport ? await deps.transport.route(stsEndpoint) : undefined
  const through = route?.via ? ` through the proxy ${route.via}` : ''
  const sts = new STSClient({
    region: deps.region,
    maxAttempts: 1,
    credentials: deps.base,
    ...(route && { requestHandler: route.handler })
  })
  const clock = measureAwsClock(sts)
  const base = sessionControl(deps.base)
  const durationSeconds = Math.min(role.durationSeconds, CHAINED_SESSION_MAX_SECONDS)
  const session = async (): Promise<{ credentials: AwsCredentialIdentity; arn: string }> => {
    return retryingSts('AssumeRole', deps, async () => {
      const out = await abandonable(
        sts.send(new AssumeRoleCommand({ RoleArn: role.roleArn, RoleSessionName: role.sessionName, DurationSeconds: durationSeconds }), deps.abandon ? { abortSignal: deps.abandon } : {}),
        deps.abandon
      )
      return { credentials: issued(out.Credentials, 'AssumeRole', role.roleArn, deps.setSecret), arn: out.AssumedRoleUser?.Arn ?? `${role.roleArn} (session ${role.sessionName})` }
    }, {
      refused: (failure, what) =>
        failure.name === 'AccessDenied' || failure.name === 'AccessDeniedException'
          ? new SignInError(`could not assume role ${role.roleArn} (${what})${through}: ${deps.refusedHint(role.roleArn)}`)
          : new SignInError(`could not assume role ${role.roleArn} (${what})${through}`),
      gaveUp: (attempts, what) => new SignInError(`could not assume role ${role.roleArn}: STS kept failing after ${attempts} attempts${through} (${what})`),
      // The signed-in session's credentials were refused as expired: it renews them (once for every account waiting).
      ...(base && { newToken: () => base.renewExpired(undefined) })
    })
  }
  return renewingSignIn(sts, session, clock, {
    renewed: (expiration, now) => deps.info(`AWS session renewed: role ${role.roleArn} assumed again${validity(expiration, now)}`),
    description: `role ${role.roleArn} assumed from the signed-in session, session ${role.sessionName}`
  })
}
