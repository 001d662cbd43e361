import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { abandonable } from './cancel.js'
import { sessionControl } from './credentials.js'
import { findRole, PROTON_MANAGED_POLICIES, protonStacks, type RoleFacts, type RoleFinding, type StackFacts } from './leftovers-findings.js'
import { Pacer } from './pace.js'
import { readDocument, protonTrust } from './policy-document.js'
import { pacedAttempts, type Transport } from './transport.js'
import pkg from '../package.json' with { type: 'json' }

/**
 * What AWS Proton left in one account, read from IAM and CloudFormation (leftovers/). Read only:
 * every call here is a List or a Get.
 *
 * - ListRoles pages carry each role's trust document, so a role is read further only when its trust
 *   lets a Proton principal in, or ListEntitiesForPolicy names it as holding a Proton managed policy:
 *   nothing grows with the roles that are not leftovers.
 * - A part of the account that cannot be read (denied, failing) is a failure of that part; the rest
 *   is still read.
 */

/** A user or group that holds an AWS managed Proton policy: reported, never changed. */
export interface PrincipalFinding {
  account: string
  kind: 'user' | 'group'
  name: string
  protonManagedPolicies: string[]
}

export interface PartFailure {
  account: string
  /** What could not be read: "IAM roles", "CloudFormation stacks in eu-west-1", "the account's role". */
  part: string
  message: string
}

export interface AccountScan {
  account: string
  roles: RoleFinding[]
  principals: PrincipalFinding[]
  stacks: StackFacts[]
  failures: PartFailure[]
  /** AWS calls made for this account, retries not counted. */
  calls: number
  /** With keepIam: the account's IAM client, for remove. */
  iam?: IamTools
}

export interface ScanOptions {
  account: string
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** The partition's IAM signing region (us-east-1 in aws): IAM is global. */
  iamRegion: string
  regions: readonly string[]
  maxAttempts: number
  transport: Transport
  env: Readonly<Record<string, string | undefined>>
  pacer?: Pacer
  onThrottle?(): void
  /** Aborted at the first signal: no call starts after it. */
  stop?: AbortSignal
  /** Aborted when calls in flight must be given up (SIGTERM, or the grace after SIGINT). */
  abandon?: AbortSignal
  /** Keep the account's IAM client open after the read, for remove: the scan's `iam`, closed by the caller. */
  keepIam?: boolean
}

/** An account's IAM client and its call discipline, kept open after the read for remove. */
export interface IamTools {
  sdk: IamSdk
  iam: InstanceType<IamSdk['IAMClient']>
  /** One call: none starts after the first signal. */
  call: Call
  /** One read that confirms a change: it may start after the first signal, never once the run gives up its calls. */
  confirm: Call
  /** Whether the first signal came: no change starts after it. */
  stopped(): boolean
  /** Aborted when calls in flight are given up: waits end with it. */
  abandon?: AbortSignal
  close(): void
}

/** Bounds on what one account's answers may hold: pages that never end stop here, as a failure. */
export const LEFTOVER_PAGES_MAX = 1_000
/** One call, retries included, gets this long (an endpoint that trickles its answer would otherwise hold the run). */
export const CALL_DEADLINE_MS = 120_000
const USER_AGENT: [string, string] = ['proton-leftovers-action', pkg.version]
const MAX_ITEMS = 1000

interface SdkError {
  name?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
}

export const isThrottle = (error: unknown): boolean => {
  const e = error as SdkError
  return e.name === 'Throttling' || e.name === 'ThrottlingException' || e.$metadata?.httpStatusCode === 429
}

/** What a part not read because of the cancellation says. */
export const NOT_READ_CANCELLED = 'not read: the run was cancelled'

export class Cancelled extends Error {
  constructor() {
    super(NOT_READ_CANCELLED)
    this.name = 'Cancelled'
  }
}

/** An error as a part's failure says it: the AWS error's name and message, one line, bounded. */
export function failureWords(error: unknown, action: string): string {
  if (error instanceof Cancelled) return NOT_READ_CANCELLED
  const e = error as SdkError
  if (e?.name === 'PagesNeverEnd') return String(e.message)
  const name = typeof e?.name === 'string' ? e.name : 'Error'
  const message = typeof e?.message === 'string' ? e.message : String(error)
  const text = `${action}: ${name}: ${message}`.replace(/\s+/g, ' ').trim()
  return text.length > 500 ? `${text.slice(0, 499)}…` : text
}

