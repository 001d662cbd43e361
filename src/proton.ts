import {
  GetEnvironmentAccountConnectionCommand,
  ListEnvironmentAccountConnectionsCommand,
  ProtonClient,
  RejectEnvironmentAccountConnectionCommand
} from '@aws-sdk/client-proton'
import { AsyncLocalStorage } from 'node:async_hooks'
import { abandonable, abortError } from './cancel.js'
import { clockWords, sessionControl, type SessionControl } from './credentials.js'
import { ACCOUNT_ID_PATTERN, CONNECTION_ID_PATTERN, noCredentialsMessage, type Connection, type ConnectionStatus, type FailureKind, type ProtonAction } from './domain.js'
import { quoted } from './neutralize.js'
import { Pacer } from './pace.js'
import { directHandler, pacedAttempts, type Route } from './transport.js'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types'
import pkg from '../package.json' with { type: 'json' }

export type { Connection, ConnectionStatus, FailureKind, ProtonAction } from './domain.js'

/** A failed call, told in plain words; `kind` lets callers decide without reading the words. */
export class ProtonCallError extends Error {
  /** For Reject: whether an attempt before the last went unanswered, so that AWS may have applied it. */
  earlierAttemptMayHaveApplied = false
  /**
   * For Reject: whether AWS may have applied it although the call failed: an attempt went unanswered
   * (no answer, a reset, a timeout, a cancellation) or the answer could not be read. Such a Reject is
   * read again before it is reported.
   */
  mayHaveApplied = false
  /**
   * For Reject: whether a request may still be under way at AWS when the call gave up: an attempt
   * ended with no answer at all (a timeout, a reset, a cancellation). A read right after that shows
   * the old status does not prove that the Reject will not take effect.
   */
  mayStillApply = false

  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly action: ProtonAction,
    /** How many HTTP attempts the SDK made, when it says. */
    readonly attempts?: number
  ) {
    super(message)
    this.name = 'ProtonCallError'
  }
}

/** Named in every request's User-Agent, so CloudTrail shows which tool rejected a connection. */
export const USER_AGENT: [string, string] = ['proton-reject-connection-action', pkg.version]

export interface GatewayOptions {
  region: string
  endpointUrl?: string
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider
  maxAttempts: number
  /** Called on every throttled attempt, also those the SDK retries, so callers can slow down. */
  onThrottle?: () => void
  /** Spaces the attempts once AWS throttles; one per gateway by default. */
  pacer?: Pacer
  logger?: Logger
  /** Which setting chose endpointUrl: the input endpoint-url or an environment variable. */
  endpointSetting?: string
  /** The management account, when the signed-in role says it. */
  account?: string
  /** The credentials are the action's own role session, which it renews. */
  sessionRenewed?: boolean
  /** Aborted when the run is cancelled and calls in flight must give up (see Cancellation). */
  abandon?: AbortSignal
  /** Aborted when the run is cancelled: the listing reads no further page. */
  stop?: AbortSignal
  /** How requests reach the endpoint (direct or through a proxy), built by the transport; direct by default. */
  route?: Route
  /** The longest one call may take, retries included; CALL_DEADLINE_MS by default. */
  callDeadlineMs?: number
}

/** Where the Proton calls go: endpoint-url (or the environment's) when given, else the region's. */
export function protonEndpoint(region: string, endpointUrl?: string): string {
  return endpointUrl ?? `https://proton.${region}.amazonaws.com`
}

const STATUSES: readonly string[] = ['PENDING', 'CONNECTED', 'REJECTED']
const JSON_CONTENT_TYPE = /^application\/(x-amz-json-1\.[01]|json)\b/i

/**
 * AWS Proton's end of support. AWS's words (AWS Proton user guide, "AWS Proton end of support"):
 * "After October 7, 2026, you will no longer be able to access the AWS Proton console or AWS Proton
 * resources. Your deployed infrastructure will remain intact." AWS does not document how the API
 * answers calls made after that date and names no error code for them, so none is matched: the
 * default endpoint's failures carry this hint instead.
 */
export const END_OF_SUPPORT_HINT =
  'AWS ended support for AWS Proton on 2026-10-07 ("you will no longer be able to access the AWS Proton console or AWS Proton resources"), which may be the cause; set endpoint-url if your Proton API is served elsewhere'

