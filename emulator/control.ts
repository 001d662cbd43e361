import type { CallRecord, Fault, Reply } from './exchange.js'
import type { SeedConnection, StoredConnection } from './proton.js'
import type { RateLimit } from './rate-limit.js'

/**
 * The emulator's HTTP control plane under /_emulator/, for the demo, the benchmark and a standalone
 * emulator (tests use the Emulator's methods instead). Bodies are JSON objects.
 */

/** What the control plane can do to the emulator. */
export interface ControlTarget {
  /** Back to the seeded connections, with no calls recorded and no faults pending. */
  restoreSeeded(): void
  seed(connection: SeedConnection): StoredConnection
  inject(fault: Fault): void
  /** A new rate limit (none when absent), starting from a full bucket. */
  limitRate(limit: RateLimit | undefined): void
  setLatency(ms: number): void
  connections(): StoredConnection[]
  calls(): CallRecord[]
}

const OK = { ok: true }

export function answerControl(target: ControlTarget, method: string, path: string, body: Buffer): Reply {
  const input = readInput(body)
  if (typeof input === 'string') return json(400, { message: input })
  if (method === 'POST' && path === '/_emulator/reset') {
    target.restoreSeeded()
    return json(200, OK)
  }
  if (method === 'POST' && path === '/_emulator/seed') return json(200, target.seed(input as SeedConnection))
  if (method === 'POST' && path === '/_emulator/faults') {
    target.inject(input as unknown as Fault)
    return json(200, OK)
  }
  if (method === 'POST' && path === '/_emulator/rate-limit') {
    target.limitRate(input.perSecond ? { perSecond: Number(input.perSecond), burst: Number(input.burst ?? input.perSecond) } : undefined)
    return json(200, OK)
  }
  if (method === 'POST' && path === '/_emulator/latency') {
    target.setLatency(Number(input.ms ?? 0))
    return json(200, OK)
  }
  if (method === 'GET' && path === '/_emulator/connections') return json(200, target.connections())
  if (method === 'GET' && path === '/_emulator/calls') return json(200, target.calls())
  return json(404, { message: 'unknown control path' })
}

/** The body as a JSON object (an empty body is an empty object), or why it is not one. */
function readInput(body: Buffer): Record<string, unknown> | string {
  if (body.length === 0) return {}
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch {
    return 'the request body is not JSON'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the request body is not a JSON object'
  return value as Record<string, unknown>
}

const json = (status: number, payload: unknown): Reply => ({ status, headers: { 'content-type': 'application/json' }, json: payload })
