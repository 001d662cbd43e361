import { randomUUID } from 'node:crypto'

/** A connection as the emulator stores it: the API's fields plus what the real service knows privately. */
export interface StoredConnection {
  id: string
  arn: string
  region: string
  managementAccountId: string
  environmentAccountId: string
  roleArn: string
  componentRoleArn?: string
  codebuildRoleArn?: string
  environmentName: string
  requestedAt: Date
  lastModifiedAt: Date
  status: 'PENDING' | 'CONNECTED' | 'REJECTED'
  /** An environment provisioned through this connection; Proton refuses to reject it then. */
  usedByEnvironment?: string
}

export type SeedConnection = Partial<StoredConnection>

export interface ProtonError {
  status: number
  type: string
  message: string
}

export type ProtonAnswer = { ok: true; body: unknown } | { ok: false; error: ProtonError }

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const NEXT_TOKEN_PATTERN = /^[A-Za-z0-9+=/]+$/

export const PROTON_ERROR_STATUS: Record<string, number> = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ThrottlingException: 429,
  InternalServerException: 500
}

const fail = (type: string, message: string): ProtonAnswer => ({
  ok: false,
  error: { status: PROTON_ERROR_STATUS[type] ?? 400, type, message }
})

/** Timestamps travel as epoch seconds, fractions allowed. */
const epochSeconds = (d: Date): number => d.getTime() / 1000

function toWire(c: StoredConnection, summary: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: c.id,
    arn: c.arn,
    managementAccountId: c.managementAccountId,
    environmentAccountId: c.environmentAccountId,
    roleArn: c.roleArn,
    environmentName: c.environmentName,
    requestedAt: epochSeconds(c.requestedAt),
    lastModifiedAt: epochSeconds(c.lastModifiedAt),
    status: c.status
  }
  if (c.componentRoleArn !== undefined) wire.componentRoleArn = c.componentRoleArn
  // The List summary shape has no codebuildRoleArn.
  if (!summary && c.codebuildRoleArn !== undefined) wire.codebuildRoleArn = c.codebuildRoleArn
  return wire
}

/** The state and rules of the four environment account connection operations. */
export class ProtonService {
  readonly connections = new Map<string, StoredConnection>()
  /** Largest page List returns, whatever maxResults asks (the real service decides its own pages too). */
  pageSize = 100
  private seeded: StoredConnection[] = []

  constructor(
    readonly accountId: string,
    readonly defaultRegion: string
  ) {}

  seed(partial: SeedConnection = {}): StoredConnection {
    const id = partial.id ?? randomUUID()
    const region = partial.region ?? this.defaultRegion
    const managementAccountId = partial.managementAccountId ?? this.accountId
    const environmentAccountId = partial.environmentAccountId ?? '222222222222'
    const requestedAt = partial.requestedAt ?? new Date('2026-09-01T12:00:00.250Z')
    const connection: StoredConnection = {
      id,
      region,
      // A connection's ARN names its environment account (AWS Proton user guide, "Environment account connections", CLI examples).
      arn: partial.arn ?? `arn:aws:proton:${region}:${environmentAccountId}:environment-account-connection/${id}`,
      managementAccountId,
      environmentAccountId,
      roleArn: partial.roleArn ?? `arn:aws:iam::${environmentAccountId}:role/ProtonEnvironmentRole`,
      environmentName: partial.environmentName ?? 'staging',
      requestedAt,
      lastModifiedAt: partial.lastModifiedAt ?? requestedAt,
      status: partial.status ?? 'PENDING',
      ...(partial.componentRoleArn !== undefined && { componentRoleArn: partial.componentRoleArn }),
      ...(partial.codebuildRoleArn !== undefined && { codebuildRoleArn: partial.codebuildRoleArn }),
      ...(partial.usedByEnvironment !== undefined && { usedByEnvironment: partial.usedByEnvironment })
    }
    this.connections.set(id, connection)
    this.seeded.push({ ...connection })
    return connection
  }

  /** Forgets every connection, seeded ones included. */
  forgetConnections(): void {
    this.connections.clear()
    this.seeded = []
  }

  /** Back to the seeded state (benchmarks reject the same connection again and again). */
  restoreSeeded(): void {
    this.connections.clear()
    for (const c of this.seeded) this.connections.set(c.id, { ...c })
  }

