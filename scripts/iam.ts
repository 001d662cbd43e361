import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { ROOT } from './paths.js'
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

/**
 * The placeholders the trust documents use for the repository's immutable IDs: users put in their
 * own (`gh api repos/OWNER/REPO --jq '.owner.id, .id'`), the template takes them as parameters, and
 * the tests fill them with the IDs of the job they run.
 */
export const ID_PLACEHOLDERS = { ownerId: 'OWNER_ID', repositoryId: 'REPO_ID' } as const
const [EXAMPLE_OWNER, EXAMPLE_NAME] = EXAMPLE_REPOSITORY.split('/') as [string, string]
const GITHUB_COM_HOST = 'token.actions.githubusercontent.com'
/** GitHub's published intermediate thumbprints for its github.com issuer; IAM no longer relies on them for it, older tools require the list. */
const GITHUB_COM_THUMBPRINTS = ['6938fd4d98bab03faadb97b34396831e3780aea1', '1c58a3a8518e8759bf075b76b750d4f2df264fcd']

/** A trust document with the example repository's IDs filled in: what a user with these IDs deploys. */
export function filledTrust(file: string, ids: { ownerId: string; repositoryId: string }): PolicyDocument {
  return JSON.parse(policyText(file).split(ID_PLACEHOLDERS.ownerId).join(ids.ownerId).split(ID_PLACEHOLDERS.repositoryId).join(ids.repositoryId)) as PolicyDocument
}

/** The same trust for a repository that keeps the name-only subject (`repo:OWNER/REPO:...`). */
export function nameOnlyTrust(file: string): PolicyDocument {
  return JSON.parse(policyText(file).split(`${EXAMPLE_OWNER}@${ID_PLACEHOLDERS.ownerId}/${EXAMPLE_NAME}@${ID_PLACEHOLDERS.repositoryId}`).join(EXAMPLE_REPOSITORY)) as PolicyDocument
}

