import type { IncomingMessage } from 'node:http'
import type { PartyCall, Reply } from './exchange.js'
import type { IdentityService } from './identity.js'

/**
 * The runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): a GET with the job's request token
 * as a bearer, answered with a GitHub-signed ID token for the audience asked.
 */
export function oidcCall(identity: IdentityService, req: IncomingMessage): PartyCall {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const audience = url.searchParams.get('audience') ?? 'https://github.com/octo-org'
  return {
    service: 'oidc',
    operation: 'GetIdToken',
    record: { service: 'oidc', operation: 'GetIdToken', status: 0, input: { audience } },
    answerFaults: false,
    errorReply: () => jsonReply(500, { message: 'internal error' }),
    answer: () => {
      const job = identity.jobs.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''))
      if (!job) return jsonReply(401, { message: 'Unauthorized' })
      return jsonReply(200, { count: 1, value: identity.issueIdToken(job, audience) })
    }
  }
}

const jsonReply = (status: number, payload: unknown): Reply => ({ status, headers: { 'content-type': 'application/json' }, json: payload })
