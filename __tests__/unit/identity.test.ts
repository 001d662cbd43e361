import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parse } from 'yaml'
import { claimsFor, getsIdToken, issuerFor, subjectFor, type JobContext } from '../../emulator/claims.js'
import { conditionsMatch, permissionsAllow, trustAllows, type PolicyDocument } from '../../emulator/iam.js'
import { IdentityService } from '../../emulator/identity.js'
import { authorizationResource, PROTON_ACTIONS } from '../../emulator/service-authorization.js'
import { stsCall } from '../../emulator/sts-http.js'
import { cloudFormationTemplate, filledTrust, nameOnlyTrust, readPolicy, resolveTemplate, ROLES } from '../../scripts/iam.js'
import { TEMPLATE_PATH } from '../../scripts/docs.js'
import { accessDeniedMessage, conditionKeyPrefix, durationMessage } from '../../src/credentials.js'

/** The emulator's identity side: GitHub's claims per event and IAM's evaluation of the documented roles. */

const job = (over: Partial<JobContext> = {}): JobContext => ({ repository: 'octo-org/octo-repo', eventName: 'push', ref: 'refs/heads/main', ...over })
const IDS = { ownerId: '71234567', repositoryId: '812345678' }
const immutableJob = (over: Partial<JobContext> = {}): JobContext => job({ ownerId: IDS.ownerId, repositoryId: IDS.repositoryId, subjectForm: 'immutable', ...over })
const IMMUTABLE = 'repo:octo-org@71234567/octo-repo@812345678'
const GH = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com'
/** The other claims STS checks, as a push to main of a listed apply workflow carries them. */
const ON_MAIN = {
  'token.actions.githubusercontent.com:repository_id': IDS.repositoryId,
  'token.actions.githubusercontent.com:ref': 'refs/heads/main',
  'token.actions.githubusercontent.com:job_workflow_ref': 'octo-org/octo-repo/.github/workflows/policy-plan-and-apply.yml@refs/heads/main'
}
const request = (sub: string, aud = 'sts.amazonaws.com', federatedPrincipal = GH) => ({
  action: 'sts:AssumeRoleWithWebIdentity' as const,
  federatedPrincipal,
  context: { 'token.actions.githubusercontent.com:sub': sub, 'token.actions.githubusercontent.com:aud': aud, ...ON_MAIN }
})

