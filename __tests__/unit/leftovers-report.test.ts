import { describe, expect, it } from '@jest/globals'
import { roleFinding } from './leftovers-fixtures.js'
import type { StackFacts } from '../../src/leftovers-findings.js'
import {
  boundedJson,
  failedAccounts,
  leftoverItems,
  leftoversComment,
  LEFTOVERS_COMMENT_BUDGET,
  leftoversFailed,
  leftoversHeadline,
  leftoversOutputs,
  LEFTOVERS_ROWS_MAX,
  leftoversSummary,
  removalCommands,
  removalWords,
  roleOutcome,
  outcomeCounts,
  type LeftoversReport,
  type Removal,
  type RoleChangeResult
} from '../../src/leftovers-report.js'
import { CANNOT_RESTORE, type Decision } from '../../src/leftovers-plan.js'

const role = roleFinding
const stack = (over: Partial<StackFacts> = {}): StackFacts => ({ account: '222222222222', region: 'us-east-1', name: 'AWSProton-svc-cloudformation--ABC', status: 'UPDATE_COMPLETE', created: '2025-01-01T00:00:00.000Z', ...over })
const report = (over: Partial<LeftoversReport> = {}): LeftoversReport => ({ accounts: ['111111111111', '222222222222'], roles: [], holders: [], stacks: [], failures: [], regions: ['us-east-1'], ...over })

describe('the leftovers results', () => {
  it('are failures first, then roles with administrator rights first, then users and groups, then stacks', () => {
    const items = leftoverItems(
      report({
        roles: [role({ name: 'B' }), role({ name: 'A', administrator: true, lastUsed: '2026-09-01T00:00:00Z', lastUsedRegion: 'eu-west-1', unreadableTrust: true })],
        holders: [{ account: '222222222222', kind: 'user', name: 'dev', protonManagedPolicies: ['arn:aws:iam::aws:policy/AWSProtonDeveloperAccess'] }],
        stacks: [stack({ lastUpdated: '2026-01-01T00:00:00.000Z' })],
        failures: [{ account: '333333333333', part: 'the account role', message: 'denied' }]
      })
    )
    expect(items.map((i) => [i.kind, i.name ?? i.part])).toEqual([
      ['failure', 'the account role'],
      ['role', 'A'],
      ['role', 'B'],
      ['user', 'dev'],
      ['stack', 'AWSProton-svc-cloudformation--ABC']
    ])
    expect(items[0]).toEqual({ kind: 'failure', account: '333333333333', part: 'the account role', outcome: 'failed', error: 'denied' })
    expect(items[1]).toEqual({
      kind: 'role',
      account: '222222222222',
      arn: 'arn:aws:iam::222222222222:role/A',
      name: 'A',
      path: '/',
      created: '2024-03-11T09:20:00.000Z',
      'last-used': '2026-09-01T00:00:00Z',
      'last-used-region': 'eu-west-1',
      'found-by': 'trust',
      'proton-principals': ['proton.amazonaws.com'],
      'other-principals': [],
      'source-accounts': ['111111111111'],
      'source-arns': [],
      'attached-policies': [],
      'inline-policies': [],
      'proton-managed-policies': [],
      administrator: true,
      'service-linked': false,
      'unreadable-trust': true,
      outcome: 'found'
    })
    expect(items[2]).toMatchObject({ 'last-used': '', 'last-used-region': '', 'unreadable-trust': false })
    expect(items[3]).toEqual({ kind: 'user', account: '222222222222', name: 'dev', 'proton-managed-policies': ['arn:aws:iam::aws:policy/AWSProtonDeveloperAccess'], outcome: 'found' })
    expect(items[4]).toEqual({ kind: 'stack', account: '222222222222', region: 'us-east-1', name: 'AWSProton-svc-cloudformation--ABC', status: 'UPDATE_COMPLETE', created: '2025-01-01T00:00:00.000Z', 'last-updated': '2026-01-01T00:00:00.000Z', outcome: 'found' })
    expect(leftoverItems(report({ stacks: [stack()] }))[0]).toMatchObject({ 'last-updated': '' })
  })

  it('keep the output under its budget, whole items only, counting those left out', () => {
    const items = [{ a: 'x'.repeat(10) }, { a: 'y'.repeat(10) }, { a: 'z' }]
    const one = JSON.stringify(items[0]).length
    expect(boundedJson(items, 1_000)).toEqual({ json: JSON.stringify(items), omitted: 0 })
    expect(boundedJson(items, 2 + one)).toEqual({ json: `[${JSON.stringify(items[0])}]`, omitted: 2 })
    expect(boundedJson(items, 2 + one - 1)).toEqual({ json: '[]', omitted: 3 })
    // The comma between items counts.
    expect(boundedJson(items, 2 + one * 2)).toEqual({ json: `[${JSON.stringify(items[0])}]`, omitted: 2 })
    expect(boundedJson(items, 2 + one * 2 + 1)).toEqual({ json: JSON.stringify(items.slice(0, 2)), omitted: 1 })
    expect(JSON.parse(boundedJson([{ s: 'é'.repeat(5) }], 2 + 12).json)).toEqual([])
  })

  it('give every output, counted as the issue names them', () => {
    const r = report({
      roles: [role({ administrator: true }), role({ name: 'B' })],
      stacks: [stack()],
      failures: [{ account: '333333333333', part: 'IAM roles', message: 'x' }, { account: '333333333333', part: 'CloudFormation stacks in us-east-1', message: 'y' }]
    })
    const out = leftoversOutputs(r, '/tmp/f.json')
    expect(out).toEqual({
      'role-count': '2',
      'admin-role-count': '1',
      'stack-count': '1',
      'account-count': '2',
      'failed-count': '2',
      'quarantined-count': '0',
      'removed-count': '0',
      'trust-edited-count': '0',
      'would-remove-count': '0',
      results: JSON.stringify(leftoverItems(r)),
      'results-omitted-count': '0',
      'results-file': '/tmp/f.json'
    })
    expect(leftoversOutputs(report({ stepFailure: { title: 'Invalid input', message: 'x' } }))).toMatchObject({ 'account-count': '0', 'results-file': '' })
    expect(leftoversOutputs(r, '', 10)).toMatchObject({ results: '[]', 'results-omitted-count': '5' })
  })
})

