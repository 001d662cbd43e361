import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import type { Emulator, Fault } from '../../emulator/server.js'
import type { AnyFault, AnyFaultKind } from '../../emulator/faults.js'
import type { RunOptions, RunResult } from '../../emulator/runner.js'
import { COMMENT_MAX_CHARS } from '../../emulator/github.js'
import { OUTCOME_WORDS } from '../../src/domain.js'
import { APPLY_ROLE } from './harness.js'

/**
 * The schedule test's parts: a generator of cases (connections, inputs, faults, a signal) and an
 * oracle that reads the emulator's state before and after the run, never the action's own account
 * of it, and says which invariant a run broke.
 */

export const GET = 'GetEnvironmentAccountConnection'
export const REJECT = 'RejectEnvironmentAccountConnection'
export const LIST = 'ListEnvironmentAccountConnections'
const REGION = 'us-east-1'
const OTHER_REGION = 'eu-west-1'
/** The environment accounts connections come from; a policy allows a subset of them. */
export const ACCOUNTS = ['333333333333', '444444444444', '555555555555', '666666666666', '777777777777'] as const
/** GitHub's limit for a step summary. */
const MIB = 1024 * 1024
/** The runner sends SIGTERM this long after SIGINT, and SIGKILL this long after SIGTERM. */
const RUNNER_SIGTERM_AFTER_MS = 7_500
/** The step's timeout-minutes for a case without a signal of its own: the runner then cancels as it does for any signal. */
const STEP_TIMEOUT_MS = 70_000
const RUNNER_SIGKILL_AFTER_MS = 2_500
/** Added to the runner's SIGKILL delay for a test machine that is busier than a runner. */
const KILL_SLACK_MS = 1_000
/** Longer than src/transport.ts ATTEMPT_TIMEOUT_MS (10 s): an attempt given up on, its operation applied afterwards. */
export const PAST_ATTEMPT_TIMEOUT_MS = 10_500

type Status = 'PENDING' | 'CONNECTED' | 'REJECTED'

export interface ConnectionSpec {
  status: Status
  /** Index into ACCOUNTS. */
  account: number
  /** An environment was provisioned through it: Proton answers a Reject with a conflict. */
  used: boolean
  /** Seeded in another region than the run's: never listed, not found by ID. */
  elsewhere: boolean
}

export type IdPick = { existing: number } | { missing: number }

export type ModeSpec =
  | { kind: 'ids'; picks: IdPick[]; separator: string }
  | { kind: 'policy'; allowed: number[]; form: 'comma' | 'flow' | 'lines'; drift?: 'report' | 'reject' | 'ignore'; maxRejections?: number }

export interface FaultSpec {
  kind: AnyFaultKind
  service?: 'proton' | 'sts' | 'github'
  operation?: string
  times: number
  delayMs?: number
}

export interface SignalSpec {
  signal: 'SIGINT' | 'SIGTERM'
  afterMs: number
  /** After a SIGINT: a SIGTERM this long after it, sooner than the runner's 7.5 s (a second cancellation); absent: at 7.5 s. */
  thenTermAfterMs?: number
}

