import { describe, expect, it } from '@jest/globals'
import { byConcern, findRole, isServiceLinked, PROTON_MANAGED_POLICIES, PROTON_STACK_PREFIX, protonStacks, type RoleFacts, type RoleFinding } from '../../src/leftovers-findings.js'

const encoded = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc))
const trustOf = (...principals: Array<Record<string, unknown>>) => encoded({ Version: '2012-10-17', Statement: principals.map((Principal) => ({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole' })) })
/** AWS Proton user guide, "AWS Proton IAM service role policy examples": the service role's policy. */
const PROTON_SERVICE_POLICY = encoded({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] })
const CODEBUILD_POLICY = 'arn:aws:iam::aws:policy/AWSProtonCodeBuildProvisioningBasicAccess'

const facts = (over: Partial<RoleFacts> = {}): RoleFacts => ({
  account: '222222222222',
  name: 'ProtonServiceRole',
  path: '/',
  arn: 'arn:aws:iam::222222222222:role/ProtonServiceRole',
  created: '2024-03-11T09:20:00Z',
  trustDocument: trustOf({ Service: 'proton.amazonaws.com' }),
  attached: [],
  inline: {},
  ...over
})

describe('a role AWS Proton left', () => {
  it('is found by its trust, with AWS\'s own policy read as administrator rights', () => {
    const finding = findRole(facts({ inline: { ProtonService: PROTON_SERVICE_POLICY }, lastUsed: { date: '2026-09-30T12:00:00Z', region: 'us-east-1' }, tags: { team: 'platform' } }))
    expect(finding).toEqual({
      account: '222222222222',
      name: 'ProtonServiceRole',
      path: '/',
      arn: 'arn:aws:iam::222222222222:role/ProtonServiceRole',
      created: '2024-03-11T09:20:00Z',
      lastUsed: '2026-09-30T12:00:00Z',
      lastUsedRegion: 'us-east-1',
      foundBy: 'trust',
      protonPrincipals: ['proton.amazonaws.com'],
      otherPrincipals: [],
      sourceAccounts: [],
      sourceArns: [],
      attachedPolicies: [],
      inlinePolicies: ['ProtonService'],
      protonManagedPolicies: [],
      administrator: true,
      serviceLinked: false,
      tags: { team: 'platform' },
      trustDocument: trustOf({ Service: 'proton.amazonaws.com' })
    })
    expect(findRole(facts())?.tags).toEqual({})
  })

  it('is found by a Proton managed policy alone: the CodeBuild provisioning role, which trusts CodeBuild', () => {
    const finding = findRole(facts({ name: 'Build', trustDocument: trustOf({ Service: 'codebuild.amazonaws.com' }), attached: [CODEBUILD_POLICY, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }))
    expect(finding).toMatchObject({ foundBy: 'managed-policy', protonPrincipals: [], protonManagedPolicies: [CODEBUILD_POLICY], attachedPolicies: [CODEBUILD_POLICY, 'arn:aws:iam::aws:policy/ReadOnlyAccess'], administrator: false })
    expect(findRole(facts({ attached: [CODEBUILD_POLICY] }))?.foundBy).toBe('trust and managed-policy')
  })

  it('is not found when nothing ties it to Proton: a CodeBuild role without the Proton policy, a customer policy of that name', () => {
    expect(findRole(facts({ trustDocument: trustOf({ Service: 'codebuild.amazonaws.com' }) }))).toBeUndefined()
    expect(findRole(facts({ trustDocument: trustOf({ Service: 'codebuild.amazonaws.com' }), attached: ['arn:aws:iam::222222222222:policy/AWSProtonCodeBuildProvisioningBasicAccess'] }))).toBeUndefined()
    expect(findRole(facts({ trustDocument: 'not a document' }))).toBeUndefined()
  })

  it('with a trust that cannot be read but a Proton managed policy is reported, and says its trust could not be read', () => {
    expect(findRole(facts({ trustDocument: '%7Bbroken', attached: [CODEBUILD_POLICY] }))).toMatchObject({ foundBy: 'managed-policy', unreadableTrust: true })
    expect(findRole(facts())).not.toHaveProperty('unreadableTrust')
  })

  it('names the other principals its trust lets in, and the management account it served', () => {
    const trustDocument = encoded({
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' }, ArnLike: { 'aws:SourceArn': 'arn:aws:proton:us-east-1:111111111111:environment/*' } } },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::333333333333:root' }, Action: 'sts:AssumeRole' }
      ]
    })
    expect(findRole(facts({ trustDocument }))).toMatchObject({
      otherPrincipals: ['AWS:arn:aws:iam::333333333333:root'],
      sourceAccounts: ['111111111111'],
      sourceArns: ['arn:aws:proton:us-east-1:111111111111:environment/*']
    })
  })

  it('judges administrator rights from AdministratorAccess, the inline policies and the attached customer policies only', () => {
    expect(findRole(facts({ attached: ['arn:aws:iam::aws:policy/AdministratorAccess'] }))?.administrator).toBe(true)
    const own = 'arn:aws:iam::222222222222:policy/Everything'
    expect(findRole(facts({ attached: [own], managedDocuments: { [own]: PROTON_SERVICE_POLICY } }))?.administrator).toBe(true)
    // A document read for a policy that is not attached does not count.
    expect(findRole(facts({ attached: [], managedDocuments: { [own]: PROTON_SERVICE_POLICY } }))?.administrator).toBe(false)
    expect(findRole(facts({ inline: { Narrow: encoded({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } }), Broken: '%7B' } }))?.administrator).toBe(false)
  })

  it('says a service-linked role is one (IAM keeps them under /aws-service-role/), and gives no last use IAM did not record', () => {
    const linked = findRole(facts({ name: 'AWSServiceRoleForProtonSync', path: '/aws-service-role/sync.proton.amazonaws.com/', trustDocument: trustOf({ Service: 'sync.proton.amazonaws.com' }) }))
    expect(linked).toMatchObject({ serviceLinked: true, protonPrincipals: ['sync.proton.amazonaws.com'] })
    expect(linked).not.toHaveProperty('lastUsed')
    expect(isServiceLinked('/aws-service-role/')).toBe(true)
    expect(isServiceLinked('/audit/aws-service-role/')).toBe(false)
    expect(isServiceLinked('/')).toBe(false)
    const noRegion = findRole(facts({ lastUsed: { date: '2026-01-01T00:00:00Z' } }))
    expect(noRegion).toMatchObject({ lastUsed: '2026-01-01T00:00:00Z' })
    expect(noRegion).not.toHaveProperty('lastUsedRegion')
  })

  it('keeps AWS\'s managed Proton policies as data: AWS\'s own ARNs, every name beginning AWSProton', () => {
    expect(PROTON_MANAGED_POLICIES.length).toBeGreaterThanOrEqual(5)
    for (const arn of PROTON_MANAGED_POLICIES) expect(arn).toMatch(/^arn:aws:iam::aws:policy\/(aws-service-role\/)?AWSProton[A-Za-z]+$/)
    expect(PROTON_MANAGED_POLICIES).toContain(CODEBUILD_POLICY)
  })
})

describe('the stacks AWS Proton deployed', () => {
  it('are those named AWSProton-… that still exist', () => {
    const stack = (name: string, status = 'CREATE_COMPLETE') => ({ account: '1', region: 'us-east-1', name, status, created: '2025-01-01T00:00:00Z' })
    const kept = protonStacks([
      stack('AWSProton-simple-svc-cloudformation--HZYQRFWOSFPHCQZ'),
      stack('AWSProton-CodeBuild-env', 'UPDATE_ROLLBACK_COMPLETE'),
      stack('AWSProton-gone', 'DELETE_COMPLETE'),
      stack('MyAWSProton-lookalike'),
      stack('awsproton-lower')
    ])
    expect(kept.map((s) => s.name)).toEqual(['AWSProton-simple-svc-cloudformation--HZYQRFWOSFPHCQZ', 'AWSProton-CodeBuild-env'])
    expect(PROTON_STACK_PREFIX).toBe('AWSProton-')
  })
})

describe('the order of the report', () => {
  it('puts administrator rights first, then account, then name', () => {
    const f = (account: string, name: string, administrator: boolean): RoleFinding => ({ ...(findRole(facts({ account, name })) as RoleFinding), administrator })
    const sorted = [f('2', 'b', false), f('1', 'z', false), f('2', 'a', true), f('1', 'c', true), f('1', 'a', false), f('1', 'a', false)].sort(byConcern)
    expect(sorted.map((r) => `${r.administrator ? 'A' : '-'}${r.account}${r.name}`)).toEqual(['A1c', 'A2a', '-1a', '-1a', '-1z', '-2b'])
  })
})