/** Said once at the start of a run against AWS's own endpoint. */
export const RETIREMENT_NOTICE = (endpoint: string): string =>
  `AWS ended support for AWS Proton on 2026-10-07: AWS says that after that date "you will no longer be able to access the AWS Proton console or AWS Proton resources", and does not document how its endpoints (here ${endpoint}) answer calls now. ` +
  'AWS: "Your deployed infrastructure will remain intact": the IAM roles in environment accounts that trust proton.amazonaws.com and the AWSProton-* CloudFormation stacks are still yours to review. Set endpoint-url to use an endpoint that still serves the Proton API.'

/** The longest field a connection may have: the API's ARNs and names are far shorter. */
const FIELD_MAX = 2_048

/** The longest one call may take, retries and pacing included. */
export const CALL_DEADLINE_MS = 120_000

/** The most List pages read: 100,000 connections, far past any real account. */
export const MAX_LIST_PAGES = 1_000

/** The window of a confirming read: it gives up at `deadlineMs`, or when `abandon` aborts (SIGTERM). */
export interface ConfirmWindow {
  deadlineMs: number
  abandon?: AbortSignal
}

/** A listed item that is not a connection the action can act on: reported as a failure, never acted on. */
export interface InvalidListItem {
  /** The item's `id` as the service gave it (a string or absent); only ever shown quoted. */
  id?: string
  problem: string
}

/** What each HTTP attempt of one call came to, so that a later conflict can be told apart. */
type AttemptOutcome = 'answered' | 'throttled' | 'no-answer' | 'server-error' | 'unreached'
const attemptLog = new AsyncLocalStorage<AttemptOutcome[]>()

/** The access key that a call's attempts were signed with, so that a renewal already made is not made again. */
const signedWith = new AsyncLocalStorage<{ accessKeyId?: string }>()

/**
 * The answers that say the credentials have expired (a new session is the fix). `RequestExpired` is not
 * one: the SDK takes it for clock skew of the signature, and corrects that itself.
 */
const EXPIRED_CREDENTIALS = new Set(['ExpiredTokenException', 'ExpiredToken', 'TokenRefreshRequired'])
const isExpiredCredentials = (error: unknown): boolean => EXPIRED_CREDENTIALS.has((error as SdkError | undefined)?.name ?? '')

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])

function attemptOutcome(error: SdkError): AttemptOutcome {
  if (error.name === 'ThrottlingException' || error.$metadata?.httpStatusCode === 429) return 'throttled'
  const status = error.$metadata?.httpStatusCode ?? error.$response?.statusCode
  // A connection refused or a name not found: the request never left, so it cannot be under way.
  if (status === undefined) return NEVER_SENT.has((error as { code?: string }).code ?? '') ? 'unreached' : 'no-answer'
  return status >= 500 ? 'server-error' : 'answered'
}

/** Checks an answer field by field: a 200 that is not a connection must never pass for success. */
export function toConnection(raw: unknown): Connection | undefined {
  if (raw === null || typeof raw !== 'object') return undefined
  const r = raw as Record<string, unknown>
  const strings = ['id', 'arn', 'managementAccountId', 'environmentAccountId', 'roleArn', 'environmentName', 'status'] as const
  if (strings.some((k) => typeof r[k] !== 'string' || r[k] === '' || (r[k] as string).length > FIELD_MAX)) return undefined
  if (!STATUSES.includes(r.status as string)) return undefined
  if (!CONNECTION_ID_PATTERN.test(r.id as string)) return undefined
  if (!ACCOUNT_ID_PATTERN.test(r.managementAccountId as string) || !ACCOUNT_ID_PATTERN.test(r.environmentAccountId as string)) return undefined
  if (!(r.requestedAt instanceof Date) || Number.isNaN(r.requestedAt.getTime())) return undefined
  if (!(r.lastModifiedAt instanceof Date) || Number.isNaN(r.lastModifiedAt.getTime())) return undefined
  for (const k of ['componentRoleArn', 'codebuildRoleArn'] as const) {
    if (r[k] !== undefined && (typeof r[k] !== 'string' || (r[k] as string).length > FIELD_MAX)) return undefined
  }
  return {
    id: r.id as string,
    arn: r.arn as string,
    managementAccountId: r.managementAccountId as string,
    environmentAccountId: r.environmentAccountId as string,
    roleArn: r.roleArn as string,
    ...(typeof r.componentRoleArn === 'string' && { componentRoleArn: r.componentRoleArn }),
    ...(typeof r.codebuildRoleArn === 'string' && { codebuildRoleArn: r.codebuildRoleArn }),
    environmentName: r.environmentName as string,
    requestedAt: r.requestedAt,
    lastModifiedAt: r.lastModifiedAt,
    status: r.status as ConnectionStatus
  }
}