  handle(operation: string, input: Record<string, unknown>, region: string): ProtonAnswer {
    switch (operation) {
      case 'GetEnvironmentAccountConnection':
        return this.withConnection(input, region, (c) => ({ ok: true, body: { environmentAccountConnection: toWire(c, false) } }))
      case 'RejectEnvironmentAccountConnection':
        return this.withConnection(input, region, (c) => this.reject(c))
      case 'AcceptEnvironmentAccountConnection':
        return this.withConnection(input, region, (c) => this.accept(c))
      case 'ListEnvironmentAccountConnections':
        return this.list(input, region)
      default:
        return {
          ok: false,
          error: { status: 400, type: 'UnknownOperationException', message: `Unknown operation ${operation}` }
        }
    }
  }

  private withConnection(
    input: Record<string, unknown>,
    region: string,
    act: (c: StoredConnection) => ProtonAnswer
  ): ProtonAnswer {
    const id = input.id
    if (typeof id !== 'string') return fail('ValidationException', "1 validation error detected: Value null at 'id' failed to satisfy constraint: Member must not be null")
    if (!ID_PATTERN.test(id)) {
      return fail(
        'ValidationException',
        `1 validation error detected: Value '${id}' at 'id' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ID_PATTERN.source}`
      )
    }
    const c = this.connections.get(id)
    if (!c || c.region !== region) {
      return fail('ResourceNotFoundException', `Resource not found: environment account connection ${id}`)
    }
    return act(c)
  }

  private reject(c: StoredConnection): ProtonAnswer {
    if (c.usedByEnvironment) {
      return fail(
        'ConflictException',
        `Environment account connection ${c.id} is associated with environment ${c.usedByEnvironment}. Delete the environment before rejecting the connection.`
      )
    }
    if (c.status === 'REJECTED') {
      return fail('ConflictException', `Environment account connection ${c.id} is already in status REJECTED`)
    }
    c.status = 'REJECTED'
    c.lastModifiedAt = new Date()
    return { ok: true, body: { environmentAccountConnection: toWire(c, false) } }
  }

  private accept(c: StoredConnection): ProtonAnswer {
    if (c.status !== 'PENDING') {
      return fail('ConflictException', `Environment account connection ${c.id} is in status ${c.status}, not PENDING`)
    }
    c.status = 'CONNECTED'
    c.lastModifiedAt = new Date()
    return { ok: true, body: { environmentAccountConnection: toWire(c, false) } }
  }

  private list(input: Record<string, unknown>, region: string): ProtonAnswer {
    const requestedBy = input.requestedBy
    if (requestedBy !== 'MANAGEMENT_ACCOUNT' && requestedBy !== 'ENVIRONMENT_ACCOUNT') {
      return fail(
        'ValidationException',
        `1 validation error detected: Value '${String(requestedBy)}' at 'requestedBy' failed to satisfy constraint: Member must satisfy enum value set: [MANAGEMENT_ACCOUNT, ENVIRONMENT_ACCOUNT]`
      )
    }
    const maxResults = input.maxResults
    if (maxResults !== undefined && (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100)) {
      return fail('ValidationException', `1 validation error detected: Value '${String(maxResults)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100`)
    }
    const statuses = input.statuses
    if (statuses !== undefined && (!Array.isArray(statuses) || statuses.some((s) => !['PENDING', 'CONNECTED', 'REJECTED'].includes(s)))) {
      return fail('ValidationException', "1 validation error detected: Value at 'statuses' failed to satisfy constraint: Member must satisfy enum value set: [PENDING, CONNECTED, REJECTED]")
    }
    let offset = 0
    if (input.nextToken !== undefined) {
      const token = input.nextToken
      const decoded = typeof token === 'string' && NEXT_TOKEN_PATTERN.test(token) ? Number(Buffer.from(token, 'base64').toString('utf8').replace(/^offset:/, '').split(':')[0]) : NaN
      if (!Number.isInteger(decoded) || decoded < 0) return fail('ValidationException', 'The nextToken is not valid')
      offset = decoded
    }
    const matching = [...this.connections.values()].filter(
      (c) =>
        c.region === region &&
        (requestedBy === 'MANAGEMENT_ACCOUNT' ? c.managementAccountId === this.accountId : c.environmentAccountId === this.accountId) &&
        (statuses === undefined || (statuses as string[]).includes(c.status)) &&
        (input.environmentName === undefined || c.environmentName === input.environmentName)
    )
    const size = Math.min(typeof maxResults === 'number' ? maxResults : 100, this.pageSize)
    const page = matching.slice(offset, offset + size)
    const body: Record<string, unknown> = { environmentAccountConnections: page.map((c) => toWire(c, true)) }
    if (offset + size < matching.length) body.nextToken = Buffer.from(`offset:${offset + size}`).toString('base64')
    return { ok: true, body }
  }
}
