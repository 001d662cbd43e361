import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/server.js'

/**
 * The emulator's wire format, checked with an independent client: the AWS CLI (botocore).
 * CI installs Debian's AWS CLI v2 and names it in AWS_CLI; where no CLI exists the tests skip.
 */
function findCli(): string | undefined {
  for (const candidate of [process.env.AWS_CLI, '/usr/bin/aws', '/usr/local/bin/aws']) {
    if (candidate && existsSync(candidate)) return candidate
  }
  return undefined
}

const cli = findCli()
if (!cli) console.warn('SKIPPED: emulator wire-format tests need the AWS CLI (apt-get install -y awscli); .ci/run installs it')
const describeWithCli = cli ? describe : describe.skip

let emulator: Emulator
const home = mkdtempSync(join(tmpdir(), 'aws-home-'))

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})

function aws(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      cli as string,
      [...args, '--endpoint-url', emulator.url, '--region', 'us-east-1', '--output', 'json'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          AWS_ACCESS_KEY_ID: emulator.staticCredential.accessKeyId,
          AWS_SECRET_ACCESS_KEY: emulator.staticCredential.secretAccessKey,
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_PAGER: '',
          ...env
        }
      },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

describeWithCli('emulator against the AWS CLI', () => {
  it('answers get-environment-account-connection in the model\'s shape', async () => {
    const c = emulator.seed({ environmentName: 'cli-env', codebuildRoleArn: 'arn:aws:iam::222222222222:role/Build' })
    const r = await aws(['proton', 'get-environment-account-connection', '--id', c.id])
    expect(r.stderr).toBe('')
    const got = JSON.parse(r.stdout).environmentAccountConnection
    expect(got).toMatchObject({ id: c.id, arn: c.arn, status: 'PENDING', environmentName: 'cli-env', codebuildRoleArn: 'arn:aws:iam::222222222222:role/Build' })
    // botocore parsed the epoch-seconds timestamp: 2026-09-01T12:00:00.250Z in whatever form the CLI prints.
    expect(String(got.requestedAt)).toMatch(/2026-09-01T12:00:00\.25|1788264000\.25/)
  })

  it('answers IAM\'s role and policy reads as botocore parses them, trust documents URL-encoded and decoded by the CLI', async () => {
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } }] }
    const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] }
    const policy = emulator.iam.putPolicy('aws', 'AWSProtonCodeBuildProvisioningBasicAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:CreateLogStream', Resource: '*' }] })
    emulator.iam.putRole(emulator.accountId, { name: 'ProtonServiceRole', trust, inline: { 'proton & <admin>': admin }, lastUsed: { date: '2026-10-01T08:00:00Z', region: 'us-east-1' } })
    emulator.iam.putRole(emulator.accountId, { name: 'Build', path: '/proton/', trust: { Statement: { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' } }, attached: [policy.arn] })
    emulator.iam.attachToUser(emulator.accountId, 'old-operator', policy.arn)
    try {
      const roles = await aws(['iam', 'list-roles', '--page-size', '1'])
      expect(roles.stderr).toBe('')
      const listed = JSON.parse(roles.stdout).Roles as Array<{ RoleName: string; Path: string; Arn: string; AssumeRolePolicyDocument: unknown; RoleLastUsed?: unknown }>
      expect(listed.map((r) => r.RoleName).sort()).toEqual(['Build', 'ProtonServiceRole'])
      const service = listed.find((r) => r.RoleName === 'ProtonServiceRole')
      expect(service?.AssumeRolePolicyDocument).toEqual(trust)
      expect(service?.Arn).toBe(`arn:aws:iam::${emulator.accountId}:role/ProtonServiceRole`)
      expect(service).not.toHaveProperty('RoleLastUsed')
      expect(listed.find((r) => r.RoleName === 'Build')).toMatchObject({ Path: '/proton/', Arn: `arn:aws:iam::${emulator.accountId}:role/proton/Build` })
      const got = JSON.parse((await aws(['iam', 'get-role', '--role-name', 'ProtonServiceRole'])).stdout).Role
      expect(got.RoleLastUsed).toEqual({ LastUsedDate: expect.stringMatching(/^2026-10-01T08:00:00/), Region: 'us-east-1' })
      expect(JSON.parse((await aws(['iam', 'list-role-policies', '--role-name', 'ProtonServiceRole'])).stdout).PolicyNames).toEqual(['proton & <admin>'])
      expect(JSON.parse((await aws(['iam', 'get-role-policy', '--role-name', 'ProtonServiceRole', '--policy-name', 'proton & <admin>'])).stdout).PolicyDocument).toEqual(admin)
      expect(JSON.parse((await aws(['iam', 'list-attached-role-policies', '--role-name', 'Build'])).stdout).AttachedPolicies).toEqual([{ PolicyName: policy.name, PolicyArn: policy.arn }])
      const entities = JSON.parse((await aws(['iam', 'list-entities-for-policy', '--policy-arn', policy.arn])).stdout)
      expect(entities).toMatchObject({ PolicyRoles: [{ RoleName: 'Build' }], PolicyUsers: [{ UserName: 'old-operator' }], PolicyGroups: [] })
      expect(JSON.parse((await aws(['iam', 'get-policy-version', '--policy-arn', policy.arn, '--version-id', 'v1'])).stdout).PolicyVersion.Document).toEqual(policy.document)
      const missing = await aws(['iam', 'get-role', '--role-name', 'Nobody'])
      expect(missing.code).not.toBe(0)
      expect(missing.stderr).toMatch(/NoSuchEntity.*The role with name Nobody cannot be found/)
    } finally {
      emulator.iam.forget()
    }
  })

  it('assumes a role in another account with sts assume-role, whose session reads that account\'s IAM; refuses one its trust does not name, and a chained session over an hour', async () => {
    const audit = 'arn:aws:iam::222222222222:role/audit/ProtonLeftovers'
    const other = 'arn:aws:iam::333333333333:role/audit/ProtonLeftovers'
    const chain = 'arn:aws:iam::444444444444:role/Chained'
    emulator.identity.roles.set(audit, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${emulator.accountId}:root` }, Action: 'sts:AssumeRole' }] } })
    emulator.identity.roles.set(other, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }] } })
    emulator.iam.putRole('222222222222', { name: 'ProtonEnvironmentRole', trust: { Statement: { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' } } })
    try {
      const assumed = await aws(['sts', 'assume-role', '--role-arn', audit, '--role-session-name', 'leftovers'])
      expect(assumed.stderr).toBe('')
      const answer = JSON.parse(assumed.stdout) as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string }; AssumedRoleUser: { Arn: string } }
      expect(answer.AssumedRoleUser.Arn).toBe('arn:aws:sts::222222222222:assumed-role/ProtonLeftovers/leftovers')
      const asAudit = { AWS_ACCESS_KEY_ID: answer.Credentials.AccessKeyId, AWS_SECRET_ACCESS_KEY: answer.Credentials.SecretAccessKey, AWS_SESSION_TOKEN: answer.Credentials.SessionToken }
      const roles = await aws(['iam', 'list-roles'], asAudit)
      expect((JSON.parse(roles.stdout).Roles as Array<{ Arn: string }>).map((r) => r.Arn)).toEqual(['arn:aws:iam::222222222222:role/ProtonEnvironmentRole'])
      const refused = await aws(['sts', 'assume-role', '--role-arn', other, '--role-session-name', 'leftovers'])
      expect(refused.code).not.toBe(0)
      expect(refused.stderr).toMatch(/AccessDenied.*is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::333333333333:role\/audit\/ProtonLeftovers/)
      emulator.identity.roles.set(chain, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: audit }, Action: 'sts:AssumeRole' }] }, maxSessionDuration: 43_200 })
      const chained = await aws(['sts', 'assume-role', '--role-arn', chain, '--role-session-name', 'again', '--duration-seconds', '7200'], asAudit)
      expect(chained.code).not.toBe(0)
      expect(chained.stderr).toMatch(/ValidationError.*1 hour session limit for roles assumed by role chaining/)
      expect((await aws(['sts', 'assume-role', '--role-arn', chain, '--role-session-name', 'again', '--duration-seconds', '3600'], asAudit)).code).toBe(0)
      // Its trust names the audit role, not the management account's user.
      expect((await aws(['sts', 'assume-role', '--role-arn', chain, '--role-session-name', 'again'])).stderr).toMatch(/AccessDenied/)
    } finally {
      emulator.identity.roles.delete(chain)
      emulator.identity.roles.delete(audit)
      emulator.identity.roles.delete(other)
      emulator.iam.forget()
    }
  })

  it('lists CloudFormation stacks of the signer\'s account and region, paged, filtered by status', async () => {
    for (let i = 0; i < 105; i++) emulator.stacks.put(emulator.accountId, 'us-east-1', { name: `AWSProton-svc-${i}-cloudformation--ABCDEFGHIJKLMN`, lastUpdated: '2026-09-30T10:00:00Z' })
    emulator.stacks.put(emulator.accountId, 'us-east-1', { name: 'AWSProton-gone', status: 'DELETE_COMPLETE' })
    emulator.stacks.put(emulator.accountId, 'eu-west-1', { name: 'AWSProton-elsewhere' })
    emulator.stacks.put('222222222222', 'us-east-1', { name: 'AWSProton-other-account' })
    try {
      const all = JSON.parse((await aws(['cloudformation', 'list-stacks'])).stdout).StackSummaries as Array<{ StackName: string; StackStatus: string; LastUpdatedTime?: string; StackId: string }>
      expect(all).toHaveLength(106)
      expect(all.map((s) => s.StackName)).toContain('AWSProton-gone')
      expect(all[0]).toMatchObject({ StackName: 'AWSProton-svc-0-cloudformation--ABCDEFGHIJKLMN', StackStatus: 'CREATE_COMPLETE', LastUpdatedTime: expect.stringMatching(/^2026-09-30T10:00:00/) })
      expect(all[0]?.StackId).toMatch(new RegExp(`^arn:aws:cloudformation:us-east-1:${emulator.accountId}:stack/AWSProton-svc-0-`))
      const live = JSON.parse((await aws(['cloudformation', 'list-stacks', '--stack-status-filter', 'CREATE_COMPLETE', 'UPDATE_COMPLETE'])).stdout).StackSummaries as Array<{ StackName: string }>
      expect(live).toHaveLength(105)
      expect(live.map((s) => s.StackName)).not.toContain('AWSProton-gone')
    } finally {
      emulator.stacks.forget()
    }
  })

  it('rejects, and lists across pages as the CLI paginates', async () => {
    emulator.proton.pageSize = 2
    const seeded = [emulator.seed(), emulator.seed(), emulator.seed()]
    const listed = await aws(['proton', 'list-environment-account-connections', '--requested-by', 'MANAGEMENT_ACCOUNT', '--statuses', 'PENDING'])
    const ids = (JSON.parse(listed.stdout).environmentAccountConnections as Array<{ id: string }>).map((x) => x.id)
    for (const s of seeded) expect(ids).toContain(s.id)
    const rejected = await aws(['proton', 'reject-environment-account-connection', '--id', seeded[0]!.id])
    expect(JSON.parse(rejected.stdout).environmentAccountConnection.status).toBe('REJECTED')
    emulator.proton.pageSize = 100
  })

  it('sends errors in the form botocore reads (__type in the body)', async () => {
    const missing = await aws(['proton', 'reject-environment-account-connection', '--id', '00000000-0000-4000-8000-000000000000'])
    expect(missing.code).not.toBe(0)
    expect(missing.stderr).toMatch(/ResourceNotFoundException/)
    const used = emulator.seed({ status: 'CONNECTED', usedByEnvironment: 'prod' })
    const conflict = await aws(['proton', 'reject-environment-account-connection', '--id', used.id])
    expect(conflict.stderr).toMatch(/ConflictException.*associated with environment prod/)
  })

  it('refuses a request signed with the wrong secret', async () => {
    const c = emulator.seed()
    const r = await aws(['proton', 'get-environment-account-connection', '--id', c.id], { AWS_SECRET_ACCESS_KEY: 'wrong-secret' })
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/InvalidSignatureException|signature we calculated does not match/)
  })
})
