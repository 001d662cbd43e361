import { setTimeout as sleep } from 'node:timers/promises'
import { findRole, type RoleFinding } from './leftovers-findings.js'
import { decide, doneOutcome, QUARANTINE_TAG, quarantinePolicyArn, RECORD_TAG, recreateCommands, undoCommands, CANNOT_RESTORE, type Decision, type PlanSettings, type RoleRecord, type Treatment } from './leftovers-plan.js'
import { allPages, Cancelled, failureWords, iamMarker, isDenied, isNoSuchEntity, isThrottle, iso, roleOrGone, rolePolicies, tagsOf, text, type IamTools } from './leftovers-scan.js'
import { readDocument, protonTrust } from './policy-document.js'

/**
 * remove's changes to one role (leftovers/): read again, decide again, record, change, confirm.
 *
 * - Just before the first change the role is read again and its treatment decided again; a role
 *   whose treatment is no longer the one planned is kept, and said so.
 * - Its whole definition goes to the results file (`persist`) before the first change; nothing is
 *   changed when that write fails.
 * - Every step is idempotent, and "already gone" (NoSuchEntity) is success, so a re-run picks up
 *   where a run stopped. The first step that does not succeed stops the role.
 * - Each step is confirmed by a read, retried while IAM's reads may still be stale; a lost answer is
 *   read again, never guessed: `unknown` when the reads cannot tell.
 */

export type ChangeOutcome = 'quarantined' | 'removed' | 'trust-edited' | 'kept' | 'failed' | 'unknown'

export interface StepRecord {
  step: string
  result: 'done' | 'failed' | 'unknown' | 'not-done'
  error?: string
}

export interface Recorded extends RoleRecord {
  /** The role was found partly removed: this is what was left, and the run named holds the original. */
  partial?: true
  originalRecord?: string
}

export interface ChangeResult {
  outcome: ChangeOutcome
  reason: string
  /** The treatment decided on the fresh read. */
  decision: Decision
  steps: StepRecord[]
  record?: Recorded
  /** For a removed role: the commands that make it again. */
  recreateCommands?: string[]
  /** For a quarantined or trust-edited role: the commands that undo the change. */
  undoCommands?: string[]
  error?: string
}

export interface ChangeContext {
  settings: PlanSettings
  /** The run, as the record tag names it: its URL. */
  run: string
  /** Writes the record, with the commands that undo the change or make the role again, to the results file; throws when it cannot. */
  persist(record: Recorded, commands: { recreate?: string[]; undo?: string[] }): void
  /** Reads that confirm a step: how many, and the first wait between them (doubled each time). */
  confirmReads?: number
  confirmDelayMs?: number
}

/** What a refusal of the apply role's calls usually means. */
export const APPLY_ROLE_HINT =
  'account-role-name must name the apply role (docs/iam/leftovers-apply-role.cfn.yml), not the read-only audit role; a role its explicit denies protect is refused by design: list it in keep-roles'

/** IAM is eventually consistent: a step is confirmed by up to this many reads, 0.5 s apart and doubling (about 15 s in all). */
export const CONFIRM_READS = 5
const CONFIRM_DELAY_MS = 500
const MAX_ITEMS = 1000

/** An error that says the call was refused, so nothing was done (not a lost answer). */
function refused(error: unknown): boolean {
  if (error instanceof Cancelled) return false
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  const status = e?.$metadata?.httpStatusCode
  return typeof status === 'number' && status >= 400 && status < 500
}

interface Fresh {
  /** Undefined when nothing ties it to AWS Proton any more. */
  finding?: RoleFinding
  record: RoleRecord
}

const parsed = (raw: string): unknown => {
  try {
    return JSON.parse(raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw))
  } catch {
    return raw
  }
}

