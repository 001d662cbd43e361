import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as yaml from 'yaml'
import { ROOT, readManifest } from '../../emulator/runner.js'
import { parsePolicyText } from '../../src/inputs.js'

/** Every example workflow uses only declared inputs and grants the permissions its steps need. */

type Permissions = string | Record<string, string> | undefined
interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Permissions
  concurrency?: string | { group?: string }
  steps?: Step[]
}
interface Workflow {
  on: unknown
  permissions?: Permissions
  jobs: Record<string, Job>
}

const dir = join(ROOT, 'examples')
const all = readdirSync(dir).filter((f) => f.endsWith('.yml'))
/** The main action's examples; leftovers-*.yml use leftovers/ (checked below). */
const files = all.filter((f) => !f.startsWith('leftovers-'))
const leftoverFiles = all.filter((f) => f.startsWith('leftovers-'))
const declared = Object.keys(readManifest().inputs ?? {})
const isOurs = (step: Step): boolean => /\/proton-reject-connection-action@/.test(step.uses ?? '')

/** A job's permissions replace the workflow's; `write-all` grants everything. */
function granted(workflow: Workflow, job: Job, scope: string, level: 'read' | 'write'): boolean {
  const p = job.permissions ?? workflow.permissions
  if (p === undefined) return scope === 'contents' && level === 'read'
  if (p === 'write-all') return true
  if (p === 'read-all') return level === 'read'
  if (typeof p !== 'object') return false
  const given = p[scope]
  return given === 'write' || (level === 'read' && given === 'read')
}

/** Checks one workflow; returns what is wrong with it. */
function problemsOf(workflow: Workflow): string[] {
  const problems: string[] = []
  const events = typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on as object)
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const steps = job.steps ?? []
    steps.forEach((step, index) => {
      if (!isOurs(step)) return
      const inputs = step.with ?? {}
      for (const key of Object.keys(inputs)) {
        if (!declared.includes(key)) problems.push(`${name}: "${key}" is not an input of the action`)
      }
      if (inputs['role-to-assume'] && !granted(workflow, job, 'id-token', 'write')) problems.push(`${name}: role-to-assume needs permissions: id-token: write`)
      if (inputs['policy-file']) {
        if (!steps.slice(0, index).some((s) => /^actions\/checkout@/.test(s.uses ?? ''))) problems.push(`${name}: policy-file needs actions/checkout before the step`)
        if (!granted(workflow, job, 'contents', 'read')) problems.push(`${name}: actions/checkout needs permissions: contents: read`)
      }
      const plansOnPr = (inputs['policy-file'] || inputs['allowed-account-ids']) && String(inputs['dry-run']) === 'true' && events.includes('pull_request')
      if (plansOnPr && !granted(workflow, job, 'pull-requests', 'write')) problems.push(`${name}: the plan comment needs permissions: pull-requests: write`)
    })
  }
  return problems
}

/**
 * What an example needs to work as copied beside the others: every input it needs (endpoint-url,
 * max-rejections for a policy), a concurrency group that names the account and the region a job
 * changes (GitHub keeps one pending run per group and cancels the others, so a matrix over accounts
 * must not share one), and no permission that no step uses.
 */
function adoptionProblemsOf(workflow: Workflow): string[] {
  const problems: string[] = []
  const events = typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on as object)
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const ours = (job.steps ?? []).filter(isOurs)
    const given = typeof job.permissions === 'object' ? job.permissions : {}
    const policySteps = ours.filter((step) => step.with?.['policy-file'] || step.with?.['allowed-account-ids'])
    if (given['id-token'] === 'write' && !ours.some((step) => step.with?.['role-to-assume'])) problems.push(`${name}: id-token: write, but no step signs in with role-to-assume`)
    if (given['pull-requests'] === 'write' && !(policySteps.length > 0 && events.some((e) => e === 'pull_request' || e === 'push'))) problems.push(`${name}: pull-requests: write, but no step writes a plan or apply comment`)
    for (const step of ours) {
      const inputs = step.with ?? {}
      if (!inputs['endpoint-url']) problems.push(`${name}: no endpoint-url`)
      if (policySteps.includes(step) && inputs['max-rejections'] === undefined) problems.push(`${name}: a policy step without max-rejections`)
      if (String(inputs['dry-run']) === 'true') continue
      const group = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group
      const account = /^arn:aws[\w-]*:iam::([^:]+):role\//.exec(String(inputs['role-to-assume'] ?? ''))?.[1]
      const region = inputs['aws-region'] === undefined ? undefined : String(inputs['aws-region'])
      if (!group) problems.push(`${name}: changes connections with no concurrency group`)
      else if (!account || !region || !group.includes(account) || !group.includes(region)) problems.push(`${name}: the concurrency group ${group} does not name the account (${account}) and the region (${region}) the job changes`)
    }
  }
  return problems
}

const load = (file: string): Workflow => yaml.parse(readFileSync(join(dir, file), 'utf8')) as Workflow

