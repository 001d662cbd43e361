import { createHash } from 'node:crypto'
/**
 * The pull request trail: the plan as one comment on the pull request, updated in place on later
 * runs and by the apply after the merge; and finding the pull request a pushed commit merged.
 */

/**
 * The hidden first line that finds the comment again: one comment per region (connections are
 * regional, and a matrix over regions plans and applies each region in its own job), per policy
 * source (encoded, so that it cannot end the HTML comment) and per management account when known.
 */
export const planMarker = (region: string, source?: string, account?: string): string =>
  `<!-- proton-reject-connection-action:plan region=${region}${source ? ` policy=${policyKey(source)}` : ''}${account ? ` account=${account}` : ''} -->`

/** The policy source in the marker: encoded, and a long one by its SHA-256, so the marker stays short. */
function policyKey(source: string): string {
  const encoded = encodeURIComponent(source)
  return encoded.length <= 200 ? encoded : `sha256-${createHash('sha256').update(source).digest('hex')}`
}
/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_BYTE_BUDGET = 60_000

import type { CommitRef, MergedPullRequest, PullRequestRef } from './domain.js'

export type { CommitRef, MergedPullRequest, PullRequestRef }

let client: { key: string; octokit: ReturnType<typeof import('@actions/github').getOctokit>; login?: Promise<string> } | undefined

/** Each GitHub API call gets this long to answer; a stalled API never holds the step. */
export const GITHUB_TIMEOUT_MS = 10_000

/** The author of comments made with the job's GITHUB_TOKEN (an installation token cannot read /user). */
export const ACTIONS_BOT = 'github-actions[bot]'

/**
 * A call's abort signal: its own timeout, and the run's cancellation when given. Built by hand:
 * Node 20 can collect a timeout signal combined with AbortSignal.any before it fires.
 */
function callSignal(stop?: AbortSignal): AbortSignal {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(Object.assign(new Error(`GitHub did not answer within ${GITHUB_TIMEOUT_MS / 1000} s`), { name: 'TimeoutError' })), GITHUB_TIMEOUT_MS)
  timer.unref()
  if (stop?.aborted) controller.abort(stop.reason)
  stop?.addEventListener('abort', () => controller.abort(stop.reason), { once: true })
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true })
  return controller.signal
}

/**
 * Loaded only on the paths that talk to GitHub (other runs never load the REST client), and made once
 * per token. With `proxy` (the http-proxy input, when no-proxy does not exempt the API), requests go
 * through it explicitly; otherwise @actions/github follows HTTPS_PROXY / NO_PROXY itself.
 */
async function octokitFor(token: string, proxy?: string) {
  const key = `${token}\u0000${proxy ?? ''}`
  if (client?.key !== key) {
    const { getOctokit } = await import('@actions/github')
    let request: { fetch: typeof fetch } | undefined
    if (proxy) {
      const undici = await import('undici')
      const dispatcher = new undici.ProxyAgent(proxy)
      request = { fetch: ((url: string, options: object) => undici.fetch(url, { ...options, dispatcher })) as unknown as typeof fetch }
    }
    client = { key, octokit: getOctokit(token, request ? { request } : {}) }
  }
  return client
}

/** A GitHub API failure told by its cause: what the status means for this action, and what to do. */
export function gitHubFailure(error: unknown): string {
  const e = error as { status?: number; name?: string; message?: string }
  if (e.name === 'TimeoutError' || /did not answer within|aborted due to timeout/i.test(e.message ?? '')) return `GitHub did not answer within ${GITHUB_TIMEOUT_MS / 1000} s`
  if (e.name === 'AbortError' || /operation was aborted/i.test(e.message ?? '')) return 'the run was cancelled before GitHub answered'
  switch (e.status) {
    case 401:
      return 'GitHub refused the github-token (401 Bad credentials): it is invalid or expired'
    case 403:
      return 'GitHub refused the call (403): the job needs permissions: pull-requests: write, and a pull request from a fork gets a read-only token'
    case 404:
      return 'GitHub answered 404 Not Found: the pull request or repository is not visible to this token'
    default:
      return `${e.status ? `HTTP ${e.status}: ` : ''}${(e.message ?? String(error)).split('\n')[0]}`
  }
}

/**
 * Whose comments are the action's: the token's own user (a personal token), or github-actions[bot]
 * for the job's token, which cannot read /user. A bad token fails here, before anything is written.
 */
