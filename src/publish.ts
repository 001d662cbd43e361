import { COMMENT_BYTE_BUDGET } from './comment.js'
import { CONNECTION_ID_PATTERN, type ConnectionResult, type RunnerIO, type RunOutcome } from './domain.js'
import { quoted } from './neutralize.js'
import { buildOutputs, groupFailures, resultJson, summaryMarkdown, type RunReport } from './report.js'
import type { Trail } from './trail.js'

/** A few IDs of a long list, and how many more: an annotation is cut at 4,096 characters. */
function sample(ids: readonly string[], shown = 3): string {
  return ids.length <= shown ? ids.join(', ') : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more (the job summary lists them)`
}

function report(outcome: RunOutcome, merge: RunReport['merge'], extra: Partial<RunReport> = {}): RunReport {
  const s = outcome.settings
  return {
    mode: s?.mode ?? 'ids',
    dryRun: s?.dryRun ?? false,
    results: outcome.results,
    ...(s && { region: s.region, endpoint: s.endpoint }),
    ...(outcome.signedIn && { signedIn: outcome.signedIn.description }),
    ...(s?.proxy && { proxy: s.proxy }),
    ...(outcome.signedIn?.authenticatedArn !== undefined && { authenticatedArn: outcome.signedIn.authenticatedArn }),
    ...(s?.policy && { policySource: s.policy.source, allowedAccountIds: s.policy.allowedAccountIds, drift: s.policy.drift }),
    ...(outcome.stepFailure && { stepFailure: outcome.stepFailure }),
    ...(outcome.cancelled && { cancelled: outcome.cancelled }),
    trigger: outcome.trigger,
    ...(merge && { merge }),
    ...(outcome.runPage && { runUrl: outcome.runPage.url, runLabel: outcome.runPage.label }),
    ...(outcome.commit && { commit: outcome.commit }),
    ...extra
  }
}

function logResults(io: RunnerIO, results: readonly ConnectionResult[]): void {
  for (const r of results) {
    const what = r.outcome === 'failed' || r.outcome === 'unknown' ? `${r.outcome}: ${r.error}` : `${r.outcome}${r.reason ? ` (${r.reason})` : ''}`
    io.info(`${CONNECTION_ID_PATTERN.test(r.id) ? r.id : quoted(r.id)}: ${what}`)
  }
}

function annotateOutcome(io: RunnerIO, outcome: RunOutcome): void {
  const { results, stepFailure } = outcome
  // Drift, reported or not, is one warning: the workflow gates on drift-count, the summary lists it.
  const drifted = results.filter((r) => r.drift)
  if (drifted.length > 0) {
    const mode = outcome.settings?.policy?.drift ?? 'report'
    const one = drifted.length === 1
    io.warning(
      `${drifted.length} ${one ? 'connection is' : 'connections are'} connected, but ${one ? 'its account is' : 'their accounts are'} not in the policy (drift): ${sample(drifted.map((r) => r.id))}. ` +
        (mode === 'reject'
          ? 'drift: reject is in force, so the run rejects them; the results say what came of each'
          : 'drift: report is in force, so nothing was changed: add the accounts to the policy, or set drift: reject to reject them'),
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

/** The run's cancellation as publishing sees it: it may come at any moment, also while publishing. */
export interface PublishCancel {
  /** Aborted at the first signal. */
  stop: AbortSignal
  /** Aborted at SIGTERM: the runner is about to kill the step, so no GitHub call is worth starting. */
  terminate?: AbortSignal
  /** Which signal came first, once one came. */
  signal?: () => 'SIGINT' | 'SIGTERM' | undefined
}

/**
 * After a cancellation, the pull request trail gets this long to say what was done (from the signal,
 * or from the start of publishing when the signal came before): a look-up or a comment that stalls
 * is given up well before the runner's SIGTERM, 7.5 s after SIGINT. SIGTERM gives it up at once.
 */
export const TRAIL_AFTER_CANCEL_MS = 2_500

/** The trail's signal: aborted TRAIL_AFTER_CANCEL_MS after a cancellation, or at SIGTERM. */
function trailSignal(cancel: PublishCancel): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const start = (): void => {
    timer ??= setTimeout(() => controller.abort(), TRAIL_AFTER_CANCEL_MS)
    timer.unref()
  }
  const end = (): void => controller.abort()
  if (cancel.stop.aborted) start()
  else cancel.stop.addEventListener('abort', start, { once: true })
  if (cancel.terminate?.aborted) end()
  else cancel.terminate?.addEventListener('abort', end, { once: true })
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer)
      cancel.stop.removeEventListener('abort', start)
      cancel.terminate?.removeEventListener('abort', end)
    }
  }
}

const CANCELLED_WARNING = (signal: string): string => `The run was cancelled (${signal}); what was done is in the outputs, the results file and the job summary`

/**
 * Publishes what the run came to, reading only the outcome: the results file and the outputs first
 * (nothing a stalled GitHub can delay), then the log and the annotations, the summary, and last the
 * pull request trail. The summary is written before the merged pull request is looked up and
 * rewritten after, so a look-up that stalls until the runner kills the step cannot cost it; a
 * cancellation that comes while publishing is in its headline and in a warning. Returns whether the
 * step failed.
 */
export async function publish(outcome: RunOutcome, io: RunnerIO, trail: Trail, cancel: PublishCancel): Promise<boolean> {
  // After SIGINT the trail's calls get a short window, so that the comment can still say what was done.
  const trail$ = trailSignal(cancel)
  try {
    return await publishWithin(outcome, io, trail, cancel, trail$.signal)
  } finally {
    trail$.done()
  }
}

async function publishWithin(outcome: RunOutcome, io: RunnerIO, trail: Trail, cancel: PublishCancel, trailStop: AbortSignal): Promise<boolean> {
  const { settings, results, stepFailure } = outcome
  if (outcome.cancelled) io.warning(CANCELLED_WARNING(outcome.cancelled), 'Cancelled')
  let resultsFile = ''
  try {
    resultsFile = io.writeResultsFile(`${JSON.stringify(results.map(resultJson), null, 1)}\n`)
  } catch (error) {
    io.warning(`Could not write the results file: ${(error as Error).message}`)
  }
  const outputs = buildOutputs(results, outcome.signedIn?.authenticatedArn, resultsFile)
  io.writeOutputs(outputs)
  const omitted = Number(outputs['results-omitted-count'])
  if (omitted > 0) {
    io.warning(`The results output leaves out ${omitted} of ${results.length} connections to stay under GitHub's 1 MB limit for an output (failures come first); results-file${resultsFile ? ` (${resultsFile})` : ''} has every one`, 'Results cut')
  }
  logResults(io, results)
  annotateOutcome(io, outcome)

  // Inputs too bad to read still give the token, so that a failed plan can replace the comment.
  const token = settings?.githubToken ?? outcome.githubToken
  const pushed = outcome.pushed
  const notes: string[] = []
  if (outcome.policyMode && !outcome.marker && (outcome.openPullRequest || pushed)) notes.push(outcome.markerNote ?? 'none updated: the run could not tell which comment is its own')
  const page = (merge: RunReport['merge']): RunReport =>
    report(outcome, merge, {
      ...(omitted > 0 && { resultsOmitted: omitted }),
      ...(notes.length > 0 && { commentNote: notes.join('; ') }),
      // A cancellation that came while publishing is said too.
      ...(!outcome.cancelled && cancel.signal?.() && { cancelled: cancel.signal() })
    })
  let merge: RunReport['merge'] = pushed && token ? { note: 'being looked up when this summary was written' } : undefined
  await io.writeSummary(summaryMarkdown(page(merge)))
  if (pushed) {
    const found = token ? await trail.findMerge(token, pushed, trailStop, settings?.githubProxy) : { note: 'not looked up (no github-token)' }
    if (found.warning) io.warning(found.warning, 'Pull request not found')
    merge = found.pullRequest ? { pullRequest: found.pullRequest } : { ...(found.note && { note: found.note }) }
  }

  const marker = outcome.marker
  const pr = outcome.openPullRequest
  const failedAny = stepFailure !== undefined || results.some((r) => r.outcome === 'failed' || r.outcome === 'unknown')
  // The plan comment always says what the latest plan for its marker found: a plan, also one over
  // max-rejections (the pull request shows why its check failed), or the failure or cancellation that
  // ended it, so that an earlier plan is never left standing.
  // Inputs too bad to read (settings absent) on a pull request are a failed plan too, when its comment is known.
  if (marker && pr && (!settings || (settings.policy && settings.dryRun))) {
    if (!token) io.info('No github-token: the plan is in the job summary only')
    else {
      const ended = outcome.cancelled ? `was cancelled (${outcome.cancelled})` : stepFailure && !stepFailure.planShown ? 'failed' : undefined
      const markdown = summaryMarkdown(page(merge), COMMENT_BYTE_BUDGET)
      const body = ended ? `**This plan ${ended}**: an earlier plan in this comment no longer stands.\n\n${markdown}` : markdown
      const { done, failure } = await trail.comment(token, pr, marker, body, trailStop, settings?.githubProxy)
      if (done) io.info(`Plan ${done}`)
      else {
        io.warning(`Could not post the plan on pull request #${pr.number}: ${failure}`, 'Plan not posted')
        notes.push(`the plan could not be posted on pull request #${pr.number} (${failure})`)
      }
    }
  }
  // After an apply on push: the merged pull request's plan comment shows what was applied (created if it has none).
  if (token && settings?.policy && !settings.dryRun && pushed && merge?.pullRequest && marker) {
    const what = outcome.cancelled
      ? `**The apply after the merge was cancelled (${outcome.cancelled})**`
      : failedAny
        ? '**The apply after the merge did not complete**'
        : '**Applied** after the merge'
    const markdown = `${what} (commit \`${pushed.sha.slice(0, 7)}\`).\n\n${summaryMarkdown(page(merge), COMMENT_BYTE_BUDGET)}`
    const number = merge.pullRequest.number
    const { done, failure } = await trail.comment(token, { owner: pushed.owner, repo: pushed.repo, number }, marker, markdown, trailStop, settings.githubProxy)
    if (done) io.info(`Result ${done}`)
    else {
      io.warning(`Could not update the comment on pull request #${number}: ${failure}`, 'Comment not updated')
      notes.push(`the comment on pull request #${number} could not be updated (${failure})`)
    }
  }
  let lateSignal = !outcome.cancelled ? cancel.signal?.() : undefined
  if (lateSignal) io.warning(CANCELLED_WARNING(lateSignal), 'Cancelled')
  // The summary, rewritten with what publishing learnt: the merged pull request, a comment not written, a late cancellation.
  if (pushed || notes.length > 0 || lateSignal) await io.writeSummary(summaryMarkdown(page(merge)), true)
  // A signal that came while that was written is said too, once: the headline and the step's result agree.
  const latest = !outcome.cancelled && !lateSignal ? cancel.signal?.() : undefined
  if (latest) {
    lateSignal = latest
    io.warning(CANCELLED_WARNING(latest), 'Cancelled')
    await io.writeSummary(summaryMarkdown(page(merge)), true)
  }
  // The step fails for what the summary says: a failure, or a cancellation it names. A signal after
  // the last word was written finds the work done, and the runner ends the step as cancelled anyway.
  return failedAny || outcome.cancelled !== undefined || lateSignal !== undefined || (cancel.signal === undefined && cancel.stop.aborted)
}