/** Example values in the permission documents and the template's parameters that replace them. */
const PLACEHOLDERS: ReadonlyArray<[string, string]> = [
  ['arn:aws:', 'arn:${AWS::Partition}:'],
  [EXAMPLE_ACCOUNT, '${AWS::AccountId}']
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

/**
 * A trust document as the template's text: a condition key cannot be an intrinsic function, so the
 * whole document is one `Fn::Sub` over its JSON, with the issuer host, the provider and the subject
 * (in the form the SubjectForm parameter chooses) as variables.
 */
function templatedTrust(file: string): unknown {
  const doc = readPolicy(file)
  const statement = (Array.isArray(doc.Statement) ? doc.Statement[0] : doc.Statement) as unknown as { Condition: { StringEquals: Record<string, string> } }
  const sub = statement.Condition.StringEquals[`${GITHUB_COM_HOST}:sub`] as string
  const context = sub.split(':').slice(2).join(':').replace('refs/heads/main', 'refs/heads/${DefaultBranch}')
  const immutable = `repo:\${RepositoryOwner}@\${RepositoryOwnerId}/\${RepositoryName}@\${RepositoryId}:${context}`
  const nameOnly = `repo:\${RepositoryOwner}/\${RepositoryName}:${context}`
  const text = policyText(file)
    .split(`"${sub}"`).join('["${Subject}", "${OtherSubject}"]')
    .split(`arn:aws:iam::${EXAMPLE_ACCOUNT}:oidc-provider/${GITHUB_COM_HOST}`).join('${ProviderArn}')
    .split(`${GITHUB_COM_HOST}:`).join('${IssuerHost}:')
  return {
    'Fn::Sub': [
      text,
      {
        ProviderArn: { 'Fn::If': ['CreateProvider', { Ref: 'GitHubOidcProvider' }, { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/${IssuerHost}' }] },
        // One exact subject, listed twice (harmless in IAM), or both forms side by side while migrating.
        Subject: { 'Fn::If': ['NameOnlySubject', { 'Fn::Sub': nameOnly }, { 'Fn::Sub': immutable }] },
        OtherSubject: { 'Fn::If': ['BothSubjects', { 'Fn::Sub': nameOnly }, { 'Fn::If': ['NameOnlySubject', { 'Fn::Sub': nameOnly }, { 'Fn::Sub': immutable }] }] }
      }
    ]
  }
}

/** docs/iam/roles.cfn.yml: both roles, and optionally the account's GitHub OIDC provider. */
export function cloudFormationTemplate(): string {
  const resources: Record<string, unknown> = {
    GitHubOidcProvider: {
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateProvider',
      Properties: {
        Url: { 'Fn::Sub': 'https://${IssuerHost}' },
        ClientIdList: ['sts.amazonaws.com'],
        ThumbprintList: { Ref: 'OidcThumbprints' }
      }
    }
  }
  const outputs: Record<string, unknown> = {}
  for (const role of ROLES) {
    resources[role.logicalId] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: role.name,
        Description: role.description,
        MaxSessionDuration: { Ref: 'MaxSessionDuration' },
        AssumeRolePolicyDocument: templatedTrust(role.trustFile),
        Policies: [{ PolicyName: role.policyName, PolicyDocument: templated(readPolicy(role.permissionsFile)) }]
      }
    }
    outputs[`${role.logicalId}Arn`] = { Description: `role-to-assume for ${role.logicalId === 'ApplyRole' ? 'the apply job' : 'the plan job'}`, Value: { 'Fn::GetAtt': [role.logicalId, 'Arn'] } }
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Roles for proton-reject-connection-action: a read-only plan role for pull requests and an apply role for the default branch.',
    Parameters: {
      RepositoryOwner: { Type: 'String', Description: 'The owner (user or organization) of the repository whose workflows use the roles', AllowedPattern: '^[A-Za-z0-9-]+$' },
      RepositoryOwnerId: { Type: 'String', Description: "The owner's numeric ID: gh api repos/OWNER/REPO --jq '.owner.id'", AllowedPattern: '^[0-9]+$' },
      RepositoryName: { Type: 'String', Description: 'The repository\'s name, without the owner', AllowedPattern: '^[A-Za-z0-9_.-]+$' },
      RepositoryId: { Type: 'String', Description: "The repository's numeric ID: gh api repos/OWNER/REPO --jq '.id'", AllowedPattern: '^[0-9]+$' },
      SubjectForm: {
        Type: 'String',
        AllowedValues: ['immutable', 'name-only', 'both'],
        Default: 'immutable',
        Description:
          'The OIDC subject the roles trust. immutable: repo:OWNER@OWNER_ID/REPO@REPO_ID:... (repositories created, renamed or transferred since GitHub\'s 2026 change, or opted in). name-only: repo:OWNER/REPO:... (an older repository that has not opted in). both: the two exact subjects, while the repository migrates. On GitHub Enterprise Server (IssuerHost) the subject is always name-only.'
      },
      DefaultBranch: { Type: 'String', Default: 'main', Description: 'The branch whose pushes apply the policy', AllowedPattern: '^[A-Za-z0-9._/-]+$' },
      IssuerHost: {
        Type: 'String',
        Default: GITHUB_COM_HOST,
        Description: 'The OIDC issuer without https://: token.actions.githubusercontent.com on github.com, HOST/_services/token on GitHub Enterprise Server',
        AllowedPattern: '^[A-Za-z0-9.-]+(/_services/token)?$'
      },
      CreateOidcProvider: {
        Type: 'String',
        AllowedValues: ['true', 'false'],
        Default: 'false',
        Description: 'true to create the account\'s IAM OIDC provider for the issuer (an account has at most one per issuer)'
      },
      OidcThumbprints: {
        Type: 'CommaDelimitedList',
        Default: GITHUB_COM_THUMBPRINTS.join(','),
        Description: "Used only when the template creates the provider: the issuer's certificate thumbprints. The default is GitHub's published pair for github.com (IAM no longer relies on them there); on GitHub Enterprise Server give your own"
      },
      MaxSessionDuration: {
        Type: 'Number',
        Default: 3600,
        MinValue: 3600,
        MaxValue: 43200,
        Description: "The longest session STS gives the roles, in seconds; the action's role-duration-seconds must not exceed it"
      }
    },
    Conditions: {
      CreateProvider: { 'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'] },
      // GitHub Enterprise Server keeps the name-only subject whatever SubjectForm says.
      NameOnlySubject: {
        'Fn::Or': [{ 'Fn::Equals': [{ Ref: 'SubjectForm' }, 'name-only'] }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'IssuerHost' }, GITHUB_COM_HOST] }] }]
      },
      BothSubjects: { 'Fn::Equals': [{ Ref: 'SubjectForm' }, 'both'] }
    },
    Resources: resources,
    Outputs: outputs
  }
  return `# Made by npm run docs from docs/iam/*.json: edit those documents, not this file.\n${stringify(template, { lineWidth: 0 })}`
}

