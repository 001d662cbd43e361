import { readFileSync } from 'node:fs'

/**
 * The claims GitHub puts in a job's OIDC token, by GitHub's documented rules
 * ("About security hardening with OpenID Connect": subject claims per event, issuer per host).
 */
export interface JobContext {
  /** owner/repo */
  repository: string
  /** GITHUB_REPOSITORY_ID and GITHUB_REPOSITORY_OWNER_ID: the immutable numeric IDs the runner sets in every job. */
  repositoryId?: string
  ownerId?: string
  /**
   * Which `sub` form the repository gets: `immutable` for repositories created, renamed or transferred
   * since GitHub's enforcement date, or that opted in; `name-only` for older ones (see SUBJECT_FORMS).
   */
  subjectForm?: SubjectForm
  eventName: string
  /** GITHUB_REF: refs/heads/BRANCH, refs/tags/TAG, or refs/pull/N/merge for pull_request events. */
  ref: string
  sha?: string
  actor?: string
  workflow?: string
  /** The job's `environment:` name, when it has one. */
  environment?: string
  /** GITHUB_SERVER_URL: https://github.com, or https://HOST on GitHub Enterprise Server. */
  serverUrl?: string
  /** For pull_request events: the head repository (owner/repo); another repository means a fork. */
  headRepository?: string
  /**
   * A private repository's setting "Send write tokens to workflows from pull requests" (with
   * secrets): its fork pull requests then get a token like any other.
   */
  sendsWriteTokensToForks?: boolean
  /** GITHUB_WORKFLOW_REF: OWNER/REPO/.github/workflows/FILE.yml@REF, the workflow file the job runs. */
  workflowRef?: string
  /** For a job of a reusable workflow: the called workflow's OWNER/REPO/.github/workflows/FILE.yml@REF. */
  jobWorkflowRef?: string
}

/** The workflow file a job runs when the test names none: the runner's default (emulator/runner.ts). */
export const DEFAULT_WORKFLOW_FILE = 'proton-connections.yml'

/**
 * The claims AWS STS evaluates as condition keys `<issuer host>:<claim>` in a trust policy. Source:
 * AWS What's New, "AWS STS supports validation of select identity provider specific claims"
 * (2026-01, announced 2026-02-02), and configure-aws-credentials' README, "Claims and scoping
 * permissions" (2026-05): beside `sub` and `aud`, these GitHub claims; checked when the role is
 * assumed, not carried into the session. A claim the token lacks is absent from the request, so
 * `StringEquals` on it fails.
 */
export const STS_CLAIM_KEYS = ['aud', 'sub', 'repository_id', 'job_workflow_ref', 'ref', 'environment', 'workflow', 'repository', 'actor', 'actor_id', 'enterprise_id'] as const

/** The request context STS builds from a token's claims: each key STS evaluates, when the token carries it. */
export function stsContext(host: string, claims: Readonly<Record<string, unknown>>): Record<string, string> {
  const context: Record<string, string> = {}
  for (const claim of STS_CLAIM_KEYS) if (claims[claim] !== undefined && claims[claim] !== null) context[`${host}:${claim}`] = String(claims[claim])
  return context
}

/**
 * `job_workflow_ref`: the workflow file the job runs, `OWNER/REPO/.github/workflows/FILE.yml@REF`
 * (GitHub's OpenID Connect reference; AWS STS's claim keys): the called file for a reusable
 * workflow, else the job's GITHUB_WORKFLOW_REF. On a pull request it names the pull request's own
 * copy of the file (`@refs/pull/N/merge`), which the pull request can edit.
 */
export function jobWorkflowRefFor(job: JobContext): string {
  return job.jobWorkflowRef ?? job.workflowRef ?? `${job.repository}/.github/workflows/${DEFAULT_WORKFLOW_FILE}@${job.ref}`
}

export const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com'

/** `https://token.actions.githubusercontent.com` on github.com, `https://HOST/_services/token` on GHES. */
export function issuerFor(serverUrl = 'https://github.com'): string {
  const host = new URL(serverUrl).host
  return host === 'github.com' ? GITHUB_COM_ISSUER : `https://${host}/_services/token`
}

