import { findMergedPullRequest, gitHubFailure, planMarker, upsertPlanComment } from './comment.js'
import type { CommitRef, MergedPullRequest, PullRequestRef } from './domain.js'

/**
 * The pull request trail, beside the comment calls and apart from the AWS calls: the pull request a
 * push merged, and the action's own comment on it. A failure only warns; it never fails the step.
 */
export interface Trail {
  /** The pull request the pushed commit merged, or a note that says why none is named. */
  findMerge(token: string, commit: CommitRef, stop: AbortSignal, proxy?: string): Promise<{ pullRequest?: MergedPullRequest; note?: string; warning?: string }>
  /** Creates or updates the action's comment; says what it did, or warns with the cause. */
  comment(token: string, pr: PullRequestRef, marker: string, markdown: string, stop: AbortSignal, proxy?: string): Promise<{ done?: string; failure?: string }>
}

/**
 * One comment per policy: the marker names the region, the policy's source and the management account
 * when the signed-in role says it, so two policies or two accounts on one pull request keep one each.
 */
export const markerFor = (region: string, policySource: string | undefined, account: string | undefined): string => planMarker(region, policySource, account)

export const gitHubTrail: Trail = {
  async findMerge(token, commit, stop, proxy) {
    try {
      const pullRequest = await findMergedPullRequest(token, commit, stop, proxy)
      return pullRequest ? { pullRequest } : { note: `none; commit ${commit.sha.slice(0, 7)} merged no pull request` }
    } catch (error) {
      return {
        note: `unknown; the look-up failed (${gitHubFailure(error)})`,
        warning: `Could not look up the pull request that commit ${commit.sha.slice(0, 7)} merged: ${gitHubFailure(error)}`
      }
    }
  },
  async comment(token, pr, marker, markdown, stop, proxy) {
    try {
      const { action, url } = await upsertPlanComment(token, pr, marker, markdown, stop, proxy)
      return { done: `${action} on pull request #${pr.number}: ${url}` }
    } catch (error) {
      return { failure: gitHubFailure(error) }
    }
  }
}
