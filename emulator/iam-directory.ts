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
 * - ListEntitiesForPolicy: the roles, users and groups a managed policy is attached to;
 * - ListInstanceProfilesForRole.
 *
 * And the writes leftovers/ makes to retire a role, with what IAM answers a shortcut: AttachRolePolicy,
 * DetachRolePolicy, TagRole, UntagRole, UpdateAssumeRolePolicy, DeleteRolePolicy,
 * RemoveRoleFromInstanceProfile and DeleteRole (DeleteConflict, HTTP 409, while a policy or an instance
 * profile remains); and the ones the record's commands make a role again with: CreateRole,
 * PutRolePolicy, CreateInstanceProfile, AddRoleToInstanceProfile.
 *
 * IAM is eventually consistent: with `staleMs` set, the reads of a role written to within that time
 * answer what it was before the first of those writes (a role deleted is still read), as IAM may.
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
  tags?: Record<string, string>
  description?: string
  maxSessionDuration?: number
  permissionsBoundary?: string
  /** Instance profiles (made if need be) the role is in, by name. */
  instanceProfiles?: string[]
}

export interface IamRole extends Required<Pick<IamRoleSeed, 'name' | 'path' | 'trust'>> {
  arn: string
  roleId: string
  createDate: string
  attached: string[]
  inline: Record<string, unknown>
  lastUsed?: { date: string; region: string }
  tags: Array<{ key: string; value: string }>
  description?: string
  maxSessionDuration: number
  permissionsBoundary?: string
}

export interface InstanceProfile {
  name: string
  path: string
  arn: string
  id: string
  roles: string[]
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
  instanceProfiles: Map<string, InstanceProfile>
  /** Roles written to within staleMs: what reads answer until `until`; `role` undefined for one made in that time. */
  stale: Map<string, { until: number; role?: IamRole }>
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
  /** How long a role's reads answer what it was before a write (0: every read is current). */
  staleMs = 0

  private account(id: string): Account {
    let a = this.accounts.get(id)
    if (!a) {
      a = { roles: new Map(), policies: new Map(), users: new Map(), groups: new Map(), instanceProfiles: new Map(), stale: new Map() }
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
      ...(seed.lastUsed && { lastUsed: seed.lastUsed }),
      tags: Object.entries(seed.tags ?? {}).map(([key, value]) => ({ key, value })),
      ...(seed.description !== undefined && { description: seed.description }),
      maxSessionDuration: seed.maxSessionDuration ?? 3600,
      ...(seed.permissionsBoundary && { permissionsBoundary: seed.permissionsBoundary })
    }
    const account = this.account(accountId)
    account.roles.set(seed.name, role)
    for (const name of seed.instanceProfiles ?? []) this.instanceProfile(accountId, name).roles.push(seed.name)
    return role
  }

  /** The instance profile of that name, made (at path /) if there is none. */
  instanceProfile(accountId: string, name: string, path = '/'): InstanceProfile {
    const profiles = this.account(accountId).instanceProfiles
    let profile = profiles.get(name)
    if (!profile) {
      profile = { name, path, arn: `arn:aws:iam::${accountId}:instance-profile${path}${name}`, id: `AIPA${randomBytes(9).toString('hex').toUpperCase().slice(0, 17)}`, roles: [] }
      profiles.set(name, profile)
    }
    return profile
  }

  instanceProfiles(accountId: string): InstanceProfile[] {
    return [...this.account(accountId).instanceProfiles.values()]
  }

  /** The role as it is now (never stale), or undefined. */
  role(accountId: string, name: string): IamRole | undefined {
    return this.account(accountId).roles.get(name)
  }

  /** The ARN IAM authorizes a call on a role against: its path when the role is known. */
  roleArn(accountId: string, name: string): string {
    return this.account(accountId).roles.get(name)?.arn ?? `arn:aws:iam::${accountId}:role/${name}`
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
    this.staleMs = 0
  }

