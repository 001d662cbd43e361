import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import type { CallRecord, ErrorFaultKind, PartyCall, Reply } from './exchange.js'
import type { IdentityService } from './identity.js'
import { PROTON_ERROR_STATUS, type ProtonService } from './proton.js'
import { RateLimiter } from './rate-limit.js'
import { authorizationResource, PROTON_ACTIONS } from './service-authorization.js'
import { verifySigV4, type KnownCredential } from './sigv4.js'

/** AWS Proton's wire protocol: AWS JSON 1.0 over POST, the operation in X-Amz-Target, every request signed with SigV4. */

const JSON_TYPE = 'application/x-amz-json-1.0'
const TARGET_PREFIX = 'AwsProton20200720.'
/** The read that stands in for an operation under the answer-pending fault. */
const READ = 'GetEnvironmentAccountConnection'

export type BeforeOperation = (operation: string, input: Record<string, unknown>) => void

/** What the Proton endpoint needs from the rest of the emulator. */
export interface ProtonParts {
  proton: ProtonService
  identity: IdentityService
  staticCredential: KnownCredential
  /** IAM actions refused to every caller. */
  denied: ReadonlySet<string>
  accountId: string
}

export class ProtonHttp {
  /** Added to every Proton answer (benchmarks). */
  latencyMs = 0
  /** Runs before each Proton operation takes effect: lets a test play another actor changing state meanwhile. */
  beforeOperation: BeforeOperation | undefined
  readonly limiter = new RateLimiter()
  /** Bumped by `forgetSettings`: a request that arrived before is dropped when it resumes from its latency. */
  private generation = 0

  constructor(private readonly parts: ProtonParts) {}

  /** Back to no latency, no hook and no rate limit; requests still waiting out their latency are dropped. */
  forgetSettings(): void {
    this.generation += 1
    this.latencyMs = 0
    this.beforeOperation = undefined
    this.limiter.limit = undefined
    this.limiter.forgetBucket()
  }

  call(req: IncomingMessage, target: string, body: Buffer): PartyCall {
    const { proton, identity, staticCredential, denied, accountId } = this.parts
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target
    const record: CallRecord = { service: 'proton', operation, status: 0, userAgent: String(req.headers['user-agent'] ?? '') }
    const generation = this.generation
    // What admission finds out, for the answer: the region signed for and the request's JSON.
    let region = ''
    let input: Record<string, unknown> = {}

    return {
      service: 'proton',
      operation,
      record,
      answerFaults: true,
      gate: async () => {
        if (this.latencyMs > 0) await sleep(this.latencyMs)
        if (generation !== this.generation) return 'drop'
        if (!this.limiter.take()) return protonError('ThrottlingException', 'Rate exceeded')
        return undefined
      },
      errorReply: (kind: ErrorFaultKind) =>
        kind === 'throttle' ? protonError('ThrottlingException', 'Rate exceeded') : protonError('InternalServerException', 'Internal server error'),
      admit: () => {
        // Expiry (and the signature's time) judged by AWS's clock, which a test may shift from this machine's.
        const checked = verifySigV4(
          { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
          'proton',
          (id) => (id === staticCredential.accessKeyId ? staticCredential : identity.issued.get(id)),
          identity.now()
        )
        if (!checked.ok && checked.code === 'ExpiredTokenException') {
          // As AWS JSON 1.0 services answer it: HTTP 400, the type from AWS's front end.
          const key = /Credential=([^/,\s]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]
          if (key) record.accessKeyId = key
          return jsonReply(400, { __type: 'com.amazon.coral.service#ExpiredTokenException', message: checked.message })
        }
        if (!checked.ok) return jsonReply(403, { __type: checked.code, message: checked.message })
        region = checked.region
        record.accessKeyId = checked.credential.accessKeyId
        record.principalArn = checked.credential.principalArn
        record.region = checked.region
        record.sessionToken = checked.credential.sessionToken !== undefined

        if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith(JSON_TYPE)) {
          return protonError('ValidationException', `Expected POST with Content-Type ${JSON_TYPE}`)
        }
        try {
          input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
        } catch {
          return jsonReply(400, { __type: 'SerializationException', message: 'Request body is not valid JSON' })
        }
        record.input = input

        // Denied to every caller by the test, or not allowed by the session's role.
        const action = `proton:${operation}`
        const resource = PROTON_ACTIONS[action]
          ? authorizationResource(action, { region: checked.region, account: accountId, id: typeof input.id === 'string' ? input.id : '' })
          : '*'
        if (denied.has(action) || !identity.allows(checked.credential.accessKeyId, action, resource)) {
          return protonError(
            'AccessDeniedException',
            `User: ${checked.credential.principalArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`
          )
        }
        return undefined
      },
      validationReply: (message: string) => protonError('ValidationException', message),
      answer: (asRead: boolean) => {
        this.beforeOperation?.(operation, input)
        const answer = proton.handle(asRead ? READ : operation, input, region)
        if (answer.ok) return jsonReply(200, answer.body)
        if (answer.error.type === 'UnknownOperationException') return jsonReply(400, { __type: answer.error.type, message: answer.error.message })
        return protonError(answer.error.type, answer.error.message, answer.error.status)
      }
    }
  }
}

function jsonReply(status: number, payload: unknown): Reply {
  return { status, headers: { 'content-type': JSON_TYPE, 'x-amzn-requestid': randomUUID() }, json: payload }
}

function protonError(type: string, message: string, status = PROTON_ERROR_STATUS[type] ?? 400): Reply {
  return jsonReply(status, { __type: `com.amazonaws.proton#${type}`, message })
}
