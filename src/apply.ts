import type { Connection, ConnectionResult, DriftMode, FailureKind } from './domain.js'
import { decideForPolicy, decideForRequestedId, overLimit, type Decision } from './plan.js'
import { ProtonCallError, type ProtonGateway } from './proton.js'

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
  aborted: 'Result unknown after cancellation',
  other: 'Call to AWS Proton failed'
}

/** The annotation title for a failed call. */
export function failureTitle(error: unknown): string {
  return TITLES[error instanceof ProtonCallError ? error.kind : 'other'] ?? 'Failed'
}

export function failed(id: string, error: unknown, connection?: Connection): ConnectionResult {
  const message = error instanceof Error ? error.message : String(error)
  // The connection's ARN names the account an access-denied grant needs, when the error could not.
  const account = connection?.arn.split(':')[4]
  return {
    id,
    ...(connection && { connection }),
    outcome: 'failed',
    error: account && error instanceof ProtonCallError && error.forAccount ? error.forAccount(account) : message,
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
async function carryOut(gateway: Gateway, connection: Connection, decision: Decision, dryRun: boolean): Promise<ConnectionResult> {
  const result = await carryOutDecision(gateway, connection, decision, dryRun)
  return { ...result, ...(decision.action === 'reject' && { planned: true as const }), ...(decision.drift && { drift: true as const }) }
}

async function carryOutDecision(gateway: Gateway, connection: Connection, decision: Decision, dryRun: boolean): Promise<ConnectionResult> {
  const id = connection.id
  if (decision.action === 'leave') return { id, connection, outcome: decision.outcome, reason: decision.reason }
  if (dryRun) return { id, connection, outcome: 'would-reject', reason: decision.reason }
  try {
    const rejected = await gateway.reject(id)
    return { id, connection: rejected, outcome: 'rejected', previousStatus: connection.status, reason: decision.reason }
  } catch (error) {
    if (isAborted(error)) {
      // The Reject may or may not have reached AWS: never report it rejected, never cancelled.
      return {
        ...failed(id, error, connection),
        error: `the run was cancelled while the Reject call for connection ${id} was in flight, and no answer came: its result is unknown. A re-run shows the truth (an already rejected connection is reported as such).`
      }
    }
    if (!(error instanceof ProtonCallError) || error.kind !== 'conflict') return failed(id, error, connection)
    let fresh: Connection
    try {
      fresh = await gateway.get(id)
    } catch (readError) {
      return failed(id, readError, connection)
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
  listed?: Connection
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
  return carryOut(gateway, current, changed ? { ...decision, reason: `listed as ${listed.status}, ${current.status} when read again; ${decision.reason}` } : decision, dryRun)
}

/** Explicit IDs: read each one, decide, act. Every ID is attempted even when others fail. */
export async function handleRequestedIds(
  gateway: Gateway,
  ids: readonly string[],
  options: ApplyOptions
): Promise<ConnectionResult[]> {
  return mapReporting(ids, (id) => readAndCarryOut(gateway, id, decideForRequestedId, options.dryRun, options.stop), options, (id) => cancelled(id))
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
  /** Set when the plan would reject more than max-rejections: nothing was rejected, the results are the plan. */
  overLimit?: { planned: number; limit: number }
}

/**
 * Policy mode: every pending connection (and, unless drift is ignored, every connected one), each
 * decided against the allowed accounts. A plan over max-rejections rejects nothing: it is returned as
 * a dry run, with the limit it broke.
 */
export async function handlePolicy(gateway: Gateway, policy: { allowedAccountIds: readonly string[]; drift: DriftMode; maxRejections?: number }, options: ApplyOptions): Promise<PolicyRun> {
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
  const limit = overLimit(listed.map(decide), policy.maxRejections)
  const dryRun = options.dryRun || limit !== undefined
  const handled = await mapReporting(
    listed,
    async (connection) => {
      const first = decide(connection)
      if (first.action === 'leave' || dryRun) return carryOut(gateway, connection, first, dryRun)
      // The list may be seconds old: a connection accepted (or rejected) since then is read again right
      // before rejecting (the API has no conditional reject), and decided from what is read then.
      return asPlanned(await readAndCarryOut(gateway, connection.id, decide, false, options.stop, connection), first)
    },
    options,
    (connection) => asPlanned(cancelled(connection.id, connection), decide(connection))
  )
  return { results: [...unusable, ...handled], ...(limit && { overLimit: limit }) }
}
