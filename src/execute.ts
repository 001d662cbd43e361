import * as core from '@actions/core'
import { failureTitle, handlePolicy, handleRequestedIds } from './apply.js'
import { Cancellation } from './cancel.js'
import { SignInError, signIn, type SignedIn } from './credentials.js'
import type { ConnectionResult, RunOutcome, StepFailure } from './domain.js'
import { openPullRequest, previousCommit, pushedCommit, readTrigger, runCommit, runLink } from './event.js'
import { InputError, parseInputs, parsePolicyText, POLICY_FILE_MAX_BYTES, type CommentFacts, type Config } from './inputs.js'
import { AdaptivePool } from './pool.js'
import { Progress } from './progress.js'
import { ProtonCallError, ProtonGateway, protonEndpoint, RETIREMENT_NOTICE } from './proton.js'
import { Redactor } from './redact.js'
import { readRegularFile, realPath } from './runner-io.js'
import { maskProxy, runnerSignInDeps } from './sign-in.js'
import { markerFor } from './trail.js'
import { Transport } from './transport.js'

function stepFailureTitle(error: unknown): string {
  if (error instanceof InputError) return 'Invalid input'
  if (error instanceof SignInError) return 'AWS sign-in failed'
  if (error instanceof ProtonCallError) return error.kind === 'aborted' ? 'Cancelled' : failureTitle(error)
  return 'Unexpected failure'
}

/** The outcome's picture of the inputs: what publishing needs of them, and no more. */
function settingsOf(config: Config): NonNullable<RunOutcome['settings']> {
  return {
    mode: config.policy ? 'policy' : 'ids',
    dryRun: config.dryRun,
    region: config.region,
    endpoint: protonEndpoint(config.region, config.endpointUrl),
    ...(config.proxy && { proxy: `${config.proxy.display}${config.proxy.noProxy ? ` (not for ${config.proxy.noProxy})` : ''}` }),
    ...(config.policy && { policy: { source: config.policy.source, allowedAccountIds: config.policy.allowedAccountIds, drift: config.policy.drift } }),
    ...(config.githubToken && { githubToken: config.githubToken })
  }
}

/** The policy source the inline list stands for in the comment's key: the workflow file, never the list's content. */
const INLINE_SOURCE = 'input allowed-account-ids'

/** The plan comment's marker, from what the inputs say of it (see CommentFacts). */
const commentMarker = (facts: CommentFacts | undefined): string | undefined => facts && markerFor(facts.region, facts.key, facts.account)

type Yaml = Parameters<typeof parsePolicyText>[0]

/**
 * The previous version of the policy file, for max-rejections: as it was at the pull request's base
 * commit or the push's `before`, read through the GitHub API. Returns its list, or why it has none.
 */
