import type { Connection, ConnectionResult, DriftMode, FailureKind } from './domain.js'
import { decideForPolicy, decideForRequestedId, overLimit, type Decision } from './plan.js'
import { CONFIRM_MS } from './cancel.js'
import { ProtonCallError, type ConfirmWindow, type ProtonGateway } from './proton.js'

export type { ConnectionResult } from './domain.js'

type Gateway = Pick<ProtonGateway, 'get' | 'reject' | 'listConnections'>

const TITLES: Record<FailureKind, string> = {
  'not-found': 'Connection not found',
  'access-denied': 'Access denied',
  'expired-credentials': 'AWS credentials expired',
  conflict: 'Connection in use',
  throttled: 'AWS Proton throttled the requests',
  'service-error': 'AWS Proton failed',
  'invalid-response': 'Unexpected answer from the endpoint',
  unreachable: 'AWS Proton unreachable',
  timeout: 'AWS Proton timed out',
  'no-credentials': 'No AWS credentials',
  validation: 'Request refused as invalid',
  aborted: 'Cancelled',
  other: 'Call to AWS Proton failed'
}

/** The annotation title for a failed call. */
export function failureTitle(error: unknown): string {
  return TITLES[error instanceof ProtonCallError ? error.kind : 'other'] ?? 'Failed'
}

export function failed(id: string, error: unknown, connection?: Connection): ConnectionResult {
  const message = error instanceof Error ? error.message : String(error)
  return {
    id,
    ...(connection && { connection }),
    outcome: 'failed',
    error: message,
    errorTitle: failureTitle(error),
    errorKind: error instanceof ProtonCallError ? error.kind : 'other'
  }
}

/** A connection the cancelled run did not try to reject: nothing was changed. */
export function cancelled(id: string, connection?: Connection, read = false): ConnectionResult {
  return {
    id,
    ...(connection && { connection }),
    outcome: 'cancelled',
    reason: read ? 'read, not rejected: the run was cancelled first; nothing was changed' : 'not attempted: the run was cancelled first; nothing was changed'
  }
}

const isAborted = (error: unknown): boolean => error instanceof ProtonCallError && error.kind === 'aborted'

/** Carries out one decision: reject (or say it would), and make sense of a conflict by reading again. */
async function carryOut(gateway: Gateway, connection: Connection, decision: Decision, dryRun: boolean, window?: Window): Promise<ConnectionResult> {
  const result = await carryOutDecision(gateway, connection, decision, dryRun, window)
  return { ...result, ...(decision.action === 'reject' && { planned: true as const }), ...(decision.drift && { drift: true as const }) }
}

/** When a Reject's answer was lost: the cancellation's signals, which bound the read that settles it. */
export interface Window {
  /** Aborted when calls in flight are abandoned (the run was cancelled). */
  abandon?: AbortSignal
  /** Aborted when no time is left at all (SIGTERM). */
  terminate?: AbortSignal
}

