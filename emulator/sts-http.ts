import type { IncomingMessage } from 'node:http'
import { randomUUID } from 'node:crypto'
import type { CallRecord, ErrorFaultKind, PartyCall, Reply } from './exchange.js'
import { stsErrorXml, xmlEscape, type IdentityService, type StsError } from './identity.js'
import { verifySigV4, type KnownCredential } from './sigv4.js'

/**
 * STS's query protocol: a form-encoded POST naming the Action, answered in XML. The emulator serves
 * AssumeRoleWithWebIdentity (unsigned: the token is the proof) and AssumeRole (signed with SigV4 by
 * the caller's session, whose role must be let in by the target's trust), and GetCallerIdentity (signed).
 */

const FAULT_ERRORS: Record<ErrorFaultKind, StsError> = {
  throttle: { status: 400, code: 'Throttling', message: 'Rate exceeded', type: 'Sender' },
  'idp-error': { status: 400, code: 'IDPCommunicationError', message: "Couldn't retrieve verification key from your identity provider", type: 'Sender' },
  internal: { status: 500, code: 'InternalFailure', message: 'An internal error occurred', type: 'Receiver' }
}

export function stsCall(identity: IdentityService, body: Buffer, signed?: { req: IncomingMessage; staticCredential: KnownCredential }): PartyCall {
  const params = new URLSearchParams(body.toString('utf8'))
  const operation = params.get('Action') ?? 'Unknown'
  const record: CallRecord = {
    service: 'sts',
    operation,
    status: 0,
    input: { RoleArn: params.get('RoleArn'), RoleSessionName: params.get('RoleSessionName'), DurationSeconds: params.get('DurationSeconds') }
  }
  return {
    service: 'sts',
    operation,
    record,
    answerFaults: false,
    errorReply: (kind) => xmlReply(FAULT_ERRORS[kind].status, stsErrorXml(FAULT_ERRORS[kind]), identity.now()),
    answer: () => {
      const now = identity.now()
      if (operation === 'AssumeRole' && signed) {
        const { req, staticCredential } = signed
        const checked = verifySigV4({ method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body }, 'sts', (id) => (id === staticCredential.accessKeyId ? staticCredential : identity.issued.get(id)), now)
        if (!checked.ok) return xmlReply(403, stsErrorXml({ status: 403, code: checked.code, message: checked.message, type: 'Sender' }), now)
        record.accessKeyId = checked.credential.accessKeyId
        record.principalArn = checked.credential.principalArn
        const answer = identity.assumeRole(checked.credential, params, now)
        return answer.ok ? xmlReply(200, answer.xml, now) : xmlReply(answer.error.status, stsErrorXml(answer.error), now)
      }
      if (operation === 'GetCallerIdentity' && signed) {
        const { req, staticCredential } = signed
        const checked = verifySigV4({ method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body }, 'sts', (id) => (id === staticCredential.accessKeyId ? staticCredential : identity.issued.get(id)), now)
        if (!checked.ok) return xmlReply(403, stsErrorXml({ status: 403, code: checked.code, message: checked.message, type: 'Sender' }), now)
        record.accessKeyId = checked.credential.accessKeyId
        const arn = checked.credential.principalArn ?? ''
        const account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? ''
        return xmlReply(
          200,
          `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>${xmlEscape(arn)}</Arn>
    <UserId>${xmlEscape(checked.credential.accessKeyId)}</UserId>
    <Account>${account}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomUUID()}</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>`,
          now
        )
      }
      if (operation !== 'AssumeRoleWithWebIdentity') {
        return xmlReply(400, stsErrorXml({ status: 400, code: 'InvalidAction', message: `Could not find operation ${operation}`, type: 'Sender' }), now)
      }
      const answer = identity.assumeRoleWithWebIdentity(params, now)
      return answer.ok ? xmlReply(200, answer.xml, now) : xmlReply(answer.error.status, stsErrorXml(answer.error), now)
    }
  }
}

/** Every STS answer carries AWS's clock in its Date header (an HTTP-date, to the second), as AWS's do. */
const xmlReply = (status: number, xml: string, now: Date): Reply => ({ status, headers: { 'content-type': 'text/xml', date: now.toUTCString() }, text: xml })
