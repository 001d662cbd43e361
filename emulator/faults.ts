import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { replyText, writeReply, type CallRecord, type Fault, type FaultKind, type PartyCall, type Reply, type Service } from './exchange.js'
import { stsErrorXml } from './identity.js'

/**
 * Fault kinds this file adds to exchange.ts's FaultKind:
 * - `expired-token`: in place of the answer, the caller's credentials are refused as expired, as AWS
 *   answers then: HTTP 400 with `__type` ExpiredTokenException in AWS JSON 1.0 (Proton), an
 *   ExpiredTokenException ErrorResponse in STS's XML. Nothing is done.
 * Until exchange.ts's FaultKind names them, `Emulator.inject` takes them through a cast to Fault.
 */
export type AddedFaultKind = 'expired-token'
export type AnyFaultKind = FaultKind | AddedFaultKind
export type AnyFault = Omit<Fault, 'kind'> & { kind: AnyFaultKind }

/** What AWS says of expired credentials. */
const EXPIRED_MESSAGE = 'The security token included in the request is expired'

/**
 * When each fault acts. `instead`: in place of the answer, before the party reads the request; every
 * party takes these, each answering a throttle or an internal error in its own words. `on-answer`:
 * on the answer the party gives (or on the operation that makes it); only parties with
 * `answerFaults` take these, today Proton and IAM (IAM's answers only lose theirs: hang-after, reset-after).
 */
export const FAULT_PHASES: Record<AnyFaultKind, 'instead' | 'on-answer'> = {
  throttle: 'instead',
  internal: 'instead',
  'idp-error': 'instead',
  unavailable: 'instead',
  reset: 'instead',
  delay: 'instead',
  hang: 'instead',
  html: 'instead',
  garbage: 'instead',
  'expired-token': 'instead',
  'huge-error': 'on-answer',
  'answer-pending': 'on-answer',
  'answer-other': 'on-answer',
  duplicate: 'on-answer',
  'endless-pages': 'on-answer',
  'hang-after': 'on-answer',
  'reset-after': 'on-answer',
  truncated: 'on-answer',
  'wrong-content-type': 'on-answer'
}

/** Bytes that are not JSON (the start of a gzip stream), for the garbage fault. */
const GARBAGE = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef])
/** What garbage claims to be: the AWS JSON type, whichever party it befalls. */
const GARBAGE_TYPE = 'application/x-amz-json-1.0'
const HUGE_MESSAGE_CHARS = 2 * 1024 * 1024

/**
 * The faults a test injected, and the one place where they act: `serve` takes the call through its
 * steps (gate, fault in place of the answer, admission, answer, fault on the answer) and sends what
 * comes out.
 */
export class Faults {
  private pending: Array<AnyFault & { times: number }> = []
  /** The first item of the last List page, for the `duplicate` fault. */
  private lastListed: unknown

  inject(fault: AnyFault): void {
    this.pending.push({ ...fault, times: fault.times ?? 1 })
  }

  /** Forgets the injected faults not yet spent. */
  forgetFaults(): void {
    this.pending = []
  }

  /** Forgets the List item the `duplicate` fault would repeat. */
  forgetLastPage(): void {
    this.lastListed = undefined
  }

  /** The first injected fault that matches and still has a time left; taking it spends one. */
  take(service: Service, operation: string): AnyFault | undefined {
    const fault = this.pending.find(
      (f) => f.times > 0 && (f.service ?? 'proton') === service && (f.operation === undefined || f.operation === operation)
    )
    if (fault) fault.times -= 1
    return fault
  }

  async serve(call: PartyCall, res: ServerResponse): Promise<void> {
    const { record } = call
    const gated = await call.gate?.()
    if (gated === 'drop') {
      res.socket?.destroy()
      return
    }
    if (gated) return send(res, record, gated)

    const taken = this.take(call.service, call.operation)
    if (taken) record.fault = taken.kind as FaultKind
    const phase = taken && FAULT_PHASES[taken.kind]
    if (taken && phase === 'instead' && (await this.instead(taken, call, res))) {
      // Nothing was sent (hang, reset): the status the answer would have had.
      if (record.status === 0) record.status = res.statusCode
      return
    }
    const fault = phase === 'on-answer' && call.answerFaults ? (taken?.kind as FaultKind | undefined) : undefined

    const refusal = call.admit?.()
    if (refusal) return send(res, record, refusal)
    if (fault === 'huge-error' && call.validationReply) return send(res, record, call.validationReply('x'.repeat(HUGE_MESSAGE_CHARS)))
    const reply = call.answer(fault === 'answer-pending')
    const succeeded = reply.status >= 200 && reply.status < 300
    if (!succeeded) return send(res, record, reply)
    if (call.answerFaults) this.alter(fault, call.operation, reply.json as Record<string, unknown>)

    switch (fault) {
      case 'hang-after':
        record.status = reply.status
        return
      case 'reset-after':
        record.status = reply.status
        res.socket?.destroy()
        return
      case 'truncated': {
        const text = String(replyText(reply))
        return send(res, record, { status: reply.status, headers: { 'content-type': reply.headers['content-type'] }, text: text.slice(0, Math.floor(text.length / 2)) })
      }
      case 'wrong-content-type':
        return send(res, record, { ...reply, headers: { ...reply.headers, 'content-type': 'text/plain' } })
      default:
        return send(res, record, reply)
    }
  }

  /** A fault in place of the answer; true when the call is dealt with (answered, or never to be). */
  private async instead(fault: AnyFault, call: PartyCall, res: ServerResponse): Promise<boolean> {
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
        send(res, call.record, call.errorReply(fault.kind))
        return true
      case 'unavailable':
        send(res, call.record, { status: 503, headers: { 'content-type': 'text/plain' }, text: 'Service Unavailable' })
        return true
      case 'html':
        send(res, call.record, { status: 200, headers: { 'content-type': 'text/html' }, text: '<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>' })
        return true
      case 'garbage':
        send(res, call.record, { status: 200, headers: { 'content-type': GARBAGE_TYPE }, text: GARBAGE })
        return true
      case 'expired-token':
        send(res, call.record, expiredTokenReply(call.service))
        return true
      default:
        return false
    }
  }

  /** Faults that keep a Proton answer's shape but not its truth; every List page is remembered for `duplicate`. */
  private alter(kind: FaultKind | undefined, operation: string, body: Record<string, unknown> | undefined): void {
    // Only Proton's JSON answers are altered; IAM's XML takes the faults that lose an answer.
    if (body === undefined) return
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
}

/** Expired credentials, in the words of the party's protocol. */
function expiredTokenReply(service: Service): Reply {
  if (service === 'sts') {
    return { status: 400, headers: { 'content-type': 'text/xml' }, text: stsErrorXml({ status: 400, code: 'ExpiredTokenException', message: EXPIRED_MESSAGE, type: 'Sender' }) }
  }
  return { status: 400, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() }, json: { __type: 'ExpiredTokenException', message: EXPIRED_MESSAGE } }
}

function send(res: ServerResponse, record: CallRecord, reply: Reply): void {
  record.status = reply.status
  writeReply(res, reply)
}