interface SdkError {
  name?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number; attempts?: number }
  $response?: { statusCode?: number; headers?: Record<string, string> }
  cause?: unknown
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE'])

/** Where a call went, for its failure message. */
export interface CallSite {
  region: string
  endpoint: string
  /** The proxy it went through, without credentials. */
  via?: string
  /** Which setting chose the endpoint (endpoint-url or an environment variable), when one did. */
  endpointSetting?: string
  /** The management account, when known otherwise than from the error (the signed-in role's). */
  account?: string
  /** The credentials are the action's own role session, which it renews. */
  sessionRenewed?: boolean
}

const ACCESS_DENIED_MAX = 420

/**
 * The `Resource` a grant of each action needs, as IAM authorizes it (Service Authorization Reference for
 * AWS Proton): List has no resource type, so only `"Resource": "*"` grants it; Get and Reject are
 * authorized on the connection's ARN, which names the environment account that requested it, not the
 * management account (AWS Proton user guide, "Environment account connections"): so the grant is on
 * every account's connections in the region, or on a list of the environment accounts.
 */
function grantFor(action: ProtonAction, region: string, partition: string): string {
  return action === 'proton:ListEnvironmentAccountConnections'
    ? 'allow it in a statement of its own with "Resource": "*" (List has no resource type; an ARN does not grant it)'
    : action === 'proton:RejectEnvironmentAccountConnection'
      ? `allow it, in the apply role only, on arn:${partition}:proton:${region}:*:environment-account-connection/* (a connection's ARN names the environment account; or list those accounts). A plan role stays read-only: give it dry-run: true`
      : `allow it on arn:${partition}:proton:${region}:*:environment-account-connection/* (a connection's ARN names the environment account that requested it, not this management account; or list the environment accounts)`
}

/**
 * Access denied in under ACCESS_DENIED_MAX characters: who, which action on which connection, and the
 * grant that fixes it, in the partition the denied ARN names (else aws).
 */
function accessDenied(awsMessage: string | undefined, action: ProtonAction, subject: string, site: CallSite): string {
  const resource = /on resource: (arn:\S+)/.exec(awsMessage ?? '')?.[1]
  const principal = /User: (arn:\S+)/.exec(awsMessage ?? '')?.[1]
  const partition = /^arn:(aws(-cn|-us-gov)?):/.exec(resource ?? '')?.[1] ?? 'aws'
  const grant = grantFor(action, site.region, partition)
  const full = `access denied to ${principal}: ${action} on ${subject}; ${grant}`
  return principal && full.length <= ACCESS_DENIED_MAX ? full : `access denied: ${action} on ${subject}; ${grant}`
}

/** "1 attempt", "3 attempts", or "several attempts" when the SDK does not say. */
function attemptsText(attempts: number | undefined): string {
  if (attempts === undefined) return 'several attempts'
  return attempts === 1 ? '1 attempt' : `${attempts} attempts`
}

