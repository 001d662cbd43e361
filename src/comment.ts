/** The plan as one comment on the pull request, updated in place on later runs. */

export const PLAN_MARKER = '<!-- proton-reject-connection-action:plan -->'
/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_BYTE_BUDGET = 60_000

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export async function upsertPlanComment(token: string, pr: PullRequestRef, markdown: string): Promise<{ action: 'created' | 'updated'; url: string }> {
  // Loaded only here: runs that post no comment never load the REST client.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token)
  const body = `${PLAN_MARKER}\n${markdown}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })
  const previous = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(PLAN_MARKER))
  if (previous) {
    const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: previous.id, body })
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body })
  return { action: 'created', url: data.html_url }
}
