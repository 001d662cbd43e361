import { describe, expect, it } from '@jest/globals'
import { roleFinding } from './leftovers-fixtures.js'
import type { RoleFinding } from '../../src/leftovers-findings.js'
import {
  addDays,
  CANNOT_RESTORE,
  changes,
  decide,
  doneOutcome,
  isDay,
  plannedOutcome,
  PROTON_ENDED,
  QUARANTINE_TAG,
  quarantinePolicyArn,
  RECORD_TAG,
  recreateCommands,
  shellQuote,
  undoCommands,
  unmatchedKeeps,
  type PlanSettings,
  type RoleRecord
} from '../../src/leftovers-plan.js'

const PROTON_ONLY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
const SHARED = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['proton.amazonaws.com', 'codebuild.amazonaws.com'] }, Action: 'sts:AssumeRole' }] })
const DENY_ALL = 'arn:aws:iam::aws:policy/AWSDenyAll'

const role = roleFinding
const settings = (over: Partial<PlanSettings> = {}): PlanSettings => ({ mode: 'delete', today: '2026-12-07', quarantineDays: 7, keep: [], ...over })
const quarantined = (day: string, over: Partial<RoleFinding> = {}): RoleFinding => role({ tags: { [QUARANTINE_TAG]: day }, attachedPolicies: [DENY_ALL], ...over })

describe('days', () => {
  it('are YYYY-MM-DD days that exist', () => {
    expect(isDay('2026-12-07')).toBe(true)
    expect(isDay('2024-02-29')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('2026-12-7')).toBe(false)
    expect(isDay(' 2026-12-07')).toBe(false)
    expect(isDay('2026-12-07x')).toBe(false)
    expect(isDay('x2026-12-07')).toBe(false)
  })
  it('add across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
    expect(addDays('2026-12-07', 0)).toBe('2026-12-07')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })
})

