import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { SubjectForm } from '../../emulator/claims.js'
import { JOB_REPOSITORY, ROOT, type RunOptions } from '../../emulator/runner.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { EXAMPLE_ACCOUNT, filledTrust, nameOnlyTrust, readPolicy, roleArn, ROLES } from '../../scripts/iam.js'
import { errorLines, useEmulator } from './harness.js'

/**
 * Each example workflow, run as GitHub would run it: for each trigger the example declares, the
 * job's OIDC token carries the claims GitHub issues for that event, STS evaluates the trust policy
 * documented in docs/iam, and the step runs dist/index.js with the example's inputs.
 */

const h = useEmulator()
const EXAMPLES = join(ROOT, 'examples')
const POLICY_FILE = readFileSync(join(EXAMPLES, 'proton', 'account-policy.yml'), 'utf8')

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  environment?: string | { name: string }
  strategy?: { matrix?: Record<string, unknown[]> }
  steps?: Step[]
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>
  jobs: Record<string, Job>
}

/** The event GitHub sends for each trigger the examples use, with the ref it runs on. */
const EVENTS: Record<string, NonNullable<RunOptions['event']>> = {
  push: { name: 'push', payload: 'event-push-merge.json' },
  pull_request: { name: 'pull_request', payload: 'event-pull_request-open.json' },
  workflow_dispatch: { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json', ref: 'refs/heads/main' },
  // A scheduled run is on the default branch.
  schedule: { name: 'schedule', payload: 'event-schedule.json', ref: 'refs/heads/main' }
}

/** The job-level `if:` forms the examples use; anything else is refused rather than guessed. */
function runsOn(job: Job, event: string): boolean {
  if (job.if === undefined) return true
  const m = /^github\.event_name (==|!=) '([a-z_]+)'$/.exec(job.if.trim())
  if (!m) throw new Error(`the test cannot evaluate if: ${job.if}`)
  return m[1] === '==' ? event === m[2] : event !== m[2]
}

/** The step's inputs with the expressions the examples use filled in as GitHub would. */
function inputsFor(step: Step, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, raw] of Object.entries(step.with ?? {})) {
    out[name] = String(raw).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, expr: string) => {
      const value = values[expr]
      if (value === undefined) throw new Error(`the test has no value for \${{ ${expr} }}`)
      return value
    })
  }
  return out
}

interface Case {
  file: string
  job: string
  trigger: string
  step: Step
  environment?: string
  matrix: Record<string, string>
}

const mainExamples = (): string[] => readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml') && !f.startsWith('leftovers-'))

function cases(): Case[] {
  const all: Case[] = []
  // The main action's examples; leftovers-*.yml run leftovers/, checked in __tests__/unit/examples.test.ts.
  for (const file of mainExamples()) {
    const workflow = parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Workflow
    for (const trigger of Object.keys(workflow.on)) {
      if (!EVENTS[trigger]) throw new Error(`${file}: the test has no event for trigger ${trigger}`)
      const branches = workflow.on[trigger]?.branches
      if (branches && !branches.includes('main')) continue
      for (const [name, job] of Object.entries(workflow.jobs)) {
        if (!runsOn(job, trigger)) continue
        const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name
        const matrixRows = Object.entries(job.strategy?.matrix ?? {}).flatMap(([key, values]) => values.map((v) => ({ [`matrix.${key}`]: String(v) })))
        for (const step of (job.steps ?? []).filter((s) => /\/proton-reject-connection-action@/.test(s.uses ?? ''))) {
          for (const matrix of matrixRows.length ? matrixRows : [{}]) all.push({ file, job: name, trigger, step, ...(environment && { environment }), matrix })
        }
      }
    }
  }
  return all
}

const ALL = cases()

/**
 * The documented roles as a user deploys them: for a repository with immutable subjects, the trust
 * documents with the placeholders filled with the repository's IDs; for an older repository, the
 * documented name-only variant.
 */
function deployRoles(subject: SubjectForm, emulator: Emulator = h.emulator): void {
  // The documents name the example account; deployed in another account (a StackSet, say), they name that one.
  const inAccount = <T>(doc: T): T => JSON.parse(JSON.stringify(doc).split(EXAMPLE_ACCOUNT).join(emulator.accountId)) as T
  for (const role of ROLES) {
    const trust = subject === 'immutable' ? filledTrust(role.trustFile, { ownerId: JOB_REPOSITORY.ownerId, repositoryId: JOB_REPOSITORY.id }) : nameOnlyTrust(role.trustFile, { repositoryId: JOB_REPOSITORY.id })
    emulator.putRole(inAccount(roleArn(role)), { trust: inAccount(trust), permissions: [inAccount(readPolicy(role.permissionsFile))] })
  }
}

/** Management accounts other than the harness's, for the example with a matrix over accounts: an emulator each. */
const others = new Map<string, Emulator>()
beforeAll(async () => {
  others.set('222222222222', await startEmulator({ accountId: '222222222222' }))
})
afterAll(async () => {
  for (const emulator of others.values()) await emulator.stop()
})
const emulatorFor = (c: Case): Emulator => others.get(c.matrix['matrix.account'] ?? '') ?? h.emulator

beforeEach(() => {
  deployRoles('immutable')
  for (const emulator of others.values()) emulator.forgetEverything()
})

const IMMUTABLE = `repo:${JOB_REPOSITORY.owner}@${JOB_REPOSITORY.ownerId}/${JOB_REPOSITORY.name}@${JOB_REPOSITORY.id}`