  /** One call of IAM's query protocol, in `accountId`, from its form parameters. */
  handle(accountId: string, params: URLSearchParams): IamAnswer {
    const action = params.get('Action') ?? ''
    const account = this.account(accountId)
    const page = paging(params)
    if (typeof page === 'string') return invalid(page)
    const roleName = params.get('RoleName') ?? ''
    const missing = (): IamAnswer => noSuchEntity(`The role with name ${roleName} cannot be found.`)
    // Reads may be stale for a moment after a write; writes act on the role as it is.
    const role = (): IamRole | IamAnswer => {
      const stale = account.stale.get(roleName)
      if (stale && stale.until > Date.now()) return stale.role ?? missing()
      return account.roles.get(roleName) ?? missing()
    }
    const current = (): IamRole | IamAnswer => account.roles.get(roleName) ?? missing()
    /** Before a write to the role: what stale reads answer, when staleMs is set and no earlier write's window is open. */
    const remember = (r: IamRole | undefined): void => {
      const open = account.stale.get(roleName)
      if (this.staleMs > 0 && !(open && open.until > Date.now())) account.stale.set(roleName, { until: Date.now() + this.staleMs, ...(r && { role: structuredClone(r) }) })
    }
    const write = (change: (r: IamRole) => IamAnswer | undefined): IamAnswer => {
      const r = current()
      if ('ok' in r) return r
      const snapshot = structuredClone(r)
      const refused = change(r)
      if (refused && !refused.ok) return refused
      remember(snapshot)
      return refused ?? ok(action, '')
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
      case 'ListInstanceProfilesForRole': {
        const r = role()
        if ('ok' in r) return r
        const profiles = [...account.instanceProfiles.values()].filter((p) => p.roles.includes(r.name))
        return listed(action, profiles, page, 'InstanceProfiles', (p) => instanceProfileXml(p, account))
      }
      case 'AttachRolePolicy':
        return write((r) => {
          const arn = params.get('PolicyArn') ?? ''
          if (!account.policies.has(arn) && !this.awsPolicies.has(arn)) return noSuchEntity(`Policy ${arn} does not exist or is not attachable.`)
          if (!r.attached.includes(arn)) r.attached.push(arn)
          return undefined
        })
      case 'DetachRolePolicy':
        return write((r) => {
          const arn = params.get('PolicyArn') ?? ''
          if (!r.attached.includes(arn)) return noSuchEntity(`Policy ${arn} was not found.`)
          r.attached = r.attached.filter((a) => a !== arn)
          return undefined
        })
      case 'TagRole':
        return write((r) => {
          const tags = members(params, 'Tags').map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }))
          for (const t of tags) {
            if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u.test(t.key) || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u.test(t.value)) return invalid(`1 validation error detected: Value at 'tags' failed to satisfy constraint: tag ${t.key}`)
          }
          const next = [...r.tags.filter((t) => !tags.some((n) => n.key === t.key)), ...tags]
          if (next.length > 50) return { ok: false, status: 409, code: 'LimitExceeded', message: 'Cannot exceed quota for TagsPerRole: 50' }
          r.tags = next
          return undefined
        })
      case 'UntagRole':
        return write((r) => {
          const keys = members(params, 'TagKeys').map((m) => m[''] ?? '')
          r.tags = r.tags.filter((t) => !keys.includes(t.key))
          return undefined
        })
      case 'UpdateAssumeRolePolicy':
        return write((r) => {
          const doc = policyDocument(params.get('PolicyDocument'))
          if (doc === undefined) return { ok: false, status: 400, code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' }
          r.trust = doc
          return undefined
        })
      case 'DeleteRolePolicy':
        return write((r) => {
          const name = params.get('PolicyName') ?? ''
          if (!(name in r.inline)) return noSuchEntity(`The role policy with name ${name} cannot be found.`)
          delete r.inline[name]
          return undefined
        })
      case 'PutRolePolicy':
        return write((r) => {
          const doc = policyDocument(params.get('PolicyDocument'))
          if (doc === undefined) return { ok: false, status: 400, code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' }
          r.inline[params.get('PolicyName') ?? ''] = doc
          return undefined
        })
      case 'RemoveRoleFromInstanceProfile':
      case 'AddRoleToInstanceProfile': {
        const profile = account.instanceProfiles.get(params.get('InstanceProfileName') ?? '')
        if (!profile) return noSuchEntity(`Instance Profile ${params.get('InstanceProfileName') ?? ''} cannot be found.`)
        return write((r) => {
          if (action === 'AddRoleToInstanceProfile') {
            if (profile.roles.length > 0) return { ok: false, status: 409, code: 'LimitExceeded', message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1' }
            profile.roles.push(r.name)
            return undefined
          }
          if (!profile.roles.includes(r.name)) return noSuchEntity(`The role with name ${r.name} cannot be found in instance profile ${profile.name}.`)
          profile.roles = profile.roles.filter((n) => n !== r.name)
          return undefined
        })
      }
      case 'CreateInstanceProfile': {
        const name = params.get('InstanceProfileName') ?? ''
        if (account.instanceProfiles.has(name)) return { ok: false, status: 409, code: 'EntityAlreadyExists', message: `Instance Profile ${name} already exists.` }
        const p = this.instanceProfile(accountId, name, params.get('Path') ?? '/')
        return ok(action, `<InstanceProfile>${instanceProfileXml(p, account)}</InstanceProfile>`)
      }
      case 'DeleteRole': {
        const r = current()
        if ('ok' in r) return r
        const conflict = r.attached.length > 0 ? 'must detach all policies first' : Object.keys(r.inline).length > 0 ? 'must delete policies first' : [...account.instanceProfiles.values()].some((p) => p.roles.includes(r.name)) ? 'must remove roles from instance profile first' : undefined
        if (conflict) return { ok: false, status: 409, code: 'DeleteConflict', message: `Cannot delete entity, ${conflict}.` }
        remember(r)
        account.roles.delete(r.name)
        return ok(action, '')
      }
      case 'CreateRole': {
        if (account.roles.has(roleName)) return { ok: false, status: 409, code: 'EntityAlreadyExists', message: `Role with name ${roleName} already exists.` }
        const trust = policyDocument(params.get('AssumeRolePolicyDocument'))
        if (trust === undefined) return { ok: false, status: 400, code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' }
        const maxText = params.get('MaxSessionDuration')
        remember(undefined)
        const made = this.putRole(accountId, {
          name: roleName,
          path: params.get('Path') ?? '/',
          trust,
          createDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          tags: Object.fromEntries(members(params, 'Tags').map((t) => [t.Key ?? '', t.Value ?? ''])),
          ...(params.get('Description') !== null && { description: params.get('Description') as string }),
          ...(maxText !== null && { maxSessionDuration: Number(maxText) }),
          ...(params.get('PermissionsBoundary') && { permissionsBoundary: params.get('PermissionsBoundary') as string })
        })
        return ok(action, `<Role>${roleXml(made, false)}</Role>`)
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

/** A role as IAM gives it; GetRole (`full`) adds its last use, tags and permissions boundary, as ListRoles does not. */
function roleXml(r: IamRole, full: boolean): string {
  const extra = full
    ? `<RoleLastUsed>${r.lastUsed ? `<LastUsedDate>${r.lastUsed.date}</LastUsedDate><Region>${xmlText(r.lastUsed.region)}</Region>` : ''}</RoleLastUsed>` +
      (r.tags.length > 0 ? `<Tags>${r.tags.map((t) => `<member><Key>${xmlText(t.key)}</Key><Value>${xmlText(t.value)}</Value></member>`).join('')}</Tags>` : '') +
      (r.permissionsBoundary ? `<PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>${xmlText(r.permissionsBoundary)}</PermissionsBoundaryArn></PermissionsBoundary>` : '')
    : ''
  return (
    `<Path>${xmlText(r.path)}</Path><RoleName>${xmlText(r.name)}</RoleName><RoleId>${r.roleId}</RoleId><Arn>${xmlText(r.arn)}</Arn>` +
    `<CreateDate>${r.createDate}</CreateDate><AssumeRolePolicyDocument>${encodedDocument(r.trust)}</AssumeRolePolicyDocument>` +
    `${r.description !== undefined ? `<Description>${xmlText(r.description)}</Description>` : ''}<MaxSessionDuration>${r.maxSessionDuration}</MaxSessionDuration>${extra}`
  )
}

function instanceProfileXml(p: InstanceProfile, account: Account): string {
  const roles = p.roles.map((n) => account.roles.get(n)).filter((r): r is IamRole => r !== undefined)
  return `<Path>${xmlText(p.path)}</Path><InstanceProfileName>${xmlText(p.name)}</InstanceProfileName><InstanceProfileId>${p.id}</InstanceProfileId><Arn>${xmlText(p.arn)}</Arn><CreateDate>2024-03-11T09:20:00Z</CreateDate><Roles>${roles.map((r) => `<member>${roleXml(r, false)}</member>`).join('')}</Roles>`
}

/** A list parameter of the query protocol: `Name.member.N` (a value) or `Name.member.N.Field` (a structure), in order. */
function members(params: URLSearchParams, name: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = []
  for (const [key, value] of params) {
    const m = new RegExp(`^${name}\\.member\\.(\\d+)(?:\\.(\\w+))?$`).exec(key)
    if (!m) continue
    const index = Number(m[1]) - 1
    out[index] = { ...(out[index] ?? {}), [m[2] ?? '']: value }
  }
  return out.filter((m) => m !== undefined)
}

/** A policy document sent to IAM (JSON, as the form gives it), or undefined when it is not one. */
function policyDocument(text: string | null): Record<string, unknown> | undefined {
  if (text === null) return undefined
  try {
    const doc = JSON.parse(text) as unknown
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'Statement' in doc ? (doc as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
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
