import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import { GitHubService } from './github.js'
import { getsIdToken, type JobContext } from './claims.js'
import { IdentityService, providerArn, stsErrorXml, type Role } from './identity.js'
import type { PolicyDocument } from './iam.js'
import { ProtonService, PROTON_ERROR_STATUS, type SeedConnection, type StoredConnection } from './proton.js'
import { verifySigV4, type KnownCredential } from './sigv4.js'
import { authorizationResource, PROTON_ACTIONS } from './service-authorization.js'

export type Service = 'proton' | 'sts' | 'oidc' | 'github'

export type FaultKind =
  | 'throttle' // the service's throttling error
  | 'internal' // the service's 500 error
  | 'unavailable' // 503 with a plain-text body, as a load balancer answers
  | 'reset' // the socket is destroyed before anything is done or answered
  | 'reset-after' // the operation takes effect, then the socket is destroyed: the answer is lost
  | 'hang-after' // the operation takes effect, then no answer ever comes
  | 'delay' // answered normally after delayMs
  | 'hang' // never answered
  | 'html' // 200 with an HTML page
  | 'truncated' // 200 with the real answer cut in half
  | 'wrong-content-type' // the real answer labelled text/plain
  | 'garbage' // 200 with bytes that are not JSON
  | 'idp-error' // STS: IDPCommunicationError
  | 'answer-pending' // Reject answers 200 with the connection still PENDING, and changes nothing
  | 'answer-other' // Get or Reject answers 200 about another connection
  | 'duplicate' // List repeats the previous page's first item
  | 'endless-pages' // List hands out a fresh nextToken every time
  | 'huge-error' // a ValidationException whose message is 2 MiB

export interface Fault {
  kind: FaultKind
  service?: Service
  operation?: string
  /** How many matching requests it hits; default 1. */
  times?: number
  delayMs?: number
}

export interface CallRecord {
  service: Service
  operation: string
  status: number
  input?: Record<string, unknown>
  accessKeyId?: string
  principalArn?: string
  region?: string
  sessionToken?: boolean
  fault?: FaultKind
  userAgent?: string
}

export interface EmulatorOptions {
  port?: number
  region?: string
  accountId?: string
  /** Static key pair the emulator accepts (what configure-aws-credentials would leave in the environment). */
  accessKeyId?: string
  secretAccessKey?: string
}

const JSON_TYPE = 'application/x-amz-json-1.0'
const TARGET_PREFIX = 'AwsProton20200720.'

export class Emulator {
  readonly proton: ProtonService
  readonly identity: IdentityService
  readonly github = new GitHubService()
  readonly calls: CallRecord[] = []
  readonly staticCredential: KnownCredential
  readonly region: string
  readonly accountId: string
  /** IAM actions refused to every caller, e.g. `proton:RejectEnvironmentAccountConnection`. */
  readonly denied = new Set<string>()
  /** Added to every Proton answer (benchmarks). */
  latencyMs = 0
  /**
   * A rate limit on Proton calls, as AWS applies one per account: a token bucket of `burst` calls
   * refilled at `perSecond`; a call without a token gets ThrottlingException (HTTP 429).
   */
  rateLimit: { perSecond: number; burst: number } | undefined
  private bucket = { tokens: 0, at: 0 }
  /** Runs before each Proton operation takes effect: lets a test play another actor changing state meanwhile. */
  beforeOperation: ((operation: string, input: Record<string, unknown>) => void) | undefined
  /** Bumped by resetAll: a request that arrived before a reset is dropped when it resumes. */
  private generation = 0
  private faults: Array<Required<Pick<Fault, 'kind' | 'times'>> & Fault> = []
  private server: Server | undefined
  private tlsServer: Server | undefined
  private tlsPort = 0
  private readonly sockets = new Set<Socket>()
  private port = 0