/** A Reject whose result is not known: no status, counted as failed, with what to do about it. */
function unknown(before: Connection, shown: Connection, error: ProtonCallError, why: string): ConnectionResult {
  return {
    id: before.id,
    connection: shown,
    outcome: 'unknown',
    previousStatus: before.status,
    error: `${why} A re-run shows the truth (an already rejected connection is reported as such).`,
    errorTitle: 'Result unknown',
    errorKind: error.kind
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * A Reject whose answer was lost (no answer, a reset, a timeout, an unreadable answer, a
 * cancellation) is read again before it is reported: REJECTED is a rejection, PENDING or CONNECTED a
 * failure with that status; when the read fails too, or no time is left, the result is `unknown`.
 */
async function settleLostAnswer(gateway: Gateway, connection: Connection, decision: Decision, error: ProtonCallError, window: Window | undefined): Promise<ConnectionResult> {
  const id = connection.id
  const cancelled = isAborted(error) || window?.abandon?.aborted === true
  const lost = isAborted(error) ? `the run was cancelled while the Reject call for connection ${id} was in flight, and no answer came` : `the Reject call for connection ${id} failed in a way that AWS may have applied it (${error.message})`
  let fresh: Connection
  try {
    if (window?.terminate?.aborted) throw new Error('no time was left before the runner stops the step')
    // After a cancellation the read gets a short window of its own; otherwise it is an ordinary call.
    const confirm: ConfirmWindow | undefined = cancelled ? { deadlineMs: CONFIRM_MS, ...(window?.terminate && { abandon: window.terminate }) } : undefined
    fresh = await gateway.get(id, confirm)
  } catch (readError) {
    return unknown(connection, connection, error, `${lost}; reading it again failed too (${messageOf(readError)}), so its result is unknown: AWS may have applied it.`)
  }
  if (fresh.status === 'REJECTED') {
    return { id, connection: fresh, outcome: 'rejected', previousStatus: connection.status, reason: `${decision.reason}; the answer to the Reject was lost, a fresh read shows it rejected` }
  }
  if (error.mayStillApply) {
    // A request that got no answer may still be under way at AWS: the read shows only that it has not
    // taken effect yet.
    return unknown(connection, fresh, error, `${lost}; a read right after shows it still ${fresh.status}, but a request that got no answer may still take effect, so its result is unknown.`)
  }
  return {
    ...failed(id, error, fresh),
    previousStatus: connection.status,
    error: `${lost}; a fresh read shows it still ${fresh.status}, so nothing was changed`
  }
}

async function carryOutDecision(gateway: Gateway, connection: Connection, decision: Decision, dryRun: boolean, window?: Window): Promise<ConnectionResult> {
  const id = connection.id
  if (decision.action === 'leave') return { id, connection, outcome: decision.outcome, reason: decision.reason }
  if (dryRun) return { id, connection, outcome: 'would-reject', reason: decision.reason }
  try {
    const rejected = await gateway.reject(id)
    return { id, connection: rejected, outcome: 'rejected', previousStatus: connection.status, reason: decision.reason }
  } catch (error) {
    if (error instanceof ProtonCallError && error.mayHaveApplied && error.kind !== 'conflict') return settleLostAnswer(gateway, connection, decision, error, window)
    if (!(error instanceof ProtonCallError) || error.kind !== 'conflict') return failed(id, error, connection)
    let fresh: Connection
    try {
      fresh = await gateway.get(id)
    } catch (readError) {
      if (!error.earlierAttemptMayHaveApplied) return failed(id, readError, connection)
      // An earlier attempt went unanswered, then a conflict: this run's Reject may be the one that took effect.
      return unknown(
        connection,
        connection,
        error,
        `an attempt of the Reject call for connection ${id} got no answer and the next was refused as a conflict, so AWS may have applied it; reading it again failed (${messageOf(readError)}), so its result is unknown.`
      )
    }
    if (fresh.status === 'REJECTED') {
      // Ours only when an earlier attempt may have been applied and its answer lost (no answer, a reset,
      // a timeout); after an answer (a throttle, a refusal, a 5xx) it is taken as another request's.
      return error.earlierAttemptMayHaveApplied
        ? { id, connection: fresh, outcome: 'rejected', previousStatus: connection.status, reason: `${decision.reason}; the answer to the first attempt was lost, a fresh read shows it rejected` }
        : { id, connection: fresh, outcome: 'already-rejected', reason: 'rejected by another request meanwhile; a fresh read shows it rejected' }
    }
    return {
      ...failed(id, error, fresh),
      error:
        `connection ${id} is used by environment ${fresh.environmentName} and cannot be rejected; ` +
        `the environment must be deleted first, or moved to another environment account connection. Nothing was changed (status ${fresh.status}).`,
      errorTitle: 'Connection in use'
    }
  }
}

/** Runs the tasks a few at a time (src/pool.ts), and after `stop` starts none, giving `skipped` instead. */
export interface WorkPool {
  map<T, R>(items: readonly T[], task: (item: T, index: number) => Promise<R>, stopping?: { stop: AbortSignal; skipped: (item: T) => R }): Promise<R[]>
}

export interface ApplyOptions {
  dryRun: boolean
  /** Aborted when the run is cancelled: no connection is read or rejected after that. */
  stop?: AbortSignal
  /** Bounds how many connections are handled at once; shared so that throttling narrows it. */
  pool: WorkPool
  /** Told of the listing's pages, of the work's size and of each result, for progress lines. */
  progress?: ProgressSink
  /** The cancellation's later signals, which bound the read that settles a Reject whose answer was lost. */
  window?: Window
}

export interface ProgressSink {
  onPage(pages: number, connections: number): void
  beginWork(total: number): void
  onResult(result: ConnectionResult): void
}

/** Runs the pool over items, telling the progress sink of each result. */
async function mapReporting<T>(
  items: readonly T[],
  task: (item: T) => Promise<ConnectionResult>,
  options: ApplyOptions,
  skipped: (item: T) => ConnectionResult
): Promise<ConnectionResult[]> {
  options.progress?.beginWork(items.length)
  const reported = async (item: T): Promise<ConnectionResult> => {
    const result = await task(item)
    options.progress?.onResult(result)
    return result
  }
  return options.pool.map(items, reported, options.stop && { stop: options.stop, skipped })
}

/**
 * Reads a connection, decides from what was read, and acts. `listed` is what a listing said of it
 * before: when the status changed since, the reason says so.
 */
async function readAndCarryOut(
  gateway: Gateway,
  id: string,
  decide: (connection: Connection) => Decision,
  dryRun: boolean,
  stop: AbortSignal | undefined,
  listed?: Connection,
  window?: Window
): Promise<ConnectionResult> {
  let current: Connection
  try {
    current = await gateway.get(id)
  } catch (error) {
    return isAborted(error) ? cancelled(id, listed) : failed(id, error, listed)
  }
  if (stop?.aborted) return cancelled(id, current, true)
  const decision = decide(current)
  const changed = listed !== undefined && listed.status !== current.status
  return carryOut(gateway, current, changed ? { ...decision, reason: `listed as ${listed.status}, ${current.status} when read again; ${decision.reason}` } : decision, dryRun, window)
}

/** Explicit IDs: read each one, decide, act. Every ID is attempted even when others fail. */
export async function handleRequestedIds(
  gateway: Gateway,
  ids: readonly string[],
  options: ApplyOptions
): Promise<ConnectionResult[]> {
  return mapReporting(ids, (id) => readAndCarryOut(gateway, id, decideForRequestedId, options.dryRun, options.stop, undefined, options.window), options, (id) => cancelled(id))
}

/**
 * What the plan decided stays on the result whatever came of it: would-reject-count counts the plan
 * that max-rejections was checked against, and drift-count the drift the listing found, also when
 * the re-read failed, found it changed, or the run was cancelled first.
 */
function asPlanned(result: ConnectionResult, listed: Decision): ConnectionResult {
  return { ...result, ...(listed.action === 'reject' && { planned: true as const }), ...(listed.drift && { drift: true as const }) }
}

export interface PolicyRun {
  results: ConnectionResult[]
  /**
   * Set when the Rejects that count against max-rejections are more than it allows: nothing was
   * rejected, the results are the plan. `planned` is every planned Reject, `counted` those that count.
   */
  overLimit?: { planned: number; counted: number; limit: number }
}

/** The policy as the run applies it; `previouslyAllowed` is the previous version's list, when it could be read. */
export interface PolicyToApply {
  allowedAccountIds: readonly string[]
  drift: DriftMode
  maxRejections?: number
  previouslyAllowed?: readonly string[]
}

/**
 * Policy mode: every pending connection (and, unless drift is ignored, every connected one), each
 * decided against the allowed accounts. A plan over max-rejections rejects nothing: it is returned as
 * a dry run, with the limit it broke.
 */
export async function handlePolicy(gateway: Gateway, policy: PolicyToApply, options: ApplyOptions): Promise<PolicyRun> {
  const decide = (connection: Connection): Decision => decideForPolicy(connection, policy.allowedAccountIds, policy.drift)
  const progress = options.progress
  const statuses: Connection['status'][] = policy.drift === 'ignore' ? ['PENDING'] : ['PENDING', 'CONNECTED']
  const { connections: listed, invalid } = await gateway.listConnections(statuses, progress && ((pages, n) => progress.onPage(pages, n)))
  // Items that are not connections are failures of their own: named (quoted), never read or rejected.
  const unusable = invalid.map((item): ConnectionResult => ({
    id: item.id ?? '(no id)',
    outcome: 'failed',
    error: item.problem,
    errorTitle: TITLES['invalid-response'],
    errorKind: 'invalid-response'
  }))
  const limit = overLimit(
    listed.map((connection) => ({ connection, decision: decide(connection) })),
    policy.maxRejections,
    policy.previouslyAllowed
  )
  const dryRun = options.dryRun || limit !== undefined
  const handled = await mapReporting(
    listed,
    async (connection) => {
      const first = decide(connection)
      if (first.action === 'leave' || dryRun) return carryOut(gateway, connection, first, dryRun)
      // The list may be seconds old: a connection accepted (or rejected) since then is read again right
      // before rejecting (the API has no conditional reject), and decided from what is read then.
      return asPlanned(await readAndCarryOut(gateway, connection.id, decide, false, options.stop, connection, options.window), first)
    },
    options,
    (connection) => {
      // What needs no call (drift reported, a connection left alone) is reported as decided, also when
      // the run was cancelled first; only a Reject not attempted is `cancelled`.
      const decision = decide(connection)
      return decision.action === 'leave'
        ? { id: connection.id, connection, outcome: decision.outcome, reason: decision.reason, ...(decision.drift && { drift: true as const }) }
        : asPlanned(cancelled(connection.id, connection), decision)
    }
  )
  return { results: [...unusable, ...handled], ...(limit && { overLimit: limit }) }
}
