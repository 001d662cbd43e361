import type { RoleFinding } from './leftovers-findings.js'
import type { KeptRole, RemoveMode } from './leftovers-inputs.js'
import { withoutProtonPrincipals } from './policy-document.js'

/**
 * What `remove` does to each role found (leftovers/): exactly one treatment per role, decided from
 * what IAM says of it. Pure: the finding and the run's settings in, the decision out. The same
 * decision is made again from a fresh read just before a role is changed.
 */

/** The AWS managed policy that quarantines a role: it denies every action (AWS Managed Policy Reference, AWSDenyAll). */
export const quarantinePolicyArn = (partition = 'aws'): string => `arn:${partition}:iam::aws:policy/AWSDenyAll`
/** The tag a quarantined role carries; its value is the day, YYYY-MM-DD (UTC). */
export const QUARANTINE_TAG = 'proton-leftovers:quarantined'
/** The tag put on a role before its first destructive step: the run whose results file holds its record. */
export const RECORD_TAG = 'proton-leftovers:record'
/** The day AWS Proton ended: a role only Proton can assume that was used after it serves something else. */
export const PROTON_ENDED = '2026-10-07'

export type Treatment = 'quarantine' | 'remove' | 'edit-trust' | 'keep'

export interface Decision {
  treatment: Treatment
  /** Why, in words: the reason a role is kept, or what the change is. */
  reason: string
  /** The day its quarantine began (the tag), when it has one. */
  quarantinedOn?: string
  /** The first day `remove: delete` may remove it. */
  deletableFrom?: string
  /** The run that began removing it (RECORD_TAG), when a removal was begun and not finished. */
  begunBy?: string
  /** For edit-trust: the trust document to write back. */
  trust?: Record<string, unknown>
}

export interface PlanSettings {
  mode: Exclude<RemoveMode, 'false'>
  /** Today, YYYY-MM-DD (UTC). */
  today: string
  quarantineDays: number
  keep: readonly KeptRole[]
  partition?: string
}

/** What the decision reads of a role: its finding, tags and trust included. */
export type PlannedRole = RoleFinding

// Stryker disable next-line Regex: the day is checked by its round trip through Date below, which refuses what the pattern's anchors or classes would let by
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** IAM compares role names without regard to case (a second role differing only in case is refused). */
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** A day, YYYY-MM-DD, when the text is one that exists. */
export function isDay(text: string): boolean {
  const m = DAY.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}

