// @actions/github's own Context class, without the Octokit REST client its index loads on import:
// only the plan comment needs that client, and it loads it then (src/comment.ts).
import { Context } from '../node_modules/@actions/github/lib/context.js'
import type { CommitRef, PullRequestRef } from './comment.js'
import type { JobFacts } from './credentials.js'
import type { Trigger } from './report.js'

let cached: Context | undefined
/** Read when first needed, not at import time; an unreadable event file leaves only the environment's facts. */
function ctx(): Context {
  if (!cached) {
    try {
      cached = new Context()
    } catch {
      const path = process.env.GITHUB_EVENT_PATH
      delete process.env.GITHUB_EVENT_PATH
      try {
        cached = new Context()
      } finally {
        if (path !== undefined) process.env.GITHUB_EVENT_PATH = path
      }
    }
  }
  return cached
}

/** owner/repo from Context.repo (GITHUB_REPOSITORY, else the payload), when either says. */
function repository(context: Context): { owner: string; repo: string } | undefined {
  try {
    return context.repo
  } catch {
    return undefined
  }
}

interface PullRequestPayload {
  number?: number
  title?: string
  html_url?: string
  merged?: boolean
  head?: { repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
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
    ...(context.eventName?.startsWith('pull_request') && head && base && head !== base && { forkRepository: head }),
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
