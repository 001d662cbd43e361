import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { resolveTemplate } from '../../scripts/iam.js'
import type { PolicyDocument } from '../../emulator/iam.js'
import { ROOT } from '../../emulator/runner.js'
import type { RunOptions } from '../../emulator/runner.js'
import type { Emulator } from '../../emulator/server.js'
import { errorLines, readable, useEmulator } from './harness.js'

/**
 * leftovers/ with remove: dist/leftovers/index.js run as the runner runs it, against the emulator's
 * IAM, whose state is the oracle: every shape of leftover gets its one treatment, each step is
 * confirmed, a fault after each step leaves a record that names it and a re-run finishes the job.
 */

const h = useEmulator()
const run = (inputs: Record<string, string>, extra: Omit<RunOptions, 'action'> = {}) => h.run({ 'account-ids': ENV, 'account-role-name': ROLE, regions: 'us-east-1', ...inputs }, { action: 'leftovers', ...extra })

const MANAGEMENT = '111111111111'
const ENV = '222222222222'
const ROLE = 'audit/ProtonLeftoversApply'
const DENY_ALL = 'arn:aws:iam::aws:policy/AWSDenyAll'
const today = (): string => new Date().toISOString().slice(0, 10)
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

const protonOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': MANAGEMENT } } }] }
const shared = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Both', Effect: 'Allow', Principal: { Service: ['proton.amazonaws.com', 'cloudformation.amazonaws.com'], AWS: `arn:aws:iam::${ENV}:role/Ops` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': MANAGEMENT } } },
    { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
  ]
}
const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] }

interface Item {
  kind: string
  arn?: string
  name?: string
  outcome: string
  treatment?: string
  reason?: string
  'deletable-from'?: string
  steps?: Array<{ step: string; result: string; error?: string }>
  error?: string
  record?: Record<string, unknown> & { tags: Record<string, string>; partial?: boolean; originalRecord?: string }
  'recreate-commands'?: string[]
  'undo-commands'?: string[]
  'cannot-restore'?: string
}

