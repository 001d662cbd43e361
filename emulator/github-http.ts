import type { IncomingMessage } from 'node:http'
import type { CallRecord, PartyCall } from './exchange.js'
import type { GitHubService } from './github.js'

/** GitHub's REST API under /_github/api: JSON in and out, the token in the Authorization header. */
export function githubCall(github: GitHubService, req: IncomingMessage, path: string, body: Buffer): PartyCall {
  const method = req.method ?? 'GET'
  const operation = `${method} ${path.split('?')[0]}`
  const record: CallRecord = { service: 'github', operation, status: 0 }
  let parsed: unknown
  try {
    parsed = body.length ? JSON.parse(body.toString('utf8')) : undefined
  } catch {
    parsed = undefined
  }
  return {
    service: 'github',
    operation,
    record,
    answerFaults: false,
    errorReply: () => ({ status: 500, headers: { 'content-type': 'application/json' }, text: '{"message":"Server Error"}' }),
    answer: () => {
      const answer = github.handle(method, path, req.headers.authorization, parsed)
      record.input = parsed as Record<string, unknown> | undefined
      if (answer.status === 204) return { status: 204, headers: {} }
      return { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8' }, json: answer.body }
    }
  }
}