export const isDenied = (error: unknown): boolean => {
  const name = (error as SdkError)?.name ?? ''
  return name === 'AccessDenied' || name === 'AccessDeniedException' || name === 'UnauthorizedOperation' || (error as SdkError)?.$metadata?.httpStatusCode === 403
}

export const isNoSuchEntity = (error: unknown): boolean => (error as SdkError)?.name === 'NoSuchEntity' || (error as SdkError)?.name === 'NoSuchEntityException'

class PagesNeverEnd extends Error {
  constructor(action: string) {
    super(`${action} gave more than ${LEFTOVER_PAGES_MAX} pages, a page marker that came back, or a page said to be truncated with no marker; the list was not read to its end`)
    this.name = 'PagesNeverEnd'
  }
}

/** What a page's `next` gives for a page that says it is truncated but names no marker. */
const TRUNCATED_WITHOUT_MARKER = '\u0000truncated-without-marker'

/** IAM's next page: its Marker when IsTruncated; a truncated page without one is not the end. */
export const iamMarker = (p: { IsTruncated?: boolean; Marker?: string }): string | undefined =>
  p.IsTruncated === true ? (typeof p.Marker === 'string' && p.Marker !== '' ? p.Marker : TRUNCATED_WITHOUT_MARKER) : undefined

/** Every page of a list: each marker new, at most LEFTOVER_PAGES_MAX pages. */
export async function allPages<P>(action: string, page: (marker: string | undefined) => Promise<P>, next: (page: P) => string | undefined): Promise<P[]> {
  const pages: P[] = []
  const seen = new Set<string>()
  let marker: string | undefined
  do {
    if (pages.length >= LEFTOVER_PAGES_MAX) throw new PagesNeverEnd(action)
    const p = await page(marker)
    pages.push(p)
    marker = next(p)
    if (marker === TRUNCATED_WITHOUT_MARKER) throw new PagesNeverEnd(action)
    if (marker !== undefined) {
      if (seen.has(marker)) throw new PagesNeverEnd(action)
      seen.add(marker)
    }
  } while (marker !== undefined)
  return pages
}

export const iso = (d: unknown): string => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : '')
export const text = (v: unknown, max = 2_048): string => (typeof v === 'string' ? v.slice(0, max) : '')

