import { relative, resolve, sep } from 'node:path'
import type * as Yaml from 'yaml'
import { withoutCredentials, type ProxyConfig } from './transport.js'

import { ACCOUNT_ID_PATTERN, CONNECTION_ID_PATTERN, type DriftMode, type RoleSignIn } from './domain.js'

export { ACCOUNT_ID_PATTERN, CONNECTION_ID_PATTERN }
const ROLE_ARN_PATTERN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/([\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/
const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
/** comment-key, or none (empty): safe inside the HTML comment that marks the plan comment (no space, no > or !). */
const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._/-]{0,100}$/
export const EXAMPLE_CONNECTION_ID = '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b'

/** Regions AWS Proton was offered in; others are allowed (with endpoint-url) but warned about. */
export const PROTON_REGIONS: readonly string[] = [
  'us-east-1', 'us-east-2', 'us-west-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1',
  'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2'
]

export interface Policy {
  allowedAccountIds: readonly string[]
  /** Where the list came from, for the summary: the input or the file's path. */
  source: string
  /** What to do with a CONNECTED connection of an account outside the policy (drift). */
  drift: DriftMode
  /** The most connections one run may reject; undefined: no limit. */
  maxRejections?: number
}

export type { DriftMode } from './domain.js'
const DRIFT_MODES: readonly DriftMode[] = ['report', 'reject', 'ignore']

export type { RoleSignIn } from './domain.js'

export interface Config {
  /** Explicit connection IDs (empty in policy mode). */
  connectionIds: readonly string[]
  /** Set in policy mode: reject every pending connection whose account is not allowed. */
  policy?: Policy
  region: string
  endpointUrl?: string
  /** Which setting gave endpointUrl: the input endpoint-url, AWS_ENDPOINT_URL_PROTON or AWS_ENDPOINT_URL. */
  endpointSetting?: string
  dryRun: boolean
  role?: RoleSignIn
  maxConcurrency: number
  maxAttempts: number
  githubToken?: string
  /** The proxy for AWS calls, from http-proxy or the environment's HTTPS_PROXY / HTTP_PROXY. */
  proxy?: ProxyConfig
  /** comment-key: the key that names the plan comment instead of the policy's source. */
  commentKey?: string
  /** Policy mode: what names the plan comment (see CommentFacts). */
  comment?: CommentFacts
  warnings: readonly string[]
}

/**
 * What names the plan comment, from the inputs alone: the region, the policy's key (comment-key, else
 * the policy file's path, else the workflow file for an inline list) and the account in
 * role-to-assume's ARN. Known also when other inputs are invalid, so that a failed plan can replace
 * its comment; absent when the region or the policy source is itself invalid.
 */
export interface CommentFacts {
  region: string
  key: string
  account?: string
}

export class InputError extends Error {
  constructor(
    readonly problems: readonly string[],
    /** The plan comment's facts, when the inputs that make them are valid themselves. */
    readonly comment?: CommentFacts
  ) {
    super(problems.length === 1 ? (problems[0] as string) : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

export interface InputSource {
  /** The raw input as the runner passes it (empty string when not given). */
  input(name: string): string
  env: Readonly<Record<string, string | undefined>>
  workspace: string
  /**
   * Reads the policy file: only a regular file of at most POLICY_FILE_MAX_BYTES, checked before it is
   * read (errors with code ENOTREG or EFBIG otherwise).
   */
  readFile(path: string): string
  /**
   * The path with every symbolic link in it resolved (fs.realpathSync), for the workspace and the
   * policy file; errors as a read would (ENOENT for a path that does not exist). Without it, paths
   * are taken as written.
   */
  realPath?(path: string): string
  /** The YAML parser, loaded by the caller only when a policy file is given. */
  yaml?: typeof Yaml
}

/** Shows a user's value in a message: quoted, control characters visible, never too long. */
export function quote(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value
  // Characters that look like nothing or like a space (no-break and zero-width spaces, a soft hyphen,
  // line and paragraph separators, bidirectional controls, a byte order mark) shown as escapes, so a
  // key that only looks right is seen not to be.
  return JSON.stringify(shown).replace(/[\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const splitList = (text: string): string[] => text.split(/[\s,]+/).filter((part) => part.length > 0)

/** A connection ARN, as the console and CloudTrail show it: the ID is taken from it, the region checked. */
const CONNECTION_ARN_PATTERN = /^arn:aws(?:-cn|-us-gov)?:proton:([a-z0-9-]+):(\d{12}):environment-account-connection\/([^/]+)$/

export interface ConnectionArn {
  text: string
  region: string
}

export function parseConnectionIds(text: string): { ids: string[]; problems: string[]; arns: ConnectionArn[] } {
  const ids: string[] = []
  const seen = new Set<string>()
  const problems: string[] = []
  const arns: ConnectionArn[] = []
  for (const given of splitList(text)) {
    const arn = CONNECTION_ARN_PATTERN.exec(given)
    const part = arn ? (arn[3] as string) : given
    if (arn) arns.push({ text: given, region: arn[1] as string })
    if (!CONNECTION_ID_PATTERN.test(part)) {
      const hint = CONNECTION_ID_PATTERN.test(part.toLowerCase()) ? ' (use lower case)' : ''
      problems.push(
        `connection-id: ${quote(given)} is not a connection ID${hint}; expected lower-case hex in groups of 8-4-4-4-12, like ${EXAMPLE_CONNECTION_ID}, or a connection ARN`
      )
    } else if (!seen.has(part)) {
      seen.add(part)
      ids.push(part)
    }
  }
  return { ids, problems, arns }
}

/** Valid IDs in their first order, each once; a Set keeps the check linear in the list's length. */
function checkAccountIds(values: readonly string[], where: string, problems: string[]): string[] {
  const ids = new Set<string>()
  for (const value of values) {
    if (!ACCOUNT_ID_PATTERN.test(value)) {
      problems.push(`${where}: ${quote(value)} is not an AWS account ID; expected exactly 12 digits, like 123456789012`)
    } else {
      ids.add(value)
    }
  }
  return [...ids]
}

/** The entries of a list as the input writes it: brackets around it and quotes around each taken off. */
const entriesOf = (text: string): string[] => splitList(text.replace(/^\[|\]$/g, '')).map((v) => v.replace(/^["']|["']$/g, '')).filter((v) => v !== '')

/** A comment as YAML reads one: from a `#` at the start, or after a space, a comma or `[`, to the end of its line. */
const COMMENT = /(?<=^|[\s,[])#[^\n]*/g

/** `allowed-account-ids`: IDs separated by newlines, commas or spaces; `[]` is an explicitly empty list. */
export function parseAllowedAccountIds(text: string, problems: string[]): string[] {
  const trimmed = text.trim()
  // A comment is not read here. Taken away, it could leave a [] that nobody wrote: a list whose
  // entries are all commented out must not allow no account.
  const uncommented = trimmed.replace(COMMENT, '')
  if (uncommented !== trimmed) {
    problems.push(
      entriesOf(uncommented).length === 0
        ? `allowed-account-ids: ${quote(text)} names no account: every entry is commented out; give the account IDs to allow, like 123456789012, or [] to allow none (every pending connection is then rejected)`
        : `allowed-account-ids: ${quote(text)} has a comment (#), which this input does not read; give only account IDs, like 123456789012, or put the list in a policy-file, where comments are allowed`
    )
    return []
  }
  if (/^\[\s*\]$/.test(trimmed)) return []
  const values = entriesOf(trimmed)
  // Only an explicit [] allows no account: separators alone (two unset variables, say) are a mistake.
  if (values.length === 0) {
    problems.push(`allowed-account-ids: ${quote(text)} names no account; give the account IDs to allow, like 123456789012, or [] to allow none (every pending connection is then rejected)`)
    return []
  }
  return checkAccountIds(values, 'allowed-account-ids', problems)
}

/**
 * A policy file: YAML or JSON (JSON is YAML) with a list under `allowed-account-ids`.
 * Read with YAML's failsafe schema so that an account ID with a leading zero stays a string.
 */
/** The keys a policy file may have; any other is named in a warning (a misspelt key would otherwise pass unseen). */
/** The largest policy file read: 1 MiB holds some 60,000 accounts. */
export const POLICY_FILE_MAX_BYTES = 1024 * 1024

export const POLICY_KEYS: readonly string[] = ['allowed-account-ids']

/**
 * The first key in the document that is not plain or quoted text, as the file writes it and where:
 * an alias, a merge key, a tag or a block scalar could make a key other than the one a reader sees,
 * and a complex key (a list or a mapping) is no name at all.
 */
function oddKey(yaml: typeof Yaml, doc: Yaml.Document.Parsed, text: string): { written: string; form: string; offset: number } | undefined {
  let found: { written: string; form: string; offset: number } | undefined
  yaml.visit(doc, {
    Pair(_, pair) {
      // A parsed document gives every pair a key node with its range, an empty plain scalar at least.
      const key = pair.key as Yaml.Node
      const [start, end] = key.range as Yaml.Range
      const written = text.slice(start, end)
      let form: string | undefined
      if (yaml.isAlias(key)) form = 'an alias'
      else if (!yaml.isScalar(key)) form = 'a complex key (a list or a mapping)'
      else if (key.tag !== undefined) form = 'a tagged key'
      else if (key.type !== 'PLAIN' && key.type !== 'QUOTE_DOUBLE' && key.type !== 'QUOTE_SINGLE') form = 'a block scalar (| or >)'
      else if (key.type === 'PLAIN' && key.value === '<<') form = 'a merge key'
      if (form === undefined) return undefined
      found = { written: yaml.isScalar(key) && key.tag !== undefined ? `${doc.directives.tagString(key.tag)} ${written}` : written, form, offset: start }
      return yaml.visit.BREAK
    }
  })
  return found
}

/**
 * A YAML file with one list under one key (policy-file, and leftovers/'s keep-roles-file): how its
 * messages name the input, the file and what the list holds. Both are read by the same rules: inside
 * the workspace, bounded in size, every key plain, and a blank or commented-out list refused.
 */
export interface ListFileSpec {
  input: string
  /** The file in words: "policy file". */
  noun: string
  /** A path to give as an example: proton/account-policy.yml. */
  examplePath: string
  key: string
  keys: readonly string[]
  /** An entry as the example mapping shows it: "123456789012" (quoted). */
  exampleEntry: string
  /** What the list holds: "12-digit account IDs". */
  entries: string
  /** What the file lists, for a file too large: "accounts". */
  listOf: string
  /** How to write the list, said when it is empty. */
  forms: string
}

const POLICY_FORMS =
  'give the accounts to allow as a list:\nallowed-account-ids:\n  - "123456789012"\nor, to allow no account at all (every pending connection is rejected), say so explicitly:\nallowed-account-ids: []'

/**
 * Whether the list is a flow list with nothing in it but comments: `[ # "123456789012" ]` over lines.
 * Only `[]`, with nothing but spaces between the brackets, says that no account is allowed.
 */
function commentedOut(yaml: typeof Yaml, doc: Yaml.Document.Parsed, text: string, listKey: string): boolean {
  // The root is a mapping with the key, and every key is plain or quoted text by now.
  const pair = (doc.contents as Yaml.YAMLMap<Yaml.Scalar>).items.find((item) => item.key.value === listKey) as Yaml.Pair
  const value = yaml.isAlias(pair.value) ? pair.value.resolve(doc) : pair.value
  if (!yaml.isSeq(value) || value.items.length > 0) return false
  // The node's text ends with its closing bracket.
  const [start, end] = value.range as Yaml.Range
  return !/^\[[ \t\r\n]*\]/.test(text.slice(start, end))
}

/** The policy file's accounts, or undefined with its problems said. */
export function parsePolicyText(yaml: typeof Yaml, text: string, path: string, problems: string[], warnings: string[] = []): string[] | undefined {
  const list = parseListText(yaml, text, path, problems, warnings, POLICY_FILE)
  return list && checkAccountIds(list, `policy-file: ${path}`, problems)
}

/** The policy file, in the words of its messages. */
export const POLICY_FILE: ListFileSpec = {
  input: 'policy-file',
  noun: 'policy file',
  examplePath: 'proton/account-policy.yml',
  key: 'allowed-account-ids',
  keys: POLICY_KEYS,
  exampleEntry: '"123456789012"',
  entries: '12-digit account IDs',
  listOf: 'accounts',
  forms: POLICY_FORMS
}

/** The strings listed under the file's key, or undefined with its problems said. */
export function parseListText(yaml: typeof Yaml, text: string, path: string, problems: string[], warnings: string[], spec: ListFileSpec): string[] | undefined {
  // uniqueKeys is checked below for the top level only: the parser's own check is quadratic in the
  // number of keys, which a hostile file could use to hold the process for minutes. logLevel 'error'
  // keeps the parser's warnings (which quote the file) off stderr, where the runner reads commands.
  const doc = yaml.parseDocument(text, { schema: 'failsafe', prettyErrors: true, uniqueKeys: false, logLevel: 'error' })
  const error = doc.errors[0]
  if (error) {
    const at = error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : 'unknown position'
    problems.push(`${spec.input}: ${path} does not parse at ${at}: ${error.message.split('\n')[0]}`)
    return undefined
  }
  const odd = oddKey(yaml, doc, text)
  if (odd) {
    const line = text.slice(0, odd.offset).split('\n').length
    problems.push(
      `${spec.input}: ${path}: the key ${quote(odd.written)} on line ${line} is ${odd.form}; write each key as plain or quoted text, like ${spec.key} (an alias, a merge key <<, a tag or a complex key is not read)`
    )
    return undefined
  }
  let root: unknown
  try {
    root = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    problems.push(`${spec.input}: ${path} does not parse: ${(error as Error).message.split('\n')[0]}`)
    return undefined
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root) || !(spec.key in root)) {
    // The keys it does have, a few, so that a misspelt one is seen.
    const found = root !== null && typeof root === 'object' && !Array.isArray(root) ? Object.keys(root) : []
    const named = found.length > 0 ? ` (its keys: ${found.slice(0, 5).map((k) => quote(k, 40)).join(', ')}${found.length > 5 ? `, and ${found.length - 5} more` : ''})` : ''
    problems.push(`${spec.input}: ${path} has no "${spec.key}" key${named}; expected a mapping like:\n${spec.key}:\n  - ${spec.exampleEntry}`)
    return undefined
  }
  // A mapping, with plain or quoted keys only (oddKey): each key is the text a reader sees.
  const keys = (doc.contents as Yaml.YAMLMap<Yaml.Scalar>).items.map((pair) => String(pair.key.value))
  const seen = new Set<string>()
  for (const key of keys) {
    if (seen.has(key)) {
      problems.push(`${spec.input}: ${path} has the key ${quote(key)} more than once; give each key once`)
      return undefined
    }
    seen.add(key)
  }
  const unknown = keys.filter((key) => !spec.keys.includes(key))
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map((key) => quote(key)).join(', ')
    warnings.push(
      `${spec.input}: ${path} has ${unknown.length === 1 ? 'the key' : `${unknown.length} keys the action does not know, such as`} ${named}${unknown.length === 1 ? ', which the action does not know' : ''}; it ignores them and reads only: ${spec.keys.join(', ')}`
    )
  }
  const list = (root as Record<string, unknown>)[spec.key]
  // Only an explicit list counts: a blank value, null, '' or a list whose entries are all commented
  // out would otherwise mean "no account allowed" and reject every pending connection. The failsafe
  // schema reads a blank value, null and ~ as strings; a key with no value at all (`? key`, `{key}`)
  // as null; a list is an array.
  if (list === '' || list === null || list === 'null' || list === '~' || commentedOut(yaml, doc, text, spec.key)) {
    problems.push(`${spec.input}: ${path}: "${spec.key}" is empty (blank, null, or every entry commented out); ${spec.forms}`)
    return undefined
  }
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
    problems.push(`${spec.input}: ${path}: "${spec.key}" must be a list of ${spec.entries}`)
    return undefined
  }
  return list as string[]
}

function parseBoolean(name: string, raw: string, fallback: boolean, problems: string[]): boolean {
  const value = raw.trim()
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  problems.push(`${name}: ${quote(value)} is not a boolean; expected true or false`)
  return fallback
}

function parseInteger(name: string, raw: string, fallback: number, min: number, max: number, problems: string[]): number {
  const value = raw.trim()
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    problems.push(`${name}: ${quote(value)} is not valid; expected a whole number from ${min} to ${max}`)
    return fallback
  }
  return Number(value)
}

function parseEndpoint(raw: string, name: string, problems: string[]): string | undefined {
  const value = raw.trim()
  if (value === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name}: ${quote(value)} is not a URL; expected something like https://proton.us-east-1.amazonaws.com`)
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name}: ${quote(value)} must start with https:// (or http:// for a local emulator)`)
    return undefined
  }
  if (url.username || url.password) {
    problems.push(`${name}: the URL must not contain a user name or password`)
    return undefined
  }
  return value
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const

/** http-proxy, else the first of the environment's proxy variables; no-proxy, else NO_PROXY / no_proxy. */
function parseProxy(source: InputSource, problems: string[]): ProxyConfig | undefined {
  const given = source.input('http-proxy').trim()
  const fromEnv = PROXY_VARIABLES.find((name) => source.env[name]?.trim())
  const name = given ? 'http-proxy' : fromEnv
  const raw = given || (fromEnv ? (source.env[fromEnv] as string).trim() : '')
  if (!name || !raw) return undefined
  // Like curl, a proxy without a scheme is an http:// proxy.
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    problems.push(`${name}: ${quote(withoutCredentials(url))} is not a proxy URL; expected http://HOST:PORT (user:password@ allowed)`)
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    problems.push(`${name}: ${parsed.protocol.slice(0, -1)} proxies are not supported; expected http://HOST:PORT or https://HOST:PORT`)
    return undefined
  }
  const noProxy = source.input('no-proxy').trim() || source.env.NO_PROXY?.trim() || source.env.no_proxy?.trim() || ''
  return { url, display: withoutCredentials(url), noProxy, setting: name }
}

/** aws-region, else AWS_REGION or AWS_DEFAULT_REGION: a region's form (its problem said), or '' when none is given. */
export function parseRegion(source: InputSource, problems: string[]): string {
  const region = source.input('aws-region').trim() || source.env.AWS_REGION?.trim() || source.env.AWS_DEFAULT_REGION?.trim() || ''
  if (!region) {
    problems.push('aws-region: no region; set the aws-region input (like us-east-1) or AWS_REGION in the environment')
  } else if (!REGION_PATTERN.test(region)) {
    const lower = region.toLowerCase()
    problems.push(`aws-region: ${quote(region)} is not an AWS region; expected something like us-east-1${lower !== region && REGION_PATTERN.test(lower) ? ` (use lower case: ${lower})` : ''}`)
  }
  return region
}

/** Whether a text has a region's form, like us-east-1. */
export const isRegion = (text: string): boolean => REGION_PATTERN.test(text)

/** What both actions take alike: how to sign in, how many calls at once and how often each is tried, the GitHub token and the proxy. */
export interface SessionInputs {
  role?: RoleSignIn
  maxConcurrency: number
  maxAttempts: number
  githubToken?: string
  proxy?: ProxyConfig
}

/** role-to-assume and its settings, max-concurrency, max-attempts, github-token, http-proxy and no-proxy. */
export function parseSession(source: InputSource, problems: string[]): SessionInputs {
  const get = (name: string): string => source.input(name).trim()
  let role: RoleSignIn | undefined
  const roleArn = get('role-to-assume')
  const sessionName = get('role-session-name') || 'GitHubActions'
  if (!SESSION_NAME_PATTERN.test(sessionName)) {
    problems.push(`role-session-name: ${quote(sessionName)} is not valid; expected 2 to 64 characters of letters, digits and _+=,.@-`)
  }
  const audience = get('audience') || 'sts.amazonaws.com'
  const durationSeconds = parseInteger('role-duration-seconds', source.input('role-duration-seconds'), 900, 900, 43200, problems)
  if (roleArn) {
    if (!ROLE_ARN_PATTERN.test(roleArn)) {
      problems.push(`role-to-assume: ${quote(roleArn)} is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName`)
    }
    role = { roleArn, sessionName, audience, durationSeconds }
  }
  const maxConcurrency = parseInteger('max-concurrency', source.input('max-concurrency'), 8, 1, 64, problems)
  const maxAttempts = parseInteger('max-attempts', source.input('max-attempts'), 5, 1, 10, problems)
  const githubToken = get('github-token') || undefined
  const proxy = parseProxy(source, problems)
  return { ...(role && { role }), maxConcurrency, maxAttempts, ...(githubToken !== undefined && { githubToken }), ...(proxy && { proxy }) }
}

/** A list as the inputs write one: entries separated by newlines, commas or spaces. */
export const listEntries = (text: string): string[] => splitList(text)

/** Account IDs, each checked (12 digits), in their first order and each once; each bad one is a problem named after `where`. */
export const accountIdsOf = (values: readonly string[], where: string, problems: string[]): string[] => checkAccountIds(values, where, problems)

/** A true/false input (`name`): the fallback when empty, a problem when neither. */
export const booleanOf = (name: string, raw: string, fallback: boolean, problems: string[]): boolean => parseBoolean(name, raw, fallback, problems)

/** A whole-number input (`name`) from min to max: the fallback when empty, a problem when not. */
export const integerOf = (name: string, raw: string, fallback: number, min: number, max: number, problems: string[]): number => parseInteger(name, raw, fallback, min, max, problems)

/** An endpoint URL setting (`name`, the input or variable that gave it): undefined when empty, a problem when not an http(s) URL. */
export const endpointOf = (raw: string, name: string, problems: string[]): string | undefined => parseEndpoint(raw, name, problems)

/** Why a file could not be read, in words. */
function unreadableBecause(error: unknown, spec: ListFileSpec): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'it does not exist in the workspace; check out the repository first (actions/checkout) and check the path'
    case 'EACCES':
    case 'EPERM':
      return 'the action has no permission to read it'
    case 'EISDIR':
      return `it is a directory; give the path of the ${spec.noun} in it`
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory'
    case 'ENOTREG':
      return `it is not a regular file (a device, a pipe or a socket, or a link to one); give the path of the ${spec.noun} itself`
    case 'EFBIG':
      return `it is larger than ${POLICY_FILE_MAX_BYTES / 1024} KiB, far more than any list of ${spec.listOf} needs; check the path`
    default:
      return (error as Error).message ?? String(error)
  }
}

/** Whether `path` is the directory `dir` or in it; both absolute and normalized. */
function within(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)
}

/**
 * The policy file's path as the comment's key: relative to the workspace, with / between its parts,
 * so that `./proton/policy.yml`, `proton//policy.yml` and the absolute path in the workspace name one
 * comment, whatever the runner's workspace path. A path inside only where the workspace's links
 * lead is kept as written.
 */
function workspacePath(source: InputSource, policyPath: string): string {
  const workspace = resolve(source.workspace)
  const full = resolve(workspace, policyPath)
  return within(workspace, full) ? relative(workspace, full).split(sep).join('/') : policyPath
}

/** Whether the policy file's path, as written, is in the workspace (or in where the workspace's links lead). */
function writtenInside(source: InputSource, policyPath: string, realWorkspace = resolve(source.workspace)): boolean {
  const workspace = resolve(source.workspace)
  const full = resolve(workspace, policyPath)
  return within(workspace, full) || within(realWorkspace, full)
}

/**
 * The workflow file this run comes from: GITHUB_WORKFLOW_REF without its `@ref`
 * (`owner/repo/.github/workflows/file.yml`), else the workflow's name; what keys an inline list's
 * comment, never the list's content.
 */
export function workflowFile(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const path = env.GITHUB_WORKFLOW_REF?.trim().replace(/@[^@]*$/, '')
  return path || env.GITHUB_WORKFLOW?.trim() || undefined
}

/**
 * The policy file's text, when it is in the workspace after every link is followed: checked on the
 * path as written before anything is touched, then on where its links lead before it is read.
 */
export function readListFile(source: InputSource, policyPath: string, problems: string[], spec: ListFileSpec = POLICY_FILE): string | undefined {
  const realPath = source.realPath ?? ((path: string) => path)
  const workspace = resolve(source.workspace)
  let realWorkspace = workspace
  try {
    realWorkspace = realPath(workspace)
  } catch {
    // A workspace that is not there holds no file: the file's own look-up says so below.
  }
  const full = resolve(workspace, policyPath)
  const inside = `the ${spec.noun} must be inside the workspace (${workspace})`
  if (!writtenInside(source, policyPath, realWorkspace)) {
    problems.push(`${spec.input}: ${policyPath} is outside the workspace; ${inside}: give its path relative to the workspace, like ${spec.examplePath}, or an absolute path inside it`)
    return undefined
  }
  try {
    const real = realPath(full)
    if (!within(realWorkspace, real)) {
      problems.push(
        `${spec.input}: ${policyPath} leads outside the workspace, to ${quote(real, 200)}, through a symbolic link; ${inside}: give the path of the file itself, like ${spec.examplePath}, not of a link out of the workspace`
      )
      return undefined
    }
    // The resolved path is read, so that a link changed after the check is not followed.
    return source.readFile(real)
  } catch (error) {
    problems.push(`${spec.input}: cannot read ${policyPath}: ${unreadableBecause(error, spec)}`)
    return undefined
  }
}

/** Reads and checks every input at once, so that one run reports every problem, before any AWS call. */
export function parseInputs(source: InputSource): Config {
  const problems: string[] = []
  const warnings: string[] = []
  const get = (name: string): string => source.input(name).trim()

  const idsText = get('connection-id')
  const { ids, problems: idProblems, arns } = parseConnectionIds(idsText)
  problems.push(...idProblems)

  const allowedText = get('allowed-account-ids')
  const policyPath = get('policy-file')
  // The policy's settings, read first so that the policy is whole when made; their problems are
  // listed after the policy's own.
  const settingProblems: string[] = []
  const driftText = get('drift') || 'report'
  if (!DRIFT_MODES.includes(driftText as DriftMode)) settingProblems.push(`drift: ${quote(driftText)} is not valid; expected report (the default), reject or ignore`)
  const maxRejectionsText = get('max-rejections')
  const maxRejections = maxRejectionsText === '' ? undefined : parseInteger('max-rejections', maxRejectionsText, 0, 0, 1_000_000, settingProblems)
  const settings = { drift: driftText as DriftMode, ...(maxRejections !== undefined && { maxRejections }) }
  let policy: Policy | undefined
  if (allowedText && policyPath) {
    problems.push('allowed-account-ids and policy-file: give one policy, not both')
  } else if (allowedText) {
    policy = { allowedAccountIds: parseAllowedAccountIds(allowedText, problems), source: 'input allowed-account-ids', ...settings }
  } else if (policyPath) {
    const text = readListFile(source, policyPath, problems)
    if (text !== undefined && !source.yaml) throw new Error('the YAML parser was not loaded for policy-file')
    const allowed = text === undefined || !source.yaml ? undefined : parsePolicyText(source.yaml, text, policyPath, problems, warnings)
    if (allowed) policy = { allowedAccountIds: allowed, source: policyPath, ...settings }
  }
  problems.push(...settingProblems)
  if (idsText && !allowedText && !policyPath) {
    for (const name of ['drift', 'max-rejections']) {
      if (get(name) && !(name === 'drift' && get(name) === 'report')) warnings.push(`${name}: applies to the policy mode only (allowed-account-ids or policy-file); with connection-id it is ignored, and every ID given is rejected`)
    }
  }
  if ((allowedText || policyPath) && idsText) {
    problems.push('connection-id: cannot be combined with a policy (allowed-account-ids or policy-file); use one mode')
  }
  if (!idsText && !allowedText && !policyPath) {
    problems.push(
      `connection-id: required; give one or more connection IDs separated by newlines, commas or spaces, like ${EXAMPLE_CONNECTION_ID} (or set allowed-account-ids or policy-file for the policy mode)`
    )
  }

  const region = parseRegion(source, problems)
  if (region && REGION_PATTERN.test(region) && !PROTON_REGIONS.includes(region)) {
    warnings.push(`aws-region: AWS Proton was not offered in ${region}; the call will fail unless endpoint-url points to a service that answers there`)
  }

  let endpointUrl: string | undefined
  let endpointSetting: string | undefined
  for (const [name, raw] of [
    ['endpoint-url', source.input('endpoint-url')],
    ['AWS_ENDPOINT_URL_PROTON', source.env.AWS_ENDPOINT_URL_PROTON ?? ''],
    ['AWS_ENDPOINT_URL', source.env.AWS_ENDPOINT_URL ?? '']
  ] as const) {
    endpointUrl = parseEndpoint(raw, name, problems)
    if (endpointUrl !== undefined) {
      endpointSetting = name
      break
    }
  }

  for (const arn of arns) {
    if (region && arn.region !== region) {
      problems.push(`connection-id: ${quote(arn.text, 200)} is a connection in ${arn.region}, but aws-region is ${region}; run once per region (a matrix), or give the ID of a connection in ${region}`)
    }
  }

  const dryRun = parseBoolean('dry-run', source.input('dry-run'), false, problems)

  const { role, maxConcurrency, maxAttempts, githubToken, proxy } = parseSession(source, problems)
  const roleArn = get('role-to-assume')
  const commentKey = get('comment-key')
  if (!COMMENT_KEY_PATTERN.test(commentKey)) {
    problems.push(`comment-key: ${quote(commentKey)} is not valid; expected at most 100 characters of A-Z, a-z, 0-9 and . _ / -, like proton/prod (the same key in the plan workflow and the apply workflow)`)
  }

  // The comment's facts, from the inputs that make them alone: a failed plan still finds its comment.
  // A comment-key that is given names the comment, or, when invalid, none: never another run's.
  const key = commentKey
    ? COMMENT_KEY_PATTERN.test(commentKey)
      ? commentKey
      : undefined
    : allowedText && !policyPath
      ? workflowFile(source.env)
      : policyPath && !allowedText && writtenInside(source, policyPath)
        ? workspacePath(source, policyPath)
        : undefined
  const comment: CommentFacts | undefined =
    (allowedText || policyPath) && key && REGION_PATTERN.test(region)
      ? { region, key, ...(ROLE_ARN_PATTERN.test(roleArn) && { account: roleArn.split(':')[4] as string }) }
      : undefined

  if (problems.length > 0) throw new InputError(problems, comment)
  return Object.freeze({
    connectionIds: Object.freeze(ids),
    ...(policy && { policy: Object.freeze({ ...policy, allowedAccountIds: Object.freeze([...policy.allowedAccountIds]) }) }),
    region,
    ...(endpointUrl !== undefined && { endpointUrl, ...(endpointSetting && { endpointSetting }) }),
    dryRun,
    ...(role && { role: Object.freeze(role) }),
    maxConcurrency,
    maxAttempts,
    ...(githubToken !== undefined && { githubToken }),
    ...(proxy && { proxy: Object.freeze(proxy) }),
    ...(commentKey && { commentKey }),
    ...(comment && { comment: Object.freeze(comment) }),
    warnings: Object.freeze(warnings)
  })
}
