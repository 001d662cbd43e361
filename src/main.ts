import { randomUUID } from 'node:crypto'
import { appendFileSync, closeSync, constants, fstatSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { failureTitle, handlePolicy, handleRequestedIds, type ConnectionResult } from './apply.js'
import { SignInError, signIn, type SignedIn } from './credentials.js'
import { COMMENT_BYTE_BUDGET, findMergedPullRequest, gitHubFailure, planMarker, upsertPlanComment, type CommitRef, type MergedPullRequest, type PullRequestRef } from './comment.js'
import { jobFacts, openPullRequest, pushedCommit, readTrigger, runLink } from './event.js'
import { CONNECTION_ID_PATTERN, InputError, parseInputs, POLICY_FILE_MAX_BYTES, type Config } from './inputs.js'
import { AdaptivePool } from './pool.js'
import { Cancellation, withDeadline } from './cancel.js'
import { Progress } from './progress.js'
import { ProtonCallError, ProtonGateway, protonEndpoint, RETIREMENT_NOTICE } from './proton.js'
import { Transport } from './transport.js'
import { Redactor } from './redact.js'
import { defused, logLine, quoted } from './neutralize.js'
import { buildOutputs, groupFailures, resultJson, summaryMarkdown, type RunReport } from './report.js'


/** A few IDs of a long list, and how many more: an annotation is cut at 4,096 characters. */
function sample(ids: readonly string[], shown = 3): string {
  return ids.length <= shown ? ids.join(', ') : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more (the job summary lists them)`
}

/** The runner's OIDC token request gets this long; it takes no signal of its own. */
const OIDC_TIMEOUT_MS = 10_000

/** GitHub shows at most 10 annotations of a kind per step; the tenth says how many more there are. */
const ANNOTATION_LIMIT = 10

function annotate(kind: 'error' | 'notice', items: ReadonlyArray<{ title: string; message: string }>): void {
  const emit = kind === 'error' ? core.error : core.notice
  const shown = items.length > ANNOTATION_LIMIT ? items.slice(0, ANNOTATION_LIMIT - 1) : items
  for (const item of shown) emit(defused(item.message), { title: defused(item.title) })
  if (shown.length < items.length) {
    emit(`${items.length - shown.length} more; the job summary and the results output list every connection`, {
      title: kind === 'error' ? 'More failures' : 'More notices'
    })
  }
}

function stepFailureTitle(error: unknown): string {
  if (error instanceof InputError) return 'Invalid input'
  if (error instanceof SignInError) return 'AWS sign-in failed'
  if (error instanceof ProtonCallError) return error.kind === 'aborted' ? 'Cancelled' : failureTitle(error)
  return 'Unexpected failure'
}

/** Writes the step's summary; `replace` rewrites what this step wrote before (the file is the step's own). */
async function writeSummary(markdown: string, replace = false): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    if (!replace) for (const line of markdown.split('\n')) core.info(logLine(line))
    return
  }
  try {
    await core.summary.emptyBuffer().addRaw(markdown).write({ overwrite: replace })
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

/** The plan on the open pull request it is about; a failure to comment warns and does not fail the plan. */
/**
 * One comment per policy: the marker names the region, the policy's source and the management account
 * when the signed-in role says it, so two policies or two accounts on one pull request keep one each.
 */
const markerFor = (config: Config, signedIn: SignedIn | undefined): string =>
  planMarker(config.region, config.policy?.source, signedIn?.authenticatedArn?.split(':')[4])

async function commentPlan(config: Config, report: RunReport, signedIn: SignedIn | undefined, stop: AbortSignal): Promise<void> {
  const pr = openPullRequest()
  if (!pr) return
  if (!config.githubToken) {
    core.info('No github-token: the plan is in the job summary only')
    return
  }
  await upsertOrWarn(config.githubToken, pr, markerFor(config, signedIn), summaryMarkdown(report, COMMENT_BYTE_BUDGET), {
    done: 'Plan',
    failed: 'post the plan',
    title: 'Plan not posted'
  }, stop)
}

/** Creates or updates the action's comment on the pull request; a failure only warns, naming its cause, and never fails the step. */
async function upsertOrWarn(token: string, pr: PullRequestRef, marker: string, markdown: string, words: { done: string; failed: string; title: string }, stop?: AbortSignal): Promise<void> {
  try {
    const { action, url } = await upsertPlanComment(token, pr, marker, markdown, stop)
    core.info(logLine(`${words.done} ${action} on pull request #${pr.number}: ${url}`))
  } catch (error) {
    core.warning(logLine(`Could not ${words.failed} on pull request #${pr.number}: ${gitHubFailure(error)}`), { title: words.title })
  }
}