/** Turns whatever the SDK threw into a ProtonCallError that says what happened and what to do. */
export function describeFailure(error: unknown, action: ProtonAction, subject: string, site: CallSite): ProtonCallError {
  if (error instanceof ProtonCallError) return error
  const { region, endpoint, via } = site
  const e = (error ?? {}) as SdkError
  const attempts = e.$metadata?.attempts
  const detail = e.message ? `: ${e.message}` : ''
  const make = (kind: FailureKind, message: string): ProtonCallError => new ProtonCallError(kind, message, action, attempts)
  // On AWS's own endpoint a missing connection or a failing service may be Proton's retirement.
  const retired = site.endpointSetting ? '' : `. ${END_OF_SUPPORT_HINT}`
  switch (e.name) {
    case 'ResourceNotFoundException':
      return make('not-found', `${subject} not found in ${region}${detail}${retired}`)
    case 'AccessDeniedException':
      return make('access-denied', accessDenied(e.message, action, subject, site))
    case 'ConflictException':
      return make('conflict', `${action} answered with a conflict for ${subject}${detail}`)
    case 'ThrottlingException':
      return make('throttled', `AWS Proton kept throttling ${action} for ${subject} after ${attemptsText(attempts)}${detail}`)
    case 'InternalServerException':
      return make('service-error', `AWS Proton failed internally on ${action} for ${subject} after ${attemptsText(attempts)}${detail}${retired}`)
    case 'ValidationException':
      return make('validation', `AWS Proton refused ${action} for ${subject} as invalid${detail}`)
    case 'CredentialsProviderError':
      return make('no-credentials', noCredentialsMessage(e.message))
    case 'ExpiredTokenException':
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
    case 'CredentialsExpired':
      return make('expired-credentials', expiredMessage(action, subject, e.name === 'CredentialsExpired' ? e.message : undefined, site.sessionRenewed, e.name))
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
      return make('access-denied', `AWS did not accept the credentials for ${action} (${e.name})${detail}`)
    case 'AbortError':
      return make('aborted', `the run was cancelled while ${action} for ${subject} was in flight; no answer came`)
    case 'TimeoutError':
    case 'RequestTimeout':
      return make('timeout', `${action} for ${subject} got no answer at ${endpoint}: ${attempts === undefined || attempts > 1 ? `the last of ${attemptsText(attempts)} timed out` : 'it timed out'}`)
    default:
      break
  }
  const code = e.code ?? (e.cause as SdkError | undefined)?.code
  if (code && NETWORK_CODES.has(code) && via && !/socket hang up/.test(e.message ?? '')) {
    return make('unreachable', `cannot reach AWS Proton at ${endpoint} through the proxy ${via}: ${code} from the proxy connection; check http-proxy (or HTTPS_PROXY) and that the proxy is up`)
  }
  if (code && NETWORK_CODES.has(code)) {
    const reset = code === 'ECONNRESET' || code === 'EPIPE'
    return make(
      'unreachable',
      reset
        ? `the connection to ${endpoint} was reset on every attempt of ${action} for ${subject}`
        : site.endpointSetting
          ? `cannot reach AWS Proton at ${endpoint} (${code}); check ${site.endpointSetting}: nothing answers at that address`
          : `cannot reach AWS Proton at ${endpoint} (${code}). ${END_OF_SUPPORT_HINT}`
    )
  }
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode
  const fromAws = Object.keys(e.$response?.headers ?? {}).some((h) => /^x-amzn?-requestid$/i.test(h))
  if (via && status !== undefined && !fromAws) {
    return make('unreachable', `the proxy ${via} answered HTTP ${status} to ${action} instead of AWS Proton at ${endpoint}: it refused or could not forward the request; check http-proxy (or HTTPS_PROXY) and no-proxy`)
  }
  if (e.$response !== undefined || e.name === 'SyntaxError' || (status !== undefined && status < 500 && !e.name?.endsWith('Exception'))) {
    return make(
      'invalid-response',
      `the answer to ${action} from ${endpoint} is not the AWS Proton API's (HTTP ${status ?? '?'}); ${site.endpointSetting ? `check ${site.endpointSetting}` : `check endpoint-url. ${END_OF_SUPPORT_HINT}`}`
    )
  }
  if (status !== undefined && status >= 500) {
    return make('service-error', `AWS Proton answered HTTP ${status} to ${action} for ${subject} on every attempt${detail}${retired}`)
  }
  return make('other', `${action} for ${subject} failed${e.name ? ` (${e.name})` : ''}${detail}${retired}`)
}

/**
 * Expired credentials, never told as access denied: the fix is a renewed or longer session, or the
 * runner's clock, not a grant. The action's own session reaches this only after it was renewed and
 * the call retried once (`clock` then says how the runner's clock stands to AWS's).
 */