export interface Case {
  connections: ConnectionSpec[]
  /** The emulator's List page size: small ones make a few connections cross pages. */
  pageSize: number
  mode: ModeSpec
  dryRun: boolean
  maxAttempts: number
  maxConcurrency: number
  signIn: 'static' | 'role'
  event: 'workflow_dispatch' | 'pull_request' | 'push'
  githubToken: boolean
  latencyMs: number
  rateLimit?: { burst: number; perSecond: number }
  faults: FaultSpec[]
  signal?: SignalSpec
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

const connectionArb: fc.Arbitrary<ConnectionSpec> = fc.record({
  status: fc.constantFrom<Status>('PENDING', 'PENDING', 'PENDING', 'CONNECTED', 'CONNECTED', 'REJECTED'),
  account: fc.nat(ACCOUNTS.length - 1),
  used: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
  elsewhere: fc.integer({ min: 0, max: 19 }).map((n) => n === 0)
})

const idsModeArb: fc.Arbitrary<ModeSpec> = fc.record({
  kind: fc.constant('ids' as const),
  picks: fc.array(fc.oneof({ weight: 4, arbitrary: fc.record({ existing: fc.nat(200) }) }, { weight: 1, arbitrary: fc.record({ missing: fc.nat(3) }) }), { minLength: 1, maxLength: 8 }),
  separator: fc.constantFrom(',', '\n', ' ', ', ')
})

const policyModeArb: fc.Arbitrary<ModeSpec> = fc.record(
  {
    kind: fc.constant('policy' as const),
    allowed: fc.subarray([0, 1, 2, 3, 4]),
    form: fc.constantFrom('comma' as const, 'flow' as const, 'lines' as const),
    drift: fc.constantFrom('report' as const, 'reject' as const, 'ignore' as const),
    maxRejections: fc.nat(6)
  },
  { requiredKeys: ['kind', 'allowed', 'form'] }
)

const OPERATIONS = [GET, REJECT, LIST, undefined] as const

/** Faults that cost little time: each is answered at once (or after a short delay). */
const cheapFaultArb: fc.Arbitrary<FaultSpec> = fc.oneof(
  ...(
    [
      ['throttle', 3],
      ['internal', 2],
      ['unavailable', 2],
      ['reset', 2],
      ['reset-after', 4],
      ['expired-token', 2],
      ['truncated', 1],
      ['wrong-content-type', 1],
      ['answer-pending', 1]
    ] as Array<[AnyFaultKind, number]>
  ).map(([kind, weight]) => ({
    weight,
    arbitrary: fc.record({ kind: fc.constant(kind), operation: fc.constantFrom(...OPERATIONS), times: fc.integer({ min: 1, max: 3 }) })
  })),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant<AnyFaultKind>('delay'), operation: fc.constantFrom(...OPERATIONS), times: fc.integer({ min: 1, max: 3 }), delayMs: fc.integer({ min: 20, max: 1500 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant<AnyFaultKind>('duplicate'), operation: fc.constant(LIST), times: fc.integer({ min: 1, max: 3 }) }) }
)

/** STS's faults, for the runs that sign in with the role. */
const stsFaultArb: fc.Arbitrary<FaultSpec> = fc.record({
  kind: fc.constantFrom<AnyFaultKind>('throttle', 'internal', 'idp-error', 'reset'),
  service: fc.constant('sts' as const),
  operation: fc.constant('AssumeRoleWithWebIdentity'),
  times: fc.integer({ min: 1, max: 2 })
})

/** GitHub's faults, for the runs that publish a plan or an apply on a pull request: a slow or failing API stretches publishing, where a signal may land. */
const githubFaultArb: fc.Arbitrary<FaultSpec> = fc.oneof(
  fc.record({ kind: fc.constant<AnyFaultKind>('delay'), service: fc.constant('github' as const), times: fc.integer({ min: 1, max: 3 }), delayMs: fc.integer({ min: 100, max: 2500 }) }),
  fc.record({ kind: fc.constant<AnyFaultKind>('internal'), service: fc.constant('github' as const), times: fc.integer({ min: 1, max: 3 }) })
)

/** Faults that hold a call past the SDK's attempt timeout (10 s): at most one per case, in few cases. */
const costlyFaultArb: fc.Arbitrary<FaultSpec> = fc.oneof(
  fc.record({ kind: fc.constant<AnyFaultKind>('hang-after'), operation: fc.constantFrom(REJECT, REJECT, GET), times: fc.constant(1) }),
  fc.record({ kind: fc.constant<AnyFaultKind>('hang'), operation: fc.constantFrom(...OPERATIONS), times: fc.constant(1) }),
  fc.record({ kind: fc.constant<AnyFaultKind>('delay'), operation: fc.constantFrom(REJECT, GET), times: fc.constant(1), delayMs: fc.constant(PAST_ATTEMPT_TIMEOUT_MS) })
)