describe('the one treatment of a role', () => {
  it('keeps a role in keep-roles, naming the entry', () => {
    const d = decide(role(), settings({ keep: [{ account: '222222222222', name: 'ProtonServiceRole', entry: '222222222222:ProtonServiceRole' }] }))
    expect(d).toEqual({ treatment: 'keep', reason: 'listed in keep-roles (222222222222:ProtonServiceRole)' })
    // The same name in another account is not kept.
    expect(decide(role(), settings({ keep: [{ account: '333333333333', name: 'ProtonServiceRole', entry: 'x' }] })).treatment).toBe('quarantine')
    expect(decide(role(), settings({ keep: [{ account: '222222222222', name: 'Other', entry: 'x' }] })).treatment).toBe('quarantine')
  })
  it('keeps service-linked roles, giving the command that deletes one', () => {
    const d = decide(role({ serviceLinked: true, name: 'AWSServiceRoleForProtonSync' }), settings())
    expect(d.treatment).toBe('keep')
    expect(d.reason).toContain('aws iam delete-service-linked-role --role-name AWSServiceRoleForProtonSync')
  })
  it('keeps a role found only through a Proton managed policy', () => {
    expect(decide(role({ foundBy: 'managed-policy' }), settings()).reason).toBe('found only through an attached AWS Proton managed policy; its trust does not name AWS Proton')
    expect(decide(role({ foundBy: 'trust and managed-policy' }), settings()).treatment).toBe('quarantine')
  })
  it('keeps a role whose trust cannot be read', () => {
    expect(decide(role({ trustDocument: '%7Bnot json' }), settings())).toEqual({ treatment: 'keep', reason: 'its trust could not be read as an IAM policy' })
  })
  it('edits a shared trust with delete, keeps it with quarantine', () => {
    const d = decide(role({ trustDocument: SHARED }), settings())
    expect(d.treatment).toBe('edit-trust')
    expect(d.reason).toBe('AWS Proton taken out of its trust (proton.amazonaws.com); its other principals keep their access')
    expect(d.trust).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['codebuild.amazonaws.com'] }, Action: 'sts:AssumeRole' }] })
    expect(decide(role({ trustDocument: SHARED }), settings({ mode: 'quarantine' }))).toEqual({ treatment: 'keep', reason: 'its trust also lets other principals in; only remove: delete changes it, by taking AWS Proton out of its trust' })
    // The last-used rule is not for a shared role: its other principals use it.
    expect(decide(role({ trustDocument: SHARED, lastUsed: '2026-11-30T00:00:00Z' }), settings()).treatment).toBe('edit-trust')
  })
  it('keeps a Proton-only role used after AWS Proton ended, and only then', () => {
    const d = decide(role({ lastUsed: '2026-10-08T00:00:01Z' }), settings())
    expect(d.treatment).toBe('keep')
    expect(d.reason).toContain('last used 2026-10-08, after AWS Proton ended on 2026-10-07')
    expect(decide(role({ lastUsed: `${PROTON_ENDED}T23:59:59Z` }), settings()).treatment).toBe('quarantine')
    expect(decide(role({ lastUsed: '2026-09-01T00:00:00Z' }), settings({ mode: 'quarantine' })).treatment).toBe('quarantine')
  })
  it('goes on with a removal another run began by the quarantine rules, with delete only', () => {
    const run = 'https://github.com/o/r/actions/runs/1'
    // Quarantined long enough, AWSDenyAll already detached (it goes last): finished.
    expect(decide(role({ tags: { [RECORD_TAG]: run, [QUARANTINE_TAG]: '2026-11-01' } }), settings())).toEqual({
      treatment: 'remove',
      reason: `quarantined since 2026-11-01, at least 7 days (quarantine-days); this run finishes the removal ${run} began`,
      quarantinedOn: '2026-11-01',
      deletableFrom: '2026-11-08',
      begunBy: run
    })
    // The tag never cuts a quarantine short.
    expect(decide(role({ tags: { [RECORD_TAG]: run, [QUARANTINE_TAG]: '2026-12-05' } }), settings())).toMatchObject({ treatment: 'keep', deletableFrom: '2026-12-12', begunBy: run })
    expect(decide(role({ tags: { [RECORD_TAG]: run } }), settings())).toMatchObject({ treatment: 'quarantine', deletableFrom: '2026-12-14', begunBy: run })
    expect(decide(role({ tags: { [RECORD_TAG]: run } }), settings({ quarantineDays: 0 }))).toEqual({ treatment: 'remove', reason: `only AWS Proton can assume it (quarantine-days: 0); this run finishes the removal ${run} began`, begunBy: run })
    expect(decide(role({ tags: { [RECORD_TAG]: run } }), settings({ mode: 'quarantine' }))).toEqual({ treatment: 'keep', reason: `its removal was begun by ${run}; finish it with remove: delete`, begunBy: run })
    expect(decide(role(), settings()).begunBy).toBeUndefined()
  })
  it('matches keep-roles in any case, as IAM names roles', () => {
    const keep = [{ account: '222222222222', name: 'protonservicerole', entry: '222222222222:protonservicerole' }]
    expect(decide(role(), settings({ keep })).treatment).toBe('keep')
    expect(unmatchedKeeps(keep, [role()])).toEqual([])
  })
  it('quarantines a Proton-only role, saying from when delete removes it', () => {
    expect(decide(role(), settings({ mode: 'quarantine' }))).toEqual({ treatment: 'quarantine', reason: 'only AWS Proton can assume it' })
    expect(decide(role(), settings())).toEqual({ treatment: 'quarantine', reason: 'only AWS Proton can assume it; quarantined first, removed by remove: delete from 2026-12-14', deletableFrom: '2026-12-14' })
    expect(decide(role(), settings({ quarantineDays: 0 }))).toEqual({ treatment: 'remove', reason: 'only AWS Proton can assume it (quarantine-days: 0)' })
    expect(decide(role(), settings({ mode: 'quarantine', quarantineDays: 0 })).treatment).toBe('quarantine')
  })
  it('removes a role quarantined at least quarantine-days, keeps one quarantined since less', () => {
    expect(decide(quarantined('2026-11-30'), settings())).toEqual({ treatment: 'remove', reason: 'quarantined since 2026-11-30, at least 7 days (quarantine-days)', quarantinedOn: '2026-11-30', deletableFrom: '2026-12-07' })
    expect(decide(quarantined('2026-12-01'), settings())).toEqual({
      treatment: 'keep',
      reason: 'quarantined since 2026-12-01; remove: delete removes it from 2026-12-08 (quarantine-days: 7)',
      quarantinedOn: '2026-12-01',
      deletableFrom: '2026-12-08'
    })
    expect(decide(quarantined('2026-12-07'), settings({ quarantineDays: 0 })).treatment).toBe('remove')
    expect(decide(quarantined('2026-11-01'), settings({ mode: 'quarantine' }))).toEqual({ treatment: 'keep', reason: 'quarantined since 2026-11-01', quarantinedOn: '2026-11-01' })
  })
  it('keeps a role whose quarantine was undone, or whose tag is not a day', () => {
    const undone = decide(role({ tags: { [QUARANTINE_TAG]: '2026-11-01' } }), settings())
    expect(undone).toEqual({ treatment: 'keep', reason: `its quarantine of 2026-11-01 was undone (AWSDenyAll detached); list it in keep-roles, or remove the ${QUARANTINE_TAG} tag to quarantine it again`, quarantinedOn: '2026-11-01' })
    expect(decide(quarantined('soon'), settings()).reason).toBe(`its ${QUARANTINE_TAG} tag is not a day (YYYY-MM-DD); correct or remove the tag`)
    // AWSDenyAll of the partition signed in to.
    expect(decide(quarantined('2026-11-01', { attachedPolicies: ['arn:aws-cn:iam::aws:policy/AWSDenyAll'] }), settings({ partition: 'aws-cn' })).treatment).toBe('remove')
    expect(decide(quarantined('2026-11-01', { attachedPolicies: ['arn:aws-cn:iam::aws:policy/AWSDenyAll'] }), settings()).treatment).toBe('keep')
  })
})

