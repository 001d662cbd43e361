import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { conditionsMatch, permissionsAllow, type PolicyDocument } from '../../emulator/iam.js'
import { ROOT } from '../../emulator/runner.js'
import { authorizationResource } from '../../emulator/service-authorization.js'
import { TEMPLATE_PATH } from '../../scripts/docs.js'
import { IAM_DIR, readPolicy, resolveTemplate, ROLES } from '../../scripts/iam.js'

/**
 * Every permission document the project ships, the JSON files and the template's policies as
 * CloudFormation deploys them, evaluated with the emulator's IAM against a connection of another
 * account in another region: a connection's ARN names the environment account that requested it
 * (AWS Proton user guide, "Environment account connections"), never the management account.
 */

const ID = '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b'
const GET = 'proton:GetEnvironmentAccountConnection'
const REJECT = 'proton:RejectEnvironmentAccountConnection'
/** The management account is 111111111111; the connection is another account's, in another region. */
const ELSEWHERE = authorizationResource(GET, { region: 'ap-southeast-2', account: '123456789222', id: ID })

type Template = Parameters<typeof resolveTemplate>[0]
const template = parse(readFileSync(TEMPLATE_PATH, 'utf8')) as Template
const REPO = {
  RepositoryOwner: 'octo-org',
  RepositoryOwnerId: '71234567',
  RepositoryName: 'octo-repo',
  RepositoryId: '812345678',
  ApplyWorkflowRefs: 'octo-org/octo-repo/.github/workflows/policy-plan-and-apply.yml@refs/heads/main',
  RejectByHandWorkflowRef: 'octo-org/octo-repo/.github/workflows/reject-on-dispatch.yml@refs/heads/main'
}
type RoleResource = { Properties: { Policies: Array<{ PolicyDocument: PolicyDocument }> } }

/** Each role's permission documents: its JSON file, and the template's policy in each way it can be deployed. */
function shipped(): Array<{ role: string; where: string; docs: PolicyDocument[]; rejects: boolean }> {
  const all: Array<{ role: string; where: string; docs: PolicyDocument[]; rejects: boolean }> = []
  for (const role of ROLES) {
    const rejects = role.logicalId !== 'PlanRole'
    all.push({ role: role.logicalId, where: `docs/iam/${role.permissionsFile}`, docs: [readPolicy(role.permissionsFile)], rejects })
    for (const [label, parameters, pseudo] of [
      ['the template', {}, { partition: 'aws', accountId: '111111111111' }],
      ['the template with EnvironmentAccountIds', { EnvironmentAccountIds: '210987654321,123456789222' }, { partition: 'aws', accountId: '111111111111' }],
      ['the template on GitHub Enterprise Server', { IssuerHost: 'ghe.example.com/_services/token' }, { partition: 'aws', accountId: '111111111111' }]
    ] as const) {
      const resources = resolveTemplate(template, { ...REPO, ...parameters }, pseudo)
      const ids = Object.keys(resources).filter((id) => id.startsWith(role.logicalId))
      expect(ids).toHaveLength(1)
      all.push({ role: role.logicalId, where: `${label} (${ids[0]})`, docs: [(resources[ids[0] as string] as RoleResource).Properties.Policies[0]!.PolicyDocument], rejects })
    }
  }
  return all
}

describe('every shipped permission document', () => {
  const cases = shipped()

  it('covers the three roles, as files and as the template deploys them', () => {
    expect(new Set(cases.map((c) => c.role))).toEqual(new Set(['ApplyRole', 'PlanRole', 'RejectByHandRole']))
    expect(cases).toHaveLength(12)
  })

  it.each(cases.map((c) => [c.where, c] as const))('%s allows Get (and Reject, for a role that rejects) on another account\'s connection in another region', (_where, c) => {
    const missed = [GET, ...(c.rejects ? [REJECT] : [])].filter((action) => !permissionsAllow(c.docs, action, ELSEWHERE))
    expect(missed).toEqual([])
  })

  it.each(cases.filter((c) => !c.rejects).map((c) => [c.where, c] as const))('%s (the plan role) never allows Reject, on any connection', (_where, c) => {
    for (const resource of [ELSEWHERE, authorizationResource(REJECT, { region: 'us-east-1', account: '111111111111', id: ID }), '*']) {
      expect(permissionsAllow(c.docs, REJECT, resource)).toBe(false)
    }
  })

  it('with EnvironmentAccountIds, allows the listed accounts only', () => {
    const resources = resolveTemplate(template, { ...REPO, EnvironmentAccountIds: '210987654321,123456789222' })
    const docs = [(resources.ApplyRole as RoleResource).Properties.Policies[0]!.PolicyDocument]
    expect(permissionsAllow(docs, REJECT, ELSEWHERE)).toBe(true)
    expect(permissionsAllow(docs, REJECT, authorizationResource(REJECT, { region: 'us-east-1', account: '210987654321', id: ID }))).toBe(true)
    expect(permissionsAllow(docs, REJECT, authorizationResource(REJECT, { region: 'us-east-1', account: '999999999999', id: ID }))).toBe(false)
  })

  it('the check itself fails on a grant scoped to the management account, as the earlier documents were', () => {
    const old: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: [GET, REJECT], Resource: 'arn:aws:proton:*:111111111111:environment-account-connection/*' }] }
    expect(permissionsAllow([old], GET, ELSEWHERE)).toBe(false)
  })
})

describe('no ForAllValues: in anything shipped', () => {
  /** The policies, the template, the README and the examples: all text a user copies a policy from. */
  const files = [
    ...readdirSync(IAM_DIR).map((f) => join('docs', 'iam', f)),
    'README.md',
    ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f)),
    ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yml')).map((f) => join('examples', f))
  ]
  const qualifier = /ForAllValues:/i

  it('finds the documents, the template, the README and the examples', () => {
    expect(files).toEqual(expect.arrayContaining(['docs/iam/roles.cfn.yml', 'docs/iam/apply-role-trust.json', 'README.md', 'examples/reject-on-dispatch.yml']))
  })

  it.each(files)('%s has none', (file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n')
    // The README may warn against it in prose, but never put it in a policy.
    const inPolicies = lines.filter((line) => qualifier.test(line) && (!file.endsWith('.md') || /"ForAllValues:/i.test(line)))
    expect(inPolicies).toEqual([])
  })

  it('because it matches when the claim is absent: the emulator evaluates it as IAM does, and the check would see it', () => {
    const claim = 'token.actions.githubusercontent.com:job_workflow_ref'
    expect(conditionsMatch({ 'ForAllValues:StringEquals': { [claim]: 'octo-org/octo-repo/.github/workflows/a.yml@refs/heads/main' } }, {})).toBe(true)
    expect(conditionsMatch({ StringEquals: { [claim]: 'octo-org/octo-repo/.github/workflows/a.yml@refs/heads/main' } }, {})).toBe(false)
    expect(conditionsMatch({ 'ForAnyValue:StringEquals': { [claim]: 'x' } }, {})).toBe(false)
    expect(qualifier.test('"ForAllValues:StringEquals": {')).toBe(true)
  })
})
