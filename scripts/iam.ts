import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { ROOT } from './paths.js'
import type { PolicyDocument, Statement } from '../emulator/iam.js'

/**
 * The two roles the README documents, read from docs/iam/*.json: the same documents feed the
 * README, the CloudFormation template and the emulator's IAM in the tests.
 */
export const IAM_DIR = join(ROOT, 'docs', 'iam')
export const EXAMPLE_ACCOUNT = '111111111111'
export const EXAMPLE_REPOSITORY = 'octo-org/octo-repo'

export interface DocumentedRole {
  /** The role's name in the examples, and the default of the template's parameter that names it. */
  name: string
  logicalId: string
  /** The template's parameter that names the role: a second stack in the same account gives other names. */
  nameParameter: string
  policyName: string
  description: string
  trustFile: string
  permissionsFile: string
  /** The template's parameter that lists the workflows (`job_workflow_ref`) the role trusts, for a role that checks them. */
  workflowRefsParameter?: string
  /** The template's parameter that names the GitHub environment the role trusts, for a role that requires one. */
  environmentParameter?: string
  /** The template's condition that creates the role, for a role that is optional. */
  condition?: string
}

export const ROLES: readonly DocumentedRole[] = [
  {
    name: 'ProtonConnectionGuard',
    logicalId: 'ApplyRole',
    nameParameter: 'ApplyRoleName',
    policyName: 'proton-connections-read-and-reject',
    description: 'Applies the account policy: reads and rejects connections. Trusted only by the listed apply workflows of one repository, on the default branch.',
    trustFile: 'apply-role-trust.json',
    permissionsFile: 'apply-role-permissions.json',
    workflowRefsParameter: 'ApplyWorkflowRefs'
  },
  {
    name: 'ProtonConnectionGuardReadOnly',
    logicalId: 'PlanRole',
    nameParameter: 'PlanRoleName',
    policyName: 'proton-connections-read',
    description: "Plans on pull requests: reads connections, cannot reject them. Trusted by the repository's pull_request workflows.",
    trustFile: 'plan-role-trust.json',
    permissionsFile: 'plan-role-permissions.json'
  },
  {
    name: 'ProtonConnectionGuardByHand',
    logicalId: 'RejectByHandRole',
    nameParameter: 'RejectByHandRoleName',
    policyName: 'proton-connections-reject-by-hand',
    description: 'Rejects connections by hand: reads and rejects given connections. Trusted only by the listed workflow, on the default branch, in the protected environment.',
    trustFile: 'reject-by-hand-role-trust.json',
    permissionsFile: 'reject-by-hand-role-permissions.json',
    workflowRefsParameter: 'RejectByHandWorkflowRef',
    environmentParameter: 'RejectByHandEnvironment',
    condition: 'CreateRejectByHandRole'
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
/** GitHub's published intermediate thumbprints for its github.com issuer, for tools that require the list. */
const GITHUB_COM_THUMBPRINTS = ['6938fd4d98bab03faadb97b34396831e3780aea1', '1c58a3a8518e8759bf075b76b750d4f2df264fcd']

/** A trust document with the example repository's IDs filled in: what a user with these IDs deploys. */
export function filledTrust(file: string, ids: { ownerId: string; repositoryId: string }): PolicyDocument {
  return JSON.parse(policyText(file).split(ID_PLACEHOLDERS.ownerId).join(ids.ownerId).split(ID_PLACEHOLDERS.repositoryId).join(ids.repositoryId)) as PolicyDocument
}

/**
 * The same trust for a repository that keeps the name-only subject (`repo:OWNER/REPO:...`): the
 * runner sets GITHUB_REPOSITORY_ID in such a repository too, so its `repository_id` is still checked.
 */
export function nameOnlyTrust(file: string, ids: { repositoryId: string }): PolicyDocument {
  const text = policyText(file).split(`${EXAMPLE_OWNER}@${ID_PLACEHOLDERS.ownerId}/${EXAMPLE_NAME}@${ID_PLACEHOLDERS.repositoryId}`).join(EXAMPLE_REPOSITORY)
  return JSON.parse(text.split(ID_PLACEHOLDERS.repositoryId).join(ids.repositoryId)) as PolicyDocument
}

/** The documents' connection ARN: any region, any environment account (the ARN names the environment account, not the management account). */
export const CONNECTION_ARN_PATTERN = 'arn:aws:proton:*:*:environment-account-connection/*'

/**
 * The Resource of the Get and Reject statements in the template: the documents' pattern (any
 * environment account), or, when EnvironmentAccountIds lists accounts, one ARN per account.
 * CloudFormation cannot map a list, and a Fn::Join delimiter cannot hold a function (so not
 * ${AWS::Partition}): the list is joined with a delimiter written out for each partition. In any
 * other partition only the first account's ARN is right and the others match nothing, so Get and
 * Reject are denied for them: it fails closed. One expression with the conditions inside it, as
 * cfn-lint reads an Fn::If at the top of a property wrongly.
 */
function connectionResource(): unknown {
  const joinIn = (partition: string): unknown => ({
    'Fn::Join': [`:environment-account-connection/*,arn:${partition}:proton:*:`, { 'Fn::Split': [',', { Ref: 'EnvironmentAccountIds' }] }]
  })
  const accounts = { 'Fn::If': ['AnyEnvironmentAccount', '*', { 'Fn::If': ['InChinaPartition', joinIn('aws-cn'), { 'Fn::If': ['InGovCloudPartition', joinIn('aws-us-gov'), joinIn('aws')] }] }] }
  return { 'Fn::Split': [',', { 'Fn::Join': ['', [{ 'Fn::Sub': 'arn:${AWS::Partition}:proton:*:' }, accounts, ':environment-account-connection/*']] }] }
}

/** A permission policy with the example values turned into expressions over the template's parameters. */
export function templated(value: unknown): unknown {
  if (value === CONNECTION_ARN_PATTERN) return connectionResource()
  if (typeof value === 'string') {
    const replaced = value.split('arn:aws:').join('arn:${AWS::Partition}:').split(EXAMPLE_ACCOUNT).join('${AWS::AccountId}')
    return replaced === value ? value : { 'Fn::Sub': replaced }
  }
  if (Array.isArray(value)) return value.map(templated)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, templated(v)]))
  return value
}