describe('examples/ for leftovers/', () => {
  const declaredHere = Object.keys(readManifest('leftovers').inputs ?? {})
  const isLeftovers = (step: Step): boolean => /\/proton-reject-connection-action\/leftovers@/.test(step.uses ?? '')
  it('holds two workflows', () => {
    expect(leftoverFiles.sort()).toEqual(['leftovers-remove.yml', 'leftovers-report.yml'])
  })
  const readmeLeftovers = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((text) => /\/leftovers@/.test(text))
  it.each([...leftoverFiles, ...readmeLeftovers.map((_, i) => `README leftovers workflow ${i + 1}`)])('%s uses declared inputs, signs in with the permission it needs, writes only what remove needs, and removes only in an environment', (file) => {
    const readmeIndex = /^README leftovers workflow (\d+)$/.exec(file)?.[1]
    const workflow = readmeIndex ? (yaml.parse(readmeLeftovers[Number(readmeIndex) - 1] as string) as Workflow) : load(file)
    const steps = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).filter(isLeftovers).map((step) => ({ job, step })))
    expect(steps.length).toBeGreaterThan(0)
    for (const { job, step } of steps) {
      for (const key of Object.keys(step.with ?? {})) expect(declaredHere).toContain(key)
      if (step.with?.['role-to-assume']) expect(granted(workflow, job, 'id-token', 'write')).toBe(true)
      const given = typeof job.permissions === 'object' ? job.permissions : {}
      const removes = (step.with?.remove ?? 'false') !== 'false'
      // Only remove posts (its plan, or what was done on the merged pull request); only the AWS token writes otherwise.
      expect(Object.entries(given).filter(([scope, level]) => level === 'write' && scope !== 'id-token' && !(removes && scope === 'pull-requests'))).toEqual([])
      // Remove needs max-removals, and runs in an environment with required reviewers, plan included.
      if (removes) {
        expect(String(step.with?.['max-removals'])).toMatch(/^\d+$/)
        expect(typeof (job as { environment?: unknown }).environment).toBe('string')
      }
    }
  })
})

describe('examples/', () => {
  it('holds the six complete workflows', () => {
    expect(files.sort()).toEqual([
      'enforce-on-schedule.yml',
      'management-accounts.yml',
      'policy-plan-and-apply.yml',
      'reject-across-regions.yml',
      'reject-on-dispatch.yml',
      'reject-on-policy-merge.yml'
    ])
  })

  it.each(files)('%s uses declared inputs and has the permissions it needs', (file) => {
    const workflow = load(file)
    expect(Object.values(workflow.jobs).some((job) => (job.steps ?? []).some(isOurs))).toBe(true)
    expect(problemsOf(workflow)).toEqual([])
  })

  it('catches an undeclared input and a missing permission (the check itself can fail)', () => {
    const broken = load('policy-plan-and-apply.yml')
    const plan = broken.jobs.plan as Job
    plan.permissions = { 'id-token': 'write', contents: 'read' }
    ;(plan.steps?.find(isOurs) as Step).with!['connection-ids'] = 'x'
    expect(problemsOf(broken)).toEqual(['plan: "connection-ids" is not an input of the action', 'plan: the plan comment needs permissions: pull-requests: write'])
    const dispatch = load('reject-on-dispatch.yml')
    delete (dispatch.jobs.reject as Job).permissions
    expect(problemsOf(dispatch)).toEqual(['reject: role-to-assume needs permissions: id-token: write'])
  })

  it.each(files)('%s works as copied beside the others: endpoint-url, max-rejections, a concurrency group per account and region, no unused permission', (file) => {
    expect(adoptionProblemsOf(load(file))).toEqual([])
  })

  it('catches a shared group, a missing input and an unused permission (the check itself can fail)', () => {
    const accounts = load('management-accounts.yml')
    const apply = accounts.jobs.apply as Job
    apply.concurrency = 'proton-connections-us-east-1'
    delete (apply.steps?.find(isOurs) as Step).with!['endpoint-url']
    delete (apply.steps?.find(isOurs) as Step).with!['max-rejections']
    expect(adoptionProblemsOf(accounts)).toEqual([
      'apply: no endpoint-url',
      'apply: a policy step without max-rejections',
      'apply: the concurrency group proton-connections-us-east-1 does not name the account (${{ matrix.account }}) and the region (us-east-1) the job changes'
    ])
    delete apply.concurrency
    expect(adoptionProblemsOf(accounts)).toContain('apply: changes connections with no concurrency group')
    const plan = load('policy-plan-and-apply.yml')
    ;(plan.jobs.plan as Job).permissions = { 'id-token': 'write', 'pull-requests': 'write', contents: 'read' }
    delete (plan.jobs.plan?.steps?.find(isOurs) as Step).with!['role-to-assume']
    plan.on = { workflow_dispatch: {} }
    expect(adoptionProblemsOf(plan).filter((p) => p.startsWith('plan:'))).toEqual(['plan: id-token: write, but no step signs in with role-to-assume', 'plan: pull-requests: write, but no step writes a plan or apply comment'])
  })

  const readmeWorkflows = [...['README.md', 'docs/usage.md', 'docs/roles.md'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .filter((text) => /^jobs:/m.test(text) && !/\/leftovers@/.test(text))
  it('finds the workflows in the README', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(3)
  })
  it.each(readmeWorkflows.map((text, i) => [i + 1, text]))('README workflow %d uses declared inputs and has the permissions it needs, and works as copied beside the examples', (_n, text) => {
    expect(problemsOf(yaml.parse(text as string) as Workflow)).toEqual([])
    expect(adoptionProblemsOf(yaml.parse(text as string) as Workflow)).toEqual([])
  })

  it('ships a policy file the action reads', () => {
    const problems: string[] = []
    expect(parsePolicyText(yaml, readFileSync(join(dir, 'proton', 'account-policy.yml'), 'utf8'), 'account-policy.yml', problems)).toEqual(['123456789012', '210987654321'])
    expect(problems).toEqual([])
  })
})
