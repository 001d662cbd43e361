import { COMMENT_BYTE_BUDGET } from './comment.js'
import { CONNECTION_ID_PATTERN, type ConnectionResult, type RunnerIO, type RunOutcome } from './domain.js'
import { quoted } from './neutralize.js'
import { buildOutputs, groupFailures, resultJson, summaryMarkdown, type RunReport } from './report.js'
import { markerFor, type Trail } from './trail.js'

/** A few IDs of a long list, and how many more: an annotation is cut at 4,096 characters. */
function sample(ids: readonly string[], shown = 3): string {
  return ids.length <= shown ? ids.join(', ') : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more (the job summary lists them)`
}

function report(outcome: RunOutcome, merge: RunReport['merge']): RunReport {
  const s = outcome.settings
  return {
    mode: s?.mode ?? 'ids',
    dryRun: s?.dryRun ?? false,
    results: outcome.results,
    ...(s && { region: s.region, endpoint: s.endpoint }),
    ...(outcome.signedIn && { signedIn: outcome.signedIn.description }),
    ...(s?.proxy && { proxy: s.proxy }),
    ...(outcome.signedIn?.authenticatedArn !== undefined && { authenticatedArn: outcome.signedIn.authenticatedArn }),
    ...(s?.policy && { policySource: s.policy.source, allowedAccountIds: s.policy.allowedAccountIds }),
    ...(outcome.stepFailure && { stepFailure: outcome.stepFailure }),
    ...(outcome.cancelled && { cancelled: outcome.cancelled }),
    trigger: outcome.trigger,
    ...(merge && { merge }),
    ...(outcome.runPage && { runUrl: outcome.runPage.url, runLabel: outcome.runPage.label })
  }
}

function logResults(io: RunnerIO, results: readonly ConnectionResult[]): void {
  for (const r of results) {
    const what = r.outcome === 'failed' ? `failed: ${r.error}` : `${r.outcome}${r.reason ? ` (${r.reason})` : ''}`
    io.info(`${CONNECTION_ID_PATTERN.test(r.id) ? r.id : quoted(r.id)}: ${what}`)
  }
}

function annotateOutcome(io: RunnerIO, outcome: RunOutcome): void {
  const { results, stepFailure } = outcome
  // Drift, reported or not, is one warning: the workflow gates on drift-count, the summary lists it.
  const drifted = results.filter((r) => r.drift)
  if (drifted.length > 0) {
    const reportedOnly = drifted.every((r) => r.outcome === 'drifted')
    io.warning(
      `${drifted.length} connected ${drifted.length === 1 ? 'connection is' : 'connections are'} of accounts outside the policy (drift): ${sample(drifted.map((r) => r.id))}. ` +
        (reportedOnly ? 'Nothing was changed: add the accounts to the policy, or set drift: reject to reject them' : 'drift: reject; the results say what came of each'),
      'Drift'
    )
  }
  // Each bad input is its own annotation, so each reads as one line a user can act on.
  if (stepFailure) io.annotate('error', (stepFailure.problems ?? [stepFailure.message]).map((message) => ({ title: stepFailure.title, message })))
  // The same failure on many connections is one annotation, not one per connection.
  io.annotate(
    'error',
    groupFailures(results).map((g) => ({
      title: g.title,
      message: g.ids.length === 1 ? g.message : `${g.ids.length} connections: ${g.message}${/\.$/.test(g.message) ? '' : '.'} The same for ${sample(g.ids.slice(1))}.`
    }))
  )
  io.annotate(
    'notice',
    results.filter((r) => r.outcome === 'already-rejected').map((r) => ({ title: 'Already rejected', message: `connection ${r.id} was already rejected; nothing was changed` }))
  )
}

/**
 * Publishes what the run came to, reading only the outcome: the results file and the outputs first
 * (nothing a stalled GitHub can delay), then the log and the annotations, the summary, and last the
 * pull request trail. The summary is written before the merged pull request is looked up and amended
 * after, so a look-up that stalls until the runner kills the step cannot cost it. Returns whether the
 * step failed.
 */
export async function publish(outcome: RunOutcome, io: RunnerIO, trail: Trail, stop: AbortSignal): Promise<boolean> {
  const { settings, results, stepFailure } = outcome
  if (outcome.cancelled) io.warning(`The run was cancelled (${outcome.cancelled}); what was done is in the outputs, the results file and the job summary`, 'Cancelled')
  let resultsFile = ''
  try {
    resultsFile = io.writeResultsFile(`${JSON.stringify(results.map(resultJson), null, 1)}\n`)
  } catch (error) {
    io.warning(`Could not write the results file: ${(error as Error).message}`)
  }
  io.writeOutputs(buildOutputs(results, outcome.signedIn?.authenticatedArn, resultsFile))
  logResults(io, results)
  annotateOutcome(io, outcome)

  const token = settings?.githubToken
  const pushed = outcome.pushed
  let page = report(outcome, pushed && token ? { note: 'being looked up when this summary was written' } : undefined)
  await io.writeSummary(summaryMarkdown(page))
  const merge = pushed ? (token ? await trail.findMerge(token, pushed, stop, settings?.githubProxy) : { note: 'not looked up (no github-token)' }) : undefined
  if (merge) {
    if (merge.warning) io.warning(merge.warning, 'Pull request not found')
    page = report(outcome, merge.pullRequest ? { pullRequest: merge.pullRequest } : { ...(merge.note && { note: merge.note }) })
    await io.writeSummary(summaryMarkdown(page), true)
  }

  const marker = settings && markerFor(settings.region, settings.policy?.source, outcome.managementAccount)
  const cancelled = outcome.cancelled !== undefined || stop.aborted
  // The plan is posted also when it is over max-rejections: the pull request shows why its check failed.
  const pr = outcome.openPullRequest
  if (settings?.policy && settings.dryRun && marker && pr && (!stepFailure || stepFailure.planShown) && !cancelled) {
    if (!token) io.info('No github-token: the plan is in the job summary only')
    else {
      const { done, failure } = await trail.comment(token, pr, marker, summaryMarkdown(page, COMMENT_BYTE_BUDGET), stop, settings.githubProxy)
      if (done) io.info(`Plan ${done}`)
      else io.warning(`Could not post the plan on pull request #${pr.number}: ${failure}`, 'Plan not posted')
    }
  }
  // After an apply on push: the merged pull request's plan comment shows what was applied (created if it has none).
  if (token && settings && !settings.dryRun && pushed && merge?.pullRequest && marker && !cancelled) {
    const failed = stepFailure !== undefined || results.some((r) => r.outcome === 'failed')
    const what = failed ? '**The apply after the merge did not complete**' : '**Applied** after the merge'
    const markdown = `${what} (commit \`${pushed.sha.slice(0, 7)}\`).\n\n${summaryMarkdown(page, COMMENT_BYTE_BUDGET)}`
    const number = merge.pullRequest.number
    const { done, failure } = await trail.comment(token, { owner: pushed.owner, repo: pushed.repo, number }, marker, markdown, stop, settings.githubProxy)
    if (done) io.info(`Result ${done}`)
    else io.warning(`Could not update the comment on pull request #${number}: ${failure}`, 'Comment not updated')
  }
  return stepFailure !== undefined || results.some((r) => r.outcome === 'failed') || cancelled || stop.aborted
}