/**
 * What CloudFormation makes of the template's intrinsic functions for given parameters (Ref, Fn::Sub,
 * Fn::If, Fn::Equals, conditions, AWS::NoValue): the tests deploy it on paper and evaluate the result.
 */
export function resolveTemplate(template: { Parameters: Record<string, { Default?: unknown }>; Conditions: Record<string, unknown>; Resources: Record<string, unknown> }, parameters: Record<string, string>, pseudo = { partition: 'aws', accountId: EXAMPLE_ACCOUNT }): Record<string, unknown> {
  const NO_VALUE = Symbol('NoValue')
  const values: Record<string, string> = { 'AWS::Partition': pseudo.partition, 'AWS::AccountId': pseudo.accountId }
  for (const [name, spec] of Object.entries(template.Parameters)) {
    const value = parameters[name] ?? (spec.Default === undefined ? undefined : String(spec.Default))
    if (value === undefined) throw new Error(`parameter ${name} has no value`)
    values[name] = value
  }
  const conditions: Record<string, boolean> = {}
  const sub = (text: string, vars: Record<string, string>): string =>
    text.replace(/\$\{([\w:]+)\}/g, (_m, name: string) => {
      const value = vars[name] ?? values[name]
      if (value === undefined) throw new Error(`Fn::Sub names \${${name}}, which is not defined`)
      return value
    })
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve).filter((v) => v !== NO_VALUE)
    if (!node || typeof node !== 'object') return node
    const entries = Object.entries(node)
    const [key, arg] = entries[0] ?? []
    if (entries.length === 1 && key === 'Ref') {
      if (arg === 'AWS::NoValue') return NO_VALUE
      if (arg === 'GitHubOidcProvider') return `arn:${pseudo.partition}:iam::${pseudo.accountId}:oidc-provider/${values.IssuerHost}`
      const value = values[arg as string]
      if (value === undefined) throw new Error(`Ref to ${String(arg)}, which is not defined`)
      return value
    }
    if (entries.length === 1 && key === 'Fn::Sub') {
      if (typeof arg === 'string') return sub(arg, {})
      const [text, vars] = arg as [string, Record<string, unknown>]
      return sub(text, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(resolve(v))])))
    }
    if (entries.length === 1 && key === 'Fn::If') {
      const [name, yes, no] = arg as [string, unknown, unknown]
      if (!(name in conditions)) throw new Error(`Fn::If names condition ${name}, which is not defined`)
      return resolve(conditions[name] ? yes : no)
    }
    if (entries.length === 1 && key === 'Fn::Or') return (arg as unknown[]).some((c) => resolve(c) === true)
    if (entries.length === 1 && key === 'Fn::Not') return resolve((arg as unknown[])[0]) !== true
    if (entries.length === 1 && key === 'Fn::Equals') {
      const [a, b] = arg as [unknown, unknown]
      return resolve(a) === resolve(b)
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of entries) {
      const r = resolve(v)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }
  for (const [name, expression] of Object.entries(template.Conditions)) conditions[name] = resolve(expression) === true
  const resources: Record<string, unknown> = {}
  for (const [id, resource] of Object.entries(template.Resources)) {
    const condition = (resource as { Condition?: string }).Condition
    if (condition === undefined || conditions[condition]) resources[id] = resolve(resource)
  }
  return resources
}