const signalArb: fc.Arbitrary<SignalSpec> = fc.record(
  {
    signal: fc.constantFrom<'SIGINT' | 'SIGTERM'>('SIGINT', 'SIGINT', 'SIGTERM'),
    afterMs: fc.integer({ min: 0, max: 2500 }),
    thenTermAfterMs: fc.integer({ min: 100, max: 3000 })
  },
  { requiredKeys: ['signal', 'afterMs'] }
)

/** A value in one case of `oneIn`, else nothing. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb })

export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    connections: fc.oneof({ weight: 12, arbitrary: fc.array(connectionArb, { maxLength: 12 }) }, { weight: 1, arbitrary: fc.array(connectionArb, { minLength: 90, maxLength: 150 }) }),
    pageSize: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 7 })),
    mode: fc.oneof(idsModeArb, policyModeArb),
    dryRun: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    maxAttempts: fc.integer({ min: 1, max: 3 }),
    maxConcurrency: fc.integer({ min: 1, max: 8 }),
    signIn: fc.constantFrom<'static' | 'role'>('static', 'static', 'static', 'role'),
    event: fc.constantFrom<Case['event']>('workflow_dispatch', 'workflow_dispatch', 'workflow_dispatch', 'workflow_dispatch', 'pull_request', 'push'),
    githubToken: fc.boolean(),
    latencyMs: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }) }),
    rateLimit: sometimes(fc.record({ burst: fc.integer({ min: 1, max: 5 }), perSecond: fc.integer({ min: 2, max: 20 }) }), 7),
    cheap: fc.array(cheapFaultArb, { maxLength: 4 }),
    sts: fc.array(stsFaultArb, { maxLength: 1 }),
    github: fc.array(githubFaultArb, { maxLength: 1 }),
    costly: sometimes(costlyFaultArb, 10),
    signal: sometimes(signalArb, 3)
  })
  .map(({ cheap, sts, github, costly, rateLimit, signal, ...rest }): Case => {
    const faults = [...cheap, ...(rest.signIn === 'role' ? sts : []), ...(rest.event !== 'workflow_dispatch' && rest.githubToken ? github : [])]
    // The costly fault goes first, so that it is taken by the first call it matches.
    if (costly) faults.unshift(costly)
    return { ...rest, faults, ...(rateLimit && { rateLimit }), ...(signal && { signal }) }
  })

// ---------------------------------------------------------------------------------------------
// Setting a case up
// ---------------------------------------------------------------------------------------------

const hex12 = (n: number): string => n.toString(16).padStart(12, '0')
export const connectionId = (i: number): string => `5c4ed000-0000-4000-8000-${hex12(i)}`
export const missingId = (i: number): string => `dead0000-0000-4000-8000-${hex12(i)}`

/** What the server holds of one connection, for the before-and-after comparison. */
export interface Held {
  id: string
  status: Status
  environmentAccountId: string
  region: string
  used: boolean
}

export function snapshot(emulator: Emulator): Map<string, Held> {
  return new Map(
    [...emulator.proton.connections.values()].map((c) => [c.id, { id: c.id, status: c.status, environmentAccountId: c.environmentAccountId, region: c.region, used: c.usedByEnvironment !== undefined }])
  )
}

/** The IDs given to connection-id, in the order given (repeats kept). */
export function requestedIds(c: Case): string[] {
  if (c.mode.kind !== 'ids') return []
  const n = c.connections.length
  return c.mode.picks.map((p) => ('existing' in p && n > 0 ? connectionId(p.existing % n) : missingId('missing' in p ? p.missing : (p as { existing: number }).existing % 4)))
}

