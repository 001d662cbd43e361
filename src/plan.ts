import type { Connection, DriftMode } from './domain.js'

export type { Outcome } from './domain.js'

/**
 * What to do with one connection, and why, decided from what was read. `drift` marks a CONNECTED
 * connection of an account outside the policy, whatever is done with it.
 */
export type Decision =
  | { action: 'reject'; reason: string; drift?: true }
  | { action: 'leave'; outcome: 'already-rejected' | 'skipped' | 'drifted'; reason: string; drift?: true }

/** Explicit IDs: the user asked for these to be rejected; only an already rejected one is left alone. */
export function decideForRequestedId(connection: Connection): Decision {
  switch (connection.status) {
    case 'REJECTED':
      return { action: 'leave', outcome: 'already-rejected', reason: 'its status was REJECTED when read' }
    case 'CONNECTED':
      return { action: 'reject', reason: 'requested by connection-id; it was connected' }
    default:
      return { action: 'reject', reason: 'requested by connection-id' }
  }
}

/**
 * Policy mode: a PENDING connection from an account the policy does not allow is rejected. A
 * CONNECTED one from such an account is drift: reported (the default), rejected too, or ignored.
 */
export function decideForPolicy(connection: Connection, allowedAccountIds: readonly string[], drift: DriftMode = 'ignore'): Decision {
  if (connection.status === 'REJECTED') {
    return { action: 'leave', outcome: 'already-rejected', reason: 'its status is already REJECTED' }
  }
  const allowed = allowedAccountIds.includes(connection.environmentAccountId)
  if (connection.status === 'CONNECTED') {
    if (allowed || drift === 'ignore') {
      return { action: 'leave', outcome: 'skipped', reason: allowed ? 'connected, and its account is in the policy' : `status ${connection.status}; the policy mode only rejects pending connections` }
    }
    return drift === 'reject'
      ? { action: 'reject', reason: 'connected, but its account is not in the policy (drift; drift: reject)', drift: true }
      : { action: 'leave', outcome: 'drifted', reason: 'connected, but its account is not in the policy (drift); reported only, set drift: reject to reject it', drift: true }
  }
  if (connection.status !== 'PENDING') {
    return { action: 'leave', outcome: 'skipped', reason: `status ${connection.status}; the policy mode only rejects pending connections` }
  }
  if (allowed) {
    return { action: 'leave', outcome: 'skipped', reason: 'its account is in the policy' }
  }
  return { action: 'reject', reason: 'its account is not in the policy' }
}

/**
 * What max-rejections counts: what this change takes away, not what outsiders send. A planned Reject
 * counts when it takes away a CONNECTED connection (drift under `drift: reject`), or a pending request
 * of an account that the previous version of the policy allowed. Anyone who knows the management
 * account's ID can request a connection, so a pending request of an account no version allowed never
 * counts. Without a previous version (`previouslyAllowed` undefined), every planned Reject counts.
 */
export function countsAgainstLimit(connection: Connection, decision: Decision, previouslyAllowed: readonly string[] | undefined): boolean {
  if (decision.action !== 'reject') return false
  if (connection.status === 'CONNECTED' || previouslyAllowed === undefined) return true
  return previouslyAllowed.includes(connection.environmentAccountId)
}

/** The planned Rejects that count, against the limit one run may make; undefined: within it. */
export function overLimit(
  planned: ReadonlyArray<{ connection: Connection; decision: Decision }>,
  limit: number | undefined,
  previouslyAllowed?: readonly string[]
): { planned: number; counted: number; limit: number } | undefined {
  const counted = planned.filter((p) => countsAgainstLimit(p.connection, p.decision, previouslyAllowed)).length
  const rejects = planned.filter((p) => p.decision.action === 'reject').length
  return limit !== undefined && counted > limit ? { planned: rejects, counted, limit } : undefined
}
