import { randomBytes } from 'node:crypto'

/**
 * IAM's directory, one per account: roles with their trust documents, attached and inline policies
 * and last use; managed policies (the account's and AWS's own, `arn:aws:iam::aws:policy/…`) and who
 * they are attached to. The read calls that leftovers/ makes, answered in IAM's query protocol (XML,
 * paged with Marker, IsTruncated and MaxItems), as the IAM API reference gives them:
 *
 * - ListRoles: every role, with its trust document URL-encoded, but not RoleLastUsed, tags or the
 *   permissions boundary (GetRole has those);
 * - GetRole, ListAttachedRolePolicies, ListRolePolicies, GetRolePolicy (its document URL-encoded);
 * - GetPolicy, GetPolicyVersion (its document URL-encoded);
 * - ListEntitiesForPolicy: the roles, users and groups a managed policy is attached to.
 *
 * A name that is not found answers NoSuchEntity (HTTP 404); MaxItems is 1 to 1,000, 100 by default.
 */

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/'
const MAX_ITEMS_DEFAULT = 100
const MAX_ITEMS_LIMIT = 1000

export interface IamRoleSeed {
  name: string
  /** `/` unless given, as IAM's default; `/aws-service-role/…/` for a service-linked role. */
  path?: string
  trust: unknown
  /** Managed policies attached, by ARN. */
  attached?: string[]
  /** Inline policies by name. */
  inline?: Record<string, unknown>
  /** When the role was last used, and where; absent: not within IAM's tracking period. */
  lastUsed?: { date: string; region: string }
  createDate?: string
}

export interface IamRole extends Required<Pick<IamRoleSeed, 'name' | 'path' | 'trust'>> {
  arn: string
  roleId: string
  createDate: string
  attached: string[]
  inline: Record<string, unknown>
  lastUsed?: { date: string; region: string }
}

export interface ManagedPolicy {
  arn: string
  name: string
  path: string
  document: unknown
}

interface Account {
  roles: Map<string, IamRole>
  policies: Map<string, ManagedPolicy>
  /** Users and groups, by name, with the managed policies attached to them. */
  users: Map<string, string[]>
  groups: Map<string, string[]>
}

export type IamAnswer = { ok: true; xml: string } | { ok: false; status: number; code: string; message: string }

/** Text inside an XML element. */
export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** A document as IAM gives it: JSON, URL-encoded (RFC 3986). */
const encodedDocument = (document: unknown): string => encodeURIComponent(JSON.stringify(document))

export class IamDirectory {
  private readonly accounts = new Map<string, Account>()
  /** AWS's own managed policies, the same in every account. */
  readonly awsPolicies = new Map<string, ManagedPolicy>()

  private account(id: string): Account {
    let a = this.accounts.get(id)
    if (!a) {
      a = { roles: new Map(), policies: new Map(), users: new Map(), groups: new Map() }
      this.accounts.set(id, a)
    }
    return a
  }

  putRole(accountId: string, seed: IamRoleSeed): IamRole {
    const path = seed.path ?? '/'
    const role: IamRole = {
      name: seed.name,
      path,
      trust: seed.trust,
      arn: `arn:aws:iam::${accountId}:role${path}${seed.name}`,
      roleId: `AROA${randomBytes(9).toString('hex').toUpperCase().slice(0, 17)}`,
      createDate: seed.createDate ?? '2024-03-11T09:20:00Z',
      attached: [...(seed.attached ?? [])],
      inline: { ...(seed.inline ?? {}) },
      ...(seed.lastUsed && { lastUsed: seed.lastUsed })
    }
    this.account(accountId).roles.set(seed.name, role)
    return role
  }

  /** A managed policy: the account's own, or with `accountId` 'aws', one of AWS's. */
  putPolicy(accountId: string, name: string, document: unknown, path = '/'): ManagedPolicy {
    const policy: ManagedPolicy = { arn: `arn:aws:iam::${accountId}:policy${path}${name}`, name, path, document }
    if (accountId === 'aws') this.awsPolicies.set(policy.arn, policy)
    else this.account(accountId).policies.set(policy.arn, policy)
    return policy
  }

  attachToUser(accountId: string, user: string, policyArn: string): void {
    const users = this.account(accountId).users
    users.set(user, [...(users.get(user) ?? []), policyArn])
  }