function inputsOf(c: Case, emulator: Emulator): Record<string, string> {
  const inputs: Record<string, string> = { 'max-attempts': String(c.maxAttempts), 'max-concurrency': String(c.maxConcurrency) }
  if (c.mode.kind === 'ids') {
    inputs['connection-id'] = requestedIds(c).join(c.mode.separator)
  } else {
    const allowed = c.mode.allowed.map((i) => ACCOUNTS[i] as string)
    inputs['allowed-account-ids'] =
      allowed.length === 0 ? '[]' : c.mode.form === 'flow' ? `[${allowed.map((a) => `'${a}'`).join(', ')}]` : allowed.join(c.mode.form === 'comma' ? ',' : '\n')
    if (c.mode.drift) inputs.drift = c.mode.drift
    if (c.mode.maxRejections !== undefined) inputs['max-rejections'] = String(c.mode.maxRejections)
  }
  if (c.dryRun) inputs['dry-run'] = 'true'
  if (c.signIn === 'role') inputs['role-to-assume'] = APPLY_ROLE
  if (c.githubToken) inputs['github-token'] = emulator.github.token
  return inputs
}

const EVENTS = {
  workflow_dispatch: { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json' },
  pull_request: { name: 'pull_request', payload: 'event-pull_request-open.json' },
  push: { name: 'push', payload: 'event-push-merge.json' }
} as const
/** The merge commit event-push-merge.json pushed, and the pull request it merged. */
const MERGE_SHA = 'c0ffee1234567890abcdef1234567890abcdef12'

/** Seeds the emulator and injects the schedule; returns the run's inputs and options. */
export function setUp(c: Case, emulator: Emulator): { inputs: Record<string, string>; options: RunOptions } {
  c.connections.forEach((spec, i) =>
    emulator.seed({
      id: connectionId(i),
      status: spec.status,
      environmentAccountId: ACCOUNTS[spec.account] as string,
      environmentName: `env-${i}`,
      region: spec.elsewhere ? OTHER_REGION : REGION,
      ...(spec.used && { usedByEnvironment: `env-${i}` })
    })
  )
  emulator.proton.pageSize = c.pageSize
  emulator.latencyMs = c.latencyMs
  if (c.rateLimit) emulator.rateLimit = c.rateLimit
  for (const f of c.faults) {
    const fault: AnyFault = { kind: f.kind, times: f.times, ...(f.service && { service: f.service }), ...(f.operation && { operation: f.operation }), ...(f.delayMs !== undefined && { delayMs: f.delayMs }) }
    emulator.inject(fault as Fault)
  }
  if (c.signIn === 'role') emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:*')
  if (c.event === 'push') {
    emulator.github.pulls.push({
      repository: 'octo-org/octo-repo',
      number: 42,
      title: 'Allow the payments account',
      state: 'closed',
      merged_at: '2026-06-01T10:05:00Z',
      merge_commit_sha: MERGE_SHA,
      commits: ['9f3b6c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', MERGE_SHA]
    })
  }
  // As the runner cancels: SIGINT, SIGTERM 7.5 s later (or sooner, a second cancellation), SIGKILL 2.5 s after SIGTERM.
  // A case without a signal of its own runs as a step with timeout-minutes does: a run still going
  // after STEP_TIMEOUT_MS (slowed to AWS's pace by throttling, say) is cancelled the same way.
  const interrupt: NonNullable<RunOptions['interrupt']> = []
  const signal = c.signal ?? { signal: 'SIGINT' as const, afterMs: STEP_TIMEOUT_MS }
  interrupt.push({ signal: signal.signal, afterMs: signal.afterMs })
  const termAt = signal.signal === 'SIGTERM' ? signal.afterMs : signal.afterMs + (c.signal?.thenTermAfterMs ?? RUNNER_SIGTERM_AFTER_MS)
  if (signal.signal === 'SIGINT') interrupt.push({ signal: 'SIGTERM', afterMs: termAt })
  const killAtMs = termAt + RUNNER_SIGKILL_AFTER_MS + KILL_SLACK_MS
  return {
    inputs: inputsOf(c, emulator),
    options: {
      event: EVENTS[c.event],
      timeoutMs: killAtMs,
      ...(interrupt.length > 0 && { interrupt }),
      ...(c.signIn === 'role' && { idToken: (job) => emulator.oidcEnvFor(job) })
    }
  }
}

/** Waits until no request is still being served (a delayed one applies its operation when the delay ends, after the run may be gone). */
export async function settle(emulator: Emulator, maxMs: number): Promise<void> {
  const until = performance.now() + maxMs
  while (emulator.calls.some((call) => call.status === 0) && performance.now() < until) await new Promise((r) => setTimeout(r, 25))
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

/** One entry of the results file; the lead's version adds fields (previous-status, planned, drift). */
export interface FileRow {
  id: string
  outcome: string
  status: string
  error?: string
  reason?: string
  planned?: boolean
  drift?: boolean
  [key: string]: unknown
}

export interface Violation {
  /** Which invariant: I1 … I6, with a short name. */
  invariant: string
  /** What was seen, in a sentence. */
  detail: string
  /** A key that groups the same defect across cases. */
  signature: string
}

/** Every secret the run had in its environment or was given: none may appear in what it leaves. */
export function secretsOf(emulator: Emulator, c: Case): string[] {
  const secrets = [emulator.staticCredential.secretAccessKey]
  for (const credential of emulator.identity.issued.values()) {
    secrets.push(credential.secretAccessKey)
    if (credential.sessionToken) secrets.push(credential.sessionToken)
  }
  secrets.push(...emulator.identity.tokensIssued, ...emulator.identity.jobs.keys())
  if (c.githubToken) secrets.push(emulator.github.token)
  return secrets
}

/** What the decision allows to change: the connections the inputs ask to reject, before any fault. */
export function allowedToChange(c: Case, before: ReadonlyMap<string, Held>): Set<string> {
  if (c.dryRun) return new Set()
  if (c.mode.kind === 'ids') {
    return new Set(requestedIds(c).filter((id) => {
      const held = before.get(id)
      return held !== undefined && held.region === REGION && held.status !== 'REJECTED'
    }))
  }
  const mode = c.mode
  const allowed = new Set(mode.allowed.map((i) => ACCOUNTS[i] as string))
  const planned = [...before.values()].filter(
    (h) => h.region === REGION && !allowed.has(h.environmentAccountId) && (h.status === 'PENDING' || (h.status === 'CONNECTED' && mode.drift === 'reject'))
  )
  if (mode.maxRejections !== undefined && planned.length > mode.maxRejections) return new Set()
  return new Set(planned.map((h) => h.id))
}

const outcomeCell = (line: string): string => (line.split('|')[1] ?? '').trim().replace(/^\S+\s+/, '')

export interface Observed {
  run: RunResult
  before: ReadonlyMap<string, Held>
  after: ReadonlyMap<string, Held>
  secrets: readonly string[]
  emulator: Emulator
}

/** Every invariant the run broke, judged against the emulator's state. */
export function check(c: Case, o: Observed): Violation[] {
  const { run, before, after } = o
  const violations: Violation[] = []
  const add = (invariant: string, detail: string, signature: string): void => {
    violations.push({ invariant, detail, signature: `${invariant}: ${signature}` })
  }

  // A signal that came before the action's code was loaded ends node at once, as on a runner: nothing
  // was called, and there is no record to check.
  const nothingRan = run.code === null && c.signal !== undefined && o.emulator.calls.length === 0 && run.stdout === ''
  // I4 first: the record the other checks read.
  const filePath = run.outputs['results-file'] ?? ''
  let rows: FileRow[] = []
  let fileText = ''
  if (run.code === null && !nothingRan) add('I4 record', `the process ended without an exit code after ${Math.round(run.durationMs)} ms: a signal it did not handle, or the SIGKILL the runner sends 2.5 s after SIGTERM (here 3.5 s); stdout ends: ${run.stdout.slice(-300)}`, 'process killed by a signal')
  if (nothingRan) {
    // Nothing to read.
  } else if (!filePath || !existsSync(filePath)) {
    add('I4 record', `no results file (results-file output ${JSON.stringify(filePath)}); exit ${run.code}`, 'no results file')
  } else {
    fileText = readFileSync(filePath, 'utf8')
    try {
      rows = JSON.parse(fileText) as FileRow[]
      if (!Array.isArray(rows)) throw new Error('not an array')
    } catch (error) {
      add('I4 record', `the results file is not a JSON array: ${String(error)}`, 'results file not JSON')
      rows = []
    }
  }
  const byId = new Map<string, FileRow>()
  for (const row of rows) {
    if (byId.has(row.id)) add('I4 record', `connection ${row.id} appears twice in the results file`, 'a connection appears twice')
    byId.set(row.id, row)
  }

  // I1: every connection reported rejected or already rejected is REJECTED on the server.
  for (const row of rows) {
    if ((row.outcome === 'rejected' || row.outcome === 'already-rejected') && after.get(row.id)?.status !== 'REJECTED') {
      add('I1 reported-rejected', `${row.id} reported ${row.outcome}, but the server holds it ${after.get(row.id)?.status ?? 'not at all'}`, `${row.outcome} but ${after.get(row.id)?.status ?? 'absent'} on the server`)
    }
  }

  // I2: every connection whose status the run changed is reported rejected or unknown.
  for (const [id, was] of before) {
    const now = after.get(id)
    if (!now || now.status === was.status) continue
    const row = byId.get(id)
    if (!row) {
      add('I2 changed-reported', `${id} went ${was.status}→${now.status} on the server but has no entry in the results file`, `${was.status}→${now.status}, no entry`)
    } else if (row.outcome !== 'rejected' && row.outcome !== 'unknown') {
      add(
        'I2 changed-reported',
        `${id} went ${was.status}→${now.status} on the server but is reported outcome=${row.outcome} status=${JSON.stringify(row.status)}: ${row.error ?? row.reason ?? ''}`,
        `changed to ${now.status}, reported ${row.outcome} with ${row.status === was.status ? 'its old status' : `status ${JSON.stringify(row.status)}`}${row.error ? ` (${errorShape(row.error)})` : ''}`
      )
    }
  }

  // I3: nothing changed that the decision did not ask for; nothing in use was touched.
  const permitted = allowedToChange(c, before)
  for (const [id, was] of before) {
    const now = after.get(id)
    if (!now) {
      add('I3 outside-decision', `${id} disappeared from the server`, 'a connection disappeared')
      continue
    }
    if (now.status === was.status) continue
    if (now.status !== 'REJECTED') add('I3 outside-decision', `${id} went ${was.status}→${now.status}`, `went to ${now.status}`)
    if (was.used) add('I3 outside-decision', `${id}, used by an environment, went ${was.status}→${now.status}`, 'a connection in use changed')
    else if (!permitted.has(id)) {
      const why = c.dryRun ? 'in a dry run' : c.mode.kind === 'policy' && c.mode.maxRejections !== undefined ? `with max-rejections ${c.mode.maxRejections}` : 'outside the inputs'
      add('I3 outside-decision', `${id} went ${was.status}→${now.status}, which the inputs did not ask for (${why})`, `changed ${why}`)
    }
  }
  for (const id of after.keys()) if (!before.has(id)) add('I3 outside-decision', `${id} appeared on the server`, 'a connection appeared')

  // I4: outputs, results file and summary agree; counts match.
  const count = (...outcomes: string[]): number => rows.filter((r) => outcomes.includes(r.outcome)).length
  const expectOutput = (name: string, want: string): void => {
    if (run.outputs[name] !== want) add('I4 record', `output ${name} is ${JSON.stringify(run.outputs[name])}, the results file says ${want}`, `${name} disagrees with the results file`)
  }
  if (filePath && !nothingRan) {
    expectOutput('rejected-count', String(count('rejected')))
    expectOutput('failed-count', String(count('failed', 'unknown')))
    if (rows.every((r) => typeof r.planned === 'boolean')) expectOutput('would-reject-count', String(rows.filter((r) => r.planned).length))
    if (rows.every((r) => typeof r.drift === 'boolean')) expectOutput('drift-count', String(rows.filter((r) => r.drift).length))
    let shown: FileRow[] = []
    try {
      shown = JSON.parse(run.outputs.results ?? '') as FileRow[]
    } catch {
      add('I4 record', `the results output is not JSON: ${JSON.stringify((run.outputs.results ?? '').slice(0, 200))}`, 'results output not JSON')
    }
    const omitted = Number(run.outputs['results-omitted-count'] ?? '0')
    if (shown.length + omitted !== rows.length) add('I4 record', `results output has ${shown.length} items and results-omitted-count ${omitted}, the results file ${rows.length}`, 'results output and file differ in length')
    const fileItems = new Set(rows.map((r) => JSON.stringify(r)))
    for (const item of shown) {
      if (!fileItems.has(JSON.stringify(item))) add('I4 record', `results output item ${JSON.stringify(item).slice(0, 300)} is not in the results file`, 'results output item not in the file')
    }
    if (rows.length === 1) {
      const only = rows[0] as FileRow
      expectOutput('id', only.id)
      if (run.outputs.status !== only.status) {
        add('I4 record', `status output ${JSON.stringify(run.outputs.status)}, results file status ${JSON.stringify(only.status)} (outcome ${only.outcome})`, `status output disagrees with the results file (outcome ${only.outcome})`)
      }
    }
  }
  if (Number(run.outputs['failed-count'] ?? '0') > 0 && run.code !== 1) add('I4 record', `failed-count ${run.outputs['failed-count']} but exit code ${run.code}`, 'failures with a green exit')
  if (nothingRan) {
    // No summary either.
  } else if (!run.summary.startsWith('### ')) {
    add('I4 record', `the summary is missing or has no headline: ${JSON.stringify(run.summary.slice(0, 200))}`, 'no summary')
  } else {
    // The headline and the step's result agree: a failed or cancelled step is never headed ✅, a green one never ❌ or ⏹️.
    const headline = run.summary.split('\n')[0] as string
    if ((run.code === 1 && headline.startsWith('### ✅')) || (run.code === 0 && /^### (❌|⏹️)/u.test(headline))) {
      add('I4 record', `exit code ${run.code} under the headline ${JSON.stringify(headline.slice(0, 200))}`, `exit ${run.code} under a ${headline.slice(4, 6)} headline`)
    }
    const lines = run.summary.split('\n')
    const table = lines.some((l) => l.startsWith('| Outcome |'))
    for (const row of rows.length <= 1000 ? rows : []) {
      const line = lines.find((l) => l.includes(`<code>${row.id}</code>`))
      if (!line) {
        if (table) add('I4 record', `${row.id} (${row.outcome}) is not in the summary's table`, 'a result missing from the summary table')
        continue
      }
      const word = OUTCOME_WORDS[row.outcome as keyof typeof OUTCOME_WORDS] ?? row.outcome
      if (outcomeCell(line) !== word) add('I4 record', `${row.id}: the summary says ${JSON.stringify(outcomeCell(line))}, the results file ${row.outcome}`, `summary outcome disagrees with the results file (${row.outcome})`)
    }
  }

  // I5: GitHub's limits.
  if (Buffer.byteLength(run.summary) >= MIB) add('I5 limits', `the summary is ${Buffer.byteLength(run.summary)} bytes`, 'summary over 1 MiB')
  const commentBodies = commentsSent(o.emulator)
  for (const body of commentBodies) {
    if (body.length > COMMENT_MAX_CHARS) add('I5 limits', `a comment of ${body.length} characters was sent`, 'comment over 65,536 characters')
  }

  // I6: no secret anywhere.
  const places: Array<[string, string]> = [
    ['stdout', run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')],
    ['stderr', run.stderr],
    ['outputs', JSON.stringify(run.outputs)],
    ['summary', run.summary],
    ['results file', fileText],
    ['comments', commentBodies.join('\n')]
  ]
  for (const secret of o.secrets) {
    for (const [where, text] of places) {
      if (secret && text.includes(secret)) add('I6 secrets', `a secret (${secret.slice(0, 4)}…, ${secret.length} characters) appears in ${where}`, `secret in ${where}`)
    }
  }
  return violations
}

/** An error message with its IDs, numbers and quoted parts taken out, to group alike failures. */
export function errorShape(message: string): string {
  return message
    .replace(/https?:\/\/[\w.:-]+/g, 'ENDPOINT')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
    .replace(/\d+/g, 'N')
    .slice(0, 140)
}

/** Every comment body the action sent to GitHub (posted or edited), kept or refused. */
export function commentsSent(emulator: Emulator): string[] {
  const sent = emulator.calls
    .filter((call) => call.service === 'github' && /comments/.test(call.operation) && (call.operation.startsWith('POST') || call.operation.startsWith('PATCH')))
    .map((call) => (call.input as { body?: unknown } | undefined)?.body)
    .filter((b): b is string => typeof b === 'string')
  const kept = [...emulator.github.comments.values()].flat().map((comment) => comment.body)
  return [...sent, ...kept]
}

/** The case in a few words, for a report. */
export function describeCase(c: Case): string {
  const mode =
    c.mode.kind === 'ids'
      ? `ids [${requestedIds(c).map((id) => id.slice(0, 4) + '…' + id.slice(-3)).join(' ')}]`
      : `policy allowed=[${c.mode.allowed.map((i) => ACCOUNTS[i]?.slice(0, 3)).join(',')}] drift=${c.mode.drift ?? 'report'}${c.mode.maxRejections !== undefined ? ` max-rejections=${c.mode.maxRejections}` : ''}`
  const faults = c.faults.map((f) => `${f.service ? `${f.service}:` : ''}${f.kind}${f.delayMs ? `(${f.delayMs}ms)` : ''}@${f.operation?.replace('EnvironmentAccountConnection', '').replace('Connections', '') ?? '*'}x${f.times}`).join(', ')
  const statuses = c.connections.map((s, i) => `${i}:${s.status[0]}${ACCOUNTS[s.account]?.[0]}${s.used ? 'u' : ''}${s.elsewhere ? 'x' : ''}`).join(' ')
  return [
    `${c.connections.length} connections [${statuses}] page ${c.pageSize}`,
    mode,
    c.dryRun ? 'dry-run' : '',
    `attempts ${c.maxAttempts} concurrency ${c.maxConcurrency} ${c.signIn} ${c.event}${c.githubToken ? ' +token' : ''}`,
    c.latencyMs ? `latency ${c.latencyMs}ms` : '',
    c.rateLimit ? `rate ${c.rateLimit.burst}/${c.rateLimit.perSecond}` : '',
    `faults [${faults}]`,
    c.signal ? `${c.signal.signal}@${c.signal.afterMs}ms${c.signal.thenTermAfterMs !== undefined ? ` SIGTERM+${c.signal.thenTermAfterMs}ms` : ''}` : ''
  ]
    .filter(Boolean)
    .join('; ')
}

/** The calls the emulator saw, in order, with their faults: what a failing case's report shows. */
export function callLog(emulator: Emulator): string {
  return emulator.calls
    .map((call) => `${call.operation.replace('EnvironmentAccountConnection', '')}${typeof call.input?.id === 'string' ? `(${call.input.id.slice(-3)})` : ''}${call.fault ? `[${call.fault}]` : ''}→${call.status}`)
    .join(' ')
}