/** A value written into the trust's JSON text as it is (a list of `${...}` variables), not as one string. */
const raw = (json: string): string => `@@${json}@@`

/**
 * A trust document as the template's text: a condition key cannot be an intrinsic function, so the
 * whole document is one `Fn::Sub` over its JSON. On github.com it checks every claim the document
 * checks (AWS STS supports GitHub's claims as condition keys since February 2026: AWS What's New,
 * "AWS STS supports validation of select identity provider specific claims"); the keys are
 * documented for token.actions.githubusercontent.com, so a GitHub Enterprise Server issuer keeps
 * the `aud` and `sub` trust.
 */
function templatedTrust(role: DocumentedRole, allClaims: boolean): unknown {
  const doc = readPolicy(role.trustFile)
  const statement = (Array.isArray(doc.Statement) ? doc.Statement[0] : doc.Statement) as Statement & { Condition: { StringEquals: Record<string, string | string[]> } }
  const equals = statement.Condition.StringEquals
  const sub = equals[`${GITHUB_COM_HOST}:sub`] as string
  const context = sub
    .split(':')
    .slice(2)
    .join(':')
    .replace('refs/heads/main', 'refs/heads/${DefaultBranch}')
    .replace(/^environment:.*$/, `environment:\${${role.environmentParameter ?? ''}}`)
  const immutable = `repo:\${RepositoryOwner}@\${RepositoryOwnerId}/\${RepositoryName}@\${RepositoryId}:${context}`
  const nameOnly = `repo:\${RepositoryOwner}/\${RepositoryName}:${context}`
  const expression = (claim: string, value: string | string[]): string => {
    switch (claim) {
      case 'aud':
        return value as string
      case 'sub':
        return raw('["${Subject}", "${OtherSubject}"]')
      case 'repository_id':
        return '${RepositoryId}'
      case 'ref':
        return 'refs/heads/${DefaultBranch}'
      case 'environment':
        return `\${${role.environmentParameter}}`
      case 'job_workflow_ref':
        return Array.isArray(value) ? raw(`["\${${role.workflowRefsParameter}}"]`) : `\${${role.workflowRefsParameter}}`
      default:
        throw new Error(`${role.trustFile}: the template has no parameter for the claim ${claim}`)
    }
  }
  const entries = Object.entries(equals)
    .map(([key, value]) => [key.slice(GITHUB_COM_HOST.length + 1), value] as const)
    .filter(([claim]) => allClaims || claim === 'aud' || claim === 'sub')
  const conditions = Object.fromEntries(entries.map(([claim, value]) => [`\${IssuerHost}:${claim}`, expression(claim, value)]))
  const shaped = { ...doc, Statement: [{ ...statement, Principal: { Federated: '${ProviderArn}' }, Condition: { StringEquals: conditions } }] }
  // The text stays valid JSON with its variables unfilled: cfn-lint parses it as it is.
  const text = JSON.stringify(shaped, null, 2).replace(/"@@(.*?)@@"/g, (_all, json: string) => json.replace(/\\"/g, '"'))
  const listsWorkflows = allClaims && Array.isArray(equals[`${GITHUB_COM_HOST}:job_workflow_ref`])
  return {
    'Fn::Sub': [
      text,
      {
        ProviderArn: { 'Fn::If': ['CreateProvider', { Ref: 'GitHubOidcProvider' }, { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/${IssuerHost}' }] },
        // One exact subject, listed twice (harmless in IAM), or both forms side by side while migrating.
        // A GitHub Enterprise Server's tokens keep the name-only subject: its variant has no choice to make.
        Subject: allClaims ? { 'Fn::If': ['NameOnlySubject', { 'Fn::Sub': nameOnly }, { 'Fn::Sub': immutable }] } : { 'Fn::Sub': nameOnly },
        OtherSubject: allClaims ? { 'Fn::If': ['BothSubjects', { 'Fn::Sub': nameOnly }, { 'Fn::If': ['NameOnlySubject', { 'Fn::Sub': nameOnly }, { 'Fn::Sub': immutable }] }] } : { 'Fn::Sub': nameOnly },
        ...(listsWorkflows && { [role.workflowRefsParameter as string]: { 'Fn::Join': ['", "', { Ref: role.workflowRefsParameter }] } })
      }
    ]
  }
}

/**
 * Each role twice, one created: for github.com's issuer, with every claim its document checks; for
 * a GitHub Enterprise Server issuer, with aud and sub alone. (One resource with an Fn::If over two
 * documents would do, but cfn-lint misreads an Fn::If at the top of a property.)
 */
const CONDITIONS: Record<string, unknown> = {
  CreateRejectByHandRole: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'RejectByHandWorkflowRef' }, ''] }] },
  OnGitHubCom: { 'Fn::Equals': [{ Ref: 'IssuerHost' }, GITHUB_COM_HOST] },
  OnEnterpriseServer: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'IssuerHost' }, GITHUB_COM_HOST] }] }
}