function plant(e: Emulator, permissions?: PolicyDocument[]): void {
  e.identity.roles.set(`arn:aws:iam::${ENV}:role/${ROLE}`, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` }, Action: 'sts:AssumeRole' }] }, ...(permissions && { permissions }) })
  e.iam.putPolicy('aws', 'AWSDenyAll', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] })
  e.iam.putPolicy('aws', 'AdministratorAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  e.iam.putPolicy('aws', 'AWSProtonCodeBuildProvisioningBasicAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] })
  // Only Proton can assume it, never quarantined: quarantined now.
  e.iam.putRole(ENV, { name: 'ProtonFresh', trust: protonOnly, attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] })
  // Quarantined ten days ago, with everything IAM makes a role keep: deleted in IAM's order.
  const readBuckets = e.iam.putPolicy(ENV, 'ReadBuckets', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
  e.iam.putRole(ENV, {
    name: 'ProtonOld',
    path: '/proton/',
    trust: protonOnly,
    attached: ['arn:aws:iam::aws:policy/AdministratorAccess', readBuckets.arn, DENY_ALL],
    inline: { 'proton-service': ADMIN },
    tags: { team: 'platform', 'proton-leftovers:quarantined': daysAgo(10) },
    description: "Proton's service role",
    maxSessionDuration: 7200,
    permissionsBoundary: readBuckets.arn,
    instanceProfiles: ['proton-builder']
  })
  // Quarantined two days ago: kept until quarantine-days have passed.
  e.iam.putRole(ENV, { name: 'ProtonRecent', trust: protonOnly, attached: [DENY_ALL], tags: { 'proton-leftovers:quarantined': daysAgo(2) } })
  // Shared with CloudFormation and a role: only Proton taken out of its trust.
  e.iam.putRole(ENV, { name: 'ProtonShared', trust: shared, inline: { p: ADMIN } })
  // Used after AWS Proton ended: something else depends on it.
  e.iam.putRole(ENV, { name: 'ProtonStillUsed', trust: protonOnly, lastUsed: { date: '2026-11-20T08:00:00Z', region: 'eu-west-1' } })
  e.iam.putRole(ENV, { name: 'ProtonKept', trust: protonOnly })
  e.iam.putRole(ENV, { name: 'ProtonCodeBuild', trust: { Statement: { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' } }, attached: ['arn:aws:iam::aws:policy/AWSProtonCodeBuildProvisioningBasicAccess'] })
  e.iam.putRole(ENV, { name: 'AWSServiceRoleForProtonSync', path: '/aws-service-role/sync.proton.amazonaws.com/', trust: { Statement: { Effect: 'Allow', Principal: { Service: 'sync.proton.amazonaws.com' }, Action: 'sts:AssumeRole' } } })
  e.iam.putRole(ENV, { name: 'Unrelated', trust: { Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' } } })
}

const items = (r: { outputs: Record<string, string> }): Item[] => JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8')) as Item[]
const byName = (list: Item[]): Map<string, Item> => new Map(list.filter((i) => i.kind === 'role').map((i) => [i.name as string, i]))
const writes = (e: Emulator) => e.calls.filter((c) => c.service === 'iam' && !/^(List|Get)/.test(c.operation))

describe('leftovers/ remove', () => {
  it('plans every shape in a dry run, changing nothing, and posts the plan on the pull request', async () => {
    plant(h.emulator)
    const before = JSON.stringify(h.emulator.iam.roles(ENV))
    const r = await run(
      { remove: 'delete', 'dry-run': 'true', 'max-removals': '10', 'keep-roles': `${ENV}:ProtonKept`, 'github-token': h.emulator.github.token },
      { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } }
    )
    expect(r.code).toBe(0)
    const roles = byName(items(r))
    expect(Object.fromEntries([...roles].map(([n, i]) => [n, i.outcome]))).toEqual({
      ProtonFresh: 'would-quarantine',
      ProtonOld: 'would-remove',
      ProtonRecent: 'kept',
      ProtonShared: 'would-edit-trust',
      ProtonStillUsed: 'kept',
      ProtonKept: 'kept',
      ProtonCodeBuild: 'kept',
      AWSServiceRoleForProtonSync: 'kept'
    })
    expect(roles.get('ProtonFresh')?.['deletable-from']).toBe(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10))
    expect(roles.get('ProtonRecent')?.reason).toContain(`removes it from ${new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)}`)
    expect(roles.get('ProtonStillUsed')?.reason).toContain('last used 2026-11-20, after AWS Proton ended')
    expect(roles.get('AWSServiceRoleForProtonSync')?.reason).toContain('aws iam delete-service-linked-role --role-name AWSServiceRoleForProtonSync')
    expect(r.outputs).toMatchObject({ 'would-remove-count': '3', 'quarantined-count': '0', 'removed-count': '0', 'trust-edited-count': '0' })
    expect(writes(h.emulator)).toEqual([])
    expect(JSON.stringify(h.emulator.iam.roles(ENV))).toBe(before)
    expect(readable(r.summary)).toContain('📝 Plan: would quarantine 1 role, remove 1, edit the trust of 1, 5 kept (dry run: nothing was changed)')
    const comment = [...h.emulator.github.comments.values()].flat().at(-1)
    expect(readable(comment?.body ?? '')).toContain(`| arn:aws:iam::${ENV}:role/proton/ProtonOld | would-remove |`)
  })

  it('plans on the pull request, then applies on the push that merged it, updating the same comment', async () => {
    plant(h.emulator)
    const inputs = { remove: 'quarantine', 'max-removals': '5', 'keep-roles': `${ENV}:ProtonKept`, 'github-token': h.emulator.github.token }
    const planned = await run({ ...inputs, 'dry-run': 'true' }, { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } })
    expect(planned.code).toBe(0)
    const [key] = [...h.emulator.github.comments.keys()]
    const number = Number(key?.split('#')[1])
    const before = h.emulator.github.comments.get(key as string) ?? []
    expect(readable(before[0]?.body ?? '')).toContain('| would-quarantine |')
    const MERGE_SHA = 'c0ffee1234567890abcdef1234567890abcdef12'
    h.emulator.github.pulls.push({ repository: 'octo-org/octo-repo', number, title: 'Keep ProtonKept', state: 'closed', merged_at: '2026-12-07T10:05:00Z', merge_commit_sha: MERGE_SHA, commits: [MERGE_SHA] })
    const applied = await run(inputs, { event: { name: 'push', payload: 'event-push-merge.json' } })
    expect(applied.code).toBe(0)
    expect(h.emulator.callsOf(`GET /repos/octo-org/octo-repo/commits/${MERGE_SHA}/pulls`)).toHaveLength(1)
    const after = h.emulator.github.comments.get(key as string) ?? []
    expect(after).toHaveLength(1)
    expect(after[0]?.id).toBe(before[0]?.id)
    expect(readable(after[0]?.body ?? '')).toContain(`| arn:aws:iam::${ENV}:role/ProtonFresh | quarantined |`)
    expect(h.emulator.iam.role(ENV, 'ProtonFresh')?.attached).toContain(DENY_ALL)
  })

  it('quarantines the roles only AWS Proton can assume, and nothing else', async () => {
    plant(h.emulator)
    const r = await run({ remove: 'quarantine', 'max-removals': '5', 'keep-roles': `${ENV}:ProtonKept` })
    expect(r.code).toBe(0)
    const roles = byName(items(r))
    expect(roles.get('ProtonFresh')?.outcome).toBe('quarantined')
    expect(roles.get('ProtonShared')).toMatchObject({ outcome: 'kept' })
    expect(roles.get('ProtonShared')?.reason).toContain('only remove: delete changes it')
    // Already quarantined: left as it is.
    expect(roles.get('ProtonOld')?.outcome).toBe('kept')
    const fresh = h.emulator.iam.role(ENV, 'ProtonFresh')
    expect(fresh?.attached).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess', DENY_ALL])
    expect(fresh?.tags).toEqual([{ key: 'proton-leftovers:quarantined', value: today() }])
    expect(writes(h.emulator).map((c) => `${c.operation} ${(c.input as { RoleName: string }).RoleName}`)).toEqual(['AttachRolePolicy ProtonFresh', 'TagRole ProtonFresh'])
    expect(r.outputs).toMatchObject({ 'quarantined-count': '1', 'removed-count': '0', 'would-remove-count': '0', 'failed-count': '0' })
    // Its record was written before the change: the role as it was; its commands undo the quarantine.
    expect(roles.get('ProtonFresh')?.record).toMatchObject({ name: 'ProtonFresh', attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'], tags: {} })
    expect(roles.get('ProtonFresh')?.['recreate-commands']).toBeUndefined()
    await runCommands(roles.get('ProtonFresh')?.['undo-commands'] as string[], ['iam:DetachRolePolicy', 'iam:UntagRole'])
    expect(h.emulator.iam.role(ENV, 'ProtonFresh')).toMatchObject({ attached: ['arn:aws:iam::aws:policy/AdministratorAccess'], tags: [] })
  })

  it('with delete: removes the long-quarantined role in IAM order, edits a shared trust keeping every other meaning, quarantines the fresh one; the record makes the role again', async () => {
    plant(h.emulator)
    const original = structuredClone(h.emulator.iam.role(ENV, 'ProtonOld'))
    const r = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': `arn:aws:iam::${ENV}:role/ProtonKept, ${ENV}:NoSuchRole` })
    expect(r.code).toBe(0)
    const roles = byName(items(r))
    expect(roles.get('ProtonOld')?.outcome).toBe('removed')
    expect(roles.get('ProtonShared')?.outcome).toBe('trust-edited')
    expect(roles.get('ProtonFresh')?.outcome).toBe('quarantined')
    expect(roles.get('ProtonKept')?.reason).toContain('keep-roles')
    expect(r.stdout).toContain(`::warning title=keep-roles::keep-roles: ${ENV}:NoSuchRole names no role found`)
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeUndefined()
    // IAM's order, and no DeleteConflict on the way; AWSDenyAll detached last.
    const oldSteps = writes(h.emulator).filter((c) => (c.input as { RoleName?: string }).RoleName === 'ProtonOld').map((c) => `${c.operation}:${c.status}`)
    expect(oldSteps).toEqual(['TagRole:200', 'RemoveRoleFromInstanceProfile:200', 'DeleteRolePolicy:200', 'DetachRolePolicy:200', 'DetachRolePolicy:200', 'DetachRolePolicy:200', 'DeleteRole:200'])
    expect((writes(h.emulator).filter((c) => c.operation === 'DetachRolePolicy').at(-1)?.input as { PolicyArn: string }).PolicyArn).toBe(DENY_ALL)
    // The shared trust: Proton gone from its statement, everything else exactly as it was.
    expect(h.emulator.iam.role(ENV, 'ProtonShared')?.trust).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Both', Effect: 'Allow', Principal: { Service: ['cloudformation.amazonaws.com'], AWS: `arn:aws:iam::${ENV}:role/Ops` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': MANAGEMENT } } },
        shared.Statement[1]
      ]
    })
    expect(h.emulator.iam.role(ENV, 'ProtonShared')?.attached).toEqual([])
    expect(r.outputs).toMatchObject({ 'removed-count': '1', 'trust-edited-count': '1', 'quarantined-count': '1' })
    // The record: the whole definition, and commands that make the role again, with what they cannot restore.
    const old = roles.get('ProtonOld') as Item
    expect(old.record).toMatchObject({ path: '/proton/', description: "Proton's service role", maxSessionDuration: 7200, permissionsBoundary: `arn:aws:iam::${ENV}:policy/ReadBuckets`, instanceProfiles: ['proton-builder'], roleId: original?.roleId })
    expect(old['cannot-restore']).toContain('role ID')
    const summary = readable(r.summary)
    expect(summary).toContain('🧹 1 role quarantined, 1 removed, 1 trust edited, 5 kept, of 8 roles found in 1 account')
    // A trust edit leaves no tag on the role that lives on; its record has the commands that undo it.
    expect(h.emulator.iam.role(ENV, 'ProtonShared')?.tags).toEqual([])
    expect(roles.get('ProtonShared')?.['undo-commands']?.[0]).toMatch(/^aws iam update-assume-role-policy --role-name ProtonShared --policy-document '/)
    expect(r.summary).not.toContain('NotAction')
    await runCommands(old['recreate-commands'] as string[])
    const again = h.emulator.iam.role(ENV, 'ProtonOld')
    expect(again).toMatchObject({ path: '/proton/', trust: original?.trust, attached: ['arn:aws:iam::aws:policy/AdministratorAccess', `arn:aws:iam::${ENV}:policy/ReadBuckets`], inline: original?.inline, description: original?.description, maxSessionDuration: 7200, permissionsBoundary: original?.permissionsBoundary })
    expect(again?.tags).toEqual([{ key: 'team', value: 'platform' }])
    expect(again?.roleId).not.toBe(original?.roleId)
    expect(h.emulator.iam.instanceProfiles(ENV).find((p) => p.name === 'proton-builder')?.roles).toEqual(['ProtonOld'])
  })

  it('stops before any change when the plan is over max-removals, and still shows the plan', async () => {
    plant(h.emulator)
    const r = await run({ remove: 'delete', 'max-removals': '2', 'keep-roles': `${ENV}:ProtonKept` })
    expect(r.code).toBe(1)
    expect(writes(h.emulator)).toEqual([])
    expect(readable(r.summary)).toContain('❌ max-removals: the plan changes 3 roles, more than the 2 allowed; nothing was changed')
    expect(r.outputs['would-remove-count']).toBe('3')
    expect(byName(items(r)).get('ProtonOld')?.outcome).toBe('would-remove')
  })

  it('refuses remove without max-removals, and a bad keep-roles entry, before any call', async () => {
    const r = await run({ remove: 'delete', 'keep-roles': 'ProtonKept' })
    expect(r.code).toBe(1)
    const errors = errorLines(r).join('\n')
    expect(errors).toContain('max-removals: required when remove is delete')
    expect(errors).toContain('keep-roles: "ProtonKept" is not a role')
    expect(h.emulator.calls).toEqual([])
  })

  it('reads keep-roles-file by the policy file rules', async () => {
    plant(h.emulator)
    const empty = await run({ remove: 'quarantine', 'max-removals': '5', 'keep-roles-file': 'keep.yml' }, { files: { 'keep.yml': 'keep-roles:\n  # - "222222222222:ProtonFresh"\n' } })
    expect(errorLines(empty).join('\n')).toContain('keep-roles-file: keep.yml: "keep-roles" is empty (blank, null, or every entry commented out)')
    const outside = await run({ remove: 'quarantine', 'max-removals': '5', 'keep-roles-file': '../keep.yml' })
    expect(errorLines(outside).join('\n')).toContain('keep-roles-file: ../keep.yml is outside the workspace')
    expect(writes(h.emulator)).toEqual([])
    const r = await run({ remove: 'quarantine', 'max-removals': '5', 'keep-roles-file': 'keep.yml' }, { files: { 'keep.yml': `# Reviewed with the platform team.\nkeep-roles:\n  - "${ENV}:ProtonFresh"\n  - arn:aws:iam::${ENV}:role/ProtonKept\n` } })
    expect(r.code).toBe(0)
    expect(byName(items(r)).get('ProtonFresh')).toMatchObject({ outcome: 'kept' })
    expect(writes(h.emulator)).toEqual([])
  })

  it('confirms each step through stale reads', async () => {
    plant(h.emulator)
    h.emulator.iam.staleMs = 1_200
    const r = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': `${ENV}:ProtonKept` })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'removed-count': '1', 'trust-edited-count': '1', 'quarantined-count': '1', 'failed-count': '0' })
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeUndefined()
  })

  it.each([
    ['TagRole', 0],
    ['RemoveRoleFromInstanceProfile', 1],
    ['DeleteRolePolicy', 2],
    ['DetachRolePolicy', 3],
    ['DeleteRole', 6]
  ])('a failure at %s stops the role, the record names the step, and a re-run finishes it', async (operation, index) => {
    plant(h.emulator)
    const keep = `${ENV}:ProtonFresh ${ENV}:ProtonShared`
    h.emulator.inject({ service: 'iam', operation, kind: 'internal', times: 10 } as never)
    const first = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': keep, 'max-attempts': '1' })
    expect(first.code).toBe(1)
    const old = byName(items(first)).get('ProtonOld') as Item
    expect(old.outcome).toBe('failed')
    expect(old.steps?.[index]).toMatchObject({ result: 'failed' })
    expect(old.steps?.[index]?.step).toContain(`iam:${operation}`)
    expect(old.steps?.slice(0, index).every((s) => s.result === 'done')).toBe(true)
    expect(old.steps?.slice(index + 1).every((s) => s.result === 'not-done')).toBe(true)
    expect(old.record?.name).toBe('ProtonOld')
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeDefined()
    h.emulator.clearFaults()
    const second = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': keep })
    expect(second.code).toBe(0)
    const again = byName(items(second)).get('ProtonOld') as Item
    expect(again.outcome).toBe('removed')
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeUndefined()
    if (index > 0) {
      // Found partly removed: recorded as such, naming the run that holds the original.
      expect(again.record).toMatchObject({ partial: true })
      expect(again.record?.originalRecord).toMatch(/^https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/\d+$/)
      expect(again['recreate-commands']).toBeUndefined()
    }
  })

  it('reads a lost answer again: done when IAM shows it, unknown when no read can tell, never removed by guess', async () => {
    plant(h.emulator)
    const keep = `${ENV}:ProtonFresh ${ENV}:ProtonShared ${ENV}:ProtonKept`
    h.emulator.inject({ service: 'iam', operation: 'DeleteRolePolicy', kind: 'reset-after', times: 1 } as never)
    const lostThenRead = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': keep, 'max-attempts': '1' })
    expect(byName(items(lostThenRead)).get('ProtonOld')?.outcome).toBe('removed')
    expect(h.emulator.callsOf('DeleteRolePolicy').map((c) => c.fault)).toEqual(['reset-after'])
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeUndefined()

    h.emulator.forgetEverything()
    plant(h.emulator)
    // The delete is done and its answer lost; every read after it fails. GetRole answers the scan (8
    // roles), the read just before the change and the record tag's confirmation, then fails.
    h.emulator.inject({ service: 'iam', operation: 'GetRole', kind: 'delay', delayMs: 0, times: 10 } as never)
    h.emulator.inject({ service: 'iam', operation: 'GetRole', kind: 'internal', times: 100 } as never)
    h.emulator.inject({ service: 'iam', operation: 'DeleteRole', kind: 'reset-after', times: 1 } as never)
    const unknown = await run({ remove: 'delete', 'max-removals': '3', 'keep-roles': keep, 'max-attempts': '1' })
    const old = byName(items(unknown)).get('ProtonOld') as Item
    expect(old.outcome).toBe('unknown')
    expect(old.steps?.at(-1)).toMatchObject({ step: 'iam:DeleteRole', result: 'unknown' })
    expect(old.error).toContain('the answer was lost')
    // The truth is in IAM: it is gone, but the run does not claim what it could not read.
    expect(h.emulator.iam.role(ENV, 'ProtonOld')).toBeUndefined()
    expect(unknown.outputs).toMatchObject({ 'removed-count': '0', 'failed-count': '1' })
    expect(unknown.code).toBe(1)
  })

  it('reads again when a retry after a lost answer is throttled: done, not failed', async () => {
    plant(h.emulator)
    const keep = `${ENV}:ProtonOld ${ENV}:ProtonShared ${ENV}:ProtonKept`
    h.emulator.inject({ service: 'iam', operation: 'AttachRolePolicy', kind: 'reset-after', times: 1 } as never)
    h.emulator.inject({ service: 'iam', operation: 'AttachRolePolicy', kind: 'throttle', times: 20 } as never)
    const r = await run({ remove: 'quarantine', 'max-removals': '3', 'keep-roles': keep, 'max-attempts': '2' })
    expect(byName(items(r)).get('ProtonFresh')?.outcome).toBe('quarantined')
    expect(h.emulator.iam.role(ENV, 'ProtonFresh')?.attached).toContain(DENY_ALL)
    expect(r.code).toBe(0)
  })

  it('a SIGINT before a role is changed leaves it as planned; a SIGTERM while its change is confirmed says unknown, never done', async () => {
    plant(h.emulator)
    const keep = `${ENV}:ProtonOld ${ENV}:ProtonShared ${ENV}:ProtonKept`
    // The read just before the change is held long enough for the signal to come during it, however loaded the machine.
    h.emulator.inject({ service: 'iam', operation: 'ListInstanceProfilesForRole', kind: 'delay', delayMs: 9_000, times: 1 } as never)
    const early = await run({ remove: 'quarantine', 'max-removals': '3', 'keep-roles': keep }, { interrupt: [{ signal: 'SIGINT', afterMs: 6_000 }] })
    expect(h.emulator.callsOf('ListInstanceProfilesForRole')).toHaveLength(1)
    expect(writes(h.emulator)).toEqual([])
    expect(byName(items(early)).get('ProtonFresh')?.outcome).toBe('would-quarantine')
    expect(early.outputs['failed-count']).toBe('0')
    expect(early.code).toBe(1)

    h.emulator.forgetEverything()
    plant(h.emulator)
    h.emulator.iam.staleMs = 60_000
    const late = await run({ remove: 'quarantine', 'max-removals': '3', 'keep-roles': keep }, { interrupt: [{ signal: 'SIGTERM', afterMs: 6_000 }] })
    const fresh = byName(items(late)).get('ProtonFresh') as Item
    // Attached, and its reads still stale when the signal came: the run cannot tell.
    expect(h.emulator.callsOf('AttachRolePolicy')).toHaveLength(1)
    expect(fresh.outcome).toBe('unknown')
    expect(late.exitAfterSignalMs).toBeLessThan(2_000)
    expect(late.outputs['quarantined-count']).toBe('0')
  })

  it("the apply role's explicit denies hold: protected roles are never changed, the rest is", async () => {
    const template = parse(readFileSync(join(ROOT, 'docs', 'iam', 'leftovers-apply-role.cfn.yml'), 'utf8')) as Parameters<typeof resolveTemplate>[0]
    const resolved = resolveTemplate({ ...template, Conditions: template.Conditions ?? {} }, { SignInRoleArns: `arn:aws:iam::${MANAGEMENT}:role/Sign`, ProtectedRoleNames: 'LandingZoneAdmin,stacksets-exec-*' }, { partition: 'aws', accountId: ENV }) as {
      ApplyRole: { Properties: { Policies: Array<{ PolicyDocument: PolicyDocument }> } }
    }
    plant(h.emulator, resolved.ApplyRole.Properties.Policies.map((p) => p.PolicyDocument))
    for (const name of ['OrganizationAccountAccessRole', 'LandingZoneAdmin']) h.emulator.iam.putRole(ENV, { name, path: '/org/', trust: protonOnly })
    // Even one that looks half removed, in an instance profile (IAM authorizes that call on the profile, not the role).
    h.emulator.iam.putRole(ENV, { name: 'stacksets-exec-1234', trust: protonOnly, tags: { 'proton-leftovers:record': 'https://github.com/o/r/actions/runs/1' }, instanceProfiles: ['lz-profile'] })
    h.emulator.iam.putRole(ENV, { name: 'ProtonLeftoversApply', path: '/audit/', trust: protonOnly })
    const r = await run({ remove: 'delete', 'max-removals': '10', 'quarantine-days': '0' })
    const roles = byName(items(r))
    for (const name of ['OrganizationAccountAccessRole', 'LandingZoneAdmin', 'ProtonLeftoversApply', 'stacksets-exec-1234']) {
      expect(roles.get(name)?.outcome).toBe('failed')
      expect(roles.get(name)?.error).toContain('AccessDenied')
      expect(roles.get(name)?.reason).toContain('list it in keep-roles')
      expect(h.emulator.iam.role(ENV, name)?.trust).toEqual(protonOnly)
    }
    expect(h.emulator.iam.role(ENV, 'LandingZoneAdmin')?.tags).toEqual([])
    expect(h.emulator.iam.instanceProfiles(ENV).find((p) => p.name === 'lz-profile')?.roles).toEqual(['stacksets-exec-1234'])
    // The only tags it may put are its own.
    const session = h.emulator.calls.find((c) => c.service === 'iam' && c.principalArn?.includes('ProtonLeftoversApply'))?.accessKeyId as string
    expect(h.emulator.identity.allows(session, 'iam:TagRole', `arn:aws:iam::${ENV}:role/ProtonFresh`, { 'aws:TagKeys': ['team'] })).toBe(false)
    expect(h.emulator.identity.allows(session, 'iam:TagRole', `arn:aws:iam::${ENV}:role/ProtonFresh`, { 'aws:TagKeys': ['proton-leftovers:quarantined'] })).toBe(true)
    expect(h.emulator.identity.allows(session, 'iam:AttachRolePolicy', `arn:aws:iam::${ENV}:role/ProtonFresh`, { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' })).toBe(false)
    expect(h.emulator.identity.allows(session, 'iam:DeleteRole', `arn:aws:iam::${MANAGEMENT}:role/Sign`)).toBe(false)
    expect(roles.get('ProtonOld')?.outcome).toBe('removed')
    expect(roles.get('ProtonFresh')?.outcome).toBe('removed')
    // Every call the run made is one the template grants.
    const granted = resolved.ApplyRole.Properties.Policies.flatMap((p) => ([] as Array<{ Effect: string; Action: string | string[] }>).concat(p.PolicyDocument.Statement as never).filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action))
    const made = new Set(h.emulator.calls.filter((c) => c.service === 'iam' || c.service === 'cloudformation').map((c) => `${c.service}:${c.operation}`))
    for (const call of made) expect(granted).toContain(call)
  })
})