/** Runs one example's step as its trigger would start it, with the job's own OIDC token. */
function runExample(c: Case, connectionId: string, subject: SubjectForm = 'immutable') {
  const emulator = emulatorFor(c)
  const inputs = inputsFor(c.step, { ...c.matrix, 'inputs.connection-id': connectionId, 'inputs.dry-run': 'false', 'vars.PROTON_ENDPOINT_URL': emulator.url })
  return h.run(inputs, {
    subject,
    // Copied to .github/workflows/ under its own name, which the documented roles list.
    workflowFile: c.file,
    event: EVENTS[c.trigger] as NonNullable<RunOptions['event']>,
    ...(c.environment && { environment: c.environment }),
    files: { 'proton/account-policy.yml': POLICY_FILE },
    // Only the OIDC path: no key pair in the environment; the management account's own endpoints.
    env: {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_ENDPOINT_URL_PROTON: emulator.url,
      AWS_ENDPOINT_URL_STS: emulator.url,
      GITHUB_API_URL: emulator.githubApiUrl
    },
    idToken: (job) => emulator.oidcEnvFor(job)
  })
}

describe('the example workflows against the documented roles', () => {
  it('covers every example, each trigger it declares, and both roles', () => {
    const files = new Set(ALL.map((c) => c.file))
    expect(files.size).toBe(mainExamples().length)
    expect(readdirSync(EXAMPLES).filter((f) => f.startsWith('leftovers-')).sort()).toEqual(['leftovers-remove.yml', 'leftovers-report.yml'])
    expect(mainExamples().length).toBe(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml')).length - 2)
    expect(new Set(ALL.map((c) => c.trigger))).toEqual(new Set(['push', 'pull_request', 'workflow_dispatch', 'schedule']))
    const roles = new Set(ALL.map((c) => inputsFor(c.step, { ...c.matrix, 'inputs.connection-id': 'x', 'inputs.dry-run': 'false', 'vars.PROTON_ENDPOINT_URL': h.emulator.url })['role-to-assume']))
    expect(roles).toEqual(new Set([...ROLES.map(roleArn), 'arn:aws:iam::222222222222:role/ProtonConnectionGuard']))
  })

  it.each(
    (['immutable', 'name-only'] as const).flatMap((subject) =>
      ALL.map((c) => [`${c.file} ${c.job} on ${c.trigger}${Object.values(c.matrix).map((v) => ` for ${v}`).join('')}, ${subject} subject`, c, subject] as const)
    )
  )(
    '%s signs in and does its work',
    async (_name, c, subject) => {
      const emulator = emulatorFor(c as Case)
      deployRoles(subject, emulator)
      const region = (c as Case).matrix['matrix.region'] ?? 'us-east-1'
      const unlisted = emulator.seed({ environmentAccountId: '555555555555', region })
      const r = await runExample(c as Case, unlisted.id, subject)
      expect(errorLines(r)).toEqual([])
      expect(r.code).toBe(0)
      expect(emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([200])
      expect(r.outputs['authenticated-arn']).toMatch(new RegExp(`^arn:aws:sts::${emulator.accountId}:assumed-role/`))
      const dryRun = (c as Case).step.with?.['dry-run'] === true
      expect(emulator.proton.connections.get(unlisted.id)?.status).toBe(dryRun ? 'PENDING' : 'REJECTED')
    }
  )
})

describe('a pull_request job and the apply role', () => {
  const apply = ALL.find((c) => c.file === 'policy-plan-and-apply.yml' && c.job === 'apply') as Case

  it('is refused, as the closed-and-merged pull_request trigger always was, and the message points to push', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await runExample({ ...apply, trigger: 'pull_request' }, c.id)
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain(`sub "${IMMUTABLE}:pull_request"`)
    expect(error).toContain('Do not make a role that can reject connections trust pull_request')
    expect(error).toContain('push')
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([403])
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('is refused with a merged pull_request event too', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    EVENTS.merged = { name: 'pull_request', payload: 'event-pull_request-merged.json' }
    const r = await runExample({ ...apply, trigger: 'merged' }, c.id)
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([403])
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('the plan role really is read-only: told to apply, it signs in but every Reject is denied', async () => {
    const plan = ALL.find((x) => x.file === 'policy-plan-and-apply.yml' && x.job === 'plan') as Case
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await runExample({ ...plan, step: { ...plan.step, with: { ...plan.step.with, 'dry-run': 'false' } } }, c.id)
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([200])
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection').map((x) => x.status)).toEqual([403])
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('a job with a protected environment gets the environment subject, which the branch-only apply role refuses', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await runExample({ ...apply, environment: 'production' }, c.id)
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain(`sub "${IMMUTABLE}:environment:production"`)
  })
})

describe('each subject form against the roles written for the other', () => {
  const apply = ALL.find((c) => c.file === 'policy-plan-and-apply.yml' && c.job === 'apply' && c.trigger === 'push') as Case

  it('a repository with immutable subjects is refused by a name-only trust, and the message shows its own subject and says why', async () => {
    deployRoles('name-only')
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await runExample(apply, c.id, 'immutable')
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain(`sub "${IMMUTABLE}:ref:refs/heads/main"`)
    expect(error).toContain('immutable subject')
    expect(error).toContain(`"token.actions.githubusercontent.com:sub": "${IMMUTABLE}:ref:refs/heads/main"`)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('a repository with name-only subjects is refused by the immutable trust, and the message shows its name-only subject', async () => {
    const c = h.emulator.seed({ environmentAccountId: '555555555555' })
    const r = await runExample(apply, c.id, 'name-only')
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain('sub "repo:octo-org/octo-repo:ref:refs/heads/main"')
    expect(error).not.toContain('immutable subject')
    expect(error).toContain('"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"')
  })
})