describe('the plan', () => {
  it('counts the roles it changes', () => {
    expect(changes([{ treatment: 'keep', reason: '' }, { treatment: 'quarantine', reason: '' }, { treatment: 'remove', reason: '' }, { treatment: 'edit-trust', reason: '' }])).toBe(3)
    expect(changes([])).toBe(0)
  })
  it('names the keep-roles entries that match no role', () => {
    const keep = [
      { account: '222222222222', name: 'ProtonServiceRole', entry: 'a' },
      { account: '333333333333', name: 'ProtonServiceRole', entry: 'b' },
      { account: '222222222222', name: 'Gone', entry: 'c' }
    ]
    expect(unmatchedKeeps(keep, [role()]).map((k) => k.entry)).toEqual(['b', 'c'])
  })
  it('has the outcome words', () => {
    expect(['quarantine', 'remove', 'edit-trust', 'keep'].map((t) => plannedOutcome(t as never))).toEqual(['would-quarantine', 'would-remove', 'would-edit-trust', 'kept'])
    expect(['quarantine', 'remove', 'edit-trust'].map((t) => doneOutcome(t as never))).toEqual(['quarantined', 'removed', 'trust-edited'])
    expect(quarantinePolicyArn()).toBe(DENY_ALL)
  })
})

describe('the commands that undo a change', () => {
  const r: RoleRecord = { arn: 'a', roleId: 'r', name: 'Svc', path: '/', created: '', tags: {}, trust: { Statement: [{ Effect: 'Allow', Principal: { Service: "it's" } }] }, attachedPolicies: [], inlinePolicies: {}, instanceProfiles: [] }
  it('detach AWSDenyAll and its tag, or write the recorded trust back', () => {
    expect(undoCommands(r, 'quarantine')).toEqual([`aws iam detach-role-policy --role-name Svc --policy-arn ${DENY_ALL}`, `aws iam untag-role --role-name Svc --tag-keys ${QUARANTINE_TAG}`])
    expect(undoCommands(r, 'quarantine', 'aws-cn')[0]).toContain('arn:aws-cn:iam::aws:policy/AWSDenyAll')
    expect(undoCommands(r, 'edit-trust')).toEqual([`aws iam update-assume-role-policy --role-name Svc --policy-document '{"Statement":[{"Effect":"Allow","Principal":{"Service":"it'\\''s"}}]}'`, `aws iam untag-role --role-name Svc --tag-keys ${RECORD_TAG}`])
    expect(undoCommands({ ...r, name: 'a b' }, 'edit-trust')).toEqual([])
  })
})