async function identity(token: string, stop?: AbortSignal, proxy?: string): Promise<string> {
  const c = await octokitFor(token, proxy)
  c.login ??= c.octokit.rest.users.getAuthenticated({ request: { signal: callSignal(stop) } }).then(
    ({ data }) => data.login,
    (error: { status?: number }) => {
      if (error.status === 403 || error.status === 404) return ACTIONS_BOT
      throw error
    }
  )
  return c.login.catch((error: unknown) => {
    if (client) delete client.login
    throw error
  })
}

/**
 * The pull request that a pushed commit merged: among the pull requests GitHub associates with the
 * commit, the merged one whose merge commit it is (a merge, squash or rebase all record it).
 */
export async function findMergedPullRequest(token: string, commit: CommitRef, stop?: AbortSignal, proxy?: string): Promise<MergedPullRequest | undefined> {
  const { octokit } = await octokitFor(token, proxy)
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: commit.owner, repo: commit.repo, commit_sha: commit.sha, request: { signal: callSignal(stop) } })
  const merged = Array.isArray(data) ? data.find((pr) => pr.merged_at && pr.merge_commit_sha === commit.sha && typeof pr.number === 'number') : undefined
  return merged && { number: merged.number, title: String(merged.title ?? ''), url: String(merged.html_url ?? '') }
}

interface CommentRecord {
  id: number
  body?: string | null
  user?: { login?: string } | null
  html_url: string
}

/**
 * Creates or updates the action's comment for this marker. Only comments that carry the marker and
 * were written by the token's own identity count: anyone who can comment can write the marker, and
 * their comments are never edited. After creating one, it looks again and removes any duplicate of
 * its own that a concurrent run made, keeping the oldest.
 */
export async function upsertPlanComment(
  token: string,
  pr: PullRequestRef,
  marker: string,
  markdown: string,
  stop?: AbortSignal,
  proxy?: string
): Promise<{ action: 'created' | 'updated'; url: string }> {
  const { octokit } = await octokitFor(token, proxy)
  const me = await identity(token, stop, proxy)
  const body = `${marker}\n${markdown}`
  const ours = async (): Promise<CommentRecord[]> => {
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
      request: { signal: callSignal(stop) }
    })) as CommentRecord[]
    return comments.filter((c) => typeof c.body === 'string' && c.body.startsWith(`${marker}\n`) && c.user?.login === me).sort((a, b) => a.id - b.id)
  }
  const remove = async (extra: readonly CommentRecord[]): Promise<void> => {
    for (const c of extra) await octokit.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: c.id, request: { signal: callSignal(stop) } })
  }
  const existing = await ours()
  const [first, ...duplicates] = existing
  if (first) {
    const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: first.id, body, request: { signal: callSignal(stop) } })
    await remove(duplicates)
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body, request: { signal: callSignal(stop) } })
  const [kept, ...others] = await ours()
  await remove(others)
  if (kept && kept.id !== data.id) {
    // A concurrent run's comment came first and stays: it gets this run's body.
    const { data: updated } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: kept.id, body, request: { signal: callSignal(stop) } })
    return { action: 'updated', url: updated.html_url }
  }
  return { action: 'created', url: data.html_url }
}

/**
 * A file's text at a commit, through the contents API (`contents: read`): undefined when the file is
 * not there at that commit (a new file). The answer is checked against its documented shape (a file,
 * base64, within `maxBytes`) before it is used.
 */
export async function readFileAt(
  token: string,
  repo: { owner: string; repo: string },
  path: string,
  ref: string,
  maxBytes: number,
  stop?: AbortSignal,
  proxy?: string
): Promise<string | undefined> {
  const { octokit } = await octokitFor(token, proxy)
  let data: unknown
  try {
    ;({ data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref, request: { signal: callSignal(stop) } }))
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
  const file = data as { type?: unknown; encoding?: unknown; content?: unknown; size?: unknown }
  if (file === null || typeof file !== 'object' || Array.isArray(file) || file.type !== 'file') throw new Error(`${path} at ${ref.slice(0, 12)} is not a file`)
  if (typeof file.size === 'number' && file.size > maxBytes) throw new Error(`${path} at ${ref.slice(0, 12)} is larger than ${maxBytes} bytes`)
  if (file.encoding !== 'base64' || typeof file.content !== 'string' || file.content.length > (maxBytes * 4) / 3 + 4096) {
    throw new Error(`the answer for ${path} at ${ref.slice(0, 12)} is not a base64 file's content`)
  }
  const text = Buffer.from(file.content, 'base64')
  if (text.length > maxBytes) throw new Error(`${path} at ${ref.slice(0, 12)} is larger than ${maxBytes} bytes`)
  return text.toString('utf8')
}
