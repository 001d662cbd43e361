import { readFileSync } from 'node:fs'
import type { CommitRef, JobFacts, PullRequestRef, Trigger } from './domain.js'

/**
 * The run's context as the runner gives it to a step: GITHUB_* variables and the event payload it
 * wrote to GITHUB_EVENT_PATH, read directly (the fields @actions/github's Context reads, without
 * reaching into that package's files). An unreadable or malformed event file leaves only the
 * variables' facts.
 */
interface RunContext {
  payload: Record<string, unknown>
  eventName: string
  actor: string
  sha: string
  workflow: string
  serverUrl: string
  runId: number
  runNumber: number
  runAttempt: number
  repo?: { owner: string; repo: string }
}

/** The largest event payload read; GitHub's webhook payloads are capped at 25 MB. */
const EVENT_MAX_BYTES = 25 * 1024 * 1024

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    const text = readFileSync(path, 'utf8')
    if (text.length > EVENT_MAX_BYTES) return {}
    const parsed: unknown = JSON.parse(text)
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

let cached: RunContext | undefined
/** Read when first needed, not at import time. */
function ctx(env: Readonly<Record<string, string | undefined>> = process.env): RunContext {
  if (cached) return cached
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const fromPayload = payload.repository as { name?: unknown; owner?: { login?: unknown } } | undefined
  const named =
    owner && repo
      ? { owner, repo }
      : typeof fromPayload?.owner?.login === 'string' && typeof fromPayload.name === 'string'
        ? { owner: fromPayload.owner.login, repo: fromPayload.name }
        : undefined
  cached = {
    payload,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    sha: env.GITHUB_SHA ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
    runNumber: Number.parseInt(env.GITHUB_RUN_NUMBER ?? '', 10),
    runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10),
    ...(named && { repo: named })
  }
  return cached
}

/** owner/repo (GITHUB_REPOSITORY, else the payload), when either says. */
const repository = (context: RunContext): { owner: string; repo: string } | undefined => context.repo

interface PullRequestPayload {
  number?: number
  title?: string
  html_url?: string
  merged?: boolean
  head?: { sha?: unknown; repo?: { full_name?: string } | null }
  base?: { sha?: unknown; repo?: { full_name?: string } }
}

const SHA = /^[0-9a-f]{40}$/

/**
 * The commit the run is for: a pull request's head commit (GITHUB_SHA is GitHub's temporary merge
 * commit there), else the pushed or checked-out commit (GITHUB_SHA); with its address on GitHub.
 */
export function runCommit(): { sha: string; url?: string } | undefined {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  const head = context.eventName.startsWith('pull_request') ? pr?.head?.sha : context.sha
  if (typeof head !== 'string' || !SHA.test(head)) return undefined
  const repo = repository(context)
  return { sha: head, ...(repo && { url: `${context.serverUrl}/${repo.owner}/${repo.repo}/commit/${head}` }) }
}

/**
 * The commit whose policy this change replaces: a pull request's base commit, or a push's `before`;
 * none for other events, or a push that made the branch (GitHub's all-zero `before`).
 */
export function previousCommit(): CommitRef | undefined {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  const sha = context.eventName.startsWith('pull_request') ? pr?.base?.sha : context.eventName === 'push' ? context.payload.before : undefined
  if (typeof sha !== 'string' || !SHA.test(sha) || /^0+$/.test(sha)) return undefined
  const repo = repository(context)
  return repo && { ...repo, sha }
}

/** What started this run, from the event payload the runner wrote (GITHUB_EVENT_PATH). */
export function readTrigger(): Trigger {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  const actor = context.actor || (context.payload.sender as { login?: string } | undefined)?.login
  return {
    event: context.eventName ?? '',
    ...(actor && { actor }),
    ...(pr &&
      typeof pr.number === 'number' && {
        pullRequest: {
          number: pr.number,
          title: typeof pr.title === 'string' ? pr.title : '',
          ...(typeof pr.html_url === 'string' && { url: pr.html_url }),
          merged: pr.merged === true
        }
      })
  }
}

/** The address of this workflow run, when the runner said which repository and run this is. */
export function runLink(): { url: string; label: string } | undefined {
  const context = ctx()
  const repo = repository(context)
  if (!repo || !Number.isFinite(context.runId)) return undefined
  const name = `${repo.owner}/${repo.repo}`
  const attempt = Number.isFinite(context.runAttempt) && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''
  const number = Number.isFinite(context.runNumber) ? ` #${context.runNumber}` : ''
  return {
    url: `${context.serverUrl}/${name}/actions/runs/${context.runId}${attempt}`,
    label: `${name} run${number}${context.workflow ? ` (${context.workflow})` : ''}`
  }
}

/** The pull request this run is about, for the plan comment: open (not merged) pull_request events only. */
export function openPullRequest(): PullRequestRef | undefined {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  if (!context.eventName?.startsWith('pull_request') || !pr || typeof pr.number !== 'number' || pr.merged === true) return undefined
  const repo = repository(context)
  return repo && { ...repo, number: pr.number }
}

/** What the sign-in messages need to know of the job: a fork's pull request, the default branch. */
export function jobFacts(): JobFacts {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  const repo = repository(context)
  const head = pr?.head?.repo?.full_name
  const base = pr?.base?.repo?.full_name ?? (repo && `${repo.owner}/${repo.repo}`)
  const defaultBranch = (context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch
  return {
    // Only pull_request runs from a fork go without a token; pull_request_target runs in the base repository.
    ...(context.eventName === 'pull_request' && head && base && head !== base && { forkRepository: head }),
    ...(typeof defaultBranch === 'string' && { defaultBranch })
  }
}

/** The commit a push event brought (GITHUB_SHA), for finding the pull request it merged. */
export function pushedCommit(): CommitRef | undefined {
  const context = ctx()
  if (context.eventName !== 'push' || !context.sha) return undefined
  const repo = repository(context)
  return repo && { ...repo, sha: context.sha }
}