/** Runs the record's commands with the AWS CLI against the emulator, as a user would (as the apply role, with `extra` granted). */
async function runCommands(commands: string[], extra: string[] = []): Promise<void> {
  const applyRole = h.emulator.identity.roles.get(`arn:aws:iam::${ENV}:role/${ROLE}`)
  if (applyRole?.permissions && extra.length > 0) applyRole.permissions = [...applyRole.permissions, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: extra, Resource: '*' }] }]
  const cli = [process.env.AWS_CLI, '/usr/bin/aws', '/usr/local/bin/aws'].find((c) => c && existsSync(c))
  if (!cli) throw new Error('the AWS CLI is needed (apt-get install -y awscli); .ci/run installs it')
  const home = mkdtempSync(join(tmpdir(), 'aws-home-'))
  const aws = (args: string[], credentials: Record<string, string>): Promise<string> =>
    new Promise((resolve, reject) =>
      execFile(
        cli,
        [...args, '--endpoint-url', h.emulator.url, '--region', 'us-east-1', '--output', 'json'],
        { env: { PATH: process.env.PATH ?? '', HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', ...credentials }, timeout: 60_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`aws ${args.join(' ')}: ${stderr}`)) : resolve(stdout))
      )
    )
  // In the role's account, as the apply role: the commands are run where the role was.
  const assumed = JSON.parse(await aws(['sts', 'assume-role', '--role-arn', `arn:aws:iam::${ENV}:role/${ROLE}`, '--role-session-name', 'restore'], { AWS_ACCESS_KEY_ID: h.emulator.staticCredential.accessKeyId, AWS_SECRET_ACCESS_KEY: h.emulator.staticCredential.secretAccessKey })) as {
    Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string }
  }
  const session = { AWS_ACCESS_KEY_ID: assumed.Credentials.AccessKeyId, AWS_SECRET_ACCESS_KEY: assumed.Credentials.SecretAccessKey, AWS_SESSION_TOKEN: assumed.Credentials.SessionToken }
  for (const command of commands) {
    const words = shellWords(command)
    expect(words[0]).toBe('aws')
    await aws(words.slice(1), session)
  }
}

/** A command line as sh splits it: words, single quotes (with '\'' inside) kept whole. */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word = ''
  let quoted = false
  let started = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (quoted) {
      if (c === "'") quoted = false
      else word += c
    } else if (c === "'") {
      quoted = true
      started = true
    } else if (c === '\\') {
      word += line[++i] ?? ''
      started = true
    } else if (c === ' ') {
      if (started) words.push(word)
      word = ''
      started = false
    } else {
      word += c
      started = true
    }
  }
  if (started) words.push(word)
  return words
}