/** The role as IAM has it now, in full; undefined when it is gone. */
async function readRole(tools: IamTools, account: string, name: string): Promise<Fresh | undefined> {
  const { sdk, iam, confirm: call } = tools
  const got = await roleOrGone(name, sdk, iam, call)
  if (got === undefined) return undefined
  const { attached, inline } = await rolePolicies(name, sdk, iam, call)
  const profiles = (await allPages('iam:ListInstanceProfilesForRole', (Marker) => call((o) => iam.send(new sdk.ListInstanceProfilesForRoleCommand({ RoleName: name, MaxItems: MAX_ITEMS, ...(Marker && { Marker }) }), o)), iamMarker)).flatMap((p) =>
    (Array.isArray(p.InstanceProfiles) ? p.InstanceProfiles : []).map((ip) => text(ip.InstanceProfileName, 128)).filter((n) => n !== '')
  )
  const tags = tagsOf(got?.Tags)
  const trustDocument = text(got?.AssumeRolePolicyDocument, 1_000_000)
  const path = text(got?.Path, 512) || '/'
  const lastUsed = got?.RoleLastUsed?.LastUsedDate
  const finding = findRole({
    account,
    name,
    path,
    arn: text(got?.Arn),
    created: iso(got?.CreateDate),
    trustDocument,
    attached,
    inline,
    tags,
    ...(lastUsed instanceof Date && { lastUsed: { date: iso(lastUsed) } })
  })
  const boundary = text(got?.PermissionsBoundary?.PermissionsBoundaryArn)
  const record: RoleRecord = {
    arn: text(got?.Arn),
    roleId: text(got?.RoleId, 128),
    name,
    path,
    created: iso(got?.CreateDate),
    ...(typeof got?.Description === 'string' && { description: text(got.Description, 1_000) }),
    ...(typeof got?.MaxSessionDuration === 'number' && { maxSessionDuration: got.MaxSessionDuration }),
    ...(boundary && { permissionsBoundary: boundary }),
    tags,
    trust: parsed(trustDocument),
    attachedPolicies: attached,
    inlinePolicies: Object.fromEntries(Object.entries(inline).map(([n, d]) => [n, parsed(d)])),
    instanceProfiles: profiles
  }
  return { ...(finding && { finding }), record }
}

interface Step {
  step: string
  send(): Promise<unknown>
  /** Whether IAM now shows the step's effect. */
  holds(): Promise<boolean>
}