function expiredMessage(action: ProtonAction, subject: string, renewalFailure?: string, sessionRenewed = false, code = 'ExpiredTokenException', clock?: string): string {
  if (renewalFailure) return `AWS credentials expired before ${action} for ${subject}, and the session could not be renewed (${renewalFailure})`
  return sessionRenewed
    ? `AWS credentials expired during ${action} for ${subject} (${code}), again after the action renewed its session and retried the call once. ` +
        `AWS judges expiry by its own clock: ${clock ?? "the runner's clock could not be compared with AWS's"}. ` +
        "A session refused as soon as it is renewed points to the runner's clock (check its time synchronisation) or to calls that outlast the session (role-duration-seconds)"
    : `AWS credentials expired before ${action} for ${subject} (${code}). Credentials from the environment are not renewed by this action: ` +
        'set role-to-assume, with which the action renews its session before it expires, or give the step that made them a session longer than the run (role-duration-seconds of configure-aws-credentials)'
}

export { noCredentialsMessage } from './domain.js'

/** The three calls the action makes, each checked and explained. */
export class ProtonGateway {
  private readonly client: ProtonClient
  readonly endpoint: string
  /** Where the calls go, for their failure messages. */
  private readonly site: CallSite
  /** The action's own role session, renewed when AWS answers that its credentials expired. */
  private readonly session: SessionControl | undefined