/** The issuer without its scheme: how IAM names the provider and prefixes the condition keys. */
export const issuerHost = (issuer: string): string => issuer.replace(/^https:\/\//, '')

/**
 * GitHub's two forms of the `sub` claim's repository part. Source: GitHub changelog "Immutable subject
 * claims for GitHub Actions OIDC tokens" (2026-04-23) and GitHub's OpenID Connect reference
 * ("Immutable subject claims"): repositories created, renamed or transferred on github.com on or after
 * the enforcement date (2026-07-15 in the docs), and those that opt in, get the owner's and the
 * repository's numeric IDs after an `@`; older repositories keep the names alone until they opt in.
 * GitHub Enterprise Server is not affected. The context part after the repository is the same in both.
 */
export type SubjectForm = 'immutable' | 'name-only'

export const SUBJECT_FORMS: Readonly<Record<SubjectForm, (owner: string, ownerId: string, repo: string, repoId: string) => string>> = {
  immutable: (owner, ownerId, repo, repoId) => `repo:${owner}@${ownerId}/${repo}@${repoId}`,
  'name-only': (owner, _ownerId, repo) => `repo:${owner}/${repo}`
}

/** The subject's `repo:...` part for the job's repository, in the form its repository gets. */
export function subjectRepository(job: JobContext): string {
  const [owner = '', repo = ''] = job.repository.split('/')
  // GitHub Enterprise Server is not affected by the change: its tokens keep the names.
  const onGitHubCom = issuerFor(job.serverUrl) === GITHUB_COM_ISSUER
  const form = onGitHubCom ? (job.subjectForm ?? 'name-only') : 'name-only'
  if (form === 'immutable' && (!job.ownerId || !job.repositoryId)) {
    throw new Error('an immutable subject needs GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID')
  }
  return SUBJECT_FORMS[form](owner, job.ownerId ?? '', repo, job.repositoryId ?? '')
}

/**
 * `sub`: the environment when the job has one; else `pull_request` for pull_request events (merged or
 * not); else the ref. A merge is a `push` to the base branch, whose token has the branch subject.
 */
export function subjectFor(job: JobContext): string {
  const base = subjectRepository(job)
  if (job.environment) return `${base}:environment:${job.environment}`
  if (job.eventName === 'pull_request') return `${base}:pull_request`
  return `${base}:ref:${job.ref}`
}

/**
 * Whether the job gets an OIDC token (GitHub docs, "Events that trigger workflows" and the
 * repository's Actions settings): a `pull_request` run for a pull request from a fork gets none by
 * default (so in a public repository); `pull_request_target` runs in the base repository's context,
 * so it gets one when its workflow grants `id-token: write`; a private repository can be set to
 * send write tokens and secrets to fork pull requests, which then get one too.
 */
export function getsIdToken(job: JobContext): boolean {
  const fromFork = job.eventName === 'pull_request' && job.headRepository !== undefined && job.headRepository !== job.repository
  return !fromFork || job.sendsWriteTokensToForks === true
}

export function claimsFor(job: JobContext, audience: string, now: Date): Record<string, unknown> {
  const iat = Math.floor(now.getTime() / 1000)
  const [owner] = job.repository.split('/')
  return {
    iss: issuerFor(job.serverUrl),
    aud: audience,
    sub: subjectFor(job),
    repository: job.repository,
    repository_owner: owner,
    ...(job.repositoryId && { repository_id: job.repositoryId }),
    ...(job.ownerId && { repository_owner_id: job.ownerId }),
    ref: job.ref,
    ...(job.sha && { sha: job.sha }),
    event_name: job.eventName,
    ...(job.environment && { environment: job.environment }),
    ...(job.actor && { actor: job.actor }),
    ...(job.workflow && { workflow: job.workflow }),
    ...(job.workflowRef && { workflow_ref: job.workflowRef }),
    job_workflow_ref: jobWorkflowRefFor(job),
    ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    iat,
    nbf: iat,
    exp: iat + 300
  }
}

/**
 * The job as the runner describes it to a step (GITHUB_* variables and the event file), plus the
 * job's environment, which the runner does not put in a variable.
 */
export function jobFromRunnerEnv(env: Readonly<Record<string, string | undefined>>, environment?: string, subjectForm?: SubjectForm): JobContext {
  let headRepository: string | undefined
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { head?: { repo?: { full_name?: string } } } }
    headRepository = payload.pull_request?.head?.repo?.full_name
  } catch {
    headRepository = undefined
  }
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    ...(env.GITHUB_REPOSITORY_ID && { repositoryId: env.GITHUB_REPOSITORY_ID }),
    ...(env.GITHUB_REPOSITORY_OWNER_ID && { ownerId: env.GITHUB_REPOSITORY_OWNER_ID }),
    ...(subjectForm && { subjectForm }),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(env.GITHUB_ACTOR && { actor: env.GITHUB_ACTOR }),
    ...(env.GITHUB_WORKFLOW && { workflow: env.GITHUB_WORKFLOW }),
    ...(env.GITHUB_WORKFLOW_REF && { workflowRef: env.GITHUB_WORKFLOW_REF }),
    ...(env.GITHUB_SERVER_URL && { serverUrl: env.GITHUB_SERVER_URL }),
    ...(environment && { environment }),
    ...(headRepository && { headRepository })
  }
}
