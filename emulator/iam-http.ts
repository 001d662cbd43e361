import type { IncomingMessage } from 'node:http'
import type { CallRecord, ErrorFaultKind, PartyCall, Reply } from './exchange.js'
import { iamErrorXml, type IamDirectory } from './iam-directory.js'
import type { IdentityService } from './identity.js'
import { verifySigV4, type KnownCredential } from './sigv4.js'

/**
 * IAM's wire protocol: the query protocol (a form-encoded POST naming the Action, Version
 * 2010-05-08), answered in XML, every request signed with SigV4 for the service `iam` in
 * `us-east-1`, IAM being global. The account is the signer's: the static key's, or the account of the
 * role an issued session belongs to.
 */

export const IAM_VERSION = '2010-05-08'

const FAULT_ERRORS: Record<ErrorFaultKind, { status: number; code: string; message: string; type: 'Sender' | 'Receiver' }> = {
  throttle: { status: 400, code: 'Throttling', message: 'Rate exceeded', type: 'Sender' },
  'idp-error': { status: 500, code: 'ServiceFailure', message: 'Service failure', type: 'Receiver' },
  internal: { status: 500, code: 'ServiceFailure', message: 'Service failure', type: 'Receiver' }
}

export interface IamParts {
  directory: IamDirectory
  identity: IdentityService
  staticCredential: KnownCredential
  accountId: string
}

export function iamCall(parts: IamParts, req: IncomingMessage, body: Buffer): PartyCall {
  const params = new URLSearchParams(body.toString('utf8'))
  const operation = params.get('Action') ?? 'Unknown'
  const record: CallRecord = { service: 'iam', operation, status: 0, input: Object.fromEntries(params) }
  let account = parts.accountId
  return {
    service: 'iam',
    operation,
    record,
    answerFaults: true,
    errorReply: (kind) => xmlReply(FAULT_ERRORS[kind].status, iamErrorXml(FAULT_ERRORS[kind].code, FAULT_ERRORS[kind].message, FAULT_ERRORS[kind].type)),
    admit: () => {
      const checked = verifySigV4(
        { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
        'iam',
        (id) => (id === parts.staticCredential.accessKeyId ? parts.staticCredential : parts.identity.issued.get(id)),
        parts.identity.now()
      )
      if (!checked.ok) return xmlReply(403, iamErrorXml(checked.code, checked.message))
      if (checked.region !== 'us-east-1') return xmlReply(403, iamErrorXml('SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${checked.region}'.`))
      record.accessKeyId = checked.credential.accessKeyId
      record.principalArn = checked.credential.principalArn
      account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(checked.credential.principalArn ?? '')?.[1] ?? parts.accountId
      // The session's role's permissions, as IAM evaluates them: an explicit Deny wins.
      const action = `iam:${operation}`
      const resource = iamResource(parts.directory, account, params)
      const tagKeys = [...params].filter(([k]) => /^Tags\.member\.\d+\.Key$/.test(k)).map(([, v]) => v)
      const context: Record<string, string | string[]> = {
        ...(params.get('PolicyArn') && { 'iam:PolicyARN': params.get('PolicyArn') as string }),
        ...(tagKeys.length > 0 && { 'aws:TagKeys': tagKeys })
      }
      if (!parts.identity.allows(checked.credential.accessKeyId, action, resource, context)) {
        return xmlReply(403, iamErrorXml('AccessDenied', `User: ${checked.credential.principalArn ?? ''} is not authorized to perform: ${action} on resource: ${resource}`))
      }
      return undefined
    },
    validationReply: (message: string) => xmlReply(400, iamErrorXml('ValidationError', message)),
    answer: () => {
      const answer = parts.directory.handle(account, params)
      return answer.ok ? xmlReply(200, answer.xml) : xmlReply(answer.status, iamErrorXml(answer.code, answer.message))
    }
  }
}

/**
 * What IAM authorizes a call against (Service Authorization Reference for IAM, actions table): the
 * role for a call on a role, the instance profile for a call on one, the policy for a call on a
 * policy, `*` for ListRoles.
 */
export function iamResource(directory: IamDirectory, account: string, params: URLSearchParams): string {
  const profile = params.get('InstanceProfileName')
  if (profile !== null) return directory.instanceProfiles(account).find((p) => p.name === profile)?.arn ?? `arn:aws:iam::${account}:instance-profile/${profile}`
  const role = params.get('RoleName')
  if (role !== null) return directory.roleArn(account, role)
  const policy = params.get('PolicyArn')
  if (policy !== null) return policy
  return '*'
}

const xmlReply = (status: number, xml: string): Reply => ({ status, headers: { 'content-type': 'text/xml' }, text: xml })
