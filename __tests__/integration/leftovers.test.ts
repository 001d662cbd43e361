import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../../emulator/runner.js'
import type { RunOptions } from '../../emulator/runner.js'
import type { Emulator } from '../../emulator/server.js'
import { errorLines, readable, useEmulator } from './harness.js'

/**
 * leftovers/: dist/leftovers/index.js run as the runner runs it, against the emulator's IAM, STS and
 * CloudFormation, with roles of every shape AWS Proton left planted in three accounts.
 */

const h = useEmulator()
const run = (inputs: Record<string, string>, extra: Omit<RunOptions, 'action'> = {}) => h.run(inputs, { action: 'leftovers', ...extra })

const MANAGEMENT = '111111111111'
const ENVIRONMENT = '222222222222'
const REFUSING = '333333333333'
const AUDIT = 'audit/ProtonLeftovers'

/** AWS's example service role policy (Proton user guide): administrator rights in all but name. */
const AWS_EXAMPLE_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] }
const protonTrust = (extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': MANAGEMENT } }, ...extra }]
})
const serviceTrust = (service: string) => ({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' } })

function plant(e: Emulator): void {
  const audit = (account: string, trusted: string): void => {
    e.identity.roles.set(`arn:aws:iam::${account}:role/${AUDIT}`, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${trusted}:root` }, Action: 'sts:AssumeRole' }] } })
  }
  audit(MANAGEMENT, MANAGEMENT)
  audit(ENVIRONMENT, MANAGEMENT)
  // This account's audit role trusts someone else: AssumeRole is refused there, and there alone.
  audit(REFUSING, '999999999999')
  e.iam.putPolicy('aws', 'AWSProtonCodeBuildProvisioningBasicAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] })
  e.iam.putPolicy('aws', 'AWSProtonDeveloperAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'proton:Get*', Resource: '*' }] })
  e.iam.putPolicy('aws', 'AdministratorAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  e.iam.putRole(MANAGEMENT, { name: 'ProtonServiceRole', trust: protonTrust(), inline: { 'proton-service': AWS_EXAMPLE_POLICY }, lastUsed: { date: '2026-09-30T10:00:00Z', region: 'us-east-1' } })
  e.iam.putRole(MANAGEMENT, { name: 'Deployer', trust: serviceTrust('ec2.amazonaws.com'), attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] })
  e.iam.putRole(ENVIRONMENT, { name: 'ProtonEnvironmentRole', trust: { Statement: { Effect: 'Allow', Principal: { Service: ['cloudformation.amazonaws.com', 'proton.amazonaws.com'] }, Action: 'sts:*' } }, attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] })
  const readBuckets = e.iam.putPolicy(ENVIRONMENT, 'ReadBuckets', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
  e.iam.putRole(ENVIRONMENT, { name: 'ProtonComponentRole', trust: protonTrust({ Principal: { Service: 'proton.amazonaws.com', AWS: 'arn:aws:iam::222222222222:role/Ops' }, Action: '*' }), attached: [readBuckets.arn] })
  e.iam.putRole(ENVIRONMENT, { name: 'ProtonCodeBuild', trust: serviceTrust('codebuild.amazonaws.com'), attached: ['arn:aws:iam::aws:policy/AWSProtonCodeBuildProvisioningBasicAccess'] })
  e.iam.putRole(ENVIRONMENT, { name: 'PlainCodeBuild', trust: serviceTrust('codebuild.amazonaws.com') })
  e.iam.putRole(ENVIRONMENT, { name: 'AWSServiceRoleForProtonSync', path: '/aws-service-role/sync.proton.amazonaws.com/', trust: serviceTrust('sync.proton.amazonaws.com') })
  e.iam.putRole(ENVIRONMENT, { name: 'Denied', trust: { Statement: [{ Effect: 'Deny', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' }] } })
  e.iam.attachToUser(ENVIRONMENT, 'proton-dev', 'arn:aws:iam::aws:policy/AWSProtonDeveloperAccess')
  e.stacks.put(ENVIRONMENT, 'us-east-1', { name: 'AWSProton-simple-svc-cloudformation--HZYQRFWOSFPHCQZ', status: 'UPDATE_COMPLETE', lastUpdated: '2026-08-01T12:00:00Z' })
  e.stacks.put(ENVIRONMENT, 'us-east-1', { name: 'AWSProton-gone-cloudformation--AAAAAAAAAAAAAAA', status: 'DELETE_COMPLETE' })
  e.stacks.put(ENVIRONMENT, 'us-east-1', { name: 'network', status: 'CREATE_COMPLETE' })
  e.stacks.put(ENVIRONMENT, 'eu-west-1', { name: 'AWSProton-CodeBuild-5UMLJ4LMNWM6', status: 'CREATE_COMPLETE' })
}

interface Item {
  kind: string
  account: string
  arn?: string
  name?: string
  administrator?: boolean
  'found-by'?: string
  'service-linked'?: boolean
  'other-principals'?: string[]
  'source-accounts'?: string[]
  outcome: string
  error?: string
}

describe('leftovers/', () => {
  it('finds every role of every shape AWS Proton left, the holders of its policies and its stacks, across accounts; one account that refuses its role fails alone', async () => {
    plant(h.emulator)
    const r = await run({ 'account-ids': `${MANAGEMENT}, ${ENVIRONMENT}\n${REFUSING}`, 'account-role-name': AUDIT, regions: 'us-east-1 eu-west-1' })
    expect(r.code).toBe(1)
    const items = JSON.parse(r.outputs.results as string) as Item[]
    const roles = items.filter((i) => i.kind === 'role')
    expect(roles.map((i) => i.arn).sort()).toEqual(
      [
        `arn:aws:iam::${MANAGEMENT}:role/ProtonServiceRole`,
        `arn:aws:iam::${ENVIRONMENT}:role/ProtonEnvironmentRole`,
        `arn:aws:iam::${ENVIRONMENT}:role/ProtonComponentRole`,
        `arn:aws:iam::${ENVIRONMENT}:role/ProtonCodeBuild`,
        `arn:aws:iam::${ENVIRONMENT}:role/aws-service-role/sync.proton.amazonaws.com/AWSServiceRoleForProtonSync`
      ].sort()
    )
    const byName = new Map(roles.map((i) => [i.name, i]))
    expect(byName.get('ProtonServiceRole')).toMatchObject({ administrator: true, 'found-by': 'trust', 'source-accounts': [MANAGEMENT] })
    expect(byName.get('ProtonEnvironmentRole')).toMatchObject({ administrator: true, 'found-by': 'trust' })
    expect(byName.get('ProtonComponentRole')).toMatchObject({ administrator: false, 'other-principals': ['AWS:arn:aws:iam::222222222222:role/Ops'] })
    expect(byName.get('ProtonCodeBuild')).toMatchObject({ 'found-by': 'managed-policy', administrator: false })
    expect(byName.get('AWSServiceRoleForProtonSync')).toMatchObject({ 'service-linked': true })
    // Administrator rights first.
    expect(roles.slice(0, 2).every((i) => i.administrator)).toBe(true)
    expect(items.filter((i) => i.kind === 'user')).toEqual([expect.objectContaining({ account: ENVIRONMENT, name: 'proton-dev', outcome: 'found' })])
    expect(items.filter((i) => i.kind === 'stack').map((i) => i.name).sort()).toEqual(['AWSProton-CodeBuild-5UMLJ4LMNWM6', 'AWSProton-simple-svc-cloudformation--HZYQRFWOSFPHCQZ'])
    const failures = items.filter((i) => i.kind === 'failure')
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatchObject({ account: REFUSING, outcome: 'failed' })
    expect(failures[0]?.error).toContain(`arn:aws:iam::${REFUSING}:role/${AUDIT}`)
    expect(failures[0]?.error).toMatch(/trust the signed-in identity.*sts:AssumeRole.*leftovers-sign-in-permissions.json/)
    expect(r.outputs).toMatchObject({ 'role-count': '5', 'admin-role-count': '2', 'stack-count': '2', 'account-count': '3', 'failed-count': '1', 'results-omitted-count': '0' })
    // The results file holds the same items.
    expect(JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8'))).toEqual(items)
    expect(errorLines(r).join('\n')).toContain(`Account ${REFUSING}`)
    const summary = readable(r.summary)
    expect(summary).toContain('❌ 1 of 3 accounts could not be checked in full; 4 roles in 2 accounts still trust AWS Proton, 1 role holds an AWS Proton managed policy, 2 with administrator rights')
    expect(summary).toContain('AWSProton-simple-svc-cloudformation--HZYQRFWOSFPHCQZ')
    // Names and ARNs, never a policy document.
    expect(r.summary).not.toContain('NotAction')
    expect(r.summary).not.toContain('organizations')
    // Each account read with its own session: one AssumeRole each, IAM signed by that account's session.
    expect(h.emulator.callsOf('AssumeRole').map((c) => (c.input as { RoleArn: string }).RoleArn).sort()).toEqual([MANAGEMENT, ENVIRONMENT, REFUSING].map((a) => `arn:aws:iam::${a}:role/${AUDIT}`).sort())
    const iamAccounts = new Set(h.emulator.calls.filter((c) => c.service === 'iam').map((c) => c.principalArn?.split(':')[4]))
    expect(iamAccounts).toEqual(new Set([MANAGEMENT, ENVIRONMENT]))
    // Read only.
    expect(h.emulator.calls.filter((c) => c.service === 'iam' && !/^(List|Get)/.test(c.operation))).toEqual([])
    // The audit role the project ships allows exactly the calls made here, no more.
    const template = parse(readFileSync(join(ROOT, 'docs', 'iam', 'leftovers-audit-role.cfn.yml'), 'utf8')) as { Resources: { AuditRole: { Properties: { Policies: Array<{ PolicyDocument: { Statement: Array<{ Action: string[] }> } }> } } } }
    const granted = template.Resources.AuditRole.Properties.Policies.flatMap((p) => p.PolicyDocument.Statement.flatMap((st) => st.Action)).sort()
    const made = [...new Set(h.emulator.calls.filter((c) => c.service === 'iam' || c.service === 'cloudformation').map((c) => `${c.service}:${c.operation}`))].sort()
    expect(made).toEqual(granted)
  })

  it('reads only the roles ListRoles shows to be leftovers: no call for the roles that are not', async () => {
    plant(h.emulator)
    for (let i = 0; i < 300; i++) h.emulator.iam.putRole(ENVIRONMENT, { name: `app-${i}`, trust: serviceTrust('lambda.amazonaws.com') })
    const r = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1' })
    expect(r.outputs['role-count']).toBe('4')
    const gets = h.emulator.callsOf('GetRole').map((c) => (c.input as { RoleName: string }).RoleName)
    expect(gets.sort()).toEqual(['AWSServiceRoleForProtonSync', 'ProtonCodeBuild', 'ProtonComponentRole', 'ProtonEnvironmentRole'])
    expect(h.emulator.callsOf('ListRoles').length).toBe(1)
  })

  it('refuses another account without account-role-name before any call, naming the account and the fix', async () => {
    plant(h.emulator)
    const r = await run({ 'account-ids': `${MANAGEMENT} ${ENVIRONMENT}`, regions: 'us-east-1' })
    expect(r.code).toBe(1)
    expect(errorLines(r).join('\n')).toContain(`account-ids: ${ENVIRONMENT} is not the signed-in account (${MANAGEMENT}), and account-role-name is empty`)
    expect(h.emulator.calls.filter((c) => c.service === 'iam' || c.service === 'cloudformation')).toEqual([])
    expect(r.outputs['account-count']).toBe('0')
  })

  it('reads the signed-in account with its own session when no account is listed', async () => {
    plant(h.emulator)
    const r = await run({ regions: 'us-east-1' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ 'role-count': '1', 'admin-role-count': '1', 'account-count': '1', 'failed-count': '0' })
    expect(h.emulator.callsOf('AssumeRole')).toEqual([])
    expect(readable(r.summary)).toContain('🔎 1 role in 1 account still trusts AWS Proton, 1 with administrator rights')
  })

  it('names each bad input, and what would be valid, before any call', async () => {
    const r = await run({ 'account-ids': '12345, 222222222222', 'account-role-name': 'audit//x y', regions: 'us-east-1 Mars-1' })
    expect(r.code).toBe(1)
    const errors = errorLines(r).join('\n')
    expect(errors).toContain('account-ids: "12345" is not an AWS account ID')
    expect(errors).toContain('account-role-name:')
    expect(errors).toContain('regions: "Mars-1" is not an AWS region')
    expect(h.emulator.calls).toEqual([])
  })

  it('neutralizes names that try to forge workflow commands in the log and the summary', async () => {
    plant(h.emulator)
    h.emulator.stacks.put(MANAGEMENT, 'us-east-1', { name: 'AWSProton-::error title=x::forged\n::set-output name=x::y', status: 'CREATE_COMPLETE' })
    const r = await run({ regions: 'us-east-1' })
    expect(r.stdout.split('\n').filter((l) => /^::(error title=x|set-output)/.test(l))).toEqual([])
    expect(r.summary).not.toContain('\n::set-output')
    expect(r.outputs['stack-count']).toBe('1')
  })

  it('on a pull request, posts the report as one comment and updates it in place on the next run', async () => {
    plant(h.emulator)
    const event = { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } }
    const first = await run({ 'account-ids': `${MANAGEMENT} ${ENVIRONMENT}`, 'account-role-name': AUDIT, regions: 'us-east-1', 'github-token': h.emulator.github.token }, event)
    expect(first.code).toBe(0)
    const [comment, ...more] = [...h.emulator.github.comments.values()].flat()
    expect(more).toEqual([])
    expect(comment?.body.split('\n')[0]).toBe(`<!-- proton-reject-connection-action:leftovers workflow=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fproton-connections.yml account=${MANAGEMENT} -->`)
    expect(readable(comment?.body ?? '')).toContain('| 222222222222 | 4 | 1 | 1 | – |')
    h.emulator.iam.putRole(ENVIRONMENT, { name: 'OneMore', trust: protonTrust() })
    const second = await run({ 'account-ids': `${MANAGEMENT} ${ENVIRONMENT}`, 'account-role-name': AUDIT, regions: 'us-east-1', 'github-token': h.emulator.github.token }, event)
    expect(second.code).toBe(0)
    const after = [...h.emulator.github.comments.values()].flat()
    expect(after).toHaveLength(1)
    expect(after[0]?.id).toBe(comment?.id)
    expect(readable(after[0]?.body ?? '')).toContain('| 222222222222 | 5 | 1 | 1 | – |')
  })

  it('renews each account\'s chained session before it expires, from the signed-in session', async () => {
    plant(h.emulator)
    h.emulator.identity.sessionSeconds = 2
    h.emulator.inject({ kind: 'delay', service: 'iam', delayMs: 150, times: 1_000 })
    const r = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1', 'max-concurrency': '1' })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['role-count']).toBe('4')
    expect(h.emulator.callsOf('AssumeRole').length).toBeGreaterThanOrEqual(2)
    expect(r.stdout).toMatch(/AWS session renewed: role arn:aws:iam::222222222222:role\/audit\/ProtonLeftovers assumed again/)
    // Never longer than STS allows a chained session.
    for (const c of h.emulator.callsOf('AssumeRole')) expect(Number((c.input as { DurationSeconds: string }).DurationSeconds)).toBeLessThanOrEqual(3_600)
  })

  it('a cancelled run still writes its outputs and a summary that does not claim a complete check', async () => {
    plant(h.emulator)
    h.emulator.inject({ kind: 'delay', service: 'iam', delayMs: 400, times: 1_000 })
    const r = await run({ 'account-ids': `${MANAGEMENT} ${ENVIRONMENT}`, 'account-role-name': AUDIT, regions: 'us-east-1', 'max-concurrency': '1' }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_500 }] })
    expect(r.code).toBe(1)
    expect(r.outputs['account-count']).toBe('2')
    expect(readable(r.summary)).toMatch(/^## ⏹️ .*\(cancelled by SIGINT: what was read before is shown\)|^## ❌ /m)
    expect(readable(r.summary)).not.toContain('✅')
  })

  it('after SIGINT starts no call: the step ends within the runner\'s window, and every part it did not read is a failure of its own', async () => {
    plant(h.emulator)
    for (let i = 0; i < 30; i++) h.emulator.iam.putRole(ENVIRONMENT, { name: `Proton${i}`, trust: protonTrust() })
    h.emulator.stacks.put(ENVIRONMENT, 'eu-west-1', { name: 'AWSProton-late-cloudformation--LATE', status: 'CREATE_COMPLETE' })
    h.emulator.inject({ kind: 'delay', service: 'iam', delayMs: 300, times: 10_000 })
    const r = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1 eu-west-1' }, { interrupt: [{ signal: 'SIGINT', afterMs: 1_000 }, { signal: 'SIGTERM', afterMs: 8_500 }] })
    expect(r.code).toBe(1)
    // The runner sends SIGKILL about 10 s after SIGINT: the report is written well before.
    expect(r.exitAfterSignalMs).toBeLessThan(4_000)
    const items = JSON.parse(r.outputs.results as string) as Item[]
    const failures = items.filter((i) => i.kind === 'failure').map((i) => `${(i as unknown as { part: string }).part}: ${i.error}`)
    expect(failures).toEqual(expect.arrayContaining(['CloudFormation stacks in us-east-1: not read: the run was cancelled', 'CloudFormation stacks in eu-west-1: not read: the run was cancelled']))
    expect(failures.some((f) => /roles found: not read: the run was cancelled before they were read in full/.test(f))).toBe(true)
    expect(readable(r.summary)).toContain('except what "Not checked in full" lists')
  })

  it('reports a trust that names AWS Proton but cannot be read, and a truncated page with no marker, as failures, never as nothing found', async () => {
    h.emulator.identity.roles.set(`arn:aws:iam::${ENVIRONMENT}:role/${AUDIT}`, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` }, Action: 'sts:AssumeRole' }] } })
    h.emulator.iam.putRole(ENVIRONMENT, { name: 'Odd', trust: { Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: { AWS: 123 }, Action: 'sts:AssumeRole' }] } })
    const odd = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1' })
    expect(odd.code).toBe(1)
    expect(odd.outputs['failed-count']).toBe('1')
    expect(errorLines(odd).join('\n')).toContain('role Odd not checked::its trust document names proton.amazonaws.com but could not be read as an IAM policy')
    const iam = h.emulator.iam
    const handle = iam.handle.bind(iam)
    iam.handle = (account, params) => {
      const answer = handle(account, params)
      if (params.get('Action') !== 'ListRoles' || !answer.ok) return answer
      return { ...answer, xml: answer.xml.replace(/<IsTruncated>false<\/IsTruncated>/, '<IsTruncated>true</IsTruncated>').replace(/<Marker>[^<]*<\/Marker>/, '') }
    }
    try {
      const r = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1' })
      expect(r.code).toBe(1)
      expect(errorLines(r).join('\n')).toMatch(/IAM roles not checked::iam:ListRoles gave more than 1000 pages, a page marker that came back, or a page said to be truncated with no marker/)
    } finally {
      iam.handle = handle
    }
  })

  it('judges AWS\'s own managed policies by their documents: PowerUserAccess is administrator rights too', async () => {
    plant(h.emulator)
    h.emulator.iam.putPolicy('aws', 'PowerUserAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }] })
    h.emulator.iam.putRole(ENVIRONMENT, { name: 'PowerUser', trust: protonTrust(), attached: ['arn:aws:iam::aws:policy/PowerUserAccess'] })
    const r = await run({ 'account-ids': ENVIRONMENT, 'account-role-name': AUDIT, regions: 'us-east-1' })
    const items = JSON.parse(r.outputs.results as string) as Item[]
    expect(items.find((i) => i.name === 'PowerUser')).toMatchObject({ administrator: true })
    expect(items.find((i) => i.name === 'ProtonComponentRole')).toMatchObject({ administrator: false })
  })
})
