/**
 * IAM policy documents read as IAM evaluates them, for what AWS Proton left behind (leftovers/):
 * which roles a Proton principal can assume, who else their trust lets in, and whether a role's
 * policies amount to administrator rights. Pure: documents in, facts out.
 *
 * IAM returns a document URL-encoded (RFC 3986) JSON. `Statement` is one object or a list; a
 * principal, an action and a resource are each a string or a list; actions match with `*` and `?`
 * wildcards, case-insensitively (IAM User Guide, "IAM JSON policy elements: Action").
 */

/** The longest document read, URL-encoded: IAM's largest (a managed policy, 6,144 characters) with room to spare. */
export const DOCUMENT_MAX = 131_072

/** The most statements, principals or values read from one document; the rest are not looked at. */
export const ITEMS_MAX = 1_000

/** Proton's own service principal, and the suffix of its other principals (`sync.proton.amazonaws.com`). */
export const PROTON_SERVICE = 'proton.amazonaws.com'

export interface Statement {
  effect: 'Allow' | 'Deny'
  /** `Principal`'s entries as `Type:value` (`Service:proton.amazonaws.com`, `AWS:arn:…`), or `*` for `"Principal": "*"`. */
  principals: string[]
  /** `Action`'s patterns; empty when the statement has `NotAction` instead. */
  actions: string[]
  notActions?: string[]
  resources: string[]
  notResources?: string[]
  /** Condition values by key, lower-cased, over every operator (`StringEquals`, `ArnLike`, …). */
  conditions: Record<string, string[]>
}

/** A policy document as IAM returns it (URL-encoded or not), or undefined when it is not one. */
export function readDocument(raw: unknown): Statement[] | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > DOCUMENT_MAX) return undefined
  let text = raw
  if (!raw.trimStart().startsWith('{')) {
    try {
      text = decodeURIComponent(raw)
    } catch {
      return undefined
    }
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isObject(doc)) return undefined
  const statements = list(doc.Statement)
  if (statements === undefined) return undefined
  const read: Statement[] = []
  for (const s of statements.slice(0, ITEMS_MAX)) {
    const statement = readStatement(s)
    if (statement === undefined) return undefined
    read.push(statement)
  }
  return read
}

function readStatement(s: unknown): Statement | undefined {
  if (!isObject(s) || (s.Effect !== 'Allow' && s.Effect !== 'Deny')) return undefined
  const actions = strings(s.Action)
  const notActions = strings(s.NotAction)
  if (actions === undefined && notActions === undefined) return undefined
  const principals = readPrincipals(s.Principal)
  if (principals === undefined) return undefined
  return {
    effect: s.Effect,
    principals,
    actions: actions ?? [],
    ...(notActions !== undefined && { notActions }),
    resources: strings(s.Resource) ?? [],
    ...(strings(s.NotResource) !== undefined && { notResources: strings(s.NotResource) }),
    conditions: readConditions(s.Condition)
  }
}

/** `"*"`, or `{ Type: value | [values] }`; absent in a permissions policy (no principals). */
function readPrincipals(p: unknown): string[] | undefined {
  if (p === undefined) return []
  if (p === '*') return ['*']
  if (!isObject(p)) return undefined
  const out: string[] = []
  for (const [type, value] of Object.entries(p)) {
    const values = strings(value)
    if (values === undefined) return undefined
    for (const v of values) out.push(`${type}:${v}`)
  }
  return out.slice(0, ITEMS_MAX)
}

function readConditions(c: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  if (!isObject(c)) return out
  for (const block of Object.values(c)) {
    if (!isObject(block)) continue
    for (const [key, value] of Object.entries(block)) {
      const values = strings(value) ?? (typeof value === 'boolean' || typeof value === 'number' ? [String(value)] : undefined)
      if (values === undefined) continue
      const k = key.toLowerCase()
      out[k] = [...(out[k] ?? []), ...values].slice(0, ITEMS_MAX)
    }
  }
  return out
}

/**
 * IAM's wildcard match of an action pattern, case-insensitive: `*` any run of characters, `?` one.
 * A greedy match with one step back per `*`, in time linear in the two lengths' product at worst,
 * whatever the pattern (no regular expression is built from it).
 */
export function actionMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase()
  const a = action.toLowerCase()
  let i = 0
  let j = 0
  let star = -1
  let resume = 0
  while (j < a.length) {
    if (i < p.length && (p[i] === '?' || p[i] === a[j])) {
      i += 1
      j += 1
    } else if (i < p.length && p[i] === '*') {
      star = i
      resume = j
      i += 1
    } else if (star >= 0) {
      i = star + 1
      resume += 1
      j = resume
    } else {
      return false
    }
  }
  while (i < p.length && p[i] === '*') i += 1
  return i === p.length
}

/** Whether a statement's actions (or its NotAction) take in `action`. */
export function allowsAction(s: Statement, action: string): boolean {
  if (s.notActions !== undefined) return !s.notActions.some((p) => actionMatches(p, action))
  return s.actions.some((p) => actionMatches(p, action))
}

/** A principal of AWS Proton: its service principal or one of its own (`*.proton.amazonaws.com`). */
export function isProtonPrincipal(principal: string): boolean {
  if (!principal.startsWith('Service:')) return false
  const service = principal.slice('Service:'.length).toLowerCase()
  return service === PROTON_SERVICE || service.endsWith(`.${PROTON_SERVICE}`)
}

