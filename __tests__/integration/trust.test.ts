import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { PolicyDocument } from '../../emulator/iam.js'
import { JOB_REPOSITORY, type RunOptions } from '../../emulator/runner.js'
import { TEMPLATE_PATH } from '../../scripts/docs.js'
import { filledTrust, readPolicy, resolveTemplate, roleArn, ROLES } from '../../scripts/iam.js'
import { errorLines, useEmulator } from './harness.js'

/**
 * The documented roles' trust, as STS evaluates GitHub's claims (AWS What's New, "AWS STS supports
 * validation of select identity provider specific claims"): through dist/index.js, each job's OIDC
 * token from the emulator, against the documents in docs/iam put into the emulator's IAM.
 */

const h = useEmulator()
const IDS = { ownerId: JOB_REPOSITORY.ownerId, repositoryId: JOB_REPOSITORY.id }
const [APPLY, , BY_HAND] = ROLES as [(typeof ROLES)[number], (typeof ROLES)[number], (typeof ROLES)[number]]
const PREFIX = `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}/.github/workflows/`

/** The workflow files the documented apply role lists, as they are named in .github/workflows/. */
const applyStatement = (readPolicy(APPLY.trustFile).Statement as unknown as Array<{ Condition: { StringEquals: Record<string, string[]> } }>)[0]!
const LISTED = applyStatement.Condition.StringEquals['token.actions.githubusercontent.com:job_workflow_ref']!.map((ref) => ref.slice(PREFIX.length).replace(/@refs\/heads\/main$/, ''))

function deploy(trust: (file: string) => PolicyDocument = (file) => filledTrust(file, IDS)): void {
  for (const role of ROLES) h.emulator.putRole(roleArn(role), { trust: trust(role.trustFile), permissions: [readPolicy(role.permissionsFile)] })
}
beforeEach(() => deploy())

const DISPATCH = { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json', ref: 'refs/heads/main' }

/** One job with `id-token: write` that rejects one connection of another account with the given role. */
function job(options: { role?: string; workflowFile: string; event?: NonNullable<RunOptions['event']>; environment?: string; env?: Record<string, string>; subject?: RunOptions['subject'] }) {
  const c = h.emulator.seed({ environmentAccountId: '555555555555' })
  const run = h.run(
    { 'connection-id': c.id, 'role-to-assume': options.role ?? roleArn(APPLY) },
    {
      workflowFile: options.workflowFile,
      event: options.event ?? DISPATCH,
      ...(options.environment && { environment: options.environment }),
      ...(options.subject && { subject: options.subject }),
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, ...options.env },
      idToken: (j) => h.emulator.oidcEnvFor(j)
    }
  )
  return { connection: c, run }
}

async function expectRefused(j: ReturnType<typeof job>): Promise<void> {
  const r = await j.run
  expect(r.code).toBe(1)
  expect(h.emulator.callsOf('AssumeRoleWithWebIdentity').map((x) => x.status)).toEqual([403])
  expect(errorLines(r)[0]).toContain('could not assume role')
  expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
  expect(h.emulator.proton.connections.get(j.connection.id)?.status).toBe('PENDING')
}

describe('the token the emulator issues', () => {
  it('carries the claims STS checks, job_workflow_ref from the job\'s GITHUB_WORKFLOW_REF', async () => {
    const r = await job({ workflowFile: 'reject-on-policy-merge.yml', environment: 'proton-reject' }).run
    expect(r.code).toBe(1) // the apply role does not trust an environment's subject
    const token = h.emulator.identity.tokensIssued[0] as string
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as Record<string, unknown>
    expect(claims).toMatchObject({
      repository: 'octo-org/octo-repo',
      repository_id: JOB_REPOSITORY.id,
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/reject-on-policy-merge.yml@refs/heads/main',
      ref: 'refs/heads/main',
      environment: 'proton-reject',
      workflow: 'Proton connections',
      actor: 'octocat',
      sub: `repo:octo-org@${IDS.ownerId}/octo-repo@${IDS.repositoryId}:environment:proton-reject`
    })
  })
})