  constructor(private readonly options: GatewayOptions) {
    this.endpoint = protonEndpoint(options.region, options.endpointUrl)
    const via = options.route?.via
    this.site = {
      region: options.region,
      endpoint: this.endpoint,
      ...(via && { via }),
      ...(options.endpointSetting && { endpointSetting: options.endpointSetting }),
      ...(options.account && { account: options.account }),
      ...(options.sessionRenewed && { sessionRenewed: true })
    }
    this.session = options.sessionRenewed ? sessionControl(options.credentials) : undefined
    // Signed by AWS's clock as STS's answer measured it, not the runner's (the SDK corrects it further from Proton's answers).
    const offset = this.session?.clockOffsetMs()
    this.client = new ProtonClient({
      region: options.region,
      ...(offset !== undefined && { systemClockOffset: offset }),
      ...(options.endpointUrl !== undefined && { endpoint: options.endpointUrl }),
      credentials: options.credentials,
      maxAttempts: options.maxAttempts,
      retryMode: 'standard',
      customUserAgent: [USER_AGENT],
      ...(options.logger && { logger: options.logger }),
      requestHandler: options.route?.handler ?? directHandler()
    })
    this.client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args)
        const response = result.response as { statusCode?: number; headers?: Record<string, string> }
        const type = response.headers?.['content-type'] ?? ''
        if (response.statusCode === 200 && !JSON_CONTENT_TYPE.test(type)) {
          throw Object.assign(new Error(`unexpected content type ${JSON.stringify(type)}`), {
            name: 'UnexpectedContentType',
            $response: response,
            $metadata: { httpStatusCode: 200 }
          })
        }
        return result
      },
      { step: 'deserialize', name: 'checkContentType', priority: 'low' }
    )
    // Every HTTP attempt, retries included (this runs inside the SDK's retry step): paced to the rate
    // AWS accepts once it throttles, and each throttled attempt told to the caller, who narrows its pool.
    pacedAttempts(this.client, {
      pacer: options.pacer ?? new Pacer(),
      ...(options.abandon && { abandon: options.abandon }),
      isThrottle: (error) => (error as SdkError).name === 'ThrottlingException' || (error as SdkError).$metadata?.httpStatusCode === 429,
      ...(options.onThrottle && { onThrottle: options.onThrottle }),
      observe: (error) => attemptLog.getStore()?.push(error === undefined ? 'answered' : attemptOutcome(error as SdkError))
    })
    // The access key of each signed attempt (from its Authorization header), for renewExpired.
    this.client.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers?: Record<string, string | undefined> }).headers
        const key = /Credential=([^/,\s]+)\//.exec(headers?.authorization ?? '')?.[1]
        const store = signedWith.getStore()
        if (store && key) store.accessKeyId = key
        return next(args)
      },
      { step: 'finalizeRequest', name: 'noteSigningKey', priority: 'low' }
    )
  }

  /**
   * Sends once; when AWS answers that the action's own session has expired, renews it (or waits for the
   * renewal another call started, or takes the newer credentials already there) and sends once more.
   * A second such answer fails the call, with the runner's clock in its words.
   */
  private async sendRenewing<T>(action: ProtonAction, subject: string, send: () => Promise<T>): Promise<T> {
    const session = this.session
    if (!session) return send()
    const used: { accessKeyId?: string } = {}
    try {
      return await signedWith.run(used, send)
    } catch (error) {
      if (!isExpiredCredentials(error)) throw error
      await session.renewExpired(used.accessKeyId)
    }
    try {
      return await send()
    } catch (again) {
      if (!isExpiredCredentials(again)) throw again
      const e = again as SdkError
      throw new ProtonCallError(
        'expired-credentials',
        expiredMessage(action, subject, undefined, true, e.name, clockWords(session.clockOffsetMs())),
        action,
        e.$metadata?.attempts
      )
    }
  }

  /**
   * One call, retries included, within CALL_DEADLINE_MS: the SDK's timeouts are per socket and idle
   * time, so an endpoint that trickles its answer a byte at a time would otherwise hold the run.
   */
  private async call<T>(action: ProtonAction, subject: string, send: (options: { abortSignal?: AbortSignal }) => Promise<T>, confirm?: ConfirmWindow): Promise<T> {
    const abandon = confirm ? confirm.abandon : this.options.abandon
    const controller = new AbortController()
    let late = false
    const timer = setTimeout(() => {
      late = true
      controller.abort()
    }, confirm?.deadlineMs ?? this.options.callDeadlineMs ?? CALL_DEADLINE_MS)
    const onAbandon = (): void => controller.abort()
    abandon?.addEventListener('abort', onAbandon, { once: true })
    try {
      return await abandonable(this.sendRenewing(action, subject, () => send({ abortSignal: controller.signal })), controller.signal)
    } catch (error) {
      if (late && !abandon?.aborted) {
        throw new ProtonCallError(
          'timeout',
          `${action} for ${subject} took longer than ${(confirm?.deadlineMs ?? this.options.callDeadlineMs ?? CALL_DEADLINE_MS) / 1000} s at ${this.endpoint}, retries included, and was given up; its result is unknown`,
          action
        )
      }
      // An attempt cut short by the cancellation is told as such, whatever the SDK made of it.
      throw describeFailure(abandon?.aborted ? abortError() : error, action, subject, this.site)
    } finally {
      clearTimeout(timer)
      abandon?.removeEventListener('abort', onAbandon)
    }
  }

  private checked(raw: unknown, action: ProtonAction): Connection {
    const connection = toConnection(raw)
    if (!connection) {
      throw new ProtonCallError(
        'invalid-response',
        `the answer to ${action} from ${this.endpoint} is not an environment account connection; check endpoint-url`,
        action
      )
    }
    return connection
  }

  /** An answer about another connection than the one asked about is never taken for this one. */
  private about(connection: Connection, id: string, action: ProtonAction): Connection {
    if (connection.id !== id) {
      throw new ProtonCallError('invalid-response', `unexpected answer from AWS Proton: ${action} for connection ${id} answered about connection ${quoted(connection.id)}; nothing is taken from it`, action)
    }
    return connection
  }

  /**
   * Reads one connection. With `confirm`, the read that settles a Reject whose answer was lost: it
   * runs also after the run was cancelled, within the window `confirm` gives.
   */
  async get(id: string, confirm?: ConfirmWindow): Promise<Connection> {
    const action = 'proton:GetEnvironmentAccountConnection'
    const out = await this.call(action, `connection ${id}`, (o) => this.client.send(new GetEnvironmentAccountConnectionCommand({ id }), o), confirm)
    return this.about(this.checked(out.environmentAccountConnection, action), id, action)
  }

  /**
   * Rejects, and checks that the answer says so: the connection asked about, in status REJECTED. A
   * failure carries `earlierAttemptMayHaveApplied`: whether an attempt before the last one went
   * unanswered (no answer, a reset, a timeout), so that AWS may have applied it. An attempt that got
   * an answer (a throttle, a refusal, a 5xx) is not taken as applied.
   */
  async reject(id: string): Promise<Connection> {
    const action = 'proton:RejectEnvironmentAccountConnection'
    const attempts: AttemptOutcome[] = []
    let out
    try {
      out = await attemptLog.run(attempts, () => this.call(action, `connection ${id}`, (o) => this.client.send(new RejectEnvironmentAccountConnectionCommand({ id }), o)))
    } catch (error) {
      if (error instanceof ProtonCallError) {
        error.earlierAttemptMayHaveApplied = attempts.slice(0, -1).some((a) => a === 'no-answer')
        error.mayHaveApplied = attempts.includes('no-answer') || ['aborted', 'timeout', 'invalid-response', 'unreachable', 'other'].includes(error.kind)
        error.mayStillApply = attempts.includes('no-answer') || ['aborted', 'timeout'].includes(error.kind)
      }
      throw error
    }
    try {
      const connection = this.about(this.checked(out.environmentAccountConnection, action), id, action)
      if (connection.status !== 'REJECTED') {
        throw new ProtonCallError('invalid-response', `unexpected answer from AWS Proton: ${action} for connection ${id} answered with status ${quoted(connection.status)}, not REJECTED; it is not counted as rejected`, action)
      }
      return connection
    } catch (error) {
      // A 200 that is not the answer asked for: AWS took the request, and may have applied it.
      if (error instanceof ProtonCallError) {
        error.earlierAttemptMayHaveApplied = attempts.slice(0, -1).some((a) => a === 'no-answer')
        error.mayHaveApplied = true
        error.mayStillApply = attempts.slice(0, -1).includes('no-answer')
      }
      throw error
    }
  }

  /**
   * Every connection in `statuses` requested of this management account, across all pages: each once (an
   * item repeated on a later page is dropped), and the items that are not a connection apart. A
   * repeated page token, or more than MAX_LIST_PAGES pages, ends the listing with an error.
   */
  async listConnections(statuses: readonly ConnectionStatus[], onPage?: (pages: number, connections: number) => void): Promise<{ connections: Connection[]; invalid: InvalidListItem[] }> {
    const action = 'proton:ListEnvironmentAccountConnections'
    const all: Connection[] = []
    const invalid: InvalidListItem[] = []
    const seenIds = new Set<string>()
    const seenTokens = new Set<string>()
    let pages = 0
    let nextToken: string | undefined
    do {
      if (this.options.stop?.aborted) throw new ProtonCallError('aborted', `the run was cancelled while listing connections (${all.length} read so far)`, action)
      if (pages >= MAX_LIST_PAGES) {
        throw new ProtonCallError('invalid-response', `${action} was still returning pages after ${MAX_LIST_PAGES} (${all.length} connections); the listing was stopped there and nothing was rejected`, action)
      }
      const out = await this.call(action, `${statuses.join(' and ').toLowerCase()} connections`, (o) =>
        this.client.send(
          new ListEnvironmentAccountConnectionsCommand({
            requestedBy: 'MANAGEMENT_ACCOUNT',
            statuses: [...statuses],
            maxResults: 100,
            ...(nextToken !== undefined && { nextToken })
          }),
          o
        )
      )
      if (!Array.isArray(out.environmentAccountConnections)) {
        throw new ProtonCallError('invalid-response', `the answer to ${action} from ${this.endpoint} has no list of connections; check endpoint-url`, action)
      }
      for (const item of out.environmentAccountConnections) {
        const connection = toConnection(item)
        const rawId = (item as { id?: unknown } | null)?.id
        if (!connection) {
          invalid.push({
            ...(typeof rawId === 'string' && { id: rawId }),
            problem: `unexpected answer from AWS Proton: ${action} listed an item that is not a valid connection${typeof rawId === 'string' ? ` (id ${quoted(rawId)})` : ''}; it was not acted on`
          })
        } else if (!seenIds.has(connection.id)) {
          seenIds.add(connection.id)
          all.push(connection)
        }
      }
      pages += 1
      onPage?.(pages, all.length)
      nextToken = out.nextToken || undefined
      if (nextToken !== undefined) {
        // A service that hands back a token it gave before would keep this loop going for ever.
        if (seenTokens.has(nextToken)) throw new ProtonCallError('invalid-response', `${action} returned the same page token twice`, action)
        seenTokens.add(nextToken)
      }
    } while (nextToken !== undefined)
    return { connections: all, invalid }
  }

  destroy(): void {
    this.client.destroy()
  }
}