const ISSUER_VARIANTS = [
  { suffix: '', condition: 'OnGitHubCom', allClaims: true },
  { suffix: 'OnEnterpriseServer', condition: 'OnEnterpriseServer', allClaims: false }
] as const

const WORKFLOW_REF_PATTERN = '^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/heads/[A-Za-z0-9._/-]+$'

/** docs/iam/roles.cfn.yml: the roles, and optionally the account's GitHub OIDC provider. */
export function cloudFormationTemplate(): string {
  const resources: Record<string, unknown> = {
    GitHubOidcProvider: {
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateProvider',
      // An account has one provider per issuer, which other stacks' roles may use: deleting or
      // replacing this stack leaves it in place.
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        Url: { 'Fn::Sub': 'https://${IssuerHost}' },
        ClientIdList: ['sts.amazonaws.com'],
        ThumbprintList: { Ref: 'OidcThumbprints' }
      }
    }
  }
  const outputs: Record<string, unknown> = {}
  const jobOf: Record<string, string> = { ApplyRole: 'the apply jobs', PlanRole: 'the plan job', RejectByHandRole: 'the hand-run rejection (examples/reject-on-dispatch.yml)' }
  const roleConditions: Record<string, unknown> = {}
  for (const role of ROLES) {
    for (const variant of ISSUER_VARIANTS) {
      const id = `${role.logicalId}${variant.suffix}`
      const condition = role.condition ? `${role.condition}${variant.condition}` : variant.condition
      // Both, written as not(either is false): cfn-lint resolves neither Fn::And nor { Condition: ... }.
      if (role.condition) roleConditions[condition] = { 'Fn::Not': [{ 'Fn::Or': [{ 'Fn::Not': [CONDITIONS[role.condition]] }, { 'Fn::Not': [CONDITIONS[variant.condition]] }] }] }
      resources[id] = {
        Type: 'AWS::IAM::Role',
        Condition: condition,
        Properties: {
          RoleName: { Ref: role.nameParameter },
          Description: role.description,
          MaxSessionDuration: { Ref: 'MaxSessionDuration' },
          AssumeRolePolicyDocument: templatedTrust(role, variant.allClaims),
          Policies: [{ PolicyName: role.policyName, PolicyDocument: templated(readPolicy(role.permissionsFile)) }]
        }
      }
      outputs[`${id}Arn`] = { Condition: condition, Description: `role-to-assume for ${jobOf[role.logicalId] ?? role.logicalId}`, Value: { 'Fn::GetAtt': [id, 'Arn'] } }
    }
  }
  const roleNames = Object.fromEntries(
    ROLES.map((role) => [
      role.nameParameter,
      { Type: 'String', Default: role.name, Description: `The name of the role for ${jobOf[role.logicalId]}; give other names to a second stack in the same account`, AllowedPattern: '^[\\w+=,.@-]{1,64}$' }
    ])
  )
  const applyRefs = (readPolicy('apply-role-trust.json').Statement as Statement[])[0]?.Condition?.StringEquals?.[`${GITHUB_COM_HOST}:job_workflow_ref`] as string[]
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Roles for proton-reject-connection-action: a read-only plan role for pull requests, an apply role for the listed workflows on the default branch, and optionally a role for rejecting by hand in a protected environment.',
    Parameters: {
      RepositoryOwner: { Type: 'String', Description: 'The owner (user or organization) of the repository whose workflows use the roles', AllowedPattern: '^[A-Za-z0-9-]+$' },
      RepositoryOwnerId: { Type: 'String', Description: "The owner's numeric ID: gh api repos/OWNER/REPO --jq '.owner.id'", AllowedPattern: '^[0-9]+$' },
      RepositoryName: { Type: 'String', Description: 'The repository\'s name, without the owner', AllowedPattern: '^[A-Za-z0-9_.-]+$' },
      RepositoryId: { Type: 'String', Description: "The repository's numeric ID: gh api repos/OWNER/REPO --jq '.id'. Every role requires it (the repository_id claim), so a repository created again under the same name is refused", AllowedPattern: '^[0-9]+$' },
      ApplyWorkflowRefs: {
        Type: 'CommaDelimitedList',
        Description: `The workflows that may apply (the job_workflow_ref claim), each OWNER/REPO/.github/workflows/FILE.yml@refs/heads/BRANCH with the default branch; the examples that apply are ${applyRefs.map((r) => r.replace(/^octo-org\/octo-repo\/\.github\/workflows\/|@refs\/heads\/main$/g, '')).join(', ')}`,
        AllowedPattern: WORKFLOW_REF_PATTERN
      },
      RejectByHandWorkflowRef: {
        Type: 'String',
        Default: '',
        Description: 'The workflow that rejects by hand, OWNER/REPO/.github/workflows/reject-on-dispatch.yml@refs/heads/BRANCH; empty: no such role',
        AllowedPattern: `^(${WORKFLOW_REF_PATTERN.slice(1, -1)})?$`
      },
      RejectByHandEnvironment: {
        Type: 'String',
        Default: 'proton-reject',
        Description: 'The GitHub environment the hand-run rejection runs in. Create it before any workflow names it: deployment branches limited to the default branch, required reviewers, self-review prevented',
        AllowedPattern: '^[A-Za-z0-9._-]+$'
      },
      EnvironmentAccountIds: {
        Type: 'String',
        Default: '',
        Description: "The environment accounts whose connections the roles may read and reject, 12-digit IDs separated by commas; empty: every account's (a connection's ARN names the environment account, not the management account)",
        AllowedPattern: '^([0-9]{12}(,[0-9]{12})*)?$'
      },
      ...roleNames,
      SubjectForm: {
        Type: 'String',
        AllowedValues: ['immutable', 'name-only', 'both'],
        Default: 'immutable',
        Description:
          "The OIDC subject the roles trust. immutable: repo:OWNER@OWNER_ID/REPO@REPO_ID:... (repositories created, renamed or transferred since GitHub's 2026 change, or opted in). name-only: repo:OWNER/REPO:... (an older repository that has not opted in). both: the two exact subjects, only while the repository migrates; once its tokens carry the immutable subject, redeploy with immutable to drop the name-only one. On GitHub Enterprise Server (IssuerHost) the subject is always name-only."
      },
      DefaultBranch: { Type: 'String', Default: 'main', Description: 'The branch whose workflows apply the policy (the ref claim)', AllowedPattern: '^[A-Za-z0-9._/-]+$' },
      IssuerHost: {
        Type: 'String',
        Default: GITHUB_COM_HOST,
        Description:
          'The OIDC issuer without https://: token.actions.githubusercontent.com on github.com, HOST/_services/token on GitHub Enterprise Server. The claim keys beside aud and sub are documented for github.com only, so on GitHub Enterprise Server the roles trust aud and sub alone',
        AllowedPattern: '^[A-Za-z0-9.-]+(/_services/token)?$'
      },
      CreateOidcProvider: {
        Type: 'String',
        AllowedValues: ['true', 'false'],
        Default: 'false',
        Description: "true to create the account's IAM OIDC provider for the issuer; false when the account already has one. A created provider is kept when the stack is deleted"
      },
      OidcThumbprints: {
        Type: 'CommaDelimitedList',
        Default: GITHUB_COM_THUMBPRINTS.join(','),
        Description: "Used only when the template creates the provider: the issuer's certificate thumbprints. The default is GitHub's published pair for github.com; on GitHub Enterprise Server give your own"
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
      AnyEnvironmentAccount: { 'Fn::Equals': [{ Ref: 'EnvironmentAccountIds' }, ''] },
      InChinaPartition: { 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-cn'] },
      InGovCloudPartition: { 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-us-gov'] },
      OnGitHubCom: CONDITIONS.OnGitHubCom,
      OnEnterpriseServer: CONDITIONS.OnEnterpriseServer,
      ...roleConditions,
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

type TemplateParameter = { Type?: string; Default?: unknown }

/**
 * What CloudFormation makes of the template's intrinsic functions for given parameters (Ref, Fn::Sub,
 * Fn::If, Fn::Equals, Fn::Or, Fn::Not, Fn::Join, Fn::Split, conditions, AWS::NoValue): the tests deploy it on paper
 * and evaluate the result.
 */
export function resolveTemplate(template: { Parameters: Record<string, TemplateParameter>; Conditions: Record<string, unknown>; Resources: Record<string, unknown> }, parameters: Record<string, string>, pseudo = { partition: 'aws', accountId: EXAMPLE_ACCOUNT }): Record<string, unknown> {
  const NO_VALUE = Symbol('NoValue')
  const values: Record<string, string> = { 'AWS::Partition': pseudo.partition, 'AWS::AccountId': pseudo.accountId }
  const lists = new Set<string>()
  for (const [name, spec] of Object.entries(template.Parameters)) {
    const value = parameters[name] ?? (spec.Default === undefined ? undefined : String(spec.Default))
    if (value === undefined) throw new Error(`parameter ${name} has no value`)
    values[name] = value
    if (spec.Type === 'CommaDelimitedList') lists.add(name)
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
      return lists.has(arg as string) ? value.split(',') : value
    }
    if (entries.length === 1 && key === 'Fn::Sub') {
      if (typeof arg === 'string') return sub(arg, {})
      const [text, vars] = arg as [string, Record<string, unknown>]
      return sub(text, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(resolve(v))])))
    }
    if (entries.length === 1 && key === 'Fn::Join') {
      const [delimiter, list] = arg as [string, unknown]
      if (typeof delimiter !== 'string') throw new Error('Fn::Join takes a plain string as its delimiter')
      return (resolve(list) as unknown[]).join(delimiter)
    }
    if (entries.length === 1 && key === 'Fn::Split') {
      const [delimiter, text] = arg as [string, unknown]
      return String(resolve(text)).split(delimiter)
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