/** The day `days` after `day` (both YYYY-MM-DD, UTC). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The one treatment of one role. */
export function decide(role: PlannedRole, settings: PlanSettings): Decision {
  // IAM's role names are unique whatever their case: an entry matches in any case.
  const kept = settings.keep.find((k) => k.account === role.account && sameName(k.name, role.name))
  if (kept) return { treatment: 'keep', reason: `listed in keep-roles (${kept.entry})` }
  if (role.serviceLinked) return { treatment: 'keep', reason: `a service-linked role, deleted through its service or with: aws iam delete-service-linked-role --role-name ${role.name}` }
  if (role.foundBy === 'managed-policy') return { treatment: 'keep', reason: 'found only through an attached AWS Proton managed policy; its trust does not name AWS Proton' }
  const edit = withoutProtonPrincipals(role.trustDocument)
  if (!edit) return { treatment: 'keep', reason: 'its trust could not be read as an IAM policy' }
  if (!edit.protonOnly) {
    if (settings.mode === 'quarantine') return { treatment: 'keep', reason: 'its trust also lets other principals in; only remove: delete changes it, by taking AWS Proton out of its trust' }
    return { treatment: 'edit-trust', reason: `AWS Proton taken out of its trust (${edit.removed.join(', ')}); its other principals keep their access`, trust: edit.document }
  }
  const lastUsedDay = role.lastUsed?.slice(0, 10)
  if (lastUsedDay !== undefined && lastUsedDay > PROTON_ENDED) {
    return { treatment: 'keep', reason: `last used ${lastUsedDay}, after AWS Proton ended on ${PROTON_ENDED}, though only AWS Proton can assume it: something else depends on it; check before removing it` }
  }
  const tag = role.tags[QUARANTINE_TAG]
  const denied = role.attachedPolicies.includes(quarantinePolicyArn(settings.partition))
  // A removal begun (the record tag) goes on by the quarantine rules: a tag alone never cuts the quarantine short.
  // AWSDenyAll goes last of its policies, so once a removal has begun it may be gone: the quarantine still holds.
  const begunBy = role.tags[RECORD_TAG]
  if (begunBy !== undefined && settings.mode === 'quarantine') return { treatment: 'keep', reason: `its removal was begun by ${begunBy}; finish it with remove: delete`, begunBy }
  const held = denied || begunBy !== undefined
  const begun = begunBy !== undefined ? { begunBy } : {}
  if (tag !== undefined && !isDay(tag)) return { treatment: 'keep', reason: `its ${QUARANTINE_TAG} tag is not a day (YYYY-MM-DD); correct or remove the tag` }
  if (tag !== undefined && !held) {
    return { treatment: 'keep', reason: `its quarantine of ${tag} was undone (AWSDenyAll detached); list it in keep-roles, or remove the ${QUARANTINE_TAG} tag to quarantine it again`, quarantinedOn: tag }
  }
  if (tag !== undefined) {
    const from = addDays(tag, settings.quarantineDays)
    if (settings.mode === 'quarantine') return { treatment: 'keep', reason: `quarantined since ${tag}`, quarantinedOn: tag }
    const goesOn = begunBy !== undefined ? `; this run finishes the removal ${begunBy} began` : ''
    if (settings.today >= from) return { treatment: 'remove', reason: `quarantined since ${tag}, at least ${settings.quarantineDays} days (quarantine-days)${goesOn}`, quarantinedOn: tag, deletableFrom: from, ...begun }
    return { treatment: 'keep', reason: `quarantined since ${tag}; remove: delete removes it from ${from} (quarantine-days: ${settings.quarantineDays})`, quarantinedOn: tag, deletableFrom: from, ...begun }
  }
  if (settings.mode === 'delete' && settings.quarantineDays === 0) {
    return { treatment: 'remove', reason: `only AWS Proton can assume it (quarantine-days: 0)${begunBy !== undefined ? `; this run finishes the removal ${begunBy} began` : ''}`, ...begun }
  }
  const from = addDays(settings.today, settings.quarantineDays)
  return {
    treatment: 'quarantine',
    reason: settings.mode === 'delete' ? `only AWS Proton can assume it; quarantined first, removed by remove: delete from ${from}` : 'only AWS Proton can assume it',
    ...(settings.mode === 'delete' && { deletableFrom: from }),
    ...begun
  }
}

/** The roles a plan changes: what max-removals counts. */
export const changes = (decisions: readonly Decision[]): number => decisions.filter((d) => d.treatment !== 'keep').length

/** The keep-roles entries that name no role found, each named in a warning. */
export function unmatchedKeeps(keep: readonly KeptRole[], roles: readonly Pick<RoleFinding, 'account' | 'name'>[]): KeptRole[] {
  return keep.filter((k) => !roles.some((r) => r.account === k.account && sameName(r.name, k.name)))
}

/** The outcome word of a planned treatment in a dry run (or a plan that was not applied). */
export function plannedOutcome(treatment: Treatment): 'would-quarantine' | 'would-remove' | 'would-edit-trust' | 'kept' {
  switch (treatment) {
    case 'quarantine':
      return 'would-quarantine'
    case 'remove':
      return 'would-remove'
    case 'edit-trust':
      return 'would-edit-trust'
    default:
      return 'kept'
  }
}

/** The outcome word of a treatment done in full. */
export function doneOutcome(treatment: Exclude<Treatment, 'keep'>): 'quarantined' | 'removed' | 'trust-edited' {
  return treatment === 'quarantine' ? 'quarantined' : treatment === 'remove' ? 'removed' : 'trust-edited'
}

