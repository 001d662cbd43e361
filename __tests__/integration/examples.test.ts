import { beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { SubjectForm } from '../../emulator/claims.js'
import { JOB_REPOSITORY, ROOT, type RunOptions } from '../../emulator/runner.js'
import { filledTrust, nameOnlyTrust, readPolicy, roleArn, ROLES } from '../../scripts/iam.js'
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
  workflow_dispatch: { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json', ref: 'refs/heads/main' }
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

function cases(): Case[] {
  const all: Case[] = []
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'))) {
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
function deployRoles(subject: SubjectForm): void {
  for (const role of ROLES) {
    const trust = subject === 'immutable' ? filledTrust(role.trustFile, { ownerId: JOB_REPOSITORY.ownerId, repositoryId: JOB_REPOSITORY.id }) : nameOnlyTrust(role.trustFile)
    h.emulator.putRole(roleArn(role), { trust, permissions: [readPolicy(role.permissionsFile)] })
  }
}

beforeEach(() => deployRoles('immutable'))

const IMMUTABLE = `repo:${JOB_REPOSITORY.owner}@${JOB_REPOSITORY.ownerId}/${JOB_REPOSITORY.name}@${JOB_REPOSITORY.id}`

/** Runs one example's step as its trigger would start it, with the job's own OIDC token. */
function runExample(c: Case, connectionId: string, subject: SubjectForm = 'immutable') {
  const inputs = inputsFor(c.step, { ...c.matrix, 'inputs.connection-id': connectionId, 'inputs.dry-run': 'false' })
  return h.run(inputs, {
    subject,
    event: EVENTS[c.trigger] as NonNullable<RunOptions['event']>,
    ...(c.environment && { environment: c.environment }),
    files: { 'proton/account-policy.yml': POLICY_FILE },
    // Only the OIDC path: no key pair in the environment.
    env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_ENDPOINT_URL_STS: h.emulator.url },
    idToken: (job) => h.emulator.oidcEnvFor(job)
  })
}

describe('the example workflows against the documented roles', () => {
  it('covers every example, each trigger it declares, and both roles', () => {
    const files = new Set(ALL.map((c) => c.file))
    expect(files.size).toBe(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml')).length)
    expect(new Set(ALL.map((c) => c.trigger))).toEqual(new Set(['push', 'pull_request', 'workflow_dispatch']))
    expect(new Set(ALL.map((c) => String(c.step.with?.['role-to-assume'])))).toEqual(new Set(ROLES.map(roleArn)))
  })

  it.each(
    (['immutable', 'name-only'] as const).flatMap((subject) =>
      ALL.map((c) => [`${c.file} ${c.job} on ${c.trigger}${c.matrix['matrix.region'] ? ` in ${c.matrix['matrix.region']}` : ''}, ${subject} subject`, c, subject] as const)
    )
  )(
    '%s signs in and does its work',
    async (_name, c, subject) => {
      deployRoles(subject)
      const region = (c as Case).matrix['matrix.region'] ?? 'us-east-1'
      const unlisted = h.emulator.seed({ environmentAccountId: '555555555555', region })
      const r = await runExample(c as Case, unlisted.id, subject)
      expect(errorLines(r)).toEqual([])
      expect(r.code).toBe(0)
      expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([200])
      const dryRun = (c as Case).step.with?.['dry-run'] === true
      expect(h.emulator.proton.connections.get(unlisted.id)?.status).toBe(dryRun ? 'PENDING' : 'REJECTED')
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
