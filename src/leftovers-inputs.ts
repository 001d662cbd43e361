import { accountIdsOf, endpointOf, InputError, isRegion, listEntries, parseRegion, parseSession, PROTON_REGIONS, quote, type InputSource, type SessionInputs } from './inputs.js'

/**
 * The leftovers action's inputs (leftovers/action.yml), checked before any call. What it shares with
 * the main action (aws-region, role-to-assume and its settings, max-concurrency, max-attempts,
 * github-token, http-proxy, no-proxy) means and is checked the same (inputs.ts).
 */

export interface LeftoversConfig extends SessionInputs {
  /** The accounts to check, each once; empty: the signed-in account only. */
  accountIds: readonly string[]
  /** account-role-name: the role (with its path) assumed in each listed account. */
  accountRoleName?: string
  /** Where to look for AWS Proton's stacks. */
  regions: readonly string[]
  /** The region signed in to (STS). */
  region: string
  /** AWS_ENDPOINT_URL_IAM, _STS, _CLOUDFORMATION or AWS_ENDPOINT_URL, each checked. */
  endpoints: Readonly<Record<string, string>>
  warnings: readonly string[]
}

/** The most accounts one run checks: a run over more is split (a matrix over lists of accounts). */
export const ACCOUNTS_MAX = 1_000

/** A role name with its path, as IAM allows them: `audit/ProtonLeftovers`, `ProtonLeftovers`. */
const ROLE_NAME_PATTERN = /^(?:[\w+=,.@-]+\/){0,16}[\w+=,.@-]{1,64}$/

const ENDPOINT_VARIABLES = ['AWS_ENDPOINT_URL_IAM', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_CLOUDFORMATION', 'AWS_ENDPOINT_URL'] as const

export function parseLeftoversInputs(source: InputSource): LeftoversConfig {
  const problems: string[] = []
  const warnings: string[] = []
  const get = (name: string): string => source.input(name).trim()

  const accountEntries = listEntries(get('account-ids'))
  const accountIds = accountIdsOf(accountEntries, 'account-ids', problems)
  if (accountIds.length > ACCOUNTS_MAX) {
    problems.push(`account-ids: ${accountIds.length} accounts, more than the ${ACCOUNTS_MAX} one run checks; split them over several jobs (a matrix of lists)`)
  }

  const roleNameText = get('account-role-name').replace(/^\/+/, '')
  const accountRoleName = roleNameText || undefined
  if (accountRoleName && (!ROLE_NAME_PATTERN.test(accountRoleName) || accountRoleName.length > 576)) {
    problems.push(`account-role-name: ${quote(get('account-role-name'))} is not a role name; expected a name like ProtonLeftovers, with a path if the role has one, like audit/ProtonLeftovers`)
  }

  const regionEntries = listEntries(get('regions'))
  const regions = regionEntries.length === 0 ? [...PROTON_REGIONS] : [...new Set(regionEntries)]
  for (const r of regions) {
    if (!isRegion(r)) problems.push(`regions: ${quote(r)} is not an AWS region; expected names like us-east-1, separated by newlines, commas or spaces (empty: every region AWS Proton served)`)
  }
  // AWS Proton deployed its stacks only where it was offered: another name is a typo, never a region to skip quietly.
  for (const r of regions) {
    if (isRegion(r) && !PROTON_REGIONS.includes(r)) problems.push(`regions: AWS Proton was not offered in ${r}, so it left no stack there; expected regions among ${PROTON_REGIONS.join(', ')} (empty: all of them)`)
  }

  const region = parseRegion(source, problems)
  const session = parseSession(source, problems)

  const endpoints: Record<string, string> = {}
  for (const name of ENDPOINT_VARIABLES) {
    const url = endpointOf(source.env[name] ?? '', name, problems)
    if (url !== undefined) endpoints[name] = url
  }

  // Without account-role-name only the signed-in account can be read; with role-to-assume it is known now.
  const signedInAccount = session.role?.roleArn.split(':')[4]
  if (!accountRoleName && signedInAccount && /^\d{12}$/.test(signedInAccount)) {
    const problem = otherAccountsProblem(accountIds, signedInAccount)
    if (problem) problems.push(problem)
  }

  if (problems.length > 0) throw new InputError(problems)
  return Object.freeze({
    ...session,
    accountIds: Object.freeze(accountIds),
    ...(accountRoleName && { accountRoleName }),
    regions: Object.freeze(regions),
    region,
    endpoints: Object.freeze(endpoints),
    warnings: Object.freeze(warnings)
  })
}

/**
 * Without account-role-name the signed-in session reads only its own account: listing another is an
 * input error, which names them and the fix. Undefined when every listed account is the signed-in one.
 */
export function otherAccountsProblem(accountIds: readonly string[], signedInAccount: string): string | undefined {
  const others = accountIds.filter((a) => a !== signedInAccount)
  if (others.length === 0) return undefined
  const shown = others.slice(0, 5).join(', ') + (others.length > 5 ? ` and ${others.length - 5} more` : '')
  return (
    `account-ids: ${shown} ${others.length === 1 ? 'is not' : 'are not'} the signed-in account (${signedInAccount}), and account-role-name is empty; ` +
    'set account-role-name to the audit role deployed in each account (like ProtonLeftovers), or list only the signed-in account'
  )
}

/** The accounts a run reads: those listed, or the signed-in one alone. */
export const accountsToRead = (config: Pick<LeftoversConfig, 'accountIds'>, signedInAccount: string): string[] =>
  config.accountIds.length > 0 ? [...config.accountIds] : [signedInAccount]

/** The role ARN assumed in `account`, in the partition signed in to. */
export const accountRoleArn = (partition: string, account: string, roleName: string): string => `arn:${partition}:iam::${account}:role/${roleName}`

/** IAM is global: its calls are signed for this region of the partition. */
export function iamSigningRegion(partition: string): string {
  if (partition === 'aws-us-gov') return 'us-gov-west-1'
  if (partition === 'aws-cn') return 'cn-north-1'
  return 'us-east-1'
}