/** A word for the shell: single-quoted, a quote inside closed and escaped. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** A role's whole definition, read just before its first change: what the results file records. */
export interface RoleRecord {
  arn: string
  roleId: string
  name: string
  path: string
  created: string
  description?: string
  maxSessionDuration?: number
  permissionsBoundary?: string
  tags: Record<string, string>
  /** The trust document, parsed. */
  trust: unknown
  attachedPolicies: string[]
  /** Inline policies by name, each parsed. */
  inlinePolicies: Record<string, unknown>
  instanceProfiles: string[]
}

const IAM_NAME = /^[\w+=,.@-]{1,128}$/
const PATH = /^\/(?:[\w+=,.@-]+\/)*$/
const POLICY_ARN = /^arn:aws[\w-]*:iam::(?:aws|\d{12}):policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/

/**
 * The AWS CLI commands that make the recorded role again, as it was before this action touched it
 * (AWSDenyAll and the proton-leftovers: tags left out). Empty when a name is not of IAM's form (a
 * hostile answer cannot inject a command). They cannot bring back the role ID, nor grants elsewhere
 * that named the role (CANNOT_RESTORE).
 */
export function recreateCommands(r: RoleRecord, partition = 'aws'): string[] {
  const attached = r.attachedPolicies.filter((a) => !(a === quarantinePolicyArn(partition) && r.tags[QUARANTINE_TAG] !== undefined))
  const tags = Object.entries(r.tags).filter(([k]) => !k.startsWith('proton-leftovers:'))
  const names = [r.name, ...Object.keys(r.inlinePolicies), ...r.instanceProfiles]
  if (!names.every((n) => IAM_NAME.test(n)) || !PATH.test(r.path) || !attached.every((a) => POLICY_ARN.test(a)) || (r.permissionsBoundary !== undefined && !POLICY_ARN.test(r.permissionsBoundary))) return []
  const role = `--role-name ${r.name}`
  return [
    [
      `aws iam create-role ${role} --path ${r.path} --assume-role-policy-document ${shellQuote(JSON.stringify(r.trust))}`,
      ...(r.description ? [`--description ${shellQuote(r.description)}`] : []),
      ...(r.maxSessionDuration !== undefined ? [`--max-session-duration ${r.maxSessionDuration}`] : []),
      ...(r.permissionsBoundary ? [`--permissions-boundary ${r.permissionsBoundary}`] : []),
      ...(tags.length > 0 ? [`--tags ${shellQuote(JSON.stringify(tags.map(([Key, Value]) => ({ Key, Value }))))}`] : [])
    ].join(' '),
    ...attached.map((arn) => `aws iam attach-role-policy ${role} --policy-arn ${arn}`),
    ...Object.entries(r.inlinePolicies).map(([name, doc]) => `aws iam put-role-policy ${role} --policy-name ${name} --policy-document ${shellQuote(JSON.stringify(doc))}`),
    ...r.instanceProfiles.map((p) => `aws iam add-role-to-instance-profile --instance-profile-name ${p} ${role}`)
  ]
}

/**
 * The AWS CLI commands that undo a quarantine (AWSDenyAll detached, its tag removed) or a trust edit
 * (the recorded trust written back). Empty when a name is not of IAM's form.
 */
export function undoCommands(r: RoleRecord, treatment: 'quarantine' | 'edit-trust', partition = 'aws'): string[] {
  if (!IAM_NAME.test(r.name)) return []
  const role = `--role-name ${r.name}`
  if (treatment === 'quarantine') return [`aws iam detach-role-policy ${role} --policy-arn ${quarantinePolicyArn(partition)}`, `aws iam untag-role ${role} --tag-keys ${QUARANTINE_TAG}`]
  return [`aws iam update-assume-role-policy ${role} --policy-document ${shellQuote(JSON.stringify(r.trust))}`, `aws iam untag-role ${role} --tag-keys ${RECORD_TAG}`]
}

/** What the commands cannot bring back, said with them. */
export const CANNOT_RESTORE =
  'These commands make a role with the same name, path, trust, policies, tags and instance profiles. They cannot bring back its role ID (a new role gets a new one), ' +
  'nor grants elsewhere that named the role: key policies, bucket policies and other roles\' trusts that named it by ARN now name a principal that no longer matches, and must be edited again.'