describe('the documented apply role', () => {
  it('lists the apply examples, and not the hand-run one', () => {
    expect(LISTED.sort()).toEqual(['enforce-on-schedule.yml', 'management-accounts.yml', 'policy-plan-and-apply.yml', 'reject-across-regions.yml', 'reject-on-policy-merge.yml'])
  })

  it.each(LISTED)('accepts %s on main', async (file) => {
    const j = job({ workflowFile: file })
    const r = await j.run
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(j.connection.id)?.status).toBe('REJECTED')
  })

  it('accepts a push to main of a listed file', async () => {
    const j = job({ workflowFile: 'reject-on-policy-merge.yml', event: { name: 'push', payload: 'event-push-merge.json' } })
    expect((await j.run).code).toBe(0)
    expect(h.emulator.proton.connections.get(j.connection.id)?.status).toBe('REJECTED')
  })

  it('refuses a workflow file that is not on its list, on main', async () => {
    await expectRefused(job({ workflowFile: 'proton-connections.yml' }))
  })

  it('refuses the hand-run rejection\'s file, which has a role of its own', async () => {
    await expectRefused(job({ workflowFile: 'reject-on-dispatch.yml' }))
  })

  it('refuses a listed file run from another branch', async () => {
    await expectRefused(job({ workflowFile: 'reject-on-policy-merge.yml', event: { ...DISPATCH, ref: 'refs/heads/feature' } }))
  })

  it.each(['issue_comment', 'workflow_run'])('refuses an %s job on main of an unlisted file, whose subject is the branch\'s', async (event) => {
    await expectRefused(job({ workflowFile: 'triage.yml', event: { name: event, payload: 'event-workflow_dispatch.json', ref: 'refs/heads/main' } }))
    const token = h.emulator.identity.tokensIssued[0] as string
    expect(JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'))).toMatchObject({ sub: `repo:octo-org@${IDS.ownerId}/octo-repo@${IDS.repositoryId}:ref:refs/heads/main`, event_name: event })
  })

  it('refuses a listed file with an environment: the environment is added to the trust, never in place of the branch', async () => {
    await expectRefused(job({ workflowFile: 'reject-on-policy-merge.yml', environment: 'production' }))
  })

  it('refuses a repository with the same name but another ID, even while the role trusts the name-only subject too', async () => {
    // SubjectForm=both, as while migrating: the name-only subject matches any repository of that name.
    const template = parse(readFileSync(TEMPLATE_PATH, 'utf8')) as Parameters<typeof resolveTemplate>[0]
    const resources = resolveTemplate(template, {
      RepositoryOwner: JOB_REPOSITORY.owner,
      RepositoryOwnerId: IDS.ownerId,
      RepositoryName: JOB_REPOSITORY.name,
      RepositoryId: IDS.repositoryId,
      SubjectForm: 'both',
      ApplyWorkflowRefs: LISTED.map((f) => `${PREFIX}${f}@refs/heads/main`).join(',')
    }) as { ApplyRole: { Properties: { AssumeRolePolicyDocument: string } } }
    h.emulator.putRole(roleArn(APPLY), { trust: JSON.parse(resources.ApplyRole.Properties.AssumeRolePolicyDocument) as PolicyDocument, permissions: [readPolicy(APPLY.permissionsFile)] })
    // The same repository, name-only: accepted by the template's role.
    const same = job({ workflowFile: 'reject-on-policy-merge.yml', subject: 'name-only' })
    expect((await same.run).code).toBe(0)
    h.emulator.calls.length = 0
    await expectRefused(job({ workflowFile: 'reject-on-policy-merge.yml', subject: 'name-only', env: { GITHUB_REPOSITORY_ID: '999999999' } }))
  })

  it('refuses a repository with the same name but another ID, by its immutable subject and repository_id', async () => {
    await expectRefused(job({ workflowFile: 'reject-on-policy-merge.yml', env: { GITHUB_REPOSITORY_ID: '999999999' } }))
  })
})

describe('the documented role for rejecting by hand', () => {
  const byHand = roleArn(BY_HAND)

  it('accepts reject-on-dispatch.yml on main in its protected environment', async () => {
    const j = job({ role: byHand, workflowFile: 'reject-on-dispatch.yml', environment: 'proton-reject' })
    const r = await j.run
    expect(errorLines(r)).toEqual([])
    expect(h.emulator.proton.connections.get(j.connection.id)?.status).toBe('REJECTED')
  })

  it('refuses it without the environment', async () => {
    await expectRefused(job({ role: byHand, workflowFile: 'reject-on-dispatch.yml' }))
  })

  it('refuses another workflow file that names the environment', async () => {
    await expectRefused(job({ role: byHand, workflowFile: 'reject-on-policy-merge.yml', environment: 'proton-reject' }))
  })

  it('refuses it from another branch, in the environment', async () => {
    await expectRefused(job({ role: byHand, workflowFile: 'reject-on-dispatch.yml', environment: 'proton-reject', event: { ...DISPATCH, ref: 'refs/heads/feature' } }))
  })
})