describe('the leftovers headline', () => {
  it('counts roles, accounts, administrator rights, holders and stacks, in words', () => {
    expect(
      leftoversHeadline(
        report({
          roles: [role({ administrator: true }), role({ name: 'B', account: '111111111111', administrator: true }), role({ name: 'C' }), role({ name: 'D', foundBy: 'managed-policy' })],
          holders: [{ account: '222222222222', kind: 'group', name: 'g', protonManagedPolicies: [] }],
          stacks: [stack(), stack({ name: 'AWSProton-2' })]
        })
      )
    ).toBe('🔎 3 roles in 2 accounts still trust AWS Proton, 1 role holds an AWS Proton managed policy, 2 with administrator rights, 1 user or group holds one, 2 AWSProton- stacks are still there')
    expect(leftoversHeadline(report({ roles: [role()] }))).toBe('🔎 1 role in 1 account still trusts AWS Proton')
    expect(leftoversHeadline(report({ roles: [role({ foundBy: 'managed-policy' }), role({ name: 'E', foundBy: 'managed-policy' })] }))).toBe('🔎 2 roles hold an AWS Proton managed policy (in 1 account)')
    expect(leftoversHeadline(report({ roles: [role({ foundBy: 'trust and managed-policy' })] }))).toBe('🔎 1 role in 1 account still trusts AWS Proton')
    expect(leftoversHeadline(report({ holders: [{ account: '1', kind: 'user', name: 'u', protonManagedPolicies: [] }, { account: '1', kind: 'user', name: 'v', protonManagedPolicies: [] }] }))).toBe('🔎 2 users or groups hold one')
    expect(leftoversHeadline(report({ stacks: [stack()] }))).toBe('🔎 1 AWSProton- stack is still there')
  })

  it('says nothing was left, a failure, a cancellation', () => {
    expect(leftoversHeadline(report())).toBe('✅ Nothing AWS Proton left in 2 accounts')
    expect(leftoversHeadline(report({ accounts: ['1'] }))).toBe('✅ Nothing AWS Proton left in 1 account')
    expect(leftoversHeadline(report({ failures: [{ account: '3', part: 'p', message: 'm' }, { account: '3', part: 'q', message: 'm' }] }))).toBe('❌ 1 of 2 accounts could not be checked in full; nothing AWS Proton left in the 1 account checked in full')
    expect(leftoversHeadline(report({ roles: [role()], failures: [{ account: '3', part: 'p', message: 'm' }] }))).toBe('❌ 1 of 2 accounts could not be checked in full; 1 role in 1 account still trusts AWS Proton')
    expect(leftoversHeadline(report({ roles: [role()], cancelled: 'SIGINT' }))).toBe('⏹️ 1 role in 1 account still trusts AWS Proton (cancelled by SIGINT: what was read before is shown)')
    expect(leftoversHeadline(report({ stepFailure: { title: 'AWS sign-in failed', message: 'm' } }))).toBe('❌ AWS sign-in failed: no account was checked')
  })

  it('fails the step on a failure of the run, of any part, or a cancellation, and only then', () => {
    expect(leftoversFailed(report({ roles: [role()] }))).toBe(false)
    expect(leftoversFailed(report({ failures: [{ account: '3', part: 'p', message: 'm' }] }))).toBe(true)
    expect(leftoversFailed(report({ cancelled: 'SIGTERM' }))).toBe(true)
    expect(leftoversFailed(report({ stepFailure: { title: 't', message: 'm' } }))).toBe(true)
    expect(failedAccounts(report({ failures: [{ account: '3', part: 'p', message: 'm' }, { account: '4', part: 'p', message: 'm' }, { account: '3', part: 'q', message: 'm' }] }))).toEqual(['3', '4'])
  })
})