/** Reads one account. Never throws for AWS's answers: what could not be read is in `failures`. */
export async function scanAccount(options: ScanOptions): Promise<AccountScan> {
  const [iamSdk, cfnSdk] = await Promise.all([import('@aws-sdk/client-iam'), import('@aws-sdk/client-cloudformation')])
  const scan: AccountScan = { account: options.account, roles: [], principals: [], stacks: [], failures: [], calls: 0 }
  const pacer = options.pacer ?? new Pacer()
  const session = sessionControl(options.credentials)
  const clients: Array<{ destroy(): void }> = []
  const configure = async <C extends { middlewareStack: { add: (...args: never[]) => unknown }; destroy(): void }>(make: (config: object) => C, endpoint: string, region: string): Promise<C> => {
    const route = await options.transport.route(endpoint)
    const offset = session?.clockOffsetMs()
    const client = make({
      region,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts,
      retryMode: 'standard',
      customUserAgent: [USER_AGENT],
      requestHandler: route.handler,
      ...(offset !== undefined && { systemClockOffset: offset })
    })
    pacedAttempts(client, { pacer, isThrottle, ...(options.stop && { abandon: options.stop }), ...(options.onThrottle && { onThrottle: options.onThrottle }) })
    clients.push(client)
    return client
  }
  /** One call within CALL_DEADLINE_MS, retries included; a session refused as expired is renewed once. */
  const attempt = async <T>(send: (o: { abortSignal: AbortSignal }) => Promise<T>, afterStop: boolean): Promise<T> => {
    // No call starts after the first signal (a confirming read may, until calls are given up); one in flight is given up once the run must stop.
    if ((!afterStop && options.stop?.aborted) || options.abandon?.aborted) throw new Cancelled()
    scan.calls++
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), CALL_DEADLINE_MS)
    const onStop = (): void => controller.abort()
    if (options.abandon?.aborted) controller.abort()
    options.abandon?.addEventListener('abort', onStop, { once: true })
    try {
      try {
        return await abandonable(send({ abortSignal: controller.signal }), controller.signal)
      } catch (error) {
        if (options.abandon?.aborted) throw new Cancelled()
        if (!session || !/^(ExpiredToken|ExpiredTokenException|RequestExpired)$/.test((error as SdkError).name ?? '')) throw error
        await session.renewExpired(undefined)
        return await abandonable(send({ abortSignal: controller.signal }), controller.signal)
      }
    } finally {
      clearTimeout(timer)
      options.abandon?.removeEventListener('abort', onStop)
    }
  }
  const call: Call = (send) => attempt(send, false)
  let kept = false
  try {
    const iamEndpoint = options.env.AWS_ENDPOINT_URL_IAM || options.env.AWS_ENDPOINT_URL || 'https://iam.amazonaws.com'
    const iam = await configure((c) => new iamSdk.IAMClient(c), iamEndpoint, options.iamRegion)
    await scanRoles(scan, iamSdk, iam, call, () => options.stop?.aborted === true)
    if (options.keepIam) {
      kept = true
      scan.iam = { sdk: iamSdk, iam, call, confirm: (send) => attempt(send, true), stopped: () => options.stop?.aborted === true, ...(options.abandon && { abandon: options.abandon }), close: () => iam.destroy() }
    }
    for (const region of options.regions) {
      if (options.stop?.aborted) {
        scan.failures.push({ account: options.account, part: `CloudFormation stacks in ${region}`, message: NOT_READ_CANCELLED })
        continue
      }
      const endpoint = options.env.AWS_ENDPOINT_URL_CLOUDFORMATION || options.env.AWS_ENDPOINT_URL || `https://cloudformation.${region}.amazonaws.com`
      const cfn = await configure((c) => new cfnSdk.CloudFormationClient(c), endpoint, region)
      try {
        const pages = await allPages(
          'cloudformation:ListStacks',
          (NextToken) => call((o) => cfn.send(new cfnSdk.ListStacksCommand({ ...(NextToken && { NextToken }) }), o)),
          (p) => (typeof p.NextToken === 'string' && p.NextToken !== '' ? p.NextToken : undefined)
        )
        const stacks: StackFacts[] = pages.flatMap((p) =>
          (Array.isArray(p.StackSummaries) ? p.StackSummaries : []).map((s) => ({
            account: options.account,
            region,
            name: text(s.StackName, 255),
            status: text(s.StackStatus, 64),
            created: iso(s.CreationTime),
            ...(iso(s.LastUpdatedTime) && { lastUpdated: iso(s.LastUpdatedTime) })
          }))
        )
        scan.stacks.push(...protonStacks(stacks))
      } catch (error) {
        scan.failures.push({ account: options.account, part: `CloudFormation stacks in ${region}`, message: failureWords(error, 'cloudformation:ListStacks') })
      }
    }
  } finally {
    for (const client of clients) if (!(kept && client === scan.iam?.iam)) client.destroy()
  }
  return scan
}

export type IamSdk = typeof import('@aws-sdk/client-iam')

/** AWS's managed policies are the same in every account: each document is read once a run. */
const awsPolicyDocuments = new Map<string, Promise<string | undefined>>()

/** A document as IAM gives it (URL-encoded), decoded when it can be, for a look at its text. */
function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
export type Call = <T>(send: (o: { abortSignal: AbortSignal }) => Promise<T>) => Promise<T>

