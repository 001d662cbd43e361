import type { Connection } from './proton.js'

export type Outcome = 'rejected' | 'already-rejected' | 'would-reject' | 'skipped' | 'failed' | 'cancelled'

/** What to do with one connection, and why, decided from what was read. */
export type Decision = { action: 'reject'; reason: string } | { action: 'leave'; outcome: 'already-rejected' | 'skipped'; reason: string }

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

/** Policy mode: only a PENDING connection from an account the policy does not allow is rejected. */
export function decideForPolicy(connection: Connection, allowedAccountIds: readonly string[]): Decision {
  if (connection.status === 'REJECTED') {
    return { action: 'leave', outcome: 'already-rejected', reason: 'its status is already REJECTED' }
  }
  if (connection.status !== 'PENDING') {
    return { action: 'leave', outcome: 'skipped', reason: `status ${connection.status}; the policy mode only rejects pending connections` }
  }
  if (allowedAccountIds.includes(connection.environmentAccountId)) {
    return { action: 'leave', outcome: 'skipped', reason: 'its account is in the policy' }
  }
  return { action: 'reject', reason: 'its account is not in the policy' }
}