describe('the commands that make a role again', () => {
  const record = (over: Partial<RoleRecord> = {}): RoleRecord => ({
    arn: 'arn:aws:iam::222222222222:role/proton/Svc',
    roleId: 'AROAEXAMPLE',
    name: 'Svc',
    path: '/proton/',
    created: '2024-03-11T09:20:00.000Z',
    tags: { team: "o'brien", [QUARANTINE_TAG]: '2026-11-01', [RECORD_TAG]: 'run' },
    trust: JSON.parse(PROTON_ONLY),
    attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess', DENY_ALL],
    inlinePolicies: { inline: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: "arn:aws:s3:::it's" }] } },
    instanceProfiles: ['builder'],
    ...over
  })
  it('make it as it was before this action, every word quoted for the shell', () => {
    expect(recreateCommands(record({ description: "Proton's role", maxSessionDuration: 7200, permissionsBoundary: 'arn:aws:iam::222222222222:policy/Boundary' }))).toEqual([
      `aws iam create-role --role-name Svc --path /proton/ --assume-role-policy-document ${shellQuote(PROTON_ONLY)} --description 'Proton'\\''s role' --max-session-duration 7200 --permissions-boundary arn:aws:iam::222222222222:policy/Boundary --tags '[{"Key":"team","Value":"o'\\''brien"}]'`,
      'aws iam attach-role-policy --role-name Svc --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      `aws iam put-role-policy --role-name Svc --policy-name inline --policy-document '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::it'\\''s"}]}'`,
      'aws iam add-role-to-instance-profile --instance-profile-name builder --role-name Svc'
    ])
  })
  it('keep AWSDenyAll when no quarantine of this action put it there, and leave out what is absent', () => {
    const plain = recreateCommands(record({ tags: {}, inlinePolicies: {}, instanceProfiles: [] }))
    expect(plain).toEqual([`aws iam create-role --role-name Svc --path /proton/ --assume-role-policy-document ${shellQuote(PROTON_ONLY)}`, 'aws iam attach-role-policy --role-name Svc --policy-arn arn:aws:iam::aws:policy/AdministratorAccess', `aws iam attach-role-policy --role-name Svc --policy-arn ${DENY_ALL}`])
  })
  it('are none when a name is not of IAM form', () => {
    expect(recreateCommands(record({ name: 'Svc; rm -rf /' }))).toEqual([])
    expect(recreateCommands(record({ path: '/a b/' }))).toEqual([])
    expect(recreateCommands(record({ path: 'proton/' }))).toEqual([])
    expect(recreateCommands(record({ instanceProfiles: ['$(id)'] }))).toEqual([])
    expect(recreateCommands(record({ inlinePolicies: { 'a`b': {} } }))).toEqual([])
    expect(recreateCommands(record({ attachedPolicies: ['arn:aws:iam::aws:policy/X;id'] }))).toEqual([])
    expect(recreateCommands(record({ attachedPolicies: ['xarn:aws:iam::aws:policy/X'] }))).toEqual([])
    expect(recreateCommands(record({ permissionsBoundary: 'arn:aws:iam::aws:policy/B $(id)' }))).toEqual([])
    expect(recreateCommands(record({ name: 'x'.repeat(129) }))).toEqual([])
  })
  it('say what they cannot bring back', () => {
    expect(CANNOT_RESTORE).toContain('role ID')
    expect(CANNOT_RESTORE).toContain('key policies, bucket policies')
  })
})