async function previousPolicy(config: Config, yaml: Yaml | undefined, stop: AbortSignal): Promise<{ allowed?: readonly string[]; why?: string }> {
  const policy = config.policy
  if (!policy || policy.maxRejections === undefined) return {}
  if (policy.source === INLINE_SOURCE || !yaml) return { why: 'the policy is an inline list, which has no previous version to read' }
  const commit = previousCommit()
  if (!commit) return { why: 'this event has no previous commit (only pull_request and push events have one)' }
  if (!config.githubToken) return { why: 'no github-token to read it with' }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const { isAbsolute, relative, sep } = await import('node:path')
  const path = (isAbsolute(policy.source) ? relative(workspace, policy.source) : policy.source).split(sep).join('/').replace(/^\.\//, '')
  const { readFileAt } = await import('./comment.js')
  let text: string | undefined
  try {
    text = await readFileAt(config.githubToken, commit, path, commit.sha, POLICY_FILE_MAX_BYTES, stop, config.proxy?.setting === 'http-proxy' ? new Transport(config.proxy).proxyFor(process.env.GITHUB_API_URL || 'https://api.github.com') : undefined)
  } catch (error) {
    const { gitHubFailure } = await import('./comment.js')
    return { why: `it could not be read at ${commit.sha.slice(0, 7)} (${gitHubFailure(error)})` }
  }
  if (text === undefined) return { why: `${path} did not exist at ${commit.sha.slice(0, 7)} (a new file)` }
  const problems: string[] = []
  const allowed = parsePolicyText(yaml, text, `${path} at ${commit.sha.slice(0, 7)}`, problems)
  if (!allowed || problems.length > 0) return { why: `it is not a valid policy at ${commit.sha.slice(0, 7)} (${(problems[0] ?? 'no list').split('\n')[0]})` }
  return { allowed }
}

/**
 * Executes the run: inputs -> credentials -> plan and apply. Whatever happens, it returns one
 * immutable outcome, from which the publishing step writes everything the runner keeps.
 */
export async function execute(cancellation: Cancellation): Promise<RunOutcome> {
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
  let stepFailure: StepFailure | undefined
  let marker: string | undefined
  try {
    // The YAML parser is loaded only for a policy file.
    const yaml = core.getInput('policy-file') ? await import('yaml') : undefined
    config = parseInputs({
      ...(yaml && { yaml }),
      input: (name) => core.getInput(name),
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      readFile: (path) => readRegularFile(path, POLICY_FILE_MAX_BYTES),
      realPath
    })
    for (const warning of config.warnings) core.warning(warning)
    marker = commentMarker(config.comment)
    if (config.endpointUrl === undefined) core.warning(RETIREMENT_NOTICE(protonEndpoint(config.region)), { title: 'AWS Proton retired' })
    if (config.githubToken) setSecret(config.githubToken)
    if (config.proxy) maskProxy(config.proxy.url, setSecret)
    const transport = new Transport(config.proxy)
    // An explicit http-proxy serves the OIDC token request and the GitHub API too, handed to them as an
    // agent and a dispatcher; a proxy from HTTPS_PROXY / NO_PROXY their clients follow by themselves.
    const explicit = config.proxy?.setting === 'http-proxy'
    core.debug(
      `mode ${config.policy ? 'policy' : 'ids'}, ${config.connectionIds.length} ID(s), region ${config.region}, endpoint ${config.endpointUrl ?? 'default'}, dry run ${config.dryRun}, max attempts ${config.maxAttempts}, max concurrency ${config.maxConcurrency}`
    )
    signedIn = await signIn(config.role, config.region, runnerSignInDeps({ explicitProxy: explicit, transport, cancellation, setSecret, redactor }))
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
    const options = { dryRun: config.dryRun, pool, stop: cancellation.stop, progress, window: { abandon: cancellation.abandon, terminate: cancellation.terminate } }
    if (config.policy) {
      const previous = await previousPolicy(config, yaml, cancellation.stop)
      if (previous.why) {
        core.warning(
          `max-rejections counts every pending connection the plan would reject: the previous version of the policy cannot be read, because ${previous.why}. ` +
            'With it, only the pending requests of accounts it allowed (and connected ones) would count',
          { title: 'max-rejections' }
        )
      }
      const run = await handlePolicy(gateway, { ...config.policy, ...(previous.allowed && { previouslyAllowed: previous.allowed }) }, options)
      results = run.results
      if (run.overLimit) {
        // Nothing was rejected: the results are the plan, and the step fails with the limit it broke.
        const { counted, limit } = run.overLimit
        const what = previous.allowed ? `${counted} ${counted === 1 ? 'connection' : 'connections'} that the previous version of the policy allowed (or that are connected)` : `${counted} ${counted === 1 ? 'connection' : 'connections'}`
        stepFailure = {
          title: 'Too many rejections',
          message: `max-rejections: the plan would reject ${what}, more than the limit of ${limit}; nothing was rejected. Check the policy for a mistaken edit, or raise max-rejections if this many is intended`,
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
    if (error instanceof InputError) marker = commentMarker(error.comment)
    // Inputs too bad to read: the token still serves the comment that says the plan failed.
    if (!config && core.getInput('github-token').trim()) setSecret(core.getInput('github-token').trim())
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
  const pushed = config?.policy && !cancellation.requested ? pushedCommit() : undefined
  // The management account, as the assumed role says it. Keys from the environment say none of their
  // own, and the connections cannot stand in (a run with none would change the comment's key).
  const managementAccount = signedIn?.authenticatedArn?.split(':')[4]
  const pullRequest = openPullRequest()
  const commit = runCommit()
  const policyMode = config ? config.policy !== undefined : Boolean(core.getInput('allowed-account-ids').trim() || core.getInput('policy-file').trim())
  const githubProxy = config?.proxy?.setting === 'http-proxy' ? new Transport(config.proxy).proxyFor(process.env.GITHUB_API_URL || 'https://api.github.com') : undefined
  return Object.freeze({
    ...(config && { settings: { ...settingsOf(config), ...(githubProxy && { githubProxy }) } }),
    ...(signedIn && { signedIn: { description: signedIn.description, ...(signedIn.authenticatedArn && { authenticatedArn: signedIn.authenticatedArn }) } }),
    ...(managementAccount && { managementAccount }),
    results: Object.freeze(results),
    ...(stepFailure && { stepFailure }),
    ...(cancellation.signal && { cancelled: cancellation.signal }),
    trigger,
    ...(runPage && { runPage }),
    ...(pushed && { pushed }),
    ...(pullRequest && { openPullRequest: pullRequest }),
    ...(policyMode && { policyMode }),
    ...(!config && core.getInput('github-token').trim() && { githubToken: core.getInput('github-token').trim() }),
    ...(marker && { marker }),
    ...(policyMode && !marker && { markerNote: 'none updated: the inputs are invalid, so the run cannot tell which comment is its own' }),
    ...(commit && { commit })
  })
}