async function scanRoles(scan: AccountScan, sdk: IamSdk, iam: InstanceType<IamSdk['IAMClient']>, call: Call, stopped: () => boolean): Promise<void> {
  const account = scan.account
  // 1. Every role's trust, from ListRoles pages.
  const trusting = new Map<string, { name: string; path: string; arn: string; created: string; trust: string }>()
  try {
    const pages = await allPages(
      'iam:ListRoles',
      (Marker) => call((o) => iam.send(new sdk.ListRolesCommand({ MaxItems: MAX_ITEMS, ...(Marker && { Marker }) }), o)),
      iamMarker
    )
    for (const role of pages.flatMap((p) => (Array.isArray(p.Roles) ? p.Roles : []))) {
      const trust = text(role.AssumeRolePolicyDocument, 1_000_000)
      const read = readDocument(trust)
      const name = text(role.RoleName, 64)
      if (!read) {
        // Not judged Proton's by guess, nor dropped: a trust that names Proton but cannot be read is checked by hand.
        if (/proton\.amazonaws\.com/i.test(decoded(trust))) {
          scan.failures.push({ account, part: `role ${name}`, message: 'its trust document names proton.amazonaws.com but could not be read as an IAM policy (malformed, or larger than this action reads): check it by hand' })
        }
        continue
      }
      if (!protonTrust(read)) continue
      trusting.set(name, { name, path: text(role.Path, 512) || '/', arn: text(role.Arn), created: iso(role.CreateDate), trust })
    }
  } catch (error) {
    scan.failures.push({ account, part: 'IAM roles', message: failureWords(error, 'iam:ListRoles') })
  }
  // 2. Who holds an AWS managed Proton policy.
  const byPolicy = new Map<string, string[]>()
  const principals = new Map<string, PrincipalFinding>()
  for (const policyArn of PROTON_MANAGED_POLICIES) {
    try {
      const pages = await allPages(
        'iam:ListEntitiesForPolicy',
        (Marker) => call((o) => iam.send(new sdk.ListEntitiesForPolicyCommand({ PolicyArn: policyArn, MaxItems: MAX_ITEMS, ...(Marker && { Marker }) }), o)),
        iamMarker
      )
      for (const p of pages) {
        for (const r of Array.isArray(p.PolicyRoles) ? p.PolicyRoles : []) {
          const name = text(r.RoleName, 64)
          if (name) byPolicy.set(name, [...(byPolicy.get(name) ?? []), policyArn])
        }
        for (const [kind, list] of [['user', p.PolicyUsers], ['group', p.PolicyGroups]] as const) {
          for (const entity of Array.isArray(list) ? list : []) {
            const name = text((entity as { UserName?: string; GroupName?: string }).UserName ?? (entity as { GroupName?: string }).GroupName, 128)
            if (!name) continue
            const key = `${kind}:${name}`
            const found = principals.get(key) ?? { account, kind, name, protonManagedPolicies: [] }
            found.protonManagedPolicies.push(policyArn)
            principals.set(key, found)
          }
        }
      }
    } catch (error) {
      // A policy AWS no longer has is attached to nobody.
      if (isNoSuchEntity(error)) continue
      scan.failures.push({ account, part: `holders of ${policyArn.split('/').pop()}`, message: failureWords(error, 'iam:ListEntitiesForPolicy') })
    }
  }
  scan.principals.push(...principals.values())
  // 3. Each role found, read in full.
  const found = [...new Set([...trusting.keys(), ...byPolicy.keys()])]
  for (const [index, name] of found.entries()) {
    if (stopped()) {
      scan.failures.push({ account, part: `${found.length - index} of ${found.length} roles found`, message: `${NOT_READ_CANCELLED} before they were read in full: ${found.slice(index, index + 5).join(', ')}${found.length - index > 5 ? ', …' : ''}` })
      break
    }
    try {
      const facts = await roleFacts(account, name, trusting.get(name), sdk, iam, call)
      const finding = facts && findRole(facts)
      if (finding) scan.roles.push(finding)
    } catch (error) {
      scan.failures.push({ account, part: `role ${name}`, message: failureWords(error, 'iam:GetRole and its policies') })
    }
  }
}

/** GetRole's role, or undefined when IAM says it is gone (NoSuchEntity). */
export async function roleOrGone(name: string, sdk: IamSdk, iam: InstanceType<IamSdk['IAMClient']>, call: Call) {
  try {
    return (await call((o) => iam.send(new sdk.GetRoleCommand({ RoleName: name }), o))).Role ?? null
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined
    throw error
  }
}