/** One step: sent, then confirmed by reads; a lost answer read again, never guessed. */
async function runStep(step: Step, ctx: ChangeContext, abandon?: AbortSignal): Promise<StepRecord> {
  let failure: unknown
  try {
    await step.send()
  } catch (error) {
    // Already gone is done. Any other error is read again: the SDK's retries may follow an attempt that was done.
    if (!isNoSuchEntity(error)) failure = error
  }
  // Access denied is never done, whatever IAM shows (the step may be a gate, like the record tag before a removal).
  if (failure !== undefined && isDenied(failure)) return { step: step.step, result: 'failed', error: failureWords(failure, step.step) }
  // Another refusal (DeleteConflict, LimitExceeded, …) is read once; an answer that may hide a change, until the reads settle it.
  const definite = failure !== undefined && refused(failure) && !isThrottle(failure)
  const reads = definite ? 1 : (ctx.confirmReads ?? CONFIRM_READS)
  let wait = ctx.confirmDelayMs ?? CONFIRM_DELAY_MS
  let readError: unknown
  let seen = false
  for (let i = 0; i < reads; i++) {
    try {
      if (await step.holds()) return { step: step.step, result: 'done' }
      seen = true
      readError = undefined
    } catch (error) {
      readError = error
      if (error instanceof Cancelled) break
    }
    if (i < reads - 1) {
      try {
        await sleep(wait, undefined, abandon ? { signal: abandon } : undefined)
      } catch {
        // Given up (SIGTERM): what is known so far is said.
        readError = new Cancelled()
        break
      }
      wait *= 2
    }
  }
  if (definite) return { step: step.step, result: 'failed', error: failureWords(failure, step.step) }
  const status = (failure as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode
  const lostWords = failure === undefined ? '' : typeof status === 'number' ? `IAM answered ${failureWords(failure, step.step)} (HTTP ${status}), which does not say whether it was done` : `the answer was lost: ${failureWords(failure, step.step)}`
  if (failure !== undefined && seen && readError === undefined) return { step: step.step, result: 'failed', error: `${lostWords}; ${reads} reads over some seconds show it not done` }
  if (failure !== undefined) return { step: step.step, result: 'unknown', error: `${lostWords}; the reads that would tell failed${readError ? `: ${failureWords(readError, 'the read')}` : ''}` }
  return {
    step: step.step,
    result: 'unknown',
    error: seen && readError === undefined ? `IAM accepted it, but ${reads} reads over some seconds do not show it yet (IAM is eventually consistent): check the role` : `IAM accepted it, but the reads that would confirm it failed: ${failureWords(readError, 'the read')}`
  }
}


const sameDocument = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Reads the role again, decides again, records it and changes it as planned. */
/** Undefined when the run was cancelled before the role's first change: it stays as planned. */
export async function changeRole(tools: IamTools, planned: { role: RoleFinding; decision: Decision }, ctx: ChangeContext): Promise<ChangeResult | undefined> {
  const { sdk, iam, call, confirm } = tools
  const { role } = planned
  const treatment = planned.decision.treatment as Exclude<Treatment, 'keep'>
  const steps: StepRecord[] = []
  let fresh: Fresh | undefined
  try {
    fresh = await readRole(tools, role.account, role.name)
  } catch (error) {
    // Cancelled while it was read again: nothing was changed, so it stays as planned.
    if (error instanceof Cancelled || tools.stopped()) return undefined
    return { outcome: 'failed', reason: `not changed: it could not be read again just before the change${isDenied(error) ? `; ${APPLY_ROLE_HINT}` : ''}`, decision: planned.decision, steps, error: failureWords(error, 'iam:GetRole and its policies') }
  }
  if (!fresh) {
    if (treatment === 'remove' && planned.decision.begunBy) return { outcome: 'removed', reason: `already gone: the removal ${planned.decision.begunBy} began was finished`, decision: planned.decision, steps }
    return { outcome: 'kept', reason: 'no longer there when read again just before the change: nothing to do', decision: planned.decision, steps }
  }
  if (!fresh.finding) return { outcome: 'kept', reason: 'it no longer trusts AWS Proton when read again: not changed', decision: { treatment: 'keep', reason: 'no longer a leftover' }, steps }
  const decision = decide(fresh.finding, ctx.settings)
  if (decision.treatment !== treatment || (treatment === 'edit-trust' && !sameDocument(decision.trust, planned.decision.trust))) {
    return { outcome: 'kept', reason: `not changed: read again just before the change, it is no longer what was planned (${decision.treatment === 'keep' ? `now kept: ${decision.reason}` : `now: ${decision.treatment}`}); the next run plans it again`, decision, steps }
  }
  // Found partly removed: what is left is recorded as such; the run named holds the original.
  const begun = fresh.record.tags[RECORD_TAG]
  const record: Recorded = { ...fresh.record, ...(begun !== undefined && treatment === 'remove' && { partial: true as const, originalRecord: begun }) }
  const recreate = treatment === 'remove' && !record.partial ? recreateCommands(record, ctx.settings.partition) : []
  const undo = treatment === 'remove' ? [] : undoCommands(record, treatment, ctx.settings.partition)
  const commands = { ...(recreate.length > 0 && { recreateCommands: recreate }), ...(undo.length > 0 && { undoCommands: undo }) }
  try {
    ctx.persist(record, { recreate, undo })
  } catch (error) {
    return { outcome: 'failed', reason: 'not changed: its record could not be written to the results file first', decision, steps, error: (error as Error).message }
  }
  const name = role.name
  const denyAll = quarantinePolicyArn(ctx.settings.partition)
  const getRole = async () => (await confirm((o) => iam.send(new sdk.GetRoleCommand({ RoleName: name }), o))).Role
  const tagged = (key: string, value: string) => async () => tagsOf((await getRole())?.Tags)[key] === value
  const attachedNow = async () =>
    (await confirm((o) => iam.send(new sdk.ListAttachedRolePoliciesCommand({ RoleName: name, MaxItems: MAX_ITEMS }), o))).AttachedPolicies?.map((a) => a.PolicyArn) ?? []
  const tag = (key: string, value: string): Step => ({
    step: `iam:TagRole ${key}=${value}`,
    send: () => call((o) => iam.send(new sdk.TagRoleCommand({ RoleName: name, Tags: [{ Key: key, Value: value }] }), o)),
    holds: tagged(key, value)
  })
  const plan: Step[] = []
  if (treatment === 'quarantine') {
    plan.push({ step: `iam:AttachRolePolicy ${denyAll}`, send: () => call((o) => iam.send(new sdk.AttachRolePolicyCommand({ RoleName: name, PolicyArn: denyAll }), o)), holds: async () => (await attachedNow()).includes(denyAll) })
    plan.push(tag(QUARANTINE_TAG, ctx.settings.today))
  } else if (treatment === 'edit-trust') {
    // One call, undone with the recorded trust: no record tag is left on a role that lives on.
    const document = decision.trust as Record<string, unknown>
    plan.push({
      step: 'iam:UpdateAssumeRolePolicy (AWS Proton taken out)',
      send: () => call((o) => iam.send(new sdk.UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: JSON.stringify(document) }), o)),
      holds: async () => {
        const trust = text((await getRole())?.AssumeRolePolicyDocument, 1_000_000)
        const read = readDocument(trust)
        return read !== undefined && protonTrust(read) === undefined && sameDocument(parsed(trust), document)
      }
    })
  } else {
    // First, always: the run that holds its record (kept as it was when a removal was begun), and a refusal
    // of the apply role's denies before any other step (IAM authorizes instance profile calls on the profile).
    plan.push(tag(RECORD_TAG, begun ?? ctx.run))
    for (const profile of record.instanceProfiles) {
      plan.push({
        step: `iam:RemoveRoleFromInstanceProfile ${profile}`,
        send: () => call((o) => iam.send(new sdk.RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: profile, RoleName: name }), o)),
        holds: async () => !((await confirm((o) => iam.send(new sdk.ListInstanceProfilesForRoleCommand({ RoleName: name, MaxItems: MAX_ITEMS }), o))).InstanceProfiles ?? []).some((p) => p.InstanceProfileName === profile)
      })
    }
    for (const policyName of Object.keys(record.inlinePolicies)) {
      plan.push({
        step: `iam:DeleteRolePolicy ${policyName}`,
        send: () => call((o) => iam.send(new sdk.DeleteRolePolicyCommand({ RoleName: name, PolicyName: policyName }), o)),
        holds: async () => !((await confirm((o) => iam.send(new sdk.ListRolePoliciesCommand({ RoleName: name, MaxItems: MAX_ITEMS }), o))).PolicyNames ?? []).includes(policyName)
      })
    }
    // AWSDenyAll last: a quarantined role stays denied until it is gone.
    for (const arn of [...record.attachedPolicies.filter((a) => a !== denyAll), ...record.attachedPolicies.filter((a) => a === denyAll)]) {
      plan.push({ step: `iam:DetachRolePolicy ${arn}`, send: () => call((o) => iam.send(new sdk.DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn }), o)), holds: async () => !(await attachedNow()).includes(arn) })
    }
    plan.push({
      step: 'iam:DeleteRole',
      send: () => call((o) => iam.send(new sdk.DeleteRoleCommand({ RoleName: name }), o)),
      holds: async () => {
        try {
          await getRole()
          return false
        } catch (error) {
          if (isNoSuchEntity(error)) return true
          throw error
        }
      }
    })
  }
  for (const [index, step] of plan.entries()) {
    // No change starts after the first signal: the role stops here, its record says where; one not begun stays as planned.
    const cancelled = tools.stopped()
    if (cancelled && index === 0) return undefined
    let result: StepRecord
    if (cancelled) {
      result = { step: step.step, result: 'not-done', error: 'not started: the run was cancelled' }
    } else {
      try {
        result = await runStep(step, ctx, tools.abandon)
      } catch (error) {
        result = { step: step.step, result: 'unknown', error: failureWords(error, step.step) }
      }
    }
    steps.push(result)
    if (result.result !== 'done') {
      for (const rest of plan.slice(index + 1)) steps.push({ step: rest.step, result: 'not-done' })
      const outcome: ChangeOutcome = result.result === 'unknown' ? 'unknown' : 'failed'
      return {
        outcome,
        reason: cancelled
          ? `stopped before "${step.step}": the run was cancelled; a re-run picks up where it stopped`
          : `stopped at "${step.step}"; a re-run picks up where it stopped${/AccessDenied/.test(result.error ?? '') ? `; ${APPLY_ROLE_HINT}` : ''}`,
        decision,
        steps,
        record,
        ...commands,
        ...(result.error && { error: result.error })
      }
    }
  }
  return { outcome: doneOutcome(treatment), reason: decision.reason, decision, steps, record, ...commands }
}

export { CANNOT_RESTORE }
