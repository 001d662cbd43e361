/**
 * IAM policy evaluation, as much as the action's roles use: a role's trust policy for
 * sts:AssumeRoleWithWebIdentity, and its permission policies for the Proton calls.
 * Rules as IAM documents them: an explicit Deny wins, then any Allow, else the request is denied;
 * within a Condition every operator and every key must match, and any one value of a key suffices.
 */

type OneOrMany<T> = T | T[]

export interface Statement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: '*' | { Federated?: OneOrMany<string>; AWS?: OneOrMany<string>; Service?: OneOrMany<string> }
  Action?: OneOrMany<string>
  NotAction?: OneOrMany<string>
  Resource?: OneOrMany<string>
  NotResource?: OneOrMany<string>
  Condition?: Record<string, Record<string, OneOrMany<string>>>
}

export interface PolicyDocument {
  Version?: string
  Statement: OneOrMany<Statement>
}

const many = <T>(value: OneOrMany<T> | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** IAM's wildcards: `*` any run of characters, `?` one character; everything else literal. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value)
}

const OPERATORS: Record<string, { test: (pattern: string, value: string) => boolean; negated: boolean }> = {
  StringEquals: { test: (p, v) => p === v, negated: false },
  StringNotEquals: { test: (p, v) => p === v, negated: true },
  StringEqualsIgnoreCase: { test: (p, v) => p.toLowerCase() === v.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: { test: (p, v) => p.toLowerCase() === v.toLowerCase(), negated: true },
  StringLike: { test: (p, v) => wildcardMatch(p, v), negated: false },
  StringNotLike: { test: (p, v) => wildcardMatch(p, v), negated: true },
  ArnEquals: { test: (p, v) => wildcardMatch(p, v), negated: false },
  ArnLike: { test: (p, v) => wildcardMatch(p, v), negated: false },
  ArnNotEquals: { test: (p, v) => wildcardMatch(p, v), negated: true },
  ArnNotLike: { test: (p, v) => wildcardMatch(p, v), negated: true }
}

/**
 * The set qualifiers, as IAM documents them (IAM user guide, "Multivalued context keys"):
 * `ForAllValues:` matches when every value of the key matches, and so also when the key is absent
 * (configure-aws-credentials' README warns against it in Allow statements for that reason);
 * `ForAnyValue:` needs at least one matching value, so an absent key fails.
 */
const SET_QUALIFIERS = { 'ForAllValues:': { whenAbsent: true }, 'ForAnyValue:': { whenAbsent: false } } as const

/** A request's context: each key single-valued (the OIDC claims), or a list (`aws:TagKeys`). */
export type Context = Readonly<Record<string, string | readonly string[]>>

/**
 * One Condition block against the request's context keys. A multi-valued key takes `ForAllValues:`
 * (every value matches one of the patterns) or `ForAnyValue:` (one does); without a qualifier, one
 * value that matches suffices. `Null` tests whether the key is absent (`"true"`) or present (`"false"`).
 */
export function conditionsMatch(condition: Statement['Condition'], context: Context): boolean {
  for (const [qualifiedOperator, keys] of Object.entries(condition ?? {})) {
    const qualifier = (Object.keys(SET_QUALIFIERS) as Array<keyof typeof SET_QUALIFIERS>).find((q) => qualifiedOperator.startsWith(q))
    const rawOperator = qualifier ? qualifiedOperator.slice(qualifier.length) : qualifiedOperator
    if (rawOperator === 'Null') {
      for (const [key, wanted] of Object.entries(keys)) {
        const present = Object.keys(context).some((k) => k.toLowerCase() === key.toLowerCase())
        if (many(wanted).every((w) => (w === 'true') === present)) return false
      }
      continue
    }
    const ifExists = rawOperator.endsWith('IfExists')
    const operator = OPERATORS[ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator]
    // An operator this evaluator does not know cannot be shown to match: deny, as the safe reading.
    if (!operator) return false
    for (const [key, patterns] of Object.entries(keys)) {
      // Condition keys are case-insensitive in IAM.
      const found = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())
      if (!found) {
        if (qualifier) {
          if (SET_QUALIFIERS[qualifier].whenAbsent) continue
          return false
        }
        if (ifExists || operator.negated) continue
        return false
      }
      const values = typeof found[1] === 'string' ? [found[1]] : [...found[1]]
      const matches = (value: string): boolean => {
        const hit = many(patterns).some((p) => operator.test(p, value))
        return operator.negated ? !hit : hit
      }
      if (!(qualifier === 'ForAllValues:' ? values.every(matches) : values.some(matches))) return false
    }
  }
  return true
}

function statements(doc: PolicyDocument): Statement[] {
  return many(doc.Statement)
}

const actionMatches = (s: Statement, action: string): boolean =>
  s.NotAction !== undefined
    ? !many(s.NotAction).some((a) => wildcardMatch(a, action, true))
    : many(s.Action).some((a) => wildcardMatch(a, action, true))

export interface TrustRequest {
  action: 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRole'
  /** ARN of the IAM OIDC provider that vouches for the token (AssumeRoleWithWebIdentity). */
  federatedPrincipal?: string
  /**
   * The caller of AssumeRole: its role's ARN and its account. A trust's AWS principal names it by
   * that ARN, or its whole account (`arn:aws:iam::ACCOUNT:root`, or the bare account ID), as IAM's
   * policy reference gives the principal forms.
   */
  awsPrincipal?: { arn: string; account: string }
  /** Condition keys: `<issuer host>:aud`, `<issuer host>:sub` and the other claims STS evaluates (claims.ts, STS_CLAIM_KEYS). */
  context: Readonly<Record<string, string>>
}

/** Whether a role's trust policy lets this web identity assume it. */
export function trustAllows(doc: PolicyDocument, request: TrustRequest): boolean {
  const applies = (s: Statement): boolean => {
    const principal = s.Principal
    const aws = request.awsPrincipal
    const principalOk =
      principal === '*' ||
      (request.federatedPrincipal !== undefined && many(principal?.Federated).includes(request.federatedPrincipal)) ||
      (aws !== undefined && many(principal?.AWS).some((p) => p === aws.arn || p === aws.account || /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(p)?.[1] === aws.account))
    return principalOk && actionMatches(s, request.action) && conditionsMatch(s.Condition, request.context)
  }
  const all = statements(doc)
  if (all.some((s) => s.Effect === 'Deny' && applies(s))) return false
  return all.some((s) => s.Effect === 'Allow' && applies(s))
}

/** Whether identity policies allow `action` on `resource`, with the request's context keys (`iam:PolicyARN`). */
export function permissionsAllow(docs: readonly PolicyDocument[], action: string, resource: string, context: Context = {}): boolean {
  const applies = (s: Statement): boolean =>
    actionMatches(s, action) && (s.NotResource !== undefined ? !many(s.NotResource).some((r) => wildcardMatch(r, resource)) : many(s.Resource).some((r) => wildcardMatch(r, resource))) && conditionsMatch(s.Condition, context)
  const all = docs.flatMap(statements)
  if (all.some((s) => s.Effect === 'Deny' && applies(s))) return false
  return all.some((s) => s.Effect === 'Allow' && applies(s))
}