  constructor(options: EmulatorOptions = {}) {
    this.region = options.region ?? 'us-east-1'
    this.accountId = options.accountId ?? '111111111111'
    this.proton = new ProtonService(this.accountId, this.region)
    this.identity = new IdentityService(this.accountId)
    this.staticCredential = {
      accessKeyId: options.accessKeyId ?? 'AKIAEMULATOR00000001',
      secretAccessKey: options.secretAccessKey ?? 'emulatorSecretKey/0000000000000000000000',
      principalArn: `arn:aws:iam::${this.accountId}:user/platform-ci`
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Environment a job step would see to reach this emulator with the static key pair. */
  get awsEnv(): Record<string, string> {
    return {
      AWS_REGION: this.region,
      AWS_ACCESS_KEY_ID: this.staticCredential.accessKeyId,
      AWS_SECRET_ACCESS_KEY: this.staticCredential.secretAccessKey,
      AWS_ENDPOINT_URL_PROTON: this.url,
      AWS_ENDPOINT_URL_STS: this.url,
      AWS_EC2_METADATA_DISABLED: 'true'
    }
  }

  /**
   * What the runner gives a job with `permissions: id-token: write`: a token URL and request token
   * tied to this job, so the OIDC token carries this job's claims. Nothing for a pull request from a
   * fork, as GitHub gives those no token.
   */
  oidcEnvFor(job: JobContext): Record<string, string> {
    if (!getsIdToken(job)) return {}
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/_github/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.identity.registerJob(job)
    }
  }

  get githubApiUrl(): string {
    return `${this.url}/_github/api`
  }

  seed(connection: SeedConnection = {}): StoredConnection {
    return this.proton.seed(connection)
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 })
  }

  clearFaults(): void {
    this.faults = []
  }

  /** Creates (or replaces) an IAM role in the emulator's account. */
  putRole(roleArn: string, role: Role): void {
    this.identity.roles.set(roleArn, role)
  }

  /**
   * A role that GitHub tokens whose `sub` matches `subjectPattern` (StringLike) may assume, written as
   * the trust policy IAM would hold; the account's github.com provider accepts `audience`.
   */
  trustRole(roleArn: string, subjectPattern = 'repo:octo-org/octo-repo:*', audience = 'sts.amazonaws.com', permissions?: PolicyDocument[]): void {
    const provider = this.identity.providers.get(providerArn('aws', this.accountId, 'https://token.actions.githubusercontent.com'))
    if (provider && !provider.clientIds.includes(audience)) provider.clientIds.push(audience)
    this.putRole(roleArn, {
      trust: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${this.accountId}:oidc-provider/token.actions.githubusercontent.com` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:aud': audience },
              StringLike: { 'token.actions.githubusercontent.com:sub': subjectPattern }
            }
          }
        ]
      },
      ...(permissions && { permissions })
    })
  }

  /** Forgets everything a test did: state, faults, calls, denials, trust, comments. */
  resetAll(): void {
    // Requests still in flight from before (a killed run's, say) must not touch the new state or take its faults.
    this.generation += 1
    this.calls.length = 0
    this.clearFaults()
    this.denied.clear()
    this.beforeOperation = undefined
    this.latencyMs = 0
    this.rateLimit = undefined
    this.bucket = { tokens: 0, at: 0 }
    this.proton.clear()
    this.proton.pageSize = 100
    this.lastListed = undefined
    this.github.comments.clear()
    this.github.pulls.length = 0
    this.identity.clear()
    delete this.staticCredential.expiresAt
  }

  callsOf(operation: string): CallRecord[] {
    return this.calls.filter((c) => c.operation === operation)
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await listen(this.server, port)
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** The same services over TLS, for clients that reach the emulator as an https endpoint (through a proxy, say). */
  async startTls(tls: { key: string | Buffer; cert: string | Buffer }, port = 0): Promise<number> {
    const server = createTlsServer(tls, (req, res) => this.handle(req, res))
    server.on('secureConnection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await listen(server, port)
    this.tlsServer = server
    this.tlsPort = (server.address() as AddressInfo).port
    return this.tlsPort
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    for (const server of [this.server, this.tlsServer]) {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`emulator error: ${String(error)}`)
    })
  }

  private takeToken(limit: { perSecond: number; burst: number }): boolean {
    const now = performance.now()
    if (this.bucket.at === 0) this.bucket = { tokens: limit.burst, at: now }
    this.bucket.tokens = Math.min(limit.burst, this.bucket.tokens + ((now - this.bucket.at) / 1000) * limit.perSecond)
    this.bucket.at = now
    if (this.bucket.tokens < 1) return false
    this.bucket.tokens -= 1
    return true
  }

  private takeFault(service: Service, operation: string): Fault | undefined {
    const index = this.faults.findIndex(
      (f) => f.times > 0 && (f.service ?? 'proton') === service && (f.operation === undefined || f.operation === operation)
    )
    if (index < 0) return undefined
    const fault = this.faults[index] as Fault & { times: number }
    fault.times -= 1
    return fault
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const path = req.url ?? '/'
    if (path.startsWith('/_emulator/')) return this.control(req.method ?? 'GET', path, body, res)
    if (path.startsWith('/_github/oidc/')) return this.oidc(req, res)
    if (path.startsWith('/_github/api/')) return this.githubApi(req, path.slice('/_github/api'.length), body, res)
    const target = req.headers['x-amz-target']
    if (typeof target === 'string') return this.protonCall(req, target, body, res)
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return this.stsCall(req, body, res)
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  }

  /** Applies a fault that replaces the answer; returns true when the request is dealt with. */
  private async applyFault(fault: Fault | undefined, res: ServerResponse, errorAnswer: () => void): Promise<boolean> {
    if (!fault) return false
    switch (fault.kind) {
      case 'delay':
        await sleep(fault.delayMs ?? 1000)
        return false
      case 'hang':
        return true
      case 'reset':
        res.socket?.destroy()
        return true
      case 'throttle':
      case 'internal':
      case 'idp-error':
        errorAnswer()
        return true
      case 'unavailable':
        res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable')
        return true
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>')
        return true
      case 'garbage':
        res.writeHead(200, { 'content-type': JSON_TYPE }).end(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef]))
        return true
      default:
        return false
    }
  }

  private async protonCall(req: IncomingMessage, target: string, body: Buffer, res: ServerResponse): Promise<void> {
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target
    const record: CallRecord = { service: 'proton', operation, status: 0, userAgent: String(req.headers['user-agent'] ?? '') }
    this.calls.push(record)
    const send = (status: number, payload: unknown, contentType = JSON_TYPE): void => {
      record.status = status
      res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID() }).end(JSON.stringify(payload))
    }
    const sendError = (type: string, message: string, status = PROTON_ERROR_STATUS[type] ?? 400): void =>
      send(status, { __type: `com.amazonaws.proton#${type}`, message })

    const generation = this.generation
    if (this.latencyMs > 0) await sleep(this.latencyMs)
    if (generation !== this.generation) {
      res.socket?.destroy()
      return
    }
    if (this.rateLimit && !this.takeToken(this.rateLimit)) return sendError('ThrottlingException', 'Rate exceeded')
    const fault = this.takeFault('proton', operation)
    if (fault) record.fault = fault.kind
    const errorFor = (): void =>
      fault?.kind === 'throttle' ? sendError('ThrottlingException', 'Rate exceeded') : sendError('InternalServerException', 'Internal server error')
    if (await this.applyFault(fault, res, errorFor)) {
      if (record.status === 0) record.status = res.statusCode
      return
    }

    const verdict = verifySigV4(
      { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
      'proton',
      (id) => (id === this.staticCredential.accessKeyId ? this.staticCredential : this.identity.issued.get(id))
    )
    if (!verdict.ok) return send(403, { __type: verdict.code, message: verdict.message })
    record.accessKeyId = verdict.credential.accessKeyId
    record.principalArn = verdict.credential.principalArn
    record.region = verdict.region
    record.sessionToken = verdict.credential.sessionToken !== undefined

    if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith(JSON_TYPE)) {
      return sendError('ValidationException', `Expected POST with Content-Type ${JSON_TYPE}`)
    }
    let input: Record<string, unknown>
    try {
      input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
    } catch {
      return send(400, { __type: 'SerializationException', message: 'Request body is not valid JSON' })
    }
    record.input = input

    // Denied to every caller by the test, or not allowed by the session's role.
    const action = `proton:${operation}`
    const resource = PROTON_ACTIONS[action]
      ? authorizationResource(action, { region: verdict.region, account: this.accountId, id: typeof input.id === 'string' ? input.id : '' })
      : '*'
    if (this.denied.has(action) || !this.identity.allows(verdict.credential.accessKeyId, action, resource)) {
      return sendError(
        'AccessDeniedException',
        `User: ${verdict.credential.principalArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`
      )
    }

    if (fault?.kind === 'huge-error') return sendError('ValidationException', `${'x'.repeat(2 * 1024 * 1024)}`)
    this.beforeOperation?.(operation, input)
    const answer = this.proton.handle(fault?.kind === 'answer-pending' ? 'GetEnvironmentAccountConnection' : operation, input, verdict.region)
    if (answer.ok) this.alterAnswer(fault?.kind, operation, answer.body as Record<string, unknown>)
    if (!answer.ok) {
      if (answer.error.type === 'UnknownOperationException') return send(400, { __type: answer.error.type, message: answer.error.message })
      return sendError(answer.error.type, answer.error.message, answer.error.status)
    }
    if (fault?.kind === 'hang-after') {
      record.status = 200
      return
    }
    if (fault?.kind === 'reset-after') {
      record.status = 200
      res.socket?.destroy()
      return
    }
    if (fault?.kind === 'truncated') {
      const text = JSON.stringify(answer.body)
      record.status = 200
      res.writeHead(200, { 'content-type': JSON_TYPE }).end(text.slice(0, Math.floor(text.length / 2)))
      return
    }
    send(200, answer.body, fault?.kind === 'wrong-content-type' ? 'text/plain' : JSON_TYPE)
  }

  /** The first item of the last List page, for the `duplicate` fault. */
  private lastListed: unknown

  /** Faults that keep the answer's shape but not its truth. */
  private alterAnswer(kind: FaultKind | undefined, operation: string, body: Record<string, unknown>): void {
    const items = body.environmentAccountConnections as unknown[] | undefined
    if (operation === 'ListEnvironmentAccountConnections' && items) {
      if (kind === 'duplicate' && this.lastListed) items.push(this.lastListed)
      if (kind === 'endless-pages') body.nextToken = Buffer.from(`offset:0:${randomUUID()}`).toString('base64')
      this.lastListed = items[0] ?? this.lastListed
    }
    const connection = body.environmentAccountConnection as Record<string, unknown> | undefined
    if (connection && kind === 'answer-other') {
      connection.id = '99999999-9999-4999-8999-999999999999'
      connection.arn = String(connection.arn).replace(/[^/]+$/, connection.id as string)
    }
  }

  private async stsCall(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const params = new URLSearchParams(body.toString('utf8'))
    const operation = params.get('Action') ?? 'Unknown'
    const record: CallRecord = {
      service: 'sts',
      operation,
      status: 0,
      input: { RoleArn: params.get('RoleArn'), RoleSessionName: params.get('RoleSessionName'), DurationSeconds: params.get('DurationSeconds') }
    }
    this.calls.push(record)
    const sendXml = (status: number, xml: string): void => {
      record.status = status
      res.writeHead(status, { 'content-type': 'text/xml' }).end(xml)
    }
    const fault = this.takeFault('sts', operation)
    if (fault) record.fault = fault.kind
    const errorFor = (): void => {
      if (fault?.kind === 'throttle') sendXml(400, stsErrorXml({ status: 400, code: 'Throttling', message: 'Rate exceeded', type: 'Sender' }))
      else if (fault?.kind === 'idp-error')
        sendXml(400, stsErrorXml({ status: 400, code: 'IDPCommunicationError', message: "Couldn't retrieve verification key from your identity provider", type: 'Sender' }))
      else sendXml(500, stsErrorXml({ status: 500, code: 'InternalFailure', message: 'An internal error occurred', type: 'Receiver' }))
    }
    if (await this.applyFault(fault, res, errorFor)) {
      if (record.status === 0) record.status = res.statusCode
      return
    }
    if (operation !== 'AssumeRoleWithWebIdentity') {
      return sendXml(400, stsErrorXml({ status: 400, code: 'InvalidAction', message: `Could not find operation ${operation}`, type: 'Sender' }))
    }
    const answer = this.identity.assumeRoleWithWebIdentity(params)
    if (!answer.ok) return sendXml(answer.error.status, stsErrorXml(answer.error))
    sendXml(200, answer.xml)
  }

  private async oidc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const audience = url.searchParams.get('audience') ?? 'https://github.com/octo-org'
    const record: CallRecord = { service: 'oidc', operation: 'GetIdToken', status: 0, input: { audience } }
    this.calls.push(record)
    const send = (status: number, payload: unknown): void => {
      record.status = status
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
    }
    const fault = this.takeFault('oidc', 'GetIdToken')
    if (fault) record.fault = fault.kind
    if (await this.applyFault(fault, res, () => send(500, { message: 'internal error' }))) return
    const job = this.identity.jobs.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''))
    if (!job) return send(401, { message: 'Unauthorized' })
    send(200, { count: 1, value: this.identity.issueIdToken(job, audience) })
  }

  private async githubApi(req: IncomingMessage, path: string, body: Buffer, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const record: CallRecord = { service: 'github', operation: `${method} ${path.split('?')[0]}`, status: 0 }
    this.calls.push(record)
    let parsed: unknown
    try {
      parsed = body.length ? JSON.parse(body.toString('utf8')) : undefined
    } catch {
      parsed = undefined
    }
    const fault = this.takeFault('github', record.operation)
    if (fault) record.fault = fault.kind
    if (await this.applyFault(fault, res, () => res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Server Error"}'))) return
    const answer = this.github.handle(method, path, req.headers.authorization, parsed)
    record.status = answer.status
    record.input = parsed as Record<string, unknown> | undefined
    if (answer.status === 204) {
      res.writeHead(204).end()
      return
    }
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body))
  }

  /** HTTP control plane for the demo, the benchmark and a standalone emulator. */
  private control(method: string, path: string, body: Buffer, res: ServerResponse): void {
    const json = (status: number, payload: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
    }
    const input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {}
    if (method === 'POST' && path === '/_emulator/reset') {
      this.proton.reset()
      this.calls.length = 0
      this.clearFaults()
      return json(200, { ok: true })
    }
    if (method === 'POST' && path === '/_emulator/seed') return json(200, this.seed(input as SeedConnection))
    if (method === 'POST' && path === '/_emulator/faults') {
      this.inject(input as unknown as Fault)
      return json(200, { ok: true })
    }
    if (method === 'POST' && path === '/_emulator/rate-limit') {
      this.rateLimit = input.perSecond ? { perSecond: Number(input.perSecond), burst: Number(input.burst ?? input.perSecond) } : undefined
      this.bucket = { tokens: 0, at: 0 }
      return json(200, { ok: true })
    }
    if (method === 'POST' && path === '/_emulator/latency') {
      this.latencyMs = Number(input.ms ?? 0)
      return json(200, { ok: true })
    }
    if (method === 'GET' && path === '/_emulator/connections') return json(200, [...this.proton.connections.values()])
    if (method === 'GET' && path === '/_emulator/calls') return json(200, this.calls)
    json(404, { message: 'unknown control path' })
  }
}

/** Listens on loopback; a taken port rejects (with EADDRINUSE) instead of throwing from an event. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return new Emulator(options).start(options.port ?? 0)
}
