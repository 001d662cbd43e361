import { hasAdministratorRights, protonTrust, readDocument, type Statement } from './policy-document.js'

/**
 * What AWS Proton left in one account, judged from what IAM and CloudFormation say (leftovers/).
 * Pure: the facts read from AWS in, the findings out.
 */

/**
 * AWS's managed policies for AWS Proton, as the AWS Managed Policy Reference lists them
 * (docs.aws.amazon.com/aws-managed-policy/latest/reference/, each policy's page: its ARN); the
 * AWS Proton user guide's "AWS managed policies for AWS Proton" describes them. A role, user or
 * group that holds one is reported, a role found only this way (the CodeBuild provisioning role)
 * as such.
 */
export const PROTON_MANAGED_POLICIES: readonly string[] = [
  'arn:aws:iam::aws:policy/AWSProtonFullAccess',
  'arn:aws:iam::aws:policy/AWSProtonDeveloperAccess',
  'arn:aws:iam::aws:policy/AWSProtonReadOnlyAccess',
  'arn:aws:iam::aws:policy/AWSProtonCodeBuildProvisioningBasicAccess',
  'arn:aws:iam::aws:policy/aws-service-role/AWSProtonCodeBuildProvisioningServiceRolePolicy'
]

/** AWS Proton's stacks: their names begin with this (AWS Proton user guide; `AWSProton-<name>-cloudformation--<SUFFIX>`, `AWSProton-CodeBuild-…`). */
export const PROTON_STACK_PREFIX = 'AWSProton-'

/** A role as IAM gives it: from ListRoles (its trust document), GetRole (its last use) and its policies. */
export interface RoleFacts {
  account: string
  name: string
  path: string
  arn: string
  created: string
  /** The trust document as IAM returns it (URL-encoded JSON). */
  trustDocument: string
  /** RoleLastUsed: absent when IAM has no use within its tracking period. */
  lastUsed?: { date: string; region?: string }
  /** Managed policies attached, by ARN. */
  attached: readonly string[]
  /** Inline policies, by name, each document as IAM returns it. */
  inline: Readonly<Record<string, string>>
  /** The documents of the customer managed policies attached, by ARN (AWS's own are judged by ARN). */
  managedDocuments?: Readonly<Record<string, string>>
  /** Its tags, from GetRole. */
  tags?: Readonly<Record<string, string>>
}

export type FoundBy = 'trust' | 'managed-policy' | 'trust and managed-policy'

export interface RoleFinding {
  account: string
  name: string
  path: string
  arn: string
  created: string
  lastUsed?: string
  lastUsedRegion?: string
  /** How it was found: its trust lets a Proton principal in, it holds a Proton managed policy, or both. */
  foundBy: FoundBy
  protonPrincipals: string[]
  otherPrincipals: string[]
  sourceAccounts: string[]
  sourceArns: string[]
  attachedPolicies: string[]
  inlinePolicies: string[]
  protonManagedPolicies: string[]
  administrator: boolean
  serviceLinked: boolean
  /** The trust document could not be read as one: reported, never judged Proton's by guess. */
  unreadableTrust?: true
  /** Its tags (remove reads its quarantine and record tags). */
  tags: Readonly<Record<string, string>>
  /** The trust document as IAM gives it (remove edits it); never shown in the summary. */
  trustDocument: string
}

/** A service-linked role: IAM keeps them under /aws-service-role/. */
export const isServiceLinked = (path: string): boolean => path.startsWith('/aws-service-role/')

/** The finding for one role, or undefined when nothing ties it to AWS Proton. */
export function findRole(facts: RoleFacts): RoleFinding | undefined {
  const trust = readDocument(facts.trustDocument)
  const proton = trust ? protonTrust(trust) : undefined
  const protonManaged = facts.attached.filter((arn) => PROTON_MANAGED_POLICIES.includes(arn))
  if (!proton && protonManaged.length === 0) return undefined
  const policies: Statement[][] = [
    ...Object.values(facts.inline),
    ...Object.entries(facts.managedDocuments ?? {})
      .filter(([arn]) => facts.attached.includes(arn))
      .map(([, doc]) => doc)
  ].flatMap((doc) => {
    const read = readDocument(doc)
    return read ? [read] : []
  })
  const foundBy: FoundBy = proton && protonManaged.length > 0 ? 'trust and managed-policy' : proton ? 'trust' : 'managed-policy'
  return {
    account: facts.account,
    name: facts.name,
    path: facts.path,
    arn: facts.arn,
    created: facts.created,
    ...(facts.lastUsed && { lastUsed: facts.lastUsed.date, ...(facts.lastUsed.region && { lastUsedRegion: facts.lastUsed.region }) }),
    foundBy,
    protonPrincipals: proton?.proton ?? [],
    otherPrincipals: proton?.others ?? [],
    sourceAccounts: proton?.sourceAccounts ?? [],
    sourceArns: proton?.sourceArns ?? [],
    attachedPolicies: [...facts.attached],
    inlinePolicies: Object.keys(facts.inline),
    protonManagedPolicies: protonManaged,
    administrator: hasAdministratorRights(facts.attached, policies),
    serviceLinked: isServiceLinked(facts.path),
    ...(!trust && { unreadableTrust: true as const }),
    tags: { ...(facts.tags ?? {}) },
    trustDocument: facts.trustDocument
  }
}

/** A stack as ListStacks gives it. */
export interface StackFacts {
  account: string
  region: string
  name: string
  status: string
  lastUpdated?: string
  created: string
}

/** The stacks AWS Proton deployed that still exist: named `AWSProton-…`, not DELETE_COMPLETE. */
export function protonStacks(stacks: readonly StackFacts[]): StackFacts[] {
  return stacks.filter((s) => s.name.startsWith(PROTON_STACK_PREFIX) && s.status !== 'DELETE_COMPLETE')
}

/** Administrator rights first, then by account and name: the order the report lists roles in. */
export function byConcern(a: RoleFinding, b: RoleFinding): number {
  if (a.administrator !== b.administrator) return a.administrator ? -1 : 1
  return a.account === b.account ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.account < b.account ? -1 : 1
}