/**
 * Every output in one append, each entry whole (`name<<delimiter`, value, delimiter), the largest
 * (`results`) last: a kill at any moment after the runner's SIGTERM leaves no broken entry before it.
 */
function writeOutputs(outputs: Record<string, string>): void {
  const file = process.env.GITHUB_OUTPUT
  const entries = Object.entries(outputs).sort(([a], [b]) => Number(a === 'results') - Number(b === 'results'))
  if (!file) {
    for (const [name, value] of entries) core.setOutput(name, value)
    return
  }
  const text = entries
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${randomUUID()}`
      if (value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`)
      return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
    })
    .join('')
  appendFileSync(file, text, 'utf8')
}

/**
 * Every result as a JSON file in RUNNER_TEMP, however many: the `results` output is bounded by
 * GitHub's 1 MB per job. Written to a temporary name and renamed, so a reader never sees half a file.
 */
function writeResultsFile(results: RunReport['results']): string {
  const dir = process.env.RUNNER_TEMP || tmpdir()
  const step = (process.env.GITHUB_ACTION || 'step').replace(/[^\w.-]+/g, '_')
  const path = join(dir, `proton-reject-results-${step}.json`)
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, `${JSON.stringify(results.map(resultJson), null, 1)}\n`)
  renameSync(partial, path)
  return path
}

/**
 * A regular file of at most `max` bytes, checked on the open descriptor before anything is read (a
 * link to /dev/zero or a fifo is refused, not read for ever), and read no further than `max` + 1.
 */
function readRegularFile(path: string, max: number): string {
  // Non-blocking, so that opening a fifo returns at once instead of waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })
    if (stat.size > max) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    const buffer = Buffer.alloc(max + 1)
    let length = 0
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, length, buffer.length - length, null)
    if (length > max) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/** The proxy's password never reaches the log, as written in the URL or decoded. */
function maskProxy(url: string, setSecret: (value: string) => void): void {
  try {
    const { password } = new URL(url)
    if (password) {
      setSecret(password)
      setSecret(decodeURIComponent(password))
    }
  } catch {
    // An invalid URL was refused by the input check already.
  }
}

/** On a push in the policy mode: the pull request the pushed commit merged, or a note that says why none is named. */
async function findMerge(config: Config, commit: CommitRef, stop: AbortSignal): Promise<NonNullable<RunReport['merge']>> {
  if (!config.githubToken) return { note: 'not looked up (no github-token)' }
  try {
    const pullRequest = await findMergedPullRequest(config.githubToken, commit, stop)
    return pullRequest ? { pullRequest } : { note: `none; commit ${commit.sha.slice(0, 7)} merged no pull request` }
  } catch (error) {
    core.warning(logLine(`Could not look up the pull request that commit ${commit.sha.slice(0, 7)} merged: ${gitHubFailure(error)}`), { title: 'Pull request not found' })
    return { note: `unknown; the look-up failed (${gitHubFailure(error)})` }
  }
}

/** After an apply on push: the merged pull request's plan comment shows what was applied (created if it has none). */
async function commentApplied(token: string, commit: CommitRef, pr: MergedPullRequest, marker: string, report: RunReport, stop: AbortSignal): Promise<void> {
  const failed = report.stepFailure !== undefined || report.results.some((r) => r.outcome === 'failed')
  const what = failed ? '**The apply after the merge did not complete**' : '**Applied** after the merge'
  const markdown = `${what} (commit \`${commit.sha.slice(0, 7)}\`).\n\n${summaryMarkdown(report, COMMENT_BYTE_BUDGET)}`
  await upsertOrWarn(
    token,
    { owner: commit.owner, repo: commit.repo, number: pr.number },
    marker,
    markdown,
    { done: 'Result', failed: 'update the comment', title: 'Comment not updated' },
    stop
  )
}

