import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { claimsFor, getsIdToken, issuerFor, subjectFor, type JobContext } from '../../emulator/claims.js'
import { conditionsMatch, permissionsAllow, trustAllows, type PolicyDocument } from '../../emulator/iam.js'
import { cloudFormationTemplate, readPolicy, ROLES, untemplated } from '../../scripts/iam.js'
import { TEMPLATE_PATH } from '../../scripts/docs.js'
import { accessDeniedMessage, conditionKeyPrefix } from '../../src/credentials.js'

/** The emulator's identity side: GitHub's claims per event and IAM's evaluation of the documented roles. */

const job = (over: Partial<JobContext> = {}): JobContext => ({ repository: 'octo-org/octo-repo', eventName: 'push', ref: 'refs/heads/main', ...over })
const GH = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com'
const request = (sub: string, aud = 'sts.amazonaws.com', federatedPrincipal = GH) => ({
  action: 'sts:AssumeRoleWithWebIdentity' as const,
  federatedPrincipal,
  context: { 'token.actions.githubusercontent.com:sub': sub, 'token.actions.githubusercontent.com:aud': aud }
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
  })
})

describe('IAM evaluation', () => {
  const apply = readPolicy('apply-role-trust.json')
  const plan = readPolicy('plan-role-trust.json')

  it('the apply role trusts the default branch only', () => {
    expect(trustAllows(apply, request('repo:octo-org/octo-repo:ref:refs/heads/main'))).toBe(true)
    for (const sub of ['repo:octo-org/octo-repo:pull_request', 'repo:octo-org/octo-repo:ref:refs/heads/feature', 'repo:octo-org/octo-repo:environment:production', 'repo:octo-org/other:ref:refs/heads/main']) {
      expect(trustAllows(apply, request(sub))).toBe(false)
    }
    expect(trustAllows(apply, request('repo:octo-org/octo-repo:ref:refs/heads/main', 'https://github.com/octo-org'))).toBe(false)
    expect(trustAllows(apply, request('repo:octo-org/octo-repo:ref:refs/heads/main', 'sts.amazonaws.com', 'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com'))).toBe(false)
  })

  it('the plan role trusts pull requests and may only read', () => {
    expect(trustAllows(plan, request('repo:octo-org/octo-repo:pull_request'))).toBe(true)
    const perms = [readPolicy('plan-role-permissions.json')]
    const resource = 'arn:aws:proton:us-east-1:111111111111:environment-account-connection/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b'
    expect(permissionsAllow(perms, 'proton:GetEnvironmentAccountConnection', resource)).toBe(true)
    expect(permissionsAllow(perms, 'proton:RejectEnvironmentAccountConnection', resource)).toBe(false)
    expect(permissionsAllow([readPolicy('apply-role-permissions.json')], 'proton:RejectEnvironmentAccountConnection', resource)).toBe(true)
    expect(permissionsAllow([readPolicy('apply-role-permissions.json')], 'proton:RejectEnvironmentAccountConnection', resource.replace('111111111111', '999999999999'))).toBe(false)
  })

  it('follows IAM: wildcards in StringLike only, a missing key fails, IfExists and negation, an unknown operator denies, Deny wins', () => {
    const ctx = { 'k:sub': 'repo:o/r:ref:refs/heads/main' }
    expect(conditionsMatch({ StringLike: { 'k:sub': 'repo:o/r:*' } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringEquals: { 'k:sub': 'repo:o/r:*' } }, ctx)).toBe(false)
    expect(conditionsMatch({ StringEquals: { 'K:SUB': ['x', 'repo:o/r:ref:refs/heads/main'] } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringEquals: { 'k:aud': 'sts.amazonaws.com' } }, ctx)).toBe(false)
    expect(conditionsMatch({ StringEqualsIfExists: { 'k:aud': 'sts.amazonaws.com' } }, ctx)).toBe(true)
    expect(conditionsMatch({ StringNotLike: { 'k:sub': 'repo:o/r:pull_request' } }, ctx)).toBe(true)
    expect(conditionsMatch({ ArnLike: { 'k:sub': '*' } }, ctx)).toBe(false)
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
  it('is what npm run docs makes from docs/iam (no drift)', () => {
    expect(readFileSync(TEMPLATE_PATH, 'utf8')).toBe(cloudFormationTemplate())
  })

  it('holds the very documents, with the account, partition, repository and branch as parameters', () => {
    const template = parse(readFileSync(TEMPLATE_PATH, 'utf8')) as { Resources: Record<string, { Properties: Record<string, unknown> }> }
    for (const role of ROLES) {
      const props = template.Resources[role.logicalId]?.Properties as { RoleName: string; AssumeRolePolicyDocument: unknown; Policies: Array<{ PolicyDocument: unknown }> }
      expect(props.RoleName).toBe(role.name)
      expect(untemplated(props.AssumeRolePolicyDocument)).toEqual(readPolicy(role.trustFile))
      expect(untemplated(props.Policies[0]?.PolicyDocument)).toEqual(readPolicy(role.permissionsFile))
      expect(JSON.stringify(props)).not.toMatch(/111111111111|octo-org/)
    }
    expect(template.Resources.GitHubOidcProvider).toMatchObject({ Type: 'AWS::IAM::OIDCProvider', Condition: 'CreateProvider' })
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
    const message = accessDeniedMessage(role, token({ sub: 'repo:o/r:environment:prod', iss: 'https://ghe.example.com/_services/token' }))
    expect(message).toContain('"ghe.example.com/_services/token:sub": "repo:o/r:environment:prod"')
  })
})
