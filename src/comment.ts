/**
 * The pull request trail: the plan as one comment on the pull request, updated in place on later
 * runs and by the apply after the merge; and finding the pull request a pushed commit merged.
 */

/**
 * The hidden first line that finds the comment again: one comment per region, since connections
 * are regional and a matrix over regions plans and applies each region in its own job.
 */
export const planMarker = (region: string): string => `<!-- proton-reject-connection-action:plan region=${region} -->`
/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_BYTE_BUDGET = 60_000

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export interface CommitRef {
  owner: string
  repo: string
  sha: string
}

export interface MergedPullRequest {
  number: number
  title: string
  url: string
}

let client: { token: string; octokit: ReturnType<typeof import('@actions/github').getOctokit> } | undefined

/** Loaded only on the paths that talk to GitHub (other runs never load the REST client), and made once per token. */
async function octokitFor(token: string) {
  if (client?.token !== token) {
    const { getOctokit } = await import('@actions/github')
    client = { token, octokit: getOctokit(token) }
  }
  return client.octokit
}

/**
 * The pull request that a pushed commit merged: among the pull requests GitHub associates with the
 * commit, the merged one whose merge commit it is (a merge, squash or rebase all record it).
 */
export async function findMergedPullRequest(token: string, commit: CommitRef): Promise<MergedPullRequest | undefined> {
  const octokit = await octokitFor(token)
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: commit.owner, repo: commit.repo, commit_sha: commit.sha })
  const merged = data.find((pr) => pr.merged_at && pr.merge_commit_sha === commit.sha)
  return merged && { number: merged.number, title: merged.title, url: merged.html_url }
}

export async function upsertPlanComment(token: string, pr: PullRequestRef, region: string, markdown: string): Promise<{ action: 'created' | 'updated'; url: string }> {
  const octokit = await octokitFor(token)
  const marker = planMarker(region)
  const body = `${marker}\n${markdown}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })
  const previous = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker))
  if (previous) {
    const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: previous.id, body })
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body })
  return { action: 'created', url: data.html_url }
}
