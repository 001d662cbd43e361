import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { getsIdToken, type JobContext } from './claims.js'
import { answerControl, type ControlTarget } from './control.js'
import { writeReply, type CallRecord, type Fault, type PartyCall } from './exchange.js'
import { Faults } from './faults.js'
import { GitHubService } from './github.js'
import { githubCall } from './github-http.js'
import type { PolicyDocument } from './iam.js'
import { CLOUDFORMATION_VERSION, CloudFormationStacks, cloudFormationCall } from './cloudformation.js'
import { IamDirectory } from './iam-directory.js'
import { IAM_VERSION, iamCall } from './iam-http.js'
import { IdentityService, type Role } from './identity.js'
import { oidcCall } from './oidc-http.js'
import { ProtonService, type SeedConnection, type StoredConnection } from './proton.js'
import { ProtonHttp, type BeforeOperation } from './proton-http.js'
import type { RateLimit } from './rate-limit.js'
import type { KnownCredential } from './sigv4.js'
import { stsCall } from './sts-http.js'

export type { CallRecord, Fault, FaultKind, Service } from './exchange.js'

export interface EmulatorOptions {
  port?: number
  region?: string
  accountId?: string
  /** Static key pair the emulator accepts (what configure-aws-credentials would leave in the environment). */
  accessKeyId?: string
  secretAccessKey?: string
}

/**
 * The loopback emulator: one HTTP (and optionally HTTPS) server in front of the parties the action
 * talks to. It owns the lifecycle and the test API; it routes each request to its party's room
 * (proton-http, sts-http, oidc-http, github-http) or to the control plane, and hands every party's
 * call to faults.ts, the one place where injected faults act.
 */
