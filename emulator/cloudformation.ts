import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { CallRecord, ErrorFaultKind, PartyCall, Reply } from './exchange.js'
import { xmlText } from './iam-directory.js'
import type { IdentityService } from './identity.js'
import { verifySigV4, type KnownCredential } from './sigv4.js'

/**
 * AWS CloudFormation's ListStacks, for the stacks AWS Proton deployed (named `AWSProton-…`): the
 * query protocol (Version 2010-05-15), XML answers paged with NextToken, SigV4 for the service
 * `cloudformation` in the stack's region. Each account and region has its own stacks; ListStacks
 * also gives deleted stacks (DELETE_COMPLETE) unless StackStatusFilter leaves them out, as AWS's
 * API reference says.
 */

export const CLOUDFORMATION_VERSION = '2010-05-15'
const NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
/** How many summaries one ListStacks page holds here (AWS does not document its page size). */
const PAGE = 100

export interface StackSeed {
  name: string
  status?: string
  lastUpdated?: string
  created?: string
}

export interface Stack extends Required<Pick<StackSeed, 'name'>> {
  id: string
  status: string
  created: string
  lastUpdated?: string
}

export class CloudFormationStacks {
  private readonly stacks = new Map<string, Stack[]>()

  put(accountId: string, region: string, seed: StackSeed): Stack {
    const stack: Stack = {
      name: seed.name,
      id: `arn:aws:cloudformation:${region}:${accountId}:stack/${seed.name}/${randomUUID()}`,
      status: seed.status ?? 'CREATE_COMPLETE',
      created: seed.created ?? '2025-02-03T10:00:00Z',
      ...(seed.lastUpdated && { lastUpdated: seed.lastUpdated })
    }
    const key = `${accountId}/${region}`
    this.stacks.set(key, [...(this.stacks.get(key) ?? []), stack])
    return stack
  }

  forget(): void {
    this.stacks.clear()
  }

  listStacks(accountId: string, region: string, params: URLSearchParams): { status: number; xml: string } {
    const filter = [...params.entries()].filter(([k]) => /^StackStatusFilter\.member\.\d+$/.test(k)).map(([, v]) => v)
    const all = (this.stacks.get(`${accountId}/${region}`) ?? []).filter((s) => filter.length === 0 || filter.includes(s.status))
    const token = params.get('NextToken')
    const start = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'))
    if (!Number.isInteger(start) || start < 0) return { status: 400, xml: errorXml('ValidationError', 'Invalid NextToken') }
    const page = all.slice(start, start + PAGE)
    const next = start + PAGE < all.length ? `<NextToken>${Buffer.from(String(start + PAGE)).toString('base64url')}</NextToken>` : ''
    const members = page
      .map(
        (s) =>
          `<member><StackId>${xmlText(s.id)}</StackId><StackName>${xmlText(s.name)}</StackName><CreationTime>${s.created}</CreationTime>` +
          `${s.lastUpdated ? `<LastUpdatedTime>${s.lastUpdated}</LastUpdatedTime>` : ''}<StackStatus>${s.status}</StackStatus></member>`
      )
      .join('')
    return {
      status: 200,
      xml: `<ListStacksResponse xmlns="${NAMESPACE}"><ListStacksResult><StackSummaries>${members}</StackSummaries>${next}</ListStacksResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></ListStacksResponse>`
    }
  }
}

function errorXml(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  return `<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>${type}</Type><Code>${xmlText(code)}</Code><Message>${xmlText(message)}</Message></Error><RequestId>${randomBytes(16).toString('hex')}</RequestId></ErrorResponse>`
}

const FAULT_ERRORS: Record<ErrorFaultKind, { status: number; code: string; message: string; type: 'Sender' | 'Receiver' }> = {
  throttle: { status: 400, code: 'Throttling', message: 'Rate exceeded', type: 'Sender' },
  'idp-error': { status: 500, code: 'InternalFailure', message: 'Internal failure', type: 'Receiver' },
  internal: { status: 500, code: 'InternalFailure', message: 'Internal failure', type: 'Receiver' }
}

export interface CloudFormationParts {
  stacks: CloudFormationStacks
  identity: IdentityService
  staticCredential: KnownCredential
  accountId: string
}

export function cloudFormationCall(parts: CloudFormationParts, req: IncomingMessage, body: Buffer): PartyCall {
  const params = new URLSearchParams(body.toString('utf8'))
  const operation = params.get('Action') ?? 'Unknown'
  const record: CallRecord = { service: 'cloudformation', operation, status: 0, input: Object.fromEntries(params) }
  let account = parts.accountId
  let region = ''
  return {
    service: 'cloudformation',
    operation,
    record,
    answerFaults: false,
    errorReply: (kind) => xmlReply(FAULT_ERRORS[kind].status, errorXml(FAULT_ERRORS[kind].code, FAULT_ERRORS[kind].message, FAULT_ERRORS[kind].type)),
    admit: () => {
      const checked = verifySigV4(
        { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
        'cloudformation',
        (id) => (id === parts.staticCredential.accessKeyId ? parts.staticCredential : parts.identity.issued.get(id)),
        parts.identity.now()
      )
      if (!checked.ok) return xmlReply(403, errorXml(checked.code, checked.message))
      region = checked.region
      record.region = checked.region
      record.accessKeyId = checked.credential.accessKeyId
      record.principalArn = checked.credential.principalArn
      account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(checked.credential.principalArn ?? '')?.[1] ?? parts.accountId
      return undefined
    },
    validationReply: (message: string) => xmlReply(400, errorXml('ValidationError', message)),
    answer: () => {
      if (operation !== 'ListStacks') return xmlReply(400, errorXml('InvalidAction', `Could not find operation ${operation} for version ${CLOUDFORMATION_VERSION}`))
      const answer = parts.stacks.listStacks(account, region, params)
      return xmlReply(answer.status, answer.xml)
    }
  }
}

const xmlReply = (status: number, xml: string): Reply => ({ status, headers: { 'content-type': 'text/xml' }, text: xml })
