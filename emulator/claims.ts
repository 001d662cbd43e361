import { readFileSync } from 'node:fs'

/**
 * The claims GitHub puts in a job's OIDC token, by GitHub's documented rules
 * ("About security hardening with OpenID Connect": subject claims per event, issuer per host).
 */
export interface JobContext {
  /** owner/repo */
  repository: string
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
 * `sub`: the environment when the job has one; else `pull_request` for pull_request events (merged or
 * not); else the ref. A merge is a `push` to the base branch, whose token has the branch subject.
 */
export function subjectFor(job: JobContext): string {
  const base = `repo:${job.repository}`
  if (job.environment) return `${base}:environment:${job.environment}`
  if (job.eventName === 'pull_request') return `${base}:pull_request`
  return `${base}:ref:${job.ref}`
}

/** GitHub gives no OIDC token to workflows run for pull requests from forks. */
export function getsIdToken(job: JobContext): boolean {
  return !(job.eventName.startsWith('pull_request') && job.headRepository !== undefined && job.headRepository !== job.repository)
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
    ref: job.ref,
    ...(job.sha && { sha: job.sha }),
    event_name: job.eventName,
    ...(job.environment && { environment: job.environment }),
    ...(job.actor && { actor: job.actor }),
    ...(job.workflow && { workflow: job.workflow }),
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
export function jobFromRunnerEnv(env: Readonly<Record<string, string | undefined>>, environment?: string): JobContext {
  let headRepository: string | undefined
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { head?: { repo?: { full_name?: string } } } }
    headRepository = payload.pull_request?.head?.repo?.full_name
  } catch {
    headRepository = undefined
  }
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(env.GITHUB_ACTOR && { actor: env.GITHUB_ACTOR }),
    ...(env.GITHUB_WORKFLOW && { workflow: env.GITHUB_WORKFLOW }),
    ...(env.GITHUB_SERVER_URL && { serverUrl: env.GITHUB_SERVER_URL }),
    ...(environment && { environment }),
    ...(headRepository && { headRepository })
  }
}