describe('GitHub OIDC claims', () => {
  it.each([
    [job(), 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    [job({ ref: 'refs/tags/v1.2.0' }), 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.0'],
    [job({ eventName: 'workflow_dispatch', ref: 'refs/heads/feature' }), 'repo:octo-org/octo-repo:ref:refs/heads/feature'],
    [job({ eventName: 'pull_request', ref: 'refs/pull/42/merge' }), 'repo:octo-org/octo-repo:pull_request'],
    [job({ eventName: 'pull_request', ref: 'refs/pull/42/merge', environment: 'production' }), 'repo:octo-org/octo-repo:environment:production'],
    [job({ environment: 'production' }), 'repo:octo-org/octo-repo:environment:production']
  ])('sub of %j is %s', (context, sub) => {
    expect(subjectFor(context)).toBe(sub)
  })

  it.each([
    [immutableJob(), `${IMMUTABLE}:ref:refs/heads/main`],
    [immutableJob({ eventName: 'pull_request', ref: 'refs/pull/42/merge' }), `${IMMUTABLE}:pull_request`],
    [immutableJob({ environment: 'production' }), `${IMMUTABLE}:environment:production`],
    [immutableJob({ ref: 'refs/tags/v1.2.0' }), `${IMMUTABLE}:ref:refs/tags/v1.2.0`]
  ])('the immutable sub of %j is %s', (context, sub) => {
    expect(subjectFor(context)).toBe(sub)
  })

  it('carries the repository and owner IDs as claims, and needs both for the immutable form', () => {
    expect(claimsFor(immutableJob(), 'sts.amazonaws.com', new Date(0))).toMatchObject({ sub: `${IMMUTABLE}:ref:refs/heads/main`, repository_id: IDS.repositoryId, repository_owner_id: IDS.ownerId })
    expect(claimsFor(job({ ownerId: '1', repositoryId: '2' }), 'sts.amazonaws.com', new Date(0))).toMatchObject({ sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', repository_id: '2', repository_owner_id: '1' })
    expect(() => subjectFor(job({ subjectForm: 'immutable' }))).toThrow(/GITHUB_REPOSITORY_OWNER_ID/)
  })

  it('issuer per host, and the claims a trust policy or a log may use', () => {
    expect(issuerFor('https://github.com')).toBe('https://token.actions.githubusercontent.com')
    expect(issuerFor('https://ghe.example.com')).toBe('https://ghe.example.com/_services/token')
    const claims = claimsFor(job({ serverUrl: 'https://ghe.example.com' }), 'sts.amazonaws.com', new Date(0))
    expect(claims).toMatchObject({ iss: 'https://ghe.example.com/_services/token', aud: 'sts.amazonaws.com', repository: 'octo-org/octo-repo', ref: 'refs/heads/main', event_name: 'push', exp: 300 })
  })

  it('gives no token to a pull request from a fork', () => {
    expect(getsIdToken(job({ eventName: 'pull_request', headRepository: 'mallory/octo-repo' }))).toBe(false)
    expect(getsIdToken(job({ eventName: 'pull_request', headRepository: 'octo-org/octo-repo' }))).toBe(true)
    expect(getsIdToken(job({ eventName: 'push' }))).toBe(true)
    // pull_request_target runs in the base repository's context; a private repository can send write tokens to forks.
    expect(getsIdToken(job({ eventName: 'pull_request_target', headRepository: 'mallory/octo-repo' }))).toBe(true)
    expect(getsIdToken(job({ eventName: 'pull_request', headRepository: 'mallory/octo-repo', sendsWriteTokensToForks: true }))).toBe(true)
  })

  it('names the workflow file the job runs in job_workflow_ref, from GITHUB_WORKFLOW_REF, and on a pull request its own copy', () => {
    expect(claimsFor(job({ workflowRef: 'octo-org/octo-repo/.github/workflows/apply.yml@refs/heads/main' }), 'sts.amazonaws.com', new Date(0))).toMatchObject({ job_workflow_ref: 'octo-org/octo-repo/.github/workflows/apply.yml@refs/heads/main' })
    expect(claimsFor(job({ eventName: 'pull_request', ref: 'refs/pull/42/merge' }), 'sts.amazonaws.com', new Date(0))).toMatchObject({ job_workflow_ref: 'octo-org/octo-repo/.github/workflows/proton-connections.yml@refs/pull/42/merge' })
  })
})

describe('IAM evaluation', () => {
  const apply = filledTrust('apply-role-trust.json', IDS)
  const plan = filledTrust('plan-role-trust.json', IDS)

  it('the apply role trusts the default branch of the one repository only, by its immutable subject', () => {
    expect(trustAllows(apply, request(`${IMMUTABLE}:ref:refs/heads/main`))).toBe(true)
    for (const sub of [
      `${IMMUTABLE}:pull_request`,
      `${IMMUTABLE}:ref:refs/heads/feature`,
      `${IMMUTABLE}:environment:production`,
      'repo:octo-org@71234567/octo-repo@999:ref:refs/heads/main',
      'repo:octo-org/octo-repo:ref:refs/heads/main',
      'repo:octo-org@71234567/other@812345678:ref:refs/heads/main'
    ]) {
      expect(trustAllows(apply, request(sub))).toBe(false)
    }
    expect(trustAllows(apply, request(`${IMMUTABLE}:ref:refs/heads/main`, 'https://github.com/octo-org'))).toBe(false)
    expect(trustAllows(apply, request(`${IMMUTABLE}:ref:refs/heads/main`, 'sts.amazonaws.com', 'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com'))).toBe(false)
  })

  it('the documents name placeholders, never a wildcard, for the repository', () => {
    for (const role of ROLES) {
      const text = JSON.stringify(readPolicy(role.trustFile))
      expect(text).toContain('repo:octo-org@OWNER_ID/octo-repo@REPO_ID:')
      expect(text).not.toMatch(/repo:[^"]*[*?]/)
    }
  })

  it('the name-only variant, for a repository that keeps the old subject, trusts that subject only', () => {
    expect(trustAllows(nameOnlyTrust('apply-role-trust.json', IDS), request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(true)
    expect(trustAllows(nameOnlyTrust('apply-role-trust.json', IDS), request(`${IMMUTABLE}:ref:refs/heads/main`))).toBe(false)
  })

  it('the plan role trusts pull requests', () => {
    expect(trustAllows(plan, request(`${IMMUTABLE}:pull_request`))).toBe(true)
    expect(trustAllows(plan, request(`${IMMUTABLE}:ref:refs/heads/main`))).toBe(false)
  })

  /** Every call the action makes in each mode, authorized as IAM does: by the action's resource type. */
  const ID = '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b'
  const calls = (region: string, account: string) => ({
    list: ['proton:ListEnvironmentAccountConnections', authorizationResource('proton:ListEnvironmentAccountConnections', { region, account })],
    get: ['proton:GetEnvironmentAccountConnection', authorizationResource('proton:GetEnvironmentAccountConnection', { region, account, id: ID })],
    reject: ['proton:RejectEnvironmentAccountConnection', authorizationResource('proton:RejectEnvironmentAccountConnection', { region, account, id: ID })]
  }) as const

  it('authorizes List against "*" and Get and Reject against the connection, from the Service Authorization Reference table', () => {
    expect(PROTON_ACTIONS['proton:ListEnvironmentAccountConnections']?.resourceType).toBeUndefined()
    const c = calls('eu-west-1', '111111111111')
    expect(c.list[1]).toBe('*')
    expect(c.get[1]).toBe(`arn:aws:proton:eu-west-1:111111111111:environment-account-connection/${ID}`)
    expect(() => authorizationResource('proton:DeleteEnvironment', { region: 'us-east-1', account: '111111111111' })).toThrow()
    // A grant on connection ARNs does not grant List: what the earlier documents did, and IAM denied.
    const scopedOnly: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: 'proton:*EnvironmentAccountConnection*', Resource: 'arn:aws:proton:*:111111111111:environment-account-connection/*' }] }
    expect(permissionsAllow([scopedOnly], ...c.list)).toBe(false)
  })

  it.each([
    ['plan-role-permissions.json', { list: true, get: true, reject: false }],
    ['apply-role-permissions.json', { list: true, get: true, reject: true }]
  ])('%s allows exactly the calls of its mode, in every region, for the connections of every environment account', (file, expected) => {
    const perms = [readPolicy(file)]
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
      // A connection's ARN names the environment account that requested it, not the management account.
      for (const account of ['111111111111', '999999999999']) {
        const c = calls(region, account)
        expect({ list: permissionsAllow(perms, ...c.list), get: permissionsAllow(perms, ...c.get), reject: permissionsAllow(perms, ...c.reject) }).toEqual(expected)
      }
    }
  })

  it('no documented role grants Reject or Get on "*": only List has a statement of its own with "*"', () => {
    for (const role of ROLES) {
      const statements = ([] as Array<{ Action?: string | string[]; Resource?: string | string[] }>).concat(readPolicy(role.permissionsFile).Statement as never)
      for (const statement of statements) {
        const actions = ([] as string[]).concat(statement.Action ?? [])
        if (([] as string[]).concat(statement.Resource ?? []).includes('*')) expect(actions).toEqual(['proton:ListEnvironmentAccountConnections'])
      }
      const perms = [readPolicy(role.permissionsFile)]
      expect(permissionsAllow(perms, 'proton:RejectEnvironmentAccountConnection', '*')).toBe(false)
      expect(permissionsAllow(perms, 'proton:DeleteEnvironment', '*')).toBe(false)
    }
  })

  it('follows IAM: wildcards in StringLike only, a missing key fails, IfExists and negation, an unknown operator denies, Deny wins', () => {
    const ctx = { 'k:sub': 'repo:o/r:ref:refs/heads/main' }
    expect(conditionsMatch({ StringLike: { 'k:sub': 'repo:o/r:*' } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringEquals: { 'k:sub': 'repo:o/r:*' } }, ctx)).toBe(false)
    expect(conditionsMatch({ StringEquals: { 'K:SUB': ['x', 'repo:o/r:ref:refs/heads/main'] } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringEquals: { 'k:aud': 'sts.amazonaws.com' } }, ctx)).toBe(false)
    expect(conditionsMatch({ StringEqualsIfExists: { 'k:aud': 'sts.amazonaws.com' } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringNotLike: { 'k:sub': 'repo:o/r:pull_request' } }, ctx)).toBe(true)
    expect(conditionsMatch({ DateGreaterThan: { 'k:sub': '*' } }, ctx)).toBe(false)
    expect(conditionsMatch({ ArnLike: { 'k:sub': 'repo:o/*' } }, ctx)).toBe(true)
    expect(conditionsMatch({ ArnEquals: { 'k:sub': 'repo:o/x' } }, ctx)).toBe(false)
    expect(conditionsMatch({ ArnNotEquals: { 'k:sub': 'repo:o/x' } }, ctx)).toBe(true)
    const doc: PolicyDocument = {
      Statement: [
        { Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/*' } } },
        { Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:pull_request' } } }
      ]
    }
    expect(trustAllows(doc, request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(true)
    expect(trustAllows(doc, request('repo:octo-org/octo-repo:pull_request'))).toBe(false)
  })
})

describe('the documented roles as a CloudFormation template', () => {
  type Template = Parameters<typeof resolveTemplate>[0]
  const template = parse(readFileSync(TEMPLATE_PATH, 'utf8')) as Template
  const APPLY_REFS = (readPolicy('apply-role-trust.json').Statement as unknown as Array<{ Condition: { StringEquals: Record<string, string[]> } }>)[0]!.Condition.StringEquals['token.actions.githubusercontent.com:job_workflow_ref']!
  const BY_HAND_REF = 'octo-org/octo-repo/.github/workflows/reject-on-dispatch.yml@refs/heads/main'
  const REPO = { RepositoryOwner: 'octo-org', RepositoryOwnerId: IDS.ownerId, RepositoryName: 'octo-repo', RepositoryId: IDS.repositoryId, ApplyWorkflowRefs: APPLY_REFS.join(',') }
  type Role = { Properties: { RoleName: string; MaxSessionDuration: string; AssumeRolePolicyDocument: string; Policies: Array<{ PolicyDocument: PolicyDocument }> } }
  const deployed = (parameters: Record<string, string> = {}, pseudo = { partition: 'aws', accountId: '111111111111' }) => resolveTemplate(template, { ...REPO, ...parameters }, pseudo)
  const trustOf = (resources: Record<string, unknown>, id: string): PolicyDocument => JSON.parse((resources[id] as Role).Properties.AssumeRolePolicyDocument) as PolicyDocument

  it('is what npm run docs makes from docs/iam (no drift)', () => {
    expect(readFileSync(TEMPLATE_PATH, 'utf8')).toBe(cloudFormationTemplate())
  })

  // cfn-lint validates types, properties, intrinsic functions and references; the CDK's resource
  // specification replaces its own older one, which predates AWS::IAM::OIDCProvider.
  const require = createRequire(import.meta.url)
  const lint = (path: string, parameters: Record<string, string>) => {
    const awsData = require('cfn-lint/lib/awsData') as { awsResources: Record<string, unknown> }
    const spec = (require('@aws-cdk/cfnspec') as { specification(): Record<string, unknown> }).specification()
    awsData.awsResources.ResourceTypes = spec.ResourceTypes
    awsData.awsResources.PropertyTypes = spec.PropertyTypes
    const validator = require('cfn-lint/lib/validator') as { validateFile(path: string, parameters: Record<string, string>): { templateValid: boolean; errors: { crit: Array<{ message: string }> } } }
    return validator.validateFile(path, parameters)
  }

  it.each<Record<string, string>>([{}, { CreateOidcProvider: 'true' }, { DefaultBranch: 'release/2026' }, { CreateOidcProvider: 'true', IssuerHost: 'ghe.example.com/_services/token' }, { SubjectForm: 'name-only' }, { SubjectForm: 'both', MaxSessionDuration: '7200' }])(
    'passes cfn-lint with %j',
    (parameters) => {
      const result = lint(TEMPLATE_PATH, { ...REPO, ...parameters })
      expect(result.errors.crit.map((e) => e.message)).toEqual([])
      expect(result.templateValid).toBe(true)
    }
  )

  it('and cfn-lint does refuse a broken one', () => {
    const { mkdtempSync, writeFileSync } = require('node:fs') as typeof import('node:fs')
    const { join } = require('node:path') as typeof import('node:path')
    const broken = join(mkdtempSync(join(require('node:os').tmpdir() as string, 'cfn-')), 'broken.yml')
    writeFileSync(broken, readFileSync(TEMPLATE_PATH, 'utf8').replace('Ref: MaxSessionDuration', 'Ref: MaxSessionSeconds'))
    expect(lint(broken, REPO).templateValid).toBe(false)
  })

  it('deploys the very documents: each role trusts the exact immutable subject and has the documented permissions', () => {
    expect(Object.keys(deployed()).sort()).toEqual(['ApplyRole', 'PlanRole'])
    const resources = deployed({ RejectByHandWorkflowRef: BY_HAND_REF })
    expect(Object.keys(resources).sort()).toEqual(['ApplyRole', 'PlanRole', 'RejectByHandRole'])
    for (const role of ROLES) {
      const props = (resources[role.logicalId] as Role).Properties
      expect(props.RoleName).toBe(role.name)
      expect((deployed({ RejectByHandWorkflowRef: BY_HAND_REF, [role.nameParameter]: 'Second' })[role.logicalId] as Role).Properties.RoleName).toBe('Second')
      expect(props.MaxSessionDuration).toBe('3600')
      // The document with its one subject listed twice (the template's single-form shape; IAM reads it the same).
      const documented = JSON.stringify(filledTrust(role.trustFile, IDS)).replace(/"(repo:[^"]+)"/, '["$1","$1"]')
      expect(trustOf(resources, role.logicalId)).toEqual(JSON.parse(documented))
      // The template gives a Resource as a list: the documents' one pattern, or one per listed account.
      const listed = JSON.parse(JSON.stringify(readPolicy(role.permissionsFile)).replace(/"(arn:aws:proton:[^"]+)"/g, '["$1"]')) as PolicyDocument
      expect(props.Policies[0]?.PolicyDocument).toEqual(listed)
    }
    const apply = trustOf(resources, 'ApplyRole')
    expect(trustAllows(apply, request(`${IMMUTABLE}:ref:refs/heads/main`))).toBe(true)
    expect(trustAllows(apply, request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(false)
    expect(trustAllows(trustOf(resources, 'PlanRole'), request(`${IMMUTABLE}:pull_request`))).toBe(true)
  })

  it('offers the name-only subject, or both side by side, only when asked; never a wildcard', () => {
    const nameOnly = trustOf(deployed({ SubjectForm: 'name-only' }), 'ApplyRole')
    expect(trustAllows(nameOnly, request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(true)
    expect(trustAllows(nameOnly, request(`${IMMUTABLE}:ref:refs/heads/main`))).toBe(false)
    const both = trustOf(deployed({ SubjectForm: 'both', DefaultBranch: 'trunk', ApplyWorkflowRefs: 'octo-org/octo-repo/.github/workflows/apply.yml@refs/heads/trunk' }), 'ApplyRole')
    const onTrunk = (sub: string, ref = 'refs/heads/trunk') => {
      const r = request(sub)
      return { ...r, context: { ...r.context, 'token.actions.githubusercontent.com:ref': ref, 'token.actions.githubusercontent.com:job_workflow_ref': `octo-org/octo-repo/.github/workflows/apply.yml@${ref}` } }
    }
    expect(trustAllows(both, onTrunk('repo:octo-org/octo-repo:ref:refs/heads/trunk'))).toBe(true)
    expect(trustAllows(both, onTrunk(`${IMMUTABLE}:ref:refs/heads/trunk`))).toBe(true)
    expect(trustAllows(both, onTrunk(`${IMMUTABLE}:ref:refs/heads/main`, 'refs/heads/main'))).toBe(false)
    for (const form of ['immutable', 'name-only', 'both']) expect(JSON.stringify(trustOf(deployed({ SubjectForm: form }), 'ApplyRole'))).not.toMatch(/repo:[^"]*[*?]/)
  })

  it('creates the OIDC provider on request, and the roles then depend on it; a GitHub Enterprise Server host sets the issuer and the keys', () => {
    const raw = JSON.stringify(template.Resources.ApplyRole)
    expect(raw).toContain('{"Ref":"GitHubOidcProvider"}')
    const created = deployed({ CreateOidcProvider: 'true', IssuerHost: 'ghe.example.com/_services/token', MaxSessionDuration: '43200' })
    expect(created.GitHubOidcProvider).toMatchObject({ Type: 'AWS::IAM::OIDCProvider', Properties: { Url: 'https://ghe.example.com/_services/token', ClientIdList: ['sts.amazonaws.com'] } })
    expect((created.ApplyRoleOnEnterpriseServer as Role).Properties.MaxSessionDuration).toBe('43200')
    expect(created.ApplyRole).toBeUndefined()
    const ghes = trustOf(created, 'ApplyRoleOnEnterpriseServer')
    const ghesRequest = {
      action: 'sts:AssumeRoleWithWebIdentity' as const,
      federatedPrincipal: 'arn:aws:iam::111111111111:oidc-provider/ghe.example.com/_services/token',
      context: { 'ghe.example.com/_services/token:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main', 'ghe.example.com/_services/token:aud': 'sts.amazonaws.com' }
    }
    // GitHub Enterprise Server keeps the name-only subject, so the template trusts that there.
    expect(trustAllows(ghes, ghesRequest)).toBe(true)
    expect(trustAllows(ghes, { ...ghesRequest, context: { ...ghesRequest.context, 'ghe.example.com/_services/token:sub': `${IMMUTABLE}:ref:refs/heads/main` } })).toBe(false)
    expect(trustAllows(ghes, request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(false)
  })

  it('takes the partition and account from where it is deployed', () => {
    const resources = deployed({}, { partition: 'aws-us-gov', accountId: '333333333333' })
    const text = JSON.stringify(resources)
    expect(text).toContain('arn:aws-us-gov:proton:*:*:environment-account-connection/*')
    expect(text).toContain('arn:aws-us-gov:iam::333333333333:oidc-provider/token.actions.githubusercontent.com')
    expect(text).not.toMatch(/111111111111/)
  })
})

describe('the message when a role refuses the token', () => {
  const role = { roleArn: 'arn:aws:iam::111111111111:role/R', sessionName: 'GitHubActions', audience: 'sts.amazonaws.com', durationSeconds: 900 }
  const token = (claims: Record<string, string>): string => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`

  it('never offers pull_request as the fix, and points to push and a read-only role', () => {
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:pull_request', iss: 'https://token.actions.githubusercontent.com' }))
    expect(message).toContain('push')
    expect(message).toContain('read-only role')
    expect(message).toContain('"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"')
    expect(message).not.toMatch(/"token\.actions\.githubusercontent\.com:sub": "repo:o\/r:pull_request"/)
  })

  it('builds the condition keys from the issuer', () => {
    expect(conditionKeyPrefix('https://ghe.example.com/_services/token')).toBe('ghe.example.com/_services/token')
    expect(conditionKeyPrefix(undefined)).toBe('token.actions.githubusercontent.com')
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:ref:refs/heads/main', iss: 'https://ghe.example.com/_services/token' }))
    expect(message).toContain('"ghe.example.com/_services/token:sub": "repo:o/r:ref:refs/heads/main"')
  })

  it('on a GitHub Enterprise Server, where only sub is checked, offers the default branch\'s subject, never an environment\'s', () => {
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:environment:prod', iss: 'https://ghe.example.com/_services/token' }))
    const condition = JSON.parse(message.split('\n\n')[1] as string) as { Condition: { StringEquals: Record<string, string> } }
    expect(condition.Condition.StringEquals).toEqual({ 'ghe.example.com/_services/token:aud': 'sts.amazonaws.com', 'ghe.example.com/_services/token:sub': 'repo:o/r:ref:refs/heads/main' })
  })

  const conditionOf = (message: string): Record<string, string> => (JSON.parse(message.split('\n\n')[1] as string) as { Condition: { StringEquals: Record<string, string> } }).Condition.StringEquals
  const GH = 'token.actions.githubusercontent.com'
  const claims = { iss: `https://${GH}`, repository_id: '42', job_workflow_ref: 'o/r/.github/workflows/reject.yml@refs/heads/feature' }

  it('for an environment job, trusts the environment together with the default branch, the repository and the workflow file', () => {
    const message = accessDeniedMessage(role, token({ ...claims, sub: 'repo:o/r:environment:proton-reject', ref: 'refs/heads/main', environment: 'proton-reject', job_workflow_ref: 'o/r/.github/workflows/reject.yml@refs/heads/main' }))
    expect(conditionOf(message)).toEqual({
      [`${GH}:aud`]: 'sts.amazonaws.com',
      [`${GH}:sub`]: 'repo:o/r:environment:proton-reject',
      [`${GH}:repository_id`]: '42',
      [`${GH}:ref`]: 'refs/heads/main',
      [`${GH}:environment`]: 'proton-reject',
      [`${GH}:job_workflow_ref`]: 'o/r/.github/workflows/reject.yml@refs/heads/main'
    })
  })

  it('for an environment job on another branch, says to run it from the default branch, and trusts only that', () => {
    const message = accessDeniedMessage(role, token({ ...claims, sub: 'repo:o/r:environment:proton-reject', ref: 'refs/heads/feature', environment: 'proton-reject' }))
    expect(message).toContain('from refs/heads/feature, not the default branch main')
    expect(message).toContain('run the workflow from main')
    expect(conditionOf(message)).toMatchObject({ [`${GH}:ref`]: 'refs/heads/main', [`${GH}:environment`]: 'proton-reject', [`${GH}:job_workflow_ref`]: 'o/r/.github/workflows/reject.yml@refs/heads/main' })
  })

  it('for a tag or another subject, never offers that subject: the default branch\'s instead', () => {
    for (const sub of ['repo:o/r:ref:refs/tags/v1', 'repo:o/r:something:else']) {
      const message = accessDeniedMessage(role, token({ ...claims, sub, ref: 'refs/tags/v1' }))
      expect(message).toContain('should trust only the default branch\'s apply workflows')
      expect(conditionOf(message)[`${GH}:sub`]).toBe('repo:o/r:ref:refs/heads/main')
      expect(conditionOf(message)[`${GH}:ref`]).toBe('refs/heads/main')
    }
  })

  it('names the plan role\'s repository_id beside its pull_request subject', () => {
    const message = accessDeniedMessage(role, token({ ...claims, sub: 'repo:o/r:pull_request' }))
    expect(message).toContain('trusts "repo:o/r:pull_request" with repository_id "42"')
  })

  it('says first that the role may not exist, with its account and name', () => {
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:ref:refs/heads/main', iss: 'https://token.actions.githubusercontent.com' }))
    expect(message.indexOf('does not exist')).toBeGreaterThan(0)
    expect(message.indexOf('does not exist')).toBeLessThan(message.indexOf('trust policy'))
    expect(message).toContain('account 111111111111, role name R')
  })

  it('shows an immutable subject as it is, says so in words, and trusts that exact subject', () => {
    const message = accessDeniedMessage(role, token({ sub: `${IMMUTABLE}:ref:refs/heads/main`, iss: 'https://token.actions.githubusercontent.com' }))
    expect(message).toContain(`sub "${IMMUTABLE}:ref:refs/heads/main"`)
    expect(message).toContain('immutable subject')
    expect(message).toContain('"repo:octo-org/octo-repo:..."')
    expect(message).toContain(`"token.actions.githubusercontent.com:sub": "${IMMUTABLE}:ref:refs/heads/main"`)
    const pr = accessDeniedMessage(role, token({ sub: `${IMMUTABLE}:pull_request`, iss: 'https://token.actions.githubusercontent.com' }))
    expect(pr).toContain(`"token.actions.githubusercontent.com:sub": "${IMMUTABLE}:ref:refs/heads/main"`)
    expect(pr).toContain(`trusts "${IMMUTABLE}:pull_request"`)
    expect(accessDeniedMessage(role, token({ sub: 'repo:o/r:ref:refs/heads/main' }))).not.toContain('immutable')
  })

  it('names role-duration-seconds, its value and the role\'s limit when STS refuses the duration', () => {
    const message = durationMessage({ ...role, durationSeconds: 7200 })
    expect(message).toContain('role-duration-seconds is 7200')
    expect(message).toContain('MaxSessionDuration (3600 seconds')
    expect(message).toContain('aws iam get-role --role-name R')
    expect(message).toMatch(/Lower role-duration-seconds .* or raise the role's MaxSessionDuration/)
  })
})

describe("the emulator's AWS clock", () => {
  const roleArn = 'arn:aws:iam::111111111111:role/R'
  const params = (token: string) => new URLSearchParams({ Action: 'AssumeRoleWithWebIdentity', RoleArn: roleArn, RoleSessionName: 'GitHubActions', WebIdentityToken: token, DurationSeconds: '900' })
  const service = (skewMs: number) => {
    const identity = new IdentityService('111111111111')
    identity.trustGitHub(roleArn, 'repo:octo-org/octo-repo:*', 'sts.amazonaws.com')
    identity.clockSkewMs = skewMs
    return identity
  }

  it("sends AWS's clock in STS's Date header and counts Expiration from it", () => {
    const identity = service(-120_000)
    const before = Date.now()
    const reply = stsCall(identity, Buffer.from(params(identity.issueIdToken(job(), 'sts.amazonaws.com')).toString())).answer(false)
    const after = Date.now()
    expect(reply.status).toBe(200)
    const date = Date.parse(String(reply.headers.date))
    // An HTTP-date names its second: within the second of AWS's clock, two minutes behind this machine's.
    expect(date).toBeGreaterThanOrEqual(Math.floor((before - 120_000) / 1000) * 1000)
    expect(date).toBeLessThanOrEqual(after - 120_000)
    const expiration = Date.parse(/<Expiration>([^<]+)<\/Expiration>/.exec(String(reply.text))?.[1] ?? '')
    expect(expiration).toBeGreaterThanOrEqual(before - 120_000 + 900_000)
    expect(expiration).toBeLessThanOrEqual(after - 120_000 + 900_000)
    // Errors carry it too.
    const refused = stsCall(identity, Buffer.from(params('forged').toString())).answer(false)
    expect(refused.status).toBe(400)
    expect(Math.abs(Date.parse(String(refused.headers.date)) - (Date.now() - 120_000))).toBeLessThan(2_000)
  })

  it('forgets the offset with the rest of the identity side', () => {
    const identity = service(75_000)
    expect(identity.now().getTime() - Date.now()).toBeGreaterThan(74_000)
    identity.forgetJobsRolesAndSessions()
    expect(identity.clockSkewMs).toBe(0)
  })
})