export class Emulator {
  readonly proton: ProtonService
  readonly identity: IdentityService
  readonly github = new GitHubService()
  readonly calls: CallRecord[] = []
  readonly staticCredential: KnownCredential
  /** IAM's directory of each account: roles, their policies and who holds AWS's managed ones (leftovers/). */
  readonly iam = new IamDirectory()
  /** The CloudFormation stacks of each account and region (leftovers/). */
  readonly stacks = new CloudFormationStacks()
  readonly region: string
  readonly accountId: string
  /** IAM actions refused to every caller, e.g. `proton:RejectEnvironmentAccountConnection`. */
  readonly denied = new Set<string>()
  private readonly faults = new Faults()
  private readonly protonHttp: ProtonHttp
  private server: Server | undefined
  private tlsServer: Server | undefined
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
    this.protonHttp = new ProtonHttp({
      proton: this.proton,
      identity: this.identity,
      staticCredential: this.staticCredential,
      denied: this.denied,
      accountId: this.accountId
    })
  }

  /** Added to every Proton answer (benchmarks). */
  get latencyMs(): number {
    return this.protonHttp.latencyMs
  }
  set latencyMs(ms: number) {
    this.protonHttp.latencyMs = ms
  }

  /**
   * A rate limit on Proton calls, as AWS applies one per account: a token bucket of `burst` calls
   * refilled at `perSecond`; a call without a token gets ThrottlingException (HTTP 429).
   */
  get rateLimit(): RateLimit | undefined {
    return this.protonHttp.limiter.limit
  }
  set rateLimit(limit: RateLimit | undefined) {
    this.protonHttp.limiter.limit = limit
  }

  /**
   * How far the emulator's AWS clock is from this machine's (and so from the runner's), in
   * milliseconds; positive puts AWS ahead. STS's Date header and Expiration and Proton's expiry
   * check follow it. Back to 0 with forgetEverything.
   */
  get clockSkewMs(): number {
    return this.identity.clockSkewMs
  }
  set clockSkewMs(ms: number) {
    this.identity.clockSkewMs = ms
  }

  /** Runs before each Proton operation takes effect: lets a test play another actor changing state meanwhile. */
  get beforeOperation(): BeforeOperation | undefined {
    return this.protonHttp.beforeOperation
  }
  set beforeOperation(hook: BeforeOperation | undefined) {
    this.protonHttp.beforeOperation = hook
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
      AWS_ENDPOINT_URL_IAM: this.url,
      AWS_ENDPOINT_URL_CLOUDFORMATION: this.url,
      AWS_EC2_METADATA_DISABLED: 'true'
    }
  }

  /**
   * What the runner gives a job with `permissions: id-token: write`: a token URL and request token
   * tied to this job, so the OIDC token carries this job's claims. Nothing for a pull_request run
   * from a fork, as GitHub gives those no token unless the repository sends write tokens to fork pull
   * requests (emulator/claims.ts).
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
    this.faults.inject(fault)
  }

  clearFaults(): void {
    this.faults.forgetFaults()
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
    this.identity.trustGitHub(roleArn, subjectPattern, audience, permissions)
  }

  /** Forgets everything a test did: state, faults, calls, denials, trust, comments. */
  forgetEverything(): void {
    // First, so that requests still in flight from before (a killed run's, say) are dropped, not served from the new state.
    this.protonHttp.forgetSettings()
    this.calls.length = 0
    this.faults.forgetFaults()
    this.faults.forgetLastPage()
    this.denied.clear()
    this.proton.forgetConnections()
    this.proton.pageSize = 100
    this.github.comments.clear()
    this.github.pulls.length = 0
    this.github.files.clear()
    this.iam.forget()
    this.stacks.forget()
    this.identity.forgetJobsRolesAndSessions()
    delete this.staticCredential.expiresAt
  }

  callsOf(operation: string): CallRecord[] {
    return this.calls.filter((c) => c.operation === operation)
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res))
    this.server.on('connection', (socket) => this.track(socket))
    await listen(this.server, port)
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** The same services over TLS, for clients that reach the emulator as an https endpoint (through a proxy, say). */
  async startTls(tls: { key: string | Buffer; cert: string | Buffer }, port = 0): Promise<number> {
    const server = createTlsServer(tls, (req, res) => this.handle(req, res))
    server.on('secureConnection', (socket) => this.track(socket))
    await listen(server, port)
    this.tlsServer = server
    return (server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    for (const server of [this.server, this.tlsServer]) {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    }
  }

  /** What the control plane may do, and nothing more. */
  private readonly control: ControlTarget = {
    restoreSeeded: () => {
      this.proton.restoreSeeded()
      this.calls.length = 0
      this.clearFaults()
    },
    seed: (connection) => this.seed(connection),
    inject: (fault) => this.inject(fault),
    limitRate: (limit) => {
      this.protonHttp.limiter.limit = limit
      this.protonHttp.limiter.forgetBucket()
    },
    setLatency: (ms) => {
      this.latencyMs = ms
    },
    connections: () => [...this.proton.connections.values()],
    calls: () => this.calls
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`emulator error: ${String(error)}`)
    })
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const path = req.url ?? '/'
    if (path.startsWith('/_emulator/')) return writeReply(res, answerControl(this.control, req.method ?? 'GET', path, body))
    const call = this.partyCall(req, path, body)
    if (!call) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    this.calls.push(call.record)
    // AWS's answers carry AWS's clock in their Date header (Node would give this machine's): the SDK
    // corrects its signing clock from it when AWS answers that a signature is too old.
    if (call.service === 'proton') res.setHeader('date', this.identity.now().toUTCString())
    await this.faults.serve(call, res)
  }

  /** Which party a request is for: by path for GitHub's, by X-Amz-Target for Proton, by a form body for IAM (by its Version) and STS. */
  private partyCall(req: IncomingMessage, path: string, body: Buffer): PartyCall | undefined {
    if (path.startsWith('/_github/oidc/')) return oidcCall(this.identity, req)
    if (path.startsWith('/_github/api/')) return githubCall(this.github, req, path.slice('/_github/api'.length), body)
    const target = req.headers['x-amz-target']
    if (typeof target === 'string') return this.protonHttp.call(req, target, body)
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      // IAM, CloudFormation and STS share the query protocol: IAM's and CloudFormation's requests name their API versions.
      const version = new URLSearchParams(body.toString('utf8')).get('Version')
      if (version === IAM_VERSION) return iamCall({ directory: this.iam, identity: this.identity, staticCredential: this.staticCredential, accountId: this.accountId }, req, body)
      if (version === CLOUDFORMATION_VERSION) return cloudFormationCall({ stacks: this.stacks, identity: this.identity, staticCredential: this.staticCredential, accountId: this.accountId }, req, body)
      return stsCall(this.identity, body, { req, staticCredential: this.staticCredential })
    }
    return undefined
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

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return new Emulator(options).start(options.port ?? 0)
}
