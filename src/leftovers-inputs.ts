import { accountIdsOf, booleanOf, endpointOf, InputError, integerOf, isRegion, listEntries, parseListText, parseRegion, parseSession, PROTON_REGIONS, quote, readListFile, type InputSource, type ListFileSpec, type SessionInputs } from './inputs.js'

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
  /** remove: report only (`false`), quarantine the roles only AWS Proton can assume, or retire them (`delete`). */
  remove: RemoveMode
  /** quarantine-days: how long a role stays quarantined before `delete` removes it. */
  quarantineDays: number
  /** max-removals: the most roles one run may change; set whenever remove is not false. */
  maxRemovals?: number
  /** keep-roles and keep-roles-file: the roles left alone, each once. */
  keepRoles: readonly KeptRole[]
  dryRun: boolean
  warnings: readonly string[]
}

export type RemoveMode = 'false' | 'quarantine' | 'delete'
export const REMOVE_MODES: readonly RemoveMode[] = ['false', 'quarantine', 'delete']

/** A keep-roles entry: the role's account and name, and the entry as written. */
export interface KeptRole {
  account: string
  name: string
  entry: string
}

/** keep-roles-file, in the words of its messages; read by the policy file's rules. */
export const KEEP_ROLES_FILE: ListFileSpec = {
  input: 'keep-roles-file',
  noun: 'keep-roles file',
  examplePath: 'proton/keep-roles.yml',
  key: 'keep-roles',
  keys: ['keep-roles'],
  exampleEntry: '"123456789012:ProtonServiceRole"',
  entries: 'role ARNs or ACCOUNT:NAME pairs',
  listOf: 'roles',
  forms: 'give the roles to keep as a list:\nkeep-roles:\n  - "123456789012:ProtonServiceRole"\nor, to keep none, say so explicitly:\nkeep-roles: []'
}

/** The most keep-roles entries read. */
export const KEEP_ROLES_MAX = 10_000

/** The most roles max-removals may allow in one run. */
export const MAX_REMOVALS_LIMIT = 10_000

const KEEP_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const KEEP_PAIR = /^(\d{12}):([\w+=,.@-]{1,64})$/

/** keep-roles entries as roles, each once; a malformed entry is a problem that names it (`where`: the input, or the file). */
export function keptRolesOf(entries: readonly string[], where: string, problems: string[]): KeptRole[] {
  const kept = new Map<string, KeptRole>()
  for (const entry of entries) {
    const m = KEEP_ARN.exec(entry) ?? KEEP_PAIR.exec(entry)
    if (!m) {
      problems.push(`${where}: ${quote(entry)} is not a role; expected a role ARN like arn:aws:iam::123456789012:role/ProtonServiceRole, or ACCOUNT:NAME like 123456789012:ProtonServiceRole`)
      continue
    }
    const key = `${m[1]}:${m[2]}`
    if (!kept.has(key)) kept.set(key, { account: m[1] as string, name: m[2] as string, entry })
  }
  return [...kept.values()]
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

  const removeText = get('remove') || 'false'
  const remove = removeText as RemoveMode
  if (!REMOVE_MODES.includes(remove)) problems.push(`remove: ${quote(removeText)} is not valid; expected false (the default: report only), quarantine or delete`)
  const quarantineDays = integerOf('quarantine-days', get('quarantine-days'), 7, 0, 3_650, problems)
  const maxText = get('max-removals')
  const maxRemovals = maxText === '' ? undefined : integerOf('max-removals', maxText, 0, 0, MAX_REMOVALS_LIMIT, problems)
  if (maxRemovals === undefined && (remove === 'quarantine' || remove === 'delete')) {
    problems.push(`max-removals: required when remove is ${remove}; give the most roles one run may change (quarantined, removed or trust-edited, over all accounts), like 10`)
  }
  // Settings that mean nothing without remove, or without delete, said (the default quarantine-days, 7, is not).
  const shownMode = REMOVE_MODES.includes(remove) ? remove : 'false'
  if (get('quarantine-days') && get('quarantine-days') !== '7' && remove !== 'delete') warnings.push(`quarantine-days: applies only with remove: delete; with remove: ${shownMode} it is ignored`)
  if (shownMode === 'false') {
    for (const name of ['max-removals', 'keep-roles', 'keep-roles-file', 'dry-run']) {
      if (get(name) && !(name === 'dry-run' && get(name).toLowerCase() === 'false')) warnings.push(`${name}: applies only with remove: quarantine or delete; with remove: false the run only reports, and changes nothing`)
    }
  }
  const dryRun = booleanOf('dry-run', get('dry-run'), false, problems)

  const keepEntries = listEntries(get('keep-roles'))
  const keepRoles = keptRolesOf(keepEntries, 'keep-roles', problems)
  const keepPath = get('keep-roles-file')
  // Read only when it is used: a report never fails on a keep file.
  if (keepPath && remove !== 'false') {
    const text = readListFile(source, keepPath, problems, KEEP_ROLES_FILE)
    if (text !== undefined && !source.yaml) throw new Error('the YAML parser was not loaded for keep-roles-file')
    const listed = text === undefined || !source.yaml ? undefined : parseListText(source.yaml, text, keepPath, problems, warnings, KEEP_ROLES_FILE)
    if (listed) keepRoles.push(...keptRolesOf(listed.map((e) => e.trim()), `keep-roles-file: ${keepPath}`, problems).filter((k) => !keepRoles.some((o) => o.account === k.account && o.name === k.name)))
  }
  if (keepRoles.length > KEEP_ROLES_MAX) problems.push(`keep-roles: ${keepRoles.length} roles, more than the ${KEEP_ROLES_MAX} read`)

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
    remove,
    quarantineDays,
    ...(maxRemovals !== undefined && { maxRemovals }),
    keepRoles: Object.freeze(keepRoles),
    dryRun,
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