/** A role's attached policies (ARNs) and inline policies (each document as IAM gives it), every page read. */
export async function rolePolicies(name: string, sdk: IamSdk, iam: InstanceType<IamSdk['IAMClient']>, call: Call): Promise<{ attached: string[]; inline: Record<string, string> }> {
  const attachedPages = await allPages('iam:ListAttachedRolePolicies', (Marker) => call((o) => iam.send(new sdk.ListAttachedRolePoliciesCommand({ RoleName: name, MaxItems: MAX_ITEMS, ...(Marker && { Marker }) }), o)), iamMarker)
  const attached = attachedPages.flatMap((p) => (Array.isArray(p.AttachedPolicies) ? p.AttachedPolicies : []).map((a) => text(a.PolicyArn)).filter((a) => a !== ''))
  const inlinePages = await allPages('iam:ListRolePolicies', (Marker) => call((o) => iam.send(new sdk.ListRolePoliciesCommand({ RoleName: name, MaxItems: MAX_ITEMS, ...(Marker && { Marker }) }), o)), iamMarker)
  const inline: Record<string, string> = {}
  for (const policyName of inlinePages.flatMap((p) => (Array.isArray(p.PolicyNames) ? p.PolicyNames : []).map((n) => text(n, 128)))) {
    const doc = await call((o) => iam.send(new sdk.GetRolePolicyCommand({ RoleName: name, PolicyName: policyName }), o))
    inline[policyName] = text(doc.PolicyDocument, 1_000_000)
  }
  return { attached, inline }
}

async function roleFacts(
  account: string,
  name: string,
  listed: { name: string; path: string; arn: string; created: string; trust: string } | undefined,
  sdk: IamSdk,
  iam: InstanceType<IamSdk['IAMClient']>,
  call: Call
): Promise<RoleFacts | undefined> {
  const got = await roleOrGone(name, sdk, iam, call)
  // Deleted since the list: nothing is left of it.
  if (got === undefined) return undefined
  const { attached, inline } = await rolePolicies(name, sdk, iam, call)
  // Every attached policy is judged by its document (AWS's own, like PowerUserAccess, too: read once a run).
  const managedDocuments: Record<string, string> = {}
  for (const arn of attached) {
    const aws = /^arn:aws[\w-]*:iam::aws:policy\//.test(arn)
    const read = async (): Promise<string | undefined> => {
      let policy
      try {
        policy = (await call((o) => iam.send(new sdk.GetPolicyCommand({ PolicyArn: arn }), o))).Policy
      } catch (error) {
        // An AWS policy this endpoint does not know is judged by its ARN alone.
        if (aws && isNoSuchEntity(error)) return undefined
        throw error
      }
      const version = text(policy?.DefaultVersionId, 128)
      if (!version) return undefined
      const doc = await call((o) => iam.send(new sdk.GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version }), o))
      return text(doc.PolicyVersion?.Document, 1_000_000)
    }
    let document: Promise<string | undefined>
    if (aws) {
      document = awsPolicyDocuments.get(arn) ?? read()
      awsPolicyDocuments.set(arn, document)
      // A failed read is not kept: the next role tries again.
      document.catch(() => awsPolicyDocuments.delete(arn))
    } else {
      document = read()
    }
    const text_ = await document
    if (text_ !== undefined) managedDocuments[arn] = text_
  }
  const lastUsed = got?.RoleLastUsed
  const tags = tagsOf(got?.Tags)
  return {
    account,
    name,
    path: text(got?.Path, 512) || listed?.path || '/',
    arn: text(got?.Arn) || listed?.arn || '',
    created: iso(got?.CreateDate) || listed?.created || '',
    trustDocument: text(got?.AssumeRolePolicyDocument, 1_000_000) || listed?.trust || '',
    ...(lastUsed?.LastUsedDate instanceof Date && { lastUsed: { date: iso(lastUsed.LastUsedDate), ...(text(lastUsed.Region, 64) && { region: text(lastUsed.Region, 64) }) } }),
    attached,
    inline,
    managedDocuments,
    tags
  }
}

/** A role's tags as GetRole gives them (IAM allows 50), each key and value bounded as IAM bounds them. */
export function tagsOf(list: unknown): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const t of (Array.isArray(list) ? list : []).slice(0, 50) as Array<{ Key?: unknown; Value?: unknown }>) {
    const key = text(t?.Key, 128)
    if (key) tags[key] = text(t?.Value, 256)
  }
  return tags
}