  attachToGroup(accountId: string, group: string, policyArn: string): void {
    const groups = this.account(accountId).groups
    groups.set(group, [...(groups.get(group) ?? []), policyArn])
  }

  roles(accountId: string): IamRole[] {
    return [...this.account(accountId).roles.values()]
  }

  forget(): void {
    this.accounts.clear()
    this.awsPolicies.clear()
  }

  /** One call of IAM's query protocol, in `accountId`, from its form parameters. */
  handle(accountId: string, params: URLSearchParams): IamAnswer {
    const action = params.get('Action') ?? ''
    const account = this.account(accountId)
    const page = paging(params)
    if (typeof page === 'string') return invalid(page)
    const role = (): IamRole | IamAnswer => {
      const name = params.get('RoleName') ?? ''
      return account.roles.get(name) ?? noSuchEntity(`The role with name ${name} cannot be found.`)
    }
    const policy = (): ManagedPolicy | IamAnswer => {
      const arn = params.get('PolicyArn') ?? ''
      return account.policies.get(arn) ?? this.awsPolicies.get(arn) ?? noSuchEntity(`Policy ${arn} does not exist or is not attachable.`)
    }
    switch (action) {
      case 'ListRoles': {
        const prefix = params.get('PathPrefix') ?? '/'
        const all = [...account.roles.values()].filter((r) => r.path.startsWith(prefix))
        return listed(action, all, page, 'Roles', (r) => roleXml(r, false))
      }
      case 'GetRole': {
        const r = role()
        if ('ok' in r) return r
        return ok(action, `<Role>${roleXml(r, true)}</Role>`)
      }
      case 'ListAttachedRolePolicies': {
        const r = role()
        if ('ok' in r) return r
        const attached = r.attached.map((arn) => ({ arn, name: arn.split('/').pop() as string }))
        return listed(action, attached, page, 'AttachedPolicies', (p) => `<PolicyName>${xmlText(p.name)}</PolicyName><PolicyArn>${xmlText(p.arn)}</PolicyArn>`)
      }
      case 'ListRolePolicies': {
        const r = role()
        if ('ok' in r) return r
        return listed(action, Object.keys(r.inline), page, 'PolicyNames', (name) => xmlText(name))
      }
      case 'GetRolePolicy': {
        const r = role()
        if ('ok' in r) return r
        const name = params.get('PolicyName') ?? ''
        if (!(name in r.inline)) return noSuchEntity(`The role policy with name ${name} cannot be found.`)
        return ok(action, `<RoleName>${xmlText(r.name)}</RoleName><PolicyName>${xmlText(name)}</PolicyName><PolicyDocument>${encodedDocument(r.inline[name])}</PolicyDocument>`)
      }
      case 'GetPolicy': {
        const p = policy()
        if ('ok' in p) return p
        return ok(action, `<Policy><PolicyName>${xmlText(p.name)}</PolicyName><Path>${xmlText(p.path)}</Path><Arn>${xmlText(p.arn)}</Arn><DefaultVersionId>v1</DefaultVersionId><AttachmentCount>${this.attachments(account, p.arn).length}</AttachmentCount><IsAttachable>true</IsAttachable></Policy>`)
      }
      case 'GetPolicyVersion': {
        const p = policy()
        if ('ok' in p) return p
        if (params.get('VersionId') !== 'v1') return noSuchEntity(`Policy ${p.arn} version ${params.get('VersionId') ?? ''} does not exist or is not attachable.`)
        return ok(action, `<PolicyVersion><Document>${encodedDocument(p.document)}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`)
      }
      case 'ListEntitiesForPolicy': {
        const p = policy()
        if ('ok' in p) return p
        const entities = this.attachments(account, p.arn)
        const all = listedItems(entities, page)
        const group = (kind: Entity['kind'], element: string, nameElement: string): string =>
          `<${element}>${all.items
            .filter((e) => e.kind === kind)
            .map((e) => `<member><${nameElement}>${xmlText(e.name)}</${nameElement}>${e.id ? `<${nameElement.replace('Name', 'Id')}>${e.id}</${nameElement.replace('Name', 'Id')}>` : ''}</member>`)
            .join('')}</${element}>`
        return ok(action, `${group('role', 'PolicyRoles', 'RoleName')}${group('user', 'PolicyUsers', 'UserName')}${group('group', 'PolicyGroups', 'GroupName')}${truncation(all)}`)
      }
      default:
        return { ok: false, status: 400, code: 'InvalidAction', message: `Could not find operation ${action} for version 2010-05-08` }
    }
  }

