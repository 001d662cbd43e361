// @actions/github's own Context class, without the Octokit REST client its index loads on import:
// only the plan comment needs that client, and it loads it then (src/comment.ts).
import { Context } from '../node_modules/@actions/github/lib/context.js'
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

interface PullRequestPayload {
  number?: number
  title?: string
  html_url?: string
  merged?: boolean
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
  const repository = process.env.GITHUB_REPOSITORY
  if (!repository || !Number.isFinite(context.runId)) return undefined
  const attempt = Number.isFinite(context.runAttempt) && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''
  const number = Number.isFinite(context.runNumber) ? ` #${context.runNumber}` : ''
  return {
    url: `${context.serverUrl}/${repository}/actions/runs/${context.runId}${attempt}`,
    label: `${repository} run${number}${context.workflow ? ` (${context.workflow})` : ''}`
  }
}

/** The pull request this run is about, for the plan comment: open (not merged) pull_request events only. */
export function openPullRequest(): { owner: string; repo: string; number: number } | undefined {
  const context = ctx()
  const pr = context.payload.pull_request as PullRequestPayload | undefined
  if (!context.eventName?.startsWith('pull_request') || !pr || typeof pr.number !== 'number' || pr.merged === true) return undefined
  const repository = process.env.GITHUB_REPOSITORY
  if (!repository?.includes('/')) return undefined
  const [owner, repo] = repository.split('/') as [string, string]
  return { owner, repo, number: pr.number }
}