describe('the leftovers summary', () => {
  it('has a table per account, administrator rights first, the holders, the stacks, what to do next; never a document', () => {
    const md = leftoversSummary(
      report({
        roles: [
          role({ name: 'Quiet', lastUsed: '2026-09-01T00:00:00Z', lastUsedRegion: 'eu-west-1' }),
          role({ name: 'Admin', administrator: true, attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'], inlinePolicies: ['inline-1'], otherPrincipals: ['AWS:arn:aws:iam::222222222222:role/Ops'] }),
          role({ account: '111111111111', name: 'Mgmt', serviceLinked: true, sourceAccounts: [] })
        ],
        holders: [{ account: '222222222222', kind: 'user', name: 'dev', protonManagedPolicies: ['arn:aws:iam::aws:policy/AWSProtonDeveloperAccess'] }],
        stacks: [stack({ lastUpdated: '2026-08-01T00:00:00.000Z' })],
        failures: [{ account: '333333333333', part: 'the account role', message: 'AccessDenied | <b>' }],
        signedIn: 'role X',
        accountRoleName: 'audit/ProtonLeftovers',
        runPage: 'https://github.com/o/r/actions/runs/1'
      })
    )
    const sections = md.split('\n').filter((l) => l.startsWith('#'))
    expect(sections).toEqual([
      '## ❌ 1 of 2 accounts could not be checked in full; 3 roles in 2 accounts still trust AWS Proton, 1 with administrator rights, 1 user or group holds one, 1 AWSProton- stack is still there',
      '### Not checked in full',
      '### Account 111111111111: 1 role, 0 with administrator rights',
      '### Account 222222222222: 2 roles, 1 with administrator rights',
      '### Users and groups with an AWS Proton managed policy',
      '### AWSProton- stacks',
      '### What to do next'
    ])
    const rows = md.split('\n').filter((l) => l.startsWith('| arn'))
    expect(rows[1]).toContain('role/Admin | ⚠️ yes | trust | proton.amazonaws.com, AWS&#58;arn&#58;aws&#58;iam&#58;&#58;222222222222&#58;role/Ops (other) | 111111111111 | not within IAM')
    expect(rows[1]).toContain('| AdministratorAccess, inline-1 (inline) |')
    expect(rows[2]).toContain('role/Quiet | no | trust |')
    expect(rows[2]).toContain('2026-09-01T00&#58;00&#58;00Z (eu-west-1)')
    expect(rows[2]).toMatch(/\| – \|$/)
    expect(rows[0]).toContain('(service-linked)')
    expect(rows[0]).toContain('| – |')
    expect(md).toContain('| 333333333333 | the account role | AccessDenied &#124; &lt;b&gt; |')
    expect(md).toContain('| 222222222222 | user | dev | AWSProtonDeveloperAccess |')
    expect(md).toContain('| 222222222222 | us-east-1 | AWSProton-svc-cloudformation--ABC | UPDATE&#95;COMPLETE | 2026-08-01T00&#58;00&#58;00.000Z |')
    expect(md).toContain('aws iam detach-role-policy --role-name Admin --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam delete-role-policy --role-name Admin --policy-name inline-1\n')
    expect(md).toContain('Signed in with role X; in each account, the role audit/ProtonLeftovers.')
    expect(md).toContain('Checked 2 accounts; stacks looked for in us-east-1, except what "Not checked in full" lists.')
    expect(leftoversSummary(report({ roles: [role()] }))).toContain('Checked 2 accounts; stacks looked for in us-east-1. Full detail')
    expect(md).toContain('<a href="https://github.com/o/r/actions/runs/1">This run</a>')
    expect(md).not.toContain('(trust unreadable)')
    expect(leftoversSummary(report({ roles: [role({ unreadableTrust: true })] }))).toContain('(trust unreadable)')
    // A role found by its managed policy alone trusts no Proton principal: a dash, as every empty list.
    expect(leftoversSummary(report({ roles: [role({ foundBy: 'managed-policy', protonPrincipals: [], sourceAccounts: [] })] }))).toContain('| no | managed-policy | – | – |')
  })

  it('shows the failure of the run, and no next step when no role can be removed by hand', () => {
    const md = leftoversSummary(report({ stepFailure: { title: 'Invalid input', message: 'account-ids: bad' }, regions: [] }))
    expect(md).toContain('**Invalid input:** account-ids&#58; bad')
    expect(md).not.toContain('What to do next')
    expect(md).toContain('Checked 2 accounts. Full detail')
    expect(leftoversSummary(report({ roles: [role({ serviceLinked: true }), role({ name: 'P', foundBy: 'managed-policy' })] }))).not.toContain('What to do next')
    // A name IAM would not give has no commands: the next role's are shown, or none.
    expect(leftoversSummary(report({ roles: [role({ name: 'bad name', administrator: true }), role({ name: 'Good' })] }))).toContain('aws iam delete-role --role-name Good\n')
    expect(leftoversSummary(report({ roles: [role({ name: 'bad name' })] }))).not.toContain('What to do next')
  })

  it(`lists at most ${LEFTOVERS_ROWS_MAX} rows of each table, counting the rest`, () => {
    const roles = Array.from({ length: LEFTOVERS_ROWS_MAX + 3 }, (_, i) => role({ name: `r${String(i).padStart(4, '0')}`, administrator: i === LEFTOVERS_ROWS_MAX + 2 }))
    const stacks = Array.from({ length: LEFTOVERS_ROWS_MAX + 1 }, (_, i) => stack({ name: `AWSProton-${i}` }))
    const md = leftoversSummary(report({ roles, stacks }))
    expect(md.split('\n').filter((l) => l.startsWith('| arn'))).toHaveLength(LEFTOVERS_ROWS_MAX)
    // The one with administrator rights is among those shown.
    expect(md).toContain(`role/r${String(LEFTOVERS_ROWS_MAX + 2).padStart(4, '0')} | ⚠️ yes`)
    expect(md).toContain('3 more roles (those with administrator rights come first above): see the results file.')
    expect(md.split('\n').filter((l) => l.startsWith('| 222222222222 | us-east-1 |'))).toHaveLength(LEFTOVERS_ROWS_MAX)
    expect(leftoversSummary(report({ roles: roles.slice(0, LEFTOVERS_ROWS_MAX) }))).not.toContain('more role')
  })
})

describe('removal commands', () => {
  it('are IAM\'s order for a role, one command for a service-linked role, none for a name IAM would not give', () => {
    expect(removalCommands(role({ name: 'R', attachedPolicies: ['arn:aws:iam::222222222222:policy/path/P'], inlinePolicies: ['i'] }))).toEqual([
      'aws iam detach-role-policy --role-name R --policy-arn arn:aws:iam::222222222222:policy/path/P',
      'aws iam delete-role-policy --role-name R --policy-name i',
      'aws iam list-instance-profiles-for-role --role-name R   # remove it from each: aws iam remove-role-from-instance-profile',
      'aws iam delete-role --role-name R'
    ])
    expect(removalCommands(role({ name: 'AWSServiceRoleForX', serviceLinked: true }))).toEqual(['aws iam delete-service-linked-role --role-name AWSServiceRoleForX'])
    expect(removalCommands(role({ name: 'x; rm -rf ~' }))).toEqual([])
    expect(removalCommands(role({ name: 'R', inlinePolicies: ['$(id)'] }))).toEqual([])
    expect(removalCommands(role({ name: 'R', attachedPolicies: ['arn:aws:iam::aws:policy/X`id`'] }))).toEqual([])
    expect(removalCommands(role({ name: 'R', attachedPolicies: ['$(id) arn:aws:iam::aws:policy/X'] }))).toEqual([])
    expect(removalCommands(role({ name: 'R', attachedPolicies: ['arn:aws-us-gov:iam::aws:policy/X'] }))).toHaveLength(3)
  })
})

describe('the leftovers comment', () => {
  it('is the headline, each account\'s counts and the run\'s link, within GitHub\'s limit', () => {
    const md = leftoversComment(
      report({ roles: [role({ administrator: true }), role({ name: 'B' })], stacks: [stack({ account: '111111111111' })], failures: [{ account: '333333333333', part: 'the account role', message: 'm' }], runPage: 'https://github.com/o/r/actions/runs/1' })
    )
    expect(md.split('\n')).toEqual([
      '### ❌ 1 of 2 accounts could not be checked in full; 2 roles in 1 account still trust AWS Proton, 1 with administrator rights, 1 AWSProton- stack is still there',
      '',
      '| Account | Roles | With administrator rights | Stacks | Not checked |',
      '| --- | --- | --- | --- | --- |',
      '| 111111111111 | 0 | 0 | 1 | – |',
      '| 222222222222 | 2 | 1 | 0 | – |',
      '| 333333333333 | 0 | 0 | 0 | the account role |',
      '',
      'The roles, their policies and the stacks: <a href="https://github.com/o/r/actions/runs/1">this run&#39;s summary</a>.',
      ''
    ])
    expect(leftoversComment(report())).toBe("### ✅ Nothing AWS Proton left in 2 accounts\n\nThe roles, their policies and the stacks are in the run's summary.\n")
    const many = Array.from({ length: 2_000 }, (_, i) => role({ account: String(100000000000 + i) }))
    const big = leftoversComment(report({ roles: many }))
    expect(big.length).toBeLessThanOrEqual(LEFTOVERS_COMMENT_BUDGET)
    expect(big).toMatch(/\n\d+ more accounts: see the run's summary\.\n/)
    const shownRows = big.split('\n').filter((l) => /^\| \d{12} \|/.test(l)).length
    expect(big).toContain(`${2_000 - shownRows} more accounts`)
  })
})

describe('the report of remove', () => {
  const a = role({ name: 'A', arn: 'arn:aws:iam::222222222222:role/A', administrator: true })
  const b = role({ name: 'B', arn: 'arn:aws:iam::222222222222:role/B' })
  const c = role({ name: 'C', arn: 'arn:aws:iam::222222222222:role/C' })
  const d = role({ name: 'D', arn: 'arn:aws:iam::222222222222:role/D' })
  const decisions = new Map<string, Decision>([
    [a.arn, { treatment: 'remove', reason: 'quarantined long enough', quarantinedOn: '2026-11-01', deletableFrom: '2026-11-08' }],
    [b.arn, { treatment: 'quarantine', reason: 'only AWS Proton can assume it', deletableFrom: '2026-12-14' }],
    [c.arn, { treatment: 'edit-trust', reason: 'AWS Proton taken out' }],
    [d.arn, { treatment: 'keep', reason: 'listed in keep-roles (x)' }]
  ])
  const removal = (over: Partial<Removal> = {}): Removal => ({ mode: 'delete', dryRun: false, maxRemovals: 5, quarantineDays: 7, decisions, results: new Map(), ...over })
  const withRemoval = (over: Partial<Removal> = {}) => report({ accounts: ['222222222222'], roles: [a, b, c, d], removal: removal(over) })

  it('plans in a dry run: would-… outcomes, counted, nothing done', () => {
    const r = withRemoval({ dryRun: true })
    expect(leftoverItems(r).filter((i) => i.kind === 'role').map((i) => i.outcome)).toEqual(['would-remove', 'would-quarantine', 'would-edit-trust', 'kept'])
    expect(leftoversOutputs(r)).toMatchObject({ 'would-remove-count': '3', 'quarantined-count': '0', 'removed-count': '0', 'trust-edited-count': '0', 'failed-count': '0' })
    expect(leftoversHeadline(r)).toBe('📝 Plan: would quarantine 1 role, remove 1, edit the trust of 1, 1 kept (dry run: nothing was changed); 4 roles in 1 account still trust AWS Proton, 1 with administrator rights')
    expect(removalWords(report({ roles: [d], removal: removal() }))).toBe('1 role kept')
    expect(removalWords(report({ roles: [], removal: removal() }))).toBe('no role to change')
    expect(leftoversFailed(r)).toBe(false)
    const summary = leftoversSummary(r)
    expect(summary).toContain('### The plan (dry run: nothing was changed)')
    expect(summary).toContain('Nothing was changed. A run that changes a role first writes its whole definition to the results file.')
    expect(summary).toContain('remove: delete, quarantine-days: 7, max-removals: 5.')
    expect(summary).toContain('| arn&#58;aws&#58;iam&#58;&#58;222222222222&#58;role/A | would-remove | quarantined long enough | – |')
    expect(summary).not.toContain('### What to do next')
    const item = leftoverItems(r).find((i) => i.name === 'A')
    expect(item).toMatchObject({ treatment: 'remove', reason: 'quarantined long enough', 'quarantined-on': '2026-11-01', 'deletable-from': '2026-11-08' })
    expect(leftoverItems(r).find((i) => i.name === 'D')).not.toHaveProperty('quarantined-on')
  })

  it('tells what was done, step by step; the record only in the results file', () => {
    const results = new Map<string, RoleChangeResult>([
      [a.arn, { outcome: 'removed', reason: 'gone', steps: [{ step: 'iam:DeleteRole', result: 'done' }], record: { name: 'A', trust: { NotAction: 'x' } }, recreateCommands: ['aws iam create-role --role-name A'] }],
      [b.arn, { outcome: 'quarantined', reason: 'denied', steps: [{ step: 'iam:AttachRolePolicy', result: 'done' }, { step: 'iam:TagRole', result: 'done' }] }],
      [c.arn, { outcome: 'failed', reason: 'stopped at "iam:UpdateAssumeRolePolicy"', steps: [{ step: 'iam:TagRole', result: 'done' }, { step: 'iam:UpdateAssumeRolePolicy', result: 'failed', error: 'AccessDenied: no' }, { step: 'iam:DeleteRole', result: 'not-done' }], error: 'AccessDenied: no', undoCommands: ['aws iam untag-role'] }]
    ])
    const r = withRemoval({ results })
    expect(leftoverItems(r).filter((i) => i.kind === 'role').map((i) => i.outcome)).toEqual(['removed', 'quarantined', 'failed', 'kept'])
    expect(leftoversOutputs(r)).toMatchObject({ 'quarantined-count': '1', 'removed-count': '1', 'trust-edited-count': '0', 'would-remove-count': '0', 'failed-count': '1' })
    expect(leftoversFailed(r)).toBe(true)
    expect(leftoversHeadline(r)).toBe('❌ 1 role quarantined, 1 removed, 1 failed, 1 kept')
    // A role not reached stays as planned.
    expect(leftoversHeadline(withRemoval({ results: new Map([[a.arn, { outcome: 'trust-edited', reason: '', steps: [] }]]) }))).toBe('🧹 would quarantine 1 role, edit the trust of 1, 1 trust edited, 1 kept, of 4 roles found in 1 account')
    const summary = leftoversSummary(r)
    expect(summary).toContain('### What remove did')
    expect(summary).toContain('| done&#58; TagRole; failed&#58; UpdateAssumeRolePolicy (AccessDenied&#58; no); not done&#58; DeleteRole |')
    expect(summary).toContain('The tables below show each role as it was read, before any change.')
    expect(summary).toContain('| done&#58; AttachRolePolicy, TagRole |')
    expect(summary).not.toContain('NotAction')
    const plain = leftoverItems(r).find((i) => i.name === 'A') as Record<string, unknown>
    expect(plain).not.toHaveProperty('record')
    expect(plain).not.toHaveProperty('recreate-commands')
    const full = leftoverItems(r, true).find((i) => i.name === 'A') as Record<string, unknown>
    expect(full).toMatchObject({ record: { name: 'A' }, 'recreate-commands': ['aws iam create-role --role-name A'], 'cannot-restore': CANNOT_RESTORE, steps: [{ step: 'iam:DeleteRole', result: 'done' }] })
    expect(leftoverItems(r, true).find((i) => i.name === 'B')).not.toHaveProperty('recreate-commands')
    expect(leftoverItems(r, true).find((i) => i.name === 'C')).toMatchObject({ error: 'AccessDenied: no', 'undo-commands': ['aws iam untag-role'] })
    expect(leftoverItems(r).find((i) => i.name === 'C')).not.toHaveProperty('undo-commands')
    const comment = leftoversComment(r)
    expect(comment).toContain('| arn&#58;aws&#58;iam&#58;&#58;222222222222&#58;role/A | removed | gone | done&#58; DeleteRole |')
    expect(roleOutcome(r, 'arn:aws:iam::222222222222:role/Unknown')).toBe('found')
    expect(roleOutcome(report({}), a.arn)).toBe('found')
    expect(outcomeCounts(r)).toEqual({ removed: 1, quarantined: 1, failed: 1, kept: 1 })
  })

  it('fails a plan over max-removals, showing it; cancelled and unapplied plans say so', () => {
    const over = withRemoval({ overLimit: 3, maxRemovals: 2 })
    expect(leftoversHeadline(over)).toBe('❌ max-removals: the plan changes 3 roles, more than the 2 allowed; nothing was changed')
    expect(leftoversFailed(over)).toBe(true)
    expect(leftoversSummary(over)).toContain('### The plan (not applied)')
    expect(leftoversOutputs(over)['would-remove-count']).toBe('3')
    const unapplied = withRemoval({ notApplied: 'the run was cancelled (SIGINT) before the first change' })
    expect(leftoversHeadline(unapplied)).toMatch(/^📝 Plan: would quarantine 1 role, remove 1, edit the trust of 1, 1 kept \(not applied: the run was cancelled \(SIGINT\) before the first change\); /)
    expect(leftoversHeadline({ ...unapplied, cancelled: 'SIGINT' })).toBe('⏹️ would quarantine 1 role, remove 1, edit the trust of 1, 1 kept (not applied: the run was cancelled (SIGINT) before the first change) (cancelled by SIGINT: what was read before is shown)')
    expect(leftoversHeadline({ ...withRemoval(), failures: [{ account: '222222222222', part: 'IAM roles', message: 'x' }] })).toMatch(/^❌ 1 of 1 account could not be checked in full; would quarantine 1 role, remove 1/)
    expect(leftoversSummary(report({ removal: removal() }))).not.toContain('What remove did')
  })

  it('caps the removal table, and the comment keeps within its budget', () => {
    const many = Array.from({ length: LEFTOVERS_ROWS_MAX + 3 }, (_, i) => role({ name: `R${i}`, arn: `arn:aws:iam::222222222222:role/R${i}` }))
    const ds = new Map<string, Decision>(many.map((r) => [r.arn, { treatment: 'quarantine', reason: 'x'.repeat(300) }]))
    const r = report({ roles: many, removal: removal({ decisions: ds, dryRun: true }) })
    const summary = leftoversSummary(r)
    expect(summary).toContain('3 more roles: see the results file.')
    const comment = leftoversComment(r)
    expect(comment.length).toBeLessThanOrEqual(LEFTOVERS_COMMENT_BUDGET)
    expect(comment).toMatch(/\d+ more rows: see the run's summary\./)
  })
})