/** inputs -> credentials -> plan and apply -> report; the only place that talks to the runner. */
export async function run(cancellation = new Cancellation()): Promise<void> {
  const redactor = new Redactor()
  const setSecret = (value: string): void => {
    redactor.add(value)
    core.setSecret(value)
  }
  const trigger = readTrigger()
  const runPage = runLink()
  let config: Config | undefined
  let signedIn: SignedIn | undefined
  let gateway: ProtonGateway | undefined
  let progress: Progress | undefined
  let results: ConnectionResult[] = []
  let stepFailure: RunReport['stepFailure']
  try {
    // The YAML parser is loaded only for a policy file.
    const yaml = core.getInput('policy-file') ? await import('yaml') : undefined
    config = parseInputs({
      ...(yaml && { yaml }),
      input: (name) => core.getInput(name),
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      readFile: (path) => readRegularFile(path, POLICY_FILE_MAX_BYTES)
    })
    for (const warning of config.warnings) core.warning(warning)
    if (config.endpointUrl === undefined) core.warning(RETIREMENT_NOTICE(protonEndpoint(config.region)), { title: 'AWS Proton retired' })
    if (config.githubToken) setSecret(config.githubToken)
    if (config.proxy) maskProxy(config.proxy.url, setSecret)
    if (config.proxy?.setting === 'http-proxy') {
      // An explicit http-proxy serves the OIDC token request and the GitHub API too: their client reads these variables.
      process.env.HTTPS_PROXY = process.env.https_proxy = config.proxy.url
      if (config.proxy.noProxy) process.env.NO_PROXY = process.env.no_proxy = config.proxy.noProxy
    }
    const transport = new Transport(config.proxy)
    core.debug(
      `mode ${config.policy ? 'policy' : 'ids'}, ${config.connectionIds.length} ID(s), region ${config.region}, endpoint ${config.endpointUrl ?? 'default'}, dry run ${config.dryRun}, max attempts ${config.maxAttempts}, max concurrency ${config.maxConcurrency}`
    )
    signedIn = await signIn(config.role, config.region, {
      env: process.env,
      job: jobFacts(),
      getIDToken: async (audience) => {
        const token = await withDeadline(core.getIDToken(audience), OIDC_TIMEOUT_MS, cancellation.stop, `the runner's OIDC token endpoint did not answer within ${OIDC_TIMEOUT_MS / 1000} s`)
        redactor.add(token)
        return token
      },
      setSecret,
      info: (message) => core.info(logLine(message)),
      abandon: cancellation.abandon,
      transport
    })
    core.debug(`signed in with ${signedIn.description}`)
    const pool = new AdaptivePool(config.maxConcurrency)
    const route = await transport.route(protonEndpoint(config.region, config.endpointUrl))
    if (route.via) core.info(`AWS Proton is reached through the proxy ${route.via}`)
    gateway = new ProtonGateway({
      route,
      region: config.region,
      ...(config.endpointUrl !== undefined && { endpointUrl: config.endpointUrl }),
      ...(config.endpointSetting && { endpointSetting: config.endpointSetting }),
      ...(signedIn.authenticatedArn && { account: signedIn.authenticatedArn.split(':')[4], sessionRenewed: true }),
      credentials: signedIn.credentials,
      maxAttempts: config.maxAttempts,
      onThrottle: () => pool.throttled(),
      stop: cancellation.stop,
      abandon: cancellation.abandon,
      ...(core.isDebug() && { logger: redactor.logger((message) => core.debug(message)) })
    })
    progress = new Progress((line) => core.info(line), pool, config.maxConcurrency).start()
    const options = { dryRun: config.dryRun, pool, stop: cancellation.stop, progress }
    if (config.policy) {
      const run = await handlePolicy(gateway, config.policy, options)
      results = run.results
      if (run.overLimit) {
        // Nothing was rejected: the results are the plan, and the step fails with the limit it broke.
        stepFailure = {
          title: 'Too many rejections',
          message:
            `max-rejections: the plan would reject ${run.overLimit.planned} connections, more than the limit of ${run.overLimit.limit}; nothing was rejected. ` +
            'Check the policy for a mistaken edit, or raise max-rejections if this many is intended',
          planShown: true
        }
      }
    } else {
      results = await handleRequestedIds(gateway, config.connectionIds, options)
    }
    if (pool.narrowest < config.maxConcurrency) {
      core.info(`AWS Proton throttled some calls; concurrency went down to ${pool.narrowest} of ${config.maxConcurrency}`)
    }
  } catch (error) {
    stepFailure = {
      title: stepFailureTitle(error),
      message: (error as Error).message ?? String(error),
      ...(error instanceof InputError && { problems: error.problems })
    }
  } finally {
    progress?.stop()
    gateway?.destroy()
    signedIn?.close?.()
  }

  if (cancellation.signal) core.warning(`The run was cancelled (${cancellation.signal}); what was done is in the outputs, the results file and the job summary`, { title: 'Cancelled' })
  let resultsFile = ''
  try {
    resultsFile = writeResultsFile(results)
  } catch (error) {
    core.warning(`Could not write the results file: ${(error as Error).message}`)
  }
  writeOutputs(buildOutputs(results, signedIn?.authenticatedArn, resultsFile))

  for (const r of results) {
    const what = r.outcome === 'failed' ? `failed: ${r.error}` : `${r.outcome}${r.reason ? ` (${r.reason})` : ''}`
    core.info(logLine(`${CONNECTION_ID_PATTERN.test(r.id) ? r.id : quoted(r.id)}: ${what}`))
  }
  const failures = results.filter((r) => r.outcome === 'failed')
  // Drift, reported or not, is one warning: the workflow gates on drift-count, the summary lists it.
  const drifted = results.filter((r) => r.drift)
  if (drifted.length > 0) {
    const reportedOnly = drifted.every((r) => r.outcome === 'drifted')
    core.warning(
      logLine(
        `${drifted.length} connected ${drifted.length === 1 ? 'connection is' : 'connections are'} of accounts outside the policy (drift): ${sample(drifted.map((r) => r.id))}. ` +
          (reportedOnly ? 'Nothing was changed: add the accounts to the policy, or set drift: reject to reject them' : 'drift: reject; the results say what came of each')
      ),
      { title: 'Drift' }
    )
  }
  // Each bad input is its own annotation, so each reads as one line a user can act on.
  if (stepFailure) annotate('error', (stepFailure.problems ?? [stepFailure.message]).map((message) => ({ title: stepFailure.title, message })))
  // The same failure on many connections is one annotation, not one per connection.
  annotate(
    'error',
    groupFailures(results).map((g) => ({
      title: g.title,
      message: g.ids.length === 1 ? g.message : `${g.ids.length} connections: ${g.message}${/\.$/.test(g.message) ? '' : '.'} The same for ${sample(g.ids.slice(1))}.`
    }))
  )
  annotate(
    'notice',
    results
      .filter((r) => r.outcome === 'already-rejected')
      .map((r) => ({ title: 'Already rejected', message: `connection ${r.id} was already rejected; nothing was changed` }))
  )

  // On a push in the policy mode, the pull request it merged: named in the summary, its comment updated.
  // The summary is written first and amended after the look-up, so a stalled GitHub cannot cost it.
  const pushed = config?.policy && !cancellation.requested ? pushedCommit() : undefined
  const reportWith = (merge: RunReport['merge']): RunReport => ({
    mode: config?.policy ? 'policy' : 'ids',
    dryRun: config?.dryRun ?? false,
    results,
    ...(config && { region: config.region, endpoint: protonEndpoint(config.region, config.endpointUrl) }),
    ...(signedIn && { signedIn: signedIn.description }),
    ...(config?.proxy && { proxy: `${config.proxy.display}${config.proxy.noProxy ? ` (not for ${config.proxy.noProxy})` : ''}` }),
    ...(signedIn?.authenticatedArn !== undefined && { authenticatedArn: signedIn.authenticatedArn }),
    ...(config?.policy && { policySource: config.policy.source, allowedAccountIds: config.policy.allowedAccountIds }),
    ...(stepFailure && { stepFailure }),
    ...(cancellation.signal && { cancelled: cancellation.signal }),
    trigger,
    ...(merge && { merge }),
    ...(runPage && { runUrl: runPage.url, runLabel: runPage.label })
  })
  let report = reportWith(pushed && config?.githubToken ? { note: 'being looked up when this summary was written' } : undefined)
  await writeSummary(summaryMarkdown(report))
  const merge = config && pushed ? await findMerge(config, pushed, cancellation.stop) : undefined
  if (merge) {
    report = reportWith(merge)
    await writeSummary(summaryMarkdown(report), true)
  }
  // The plan is posted also when it is over max-rejections: the pull request shows why its check failed.
  if (config?.policy && config.dryRun && (!stepFailure || stepFailure.planShown) && !cancellation.requested) await commentPlan(config, report, signedIn, cancellation.stop)
  if (config?.githubToken && !config.dryRun && pushed && merge?.pullRequest && !cancellation.requested) {
    await commentApplied(config.githubToken, pushed, merge.pullRequest, markerFor(config, signedIn), report, cancellation.stop)
  }

  if (stepFailure || failures.length > 0 || cancellation.requested) process.exitCode = core.ExitCode.Failure
}
