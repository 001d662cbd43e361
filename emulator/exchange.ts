import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** The words every room of the emulator shares: a call, its record, its answer, and the faults that can befall it. */

export type Service = 'proton' | 'sts' | 'oidc' | 'github' | 'iam' | 'cloudformation'

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

/**
 * An answer not yet sent. A JSON answer keeps its value until it is written, so that a fault can
 * change what it says (another connection, a repeated item) before it leaves.
 */
export interface Reply {
  status: number
  headers: OutgoingHttpHeaders
  json?: unknown
  text?: string | Buffer
}

/** The faults that stand in for the service's own error answer. */
export type ErrorFaultKind = Extract<FaultKind, 'throttle' | 'internal' | 'idp-error'>

/**
 * One request to one party (Proton, STS, the OIDC issuer, GitHub), in the steps where a fault can
 * act on it. The party says what it would answer; faults.ts decides what is sent.
 */
export interface PartyCall {
  readonly service: Service
  readonly operation: string
  /** Pushed to the emulator's calls when the request arrives; the status is filled in by what is sent. */
  readonly record: CallRecord
  /**
   * Whether the faults that act on an answer (faults.ts, FAULT_PHASES) act on this party's; when not,
   * such a fault is taken and recorded but changes nothing. Only Proton's answers take them.
   */
  readonly answerFaults: boolean
  /** What happens before the call can meet a fault: a reply that ends it, `drop` to close the socket, or nothing. */
  gate?(): Promise<Reply | 'drop' | undefined>
  /** The party's own answer for a fault that stands for its error. */
  errorReply(kind: ErrorFaultKind): Reply
  /** Checks the request (signature, shape, permission): the refusal, or nothing when it may go on. */
  admit?(): Reply | undefined
  /** The party's validation error carrying `message` (for huge-error). */
  validationReply?(message: string): Reply
  /** Performs the operation and answers it; `asRead`: reads the same resource instead, changing nothing (answer-pending). */
  answer(asRead: boolean): Reply
}

/** The body a reply puts on the wire. */
export const replyText = (reply: Reply): string | Buffer | undefined => (reply.json !== undefined ? JSON.stringify(reply.json) : reply.text)

export function writeReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, reply.headers).end(replyText(reply))
}