/** What a role's trust policy says about AWS Proton. */
export interface ProtonTrust {
  /** The Proton principals an Allow statement lets assume the role (`proton.amazonaws.com`, …). */
  proton: string[]
  /** Every other principal an Allow statement lets in, as `Type:value` or `*`. */
  others: string[]
  /** `aws:SourceAccount` values of the Proton statements: the management account the role served. */
  sourceAccounts: string[]
  /** `aws:SourceArn` values of the Proton statements. */
  sourceArns: string[]
}

const ASSUME = 'sts:AssumeRole'

/** The trust's Proton principals, or undefined when no Allow statement lets a Proton principal assume the role. */
export function protonTrust(trust: Statement[]): ProtonTrust | undefined {
  const proton = new Set<string>()
  const others = new Set<string>()
  const sourceAccounts = new Set<string>()
  const sourceArns = new Set<string>()
  for (const s of trust) {
    if (s.effect !== 'Allow') continue
    const theirs = s.principals.filter(isProtonPrincipal)
    for (const p of s.principals) if (!isProtonPrincipal(p)) others.add(p)
    if (theirs.length === 0 || !allowsAction(s, ASSUME)) continue
    for (const p of theirs) proton.add(p.slice('Service:'.length))
    for (const v of s.conditions['aws:sourceaccount'] ?? []) sourceAccounts.add(v)
    for (const v of s.conditions['aws:sourcearn'] ?? []) sourceArns.add(v)
  }
  if (proton.size === 0) return undefined
  return { proton: [...proton], others: [...others], sourceAccounts: [...sourceAccounts], sourceArns: [...sourceArns] }
}

/**
 * Administrator rights: `AdministratorAccess` attached, or an Allow statement of any policy the role
 * holds that takes in every action (`*`) or names a NotAction, on every resource (`*`), as AWS's
 * Proton service role example does (NotAction organizations:* and account:*). A condition on the
 * statement does not clear it: whoever meets the condition has the rights.
 */
export function hasAdministratorRights(attachedPolicyArns: readonly string[], policies: readonly Statement[][]): boolean {
  if (attachedPolicyArns.some((arn) => /^arn:aws(-cn|-us-gov)?:iam::aws:policy\/AdministratorAccess$/.test(arn))) return true
  return policies.some((statements) =>
    statements.some(
      (s) => s.effect === 'Allow' && s.notResources === undefined && s.resources.includes('*') && (s.notActions !== undefined || s.actions.some((a) => a === '*' || a === '*:*'))
    )
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One object or a list of them. */
function list(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (isObject(value)) return [value]
  return undefined
}

/** A string or a list of strings; undefined when absent or of another shape. */
function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return (value as string[]).slice(0, ITEMS_MAX)
  return undefined
}

/** A trust document with AWS Proton's principals taken out, and what was taken. */
export interface TrustEdit {
  /** The document as it would be written back (UpdateAssumeRolePolicy), every other part as it was. */
  document: Record<string, unknown>
  removed: string[]
  /** No Allow statement would be left: the role is Proton's alone, and is not edited but quarantined or deleted. */
  protonOnly: boolean
}

/**
 * The trust without AWS Proton's principals (issue 28's trust edit): from each Allow statement the
 * Proton service principals go; a statement left with no principal goes; everything else, Deny
 * statements, other principals, actions, conditions and key order, stays as it was, so the document
 * means the same for every other principal. Undefined for a document that is not one (readDocument).
 */
export function withoutProtonPrincipals(raw: unknown): TrustEdit | undefined {
  if (readDocument(raw) === undefined) return undefined
  const text = raw as string
  const doc = JSON.parse(text.trimStart().startsWith('{') ? text : decodeURIComponent(text)) as Record<string, unknown>
  const single = !Array.isArray(doc.Statement)
  const statements = (single ? [doc.Statement] : doc.Statement) as Array<Record<string, unknown>>
  const removed: string[] = []
  const kept: Array<Record<string, unknown>> = []
  for (const s of statements) {
    const principal = s.Principal
    if (s.Effect !== 'Allow' || !isObject(principal) || principal.Service === undefined) {
      kept.push(s)
      continue
    }
    const services = typeof principal.Service === 'string' ? [principal.Service] : (principal.Service as string[])
    const others = services.filter((service) => !isProtonPrincipal(`Service:${service}`))
    removed.push(...services.filter((service) => isProtonPrincipal(`Service:${service}`)))
    if (others.length === services.length) {
      kept.push(s)
      continue
    }
    // The other principal types as they were, Service in its place with what is left of it (a list stays a list).
    const edited = Object.fromEntries(
      Object.entries(principal).flatMap(([type, value]): Array<[string, unknown]> => (type !== 'Service' ? [[type, value]] : others.length === 0 ? [] : [[type, Array.isArray(value) ? others : others[0]]]))
    )
    // Key order kept: the statement's own keys, Principal in its place.
    if (Object.keys(edited).length > 0) kept.push(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'Principal' ? edited : v])))
  }
  const document = { ...doc, Statement: single && kept.length === 1 ? kept[0] : kept }
  return { document, removed, protonOnly: !kept.some((s) => s.Effect === 'Allow') }
}