  private attachments(account: Account, policyArn: string): Entity[] {
    return [
      ...[...account.roles.values()].filter((r) => r.attached.includes(policyArn)).map((r): Entity => ({ kind: 'role', name: r.name, id: r.roleId })),
      ...[...account.users].filter(([, arns]) => arns.includes(policyArn)).map(([name]): Entity => ({ kind: 'user', name })),
      ...[...account.groups].filter(([, arns]) => arns.includes(policyArn)).map(([name]): Entity => ({ kind: 'group', name }))
    ]
  }
}

interface Entity {
  kind: 'role' | 'user' | 'group'
  name: string
  id?: string
}

interface Page {
  start: number
  max: number
}

/** Marker is the index of the next item, as text; MaxItems 1 to 1,000. */
function paging(params: URLSearchParams): Page | string {
  const marker = params.get('Marker')
  const maxText = params.get('MaxItems')
  const max = maxText === null ? MAX_ITEMS_DEFAULT : Number(maxText)
  if (!Number.isInteger(max) || max < 1 || max > MAX_ITEMS_LIMIT) return `1 validation error detected: Value '${maxText}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and ${MAX_ITEMS_LIMIT}`
  if (marker === null) return { start: 0, max }
  const start = Number(Buffer.from(marker, 'base64url').toString('utf8'))
  if (!Number.isInteger(start) || start < 0) return 'Invalid Marker'
  return { start, max }
}

function listedItems<T>(all: T[], page: Page): { items: T[]; next?: number } {
  const items = all.slice(page.start, page.start + page.max)
  const next = page.start + page.max
  return { items, ...(next < all.length && { next }) }
}

const truncation = (page: { next?: number }): string =>
  page.next === undefined ? '<IsTruncated>false</IsTruncated>' : `<IsTruncated>true</IsTruncated><Marker>${Buffer.from(String(page.next)).toString('base64url')}</Marker>`

function listed<T>(action: string, all: T[], page: Page, element: string, member: (item: T) => string): IamAnswer {
  const shown = listedItems(all, page)
  return ok(action, `<${element}>${shown.items.map((item) => `<member>${member(item)}</member>`).join('')}</${element}>${truncation(shown)}`)
}

function roleXml(r: IamRole, withLastUse: boolean): string {
  const lastUsed = withLastUse
    ? `<RoleLastUsed>${r.lastUsed ? `<LastUsedDate>${r.lastUsed.date}</LastUsedDate><Region>${xmlText(r.lastUsed.region)}</Region>` : ''}</RoleLastUsed>`
    : ''
  return (
    `<Path>${xmlText(r.path)}</Path><RoleName>${xmlText(r.name)}</RoleName><RoleId>${r.roleId}</RoleId><Arn>${xmlText(r.arn)}</Arn>` +
    `<CreateDate>${r.createDate}</CreateDate><AssumeRolePolicyDocument>${encodedDocument(r.trust)}</AssumeRolePolicyDocument><MaxSessionDuration>3600</MaxSessionDuration>${lastUsed}`
  )
}

function ok(action: string, result: string): IamAnswer {
  return {
    ok: true,
    xml: `<${action}Response xmlns="${IAM_NAMESPACE}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${randomBytes(16).toString('hex')}</RequestId></ResponseMetadata></${action}Response>`
  }
}

const noSuchEntity = (message: string): IamAnswer => ({ ok: false, status: 404, code: 'NoSuchEntity', message })
const invalid = (message: string): IamAnswer => ({ ok: false, status: 400, code: 'ValidationError', message })

/** IAM's error answer, as the query protocol gives it. */
export function iamErrorXml(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  return `<ErrorResponse xmlns="${IAM_NAMESPACE}"><Error><Type>${type}</Type><Code>${xmlText(code)}</Code><Message>${xmlText(message)}</Message></Error><RequestId>${randomBytes(16).toString('hex')}</RequestId></ErrorResponse>`
}
