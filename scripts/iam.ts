import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { ROOT } from '../emulator/runner.js'
import type { PolicyDocument } from '../emulator/iam.js'

/**
 * The two roles the README documents, read from docs/iam/*.json: the same documents feed the
 * README, the CloudFormation template and the emulator's IAM in the tests.
 */
export const IAM_DIR = join(ROOT, 'docs', 'iam')
export const EXAMPLE_ACCOUNT = '111111111111'
export const EXAMPLE_REPOSITORY = 'octo-org/octo-repo'

export interface DocumentedRole {
  /** The role's name in the examples and the template. */
  name: string
  logicalId: string
  policyName: string
  description: string
  trustFile: string
  permissionsFile: string
}

export const ROLES: readonly DocumentedRole[] = [
  {
    name: 'ProtonConnectionGuard',
    logicalId: 'ApplyRole',
    policyName: 'proton-connections-read-and-reject',
    description: 'Applies the account policy: reads and rejects connections. Trusted only by workflows on the default branch.',
    trustFile: 'apply-role-trust.json',
    permissionsFile: 'apply-role-permissions.json'
  },
  {
    name: 'ProtonConnectionGuardReadOnly',
    logicalId: 'PlanRole',
    policyName: 'proton-connections-read',
    description: 'Plans on pull requests: reads connections, cannot reject them. Trusted by pull_request workflows.',
    trustFile: 'plan-role-trust.json',
    permissionsFile: 'plan-role-permissions.json'
  }
]

export const readPolicy = (file: string): PolicyDocument => JSON.parse(readFileSync(join(IAM_DIR, file), 'utf8')) as PolicyDocument
export const policyText = (file: string): string => readFileSync(join(IAM_DIR, file), 'utf8').trimEnd()
export const roleArn = (role: DocumentedRole): string => `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/${role.name}`

/** Example values in the documents and the template's parameters that replace them. */
const PLACEHOLDERS: ReadonlyArray<[string, string]> = [
  ['arn:aws:', 'arn:${AWS::Partition}:'],
  [EXAMPLE_ACCOUNT, '${AWS::AccountId}'],
  [EXAMPLE_REPOSITORY, '${Repository}'],
  ['refs/heads/main', 'refs/heads/${DefaultBranch}']
]

/** A policy with the example values turned into `Fn::Sub` strings over the template's parameters. */
export function templated(value: unknown): unknown {
  if (typeof value === 'string') {
    const replaced = PLACEHOLDERS.reduce((text, [example, parameter]) => text.split(example).join(parameter), value)
    return replaced === value ? value : { 'Fn::Sub': replaced }
  }
  if (Array.isArray(value)) return value.map(templated)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, templated(v)]))
  return value
}

/** The inverse, for the test that the template holds the documents: `Fn::Sub` back to example values. */
export function untemplated(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untemplated)
  if (value && typeof value === 'object') {
    const sub = (value as Record<string, unknown>)['Fn::Sub']
    if (typeof sub === 'string') return PLACEHOLDERS.reduce((text, [example, parameter]) => text.split(parameter).join(example), sub)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, untemplated(v)]))
  }
  return value
}

/** docs/iam/roles.cfn.yml: both roles, and optionally the account's GitHub OIDC provider. */
export function cloudFormationTemplate(): string {
  const resources: Record<string, unknown> = {
    GitHubOidcProvider: {
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateProvider',
      Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] }
    }
  }
  const outputs: Record<string, unknown> = {}
  for (const role of ROLES) {
    resources[role.logicalId] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: role.name,
        Description: role.description,
        MaxSessionDuration: 3600,
        AssumeRolePolicyDocument: templated(readPolicy(role.trustFile)),
        Policies: [{ PolicyName: role.policyName, PolicyDocument: templated(readPolicy(role.permissionsFile)) }]
      }
    }
    outputs[`${role.logicalId}Arn`] = { Description: `role-to-assume for ${role.logicalId === 'ApplyRole' ? 'the apply job' : 'the plan job'}`, Value: { 'Fn::GetAtt': [role.logicalId, 'Arn'] } }
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Roles for proton-reject-connection-action: a read-only plan role for pull requests and an apply role for the default branch.',
    Parameters: {
      Repository: { Type: 'String', Description: 'owner/repo of the repository whose workflows use the roles', AllowedPattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
      DefaultBranch: { Type: 'String', Default: 'main', Description: 'The branch whose pushes apply the policy' },
      CreateOidcProvider: {
        Type: 'String',
        AllowedValues: ['true', 'false'],
        Default: 'false',
        Description: 'true to create the account\'s IAM OIDC provider for GitHub (an account has at most one per issuer)'
      }
    },
    Conditions: { CreateProvider: { 'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'] } },
    Resources: resources,
    Outputs: outputs
  }
  return `# Made by npm run docs from docs/iam/*.json: edit those documents, not this file.\n${stringify(template, { lineWidth: 0 })}`
}
