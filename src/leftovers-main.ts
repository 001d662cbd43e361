import * as core from '@actions/core'
import type { Cancellation } from './cancel.js'
import { chainRole, SignInError, signIn, type SignedIn } from './credentials.js'
import { openPullRequest, pushedCommit, runLink } from './event.js'
import { InputError, workflowFile } from './inputs.js'
import { accountRoleArn, accountsToRead, iamSigningRegion, otherAccountsProblem, parseLeftoversInputs, type LeftoversConfig } from './leftovers-inputs.js'
import { changes, decide, unmatchedKeeps, type Decision, type PlanSettings } from './leftovers-plan.js'
import { changeRole } from './leftovers-remove.js'
import { leftoversComment, leftoversFailed, leftoversOutputs, leftoverItems, leftoversSummary, type Failure, type LeftoversReport, type Removal, type RoleChangeResult } from './leftovers-report.js'
import { scanAccount, type AccountScan } from './leftovers-scan.js'
import type { RoleFinding } from './leftovers-findings.js'
import { readRegularFile, realPath } from './runner-io.js'
import { POLICY_FILE_MAX_BYTES } from './inputs.js'
import { logLine } from './neutralize.js'
import { Pacer } from './pace.js'
import { AdaptivePool } from './pool.js'
import { Redactor } from './redact.js'
import { runnerIO } from './runner-io.js'
import { maskProxy, runnerSignInDeps } from './sign-in.js'
import { gitHubTrail } from './trail.js'
import { Transport } from './transport.js'

/** What the account role needs, said when it cannot be assumed. */
const accountRoleHint = (signedInArn: string | undefined) => (roleArn: string): string =>
  `the role must exist and trust the signed-in identity${signedInArn ? ` (${signedInArn.replace(/^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.*$/, 'arn:$1:iam::$2:role/$3')})` : ''} for sts:AssumeRole ` +
  `(docs/iam/leftovers-audit-role.cfn.yml, deployed to each account), and the signed-in identity needs sts:AssumeRole on ${roleArn.replace(/::\d{12}:/, '::*:')} (docs/iam/leftovers-sign-in-permissions.json)`

/** Who the credentials from the environment belong to: STS GetCallerIdentity, loaded on this path only. */
async function callerArn(signedIn: SignedIn, region: string, transport: Transport, abandon: AbortSignal): Promise<string> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const endpoint = process.env.AWS_ENDPOINT_URL_STS || process.env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com`
  const route = await transport.route(endpoint)
  const sts = new STSClient({ region, credentials: signedIn.credentials, maxAttempts: 3, requestHandler: route.handler })
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: abandon })
    if (typeof out.Arn !== 'string' || !/^arn:aws[\w-]*:(?:iam|sts)::\d{12}:/.test(out.Arn)) throw new SignInError('STS GetCallerIdentity gave no ARN of an account')
    return out.Arn
  } catch (error) {
    if (error instanceof SignInError) throw error
    throw new SignInError(`could not tell which account the credentials are of (sts:GetCallerIdentity: ${(error as Error).name}: ${(error as Error).message})`)
  } finally {
    sts.destroy()
  }
}

/** The marker of the leftovers report's pull request comment: one per workflow file and signed-in account. */
const commentMarker = (workflow: string, account: string | undefined): string =>
  `<!-- proton-reject-connection-action:leftovers workflow=${encodeURIComponent(workflow)}${account ? ` account=${account}` : ''} -->`

export async function runLeftovers(cancellation: Cancellation): Promise<void> {
  const io = runnerIO(process.env, 'proton-leftovers-results')
  const redactor = new Redactor()
  const setSecret = (value: string): void => {
    redactor.add(value)
    core.setSecret(value)
  }
  const runPage = runLink()
  let config: LeftoversConfig | undefined
  let signedIn: SignedIn | undefined
  let signedInArn: string | undefined
  let accounts: string[] = []
  const scans: AccountScan[] = []
  const failures: Failure[] = []
  let stepFailure: LeftoversReport['stepFailure']
  const sessions: SignedIn[] = []
  let removal: Removal | undefined
  const decisions = new Map<string, Decision>()
  const results = new Map<string, RoleChangeResult>()
  try {
    // YAML is loaded only for a keep-roles-file.
    const yaml = core.getInput('keep-roles-file').trim() ? await import('yaml') : undefined
    config = parseLeftoversInputs({
      input: (name) => core.getInput(name),
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      ...(yaml && { yaml }),
      readFile: (path) => readRegularFile(path, POLICY_FILE_MAX_BYTES),
      realPath
    })
    for (const warning of config.warnings) core.warning(warning)
    if (config.githubToken) setSecret(config.githubToken)
    if (config.proxy) maskProxy(config.proxy.url, setSecret)
    const transport = new Transport(config.proxy)
    signedIn = await signIn(config.role, config.region, runnerSignInDeps({ explicitProxy: config.proxy?.setting === 'http-proxy', transport, cancellation, setSecret, redactor }))
    signedInArn = signedIn.authenticatedArn ?? (await callerArn(signedIn, config.region, transport, cancellation.abandon))
    const arnParts = signedInArn.split(':')
    const partition = arnParts[1] ?? 'aws'
    const signedInAccount = arnParts[4] ?? ''
    if (!config.accountRoleName) {
      const problem = otherAccountsProblem(config.accountIds, signedInAccount)
      if (problem) throw new InputError([problem])
    }
    accounts = accountsToRead(config, signedInAccount)
    const pool = new AdaptivePool(config.maxConcurrency)
    const pacer = new Pacer()
    const cfg = config
    const base = signedIn
    const read = async (account: string): Promise<void> => {
      let credentials = base.credentials
      if (cfg.accountRoleName) {
        const roleArn = accountRoleArn(partition, account, cfg.accountRoleName)
        try {
          const chained = await chainRole(
            { roleArn, sessionName: cfg.role?.sessionName ?? 'ProtonLeftovers', durationSeconds: cfg.role?.durationSeconds ?? 3_600 },
            { base: base.credentials, region: cfg.region, env: process.env, setSecret, info: (m) => core.info(logLine(m)), abandon: cancellation.abandon, transport, refusedHint: accountRoleHint(signedInArn) }
          )
          sessions.push(chained)
          credentials = chained.credentials
        } catch (error) {
          failures.push({ account, part: 'the account role', message: (error as Error).message })
          return
        }
      }
      const scan = await scanAccount({
        account,
        credentials,
        iamRegion: iamSigningRegion(partition),
        regions: cfg.regions,
        maxAttempts: cfg.maxAttempts,
        transport,
        env: process.env,
        pacer,
        onThrottle: () => pool.throttled(),
        stop: cancellation.stop,
        abandon: cancellation.abandon,
        keepIam: cfg.remove !== 'false' && !cfg.dryRun
      })
      scans.push(scan)
      failures.push(...scan.failures)
      core.info(logLine(`account ${account}: ${scan.roles.length} role(s), ${scan.stacks.length} stack(s), ${scan.failures.length} part(s) not read, ${scan.calls} call(s)`))
    }
    await pool.map(accounts, read, {
      stop: cancellation.stop,
      skipped: (account) => void failures.push({ account, part: 'the whole account', message: `not read: the run was cancelled (${cancellation.signal ?? 'a signal'}) before it came to this account` })
    })
    if (cfg.remove !== 'false') {
      // The plan: one treatment per role, over every account; max-removals checked before any change.
      const settings: PlanSettings = { mode: cfg.remove, today: new Date().toISOString().slice(0, 10), quarantineDays: cfg.quarantineDays, keep: cfg.keepRoles, partition }
      const roles = scans.flatMap((sc) => sc.roles)
      for (const role of roles) decisions.set(role.arn, decide(role, settings))
      for (const k of unmatchedKeeps(cfg.keepRoles, roles)) io.warning(`keep-roles: ${k.entry} names no role found (no role of that account and name trusts AWS Proton or holds its policies); check the entry`, 'keep-roles')
      const planned = changes([...decisions.values()])
      const maxRemovals = cfg.maxRemovals ?? 0
      removal = { mode: cfg.remove, dryRun: cfg.dryRun, maxRemovals, quarantineDays: cfg.quarantineDays, decisions, results }
      if (planned > maxRemovals) {
        removal = { ...removal, overLimit: planned }
      } else if (!cfg.dryRun && planned > 0) {
        if (cancellation.requested) {
          removal = { ...removal, notApplied: `the run was cancelled (${cancellation.signal ?? 'a signal'}) before the first change` }
        } else {
          const run = (runPage?.url ?? `local run ${new Date().toISOString()}`).slice(0, 256)
          const persist = (): void => {
            io.writeResultsFile(JSON.stringify(leftoverItems(reportNow(), true)))
          }
          const byAccount = new Map<string, RoleFinding[]>()
          for (const role of roles) if (decisions.get(role.arn)?.treatment !== 'keep') byAccount.set(role.account, [...(byAccount.get(role.account) ?? []), role])
          const change = async (account: string): Promise<void> => {
            const tools = scans.find((sc) => sc.account === account)?.iam
            for (const role of byAccount.get(account) ?? []) {
              // After the first signal no role's change begins; those not begun stay as planned (would-…).
              if (cancellation.stop.aborted) break
              const decision = decisions.get(role.arn) as Decision
              if (!tools) {
                results.set(role.arn, { outcome: 'failed', reason: 'not changed: the account has no IAM session', steps: [] })
                continue
              }
              const result = await changeRole(tools, { role, decision }, {
                settings,
                run,
                persist: (record, commands) => {
                  results.set(role.arn, { outcome: 'unknown', reason: 'recorded; its change began and did not end', steps: [], record, ...(commands.recreate && commands.recreate.length > 0 && { recreateCommands: commands.recreate }), ...(commands.undo && commands.undo.length > 0 && { undoCommands: commands.undo }) })
                  persist()
                }
              })
              if (!result) {
                // Cancelled before its first change: it stays as planned.
                results.delete(role.arn)
                continue
              }
              results.set(role.arn, result)
              core.info(logLine(`${role.arn}: ${result.outcome} (${result.reason})`))
            }
          }
          await pool.map([...byAccount.keys()], change, { stop: cancellation.stop, skipped: () => undefined })
        }
      }
    }
  } catch (error) {
    stepFailure = {
      title: error instanceof InputError ? 'Invalid input' : error instanceof SignInError ? 'AWS sign-in failed' : 'Unexpected failure',
      message: (error as Error).message ?? String(error)
    }
  } finally {
    for (const sc of scans) sc.iam?.close()
    for (const s of sessions) s.close?.()
    signedIn?.close?.()
  }
  const report: LeftoversReport = reportNow()
  function reportNow(): LeftoversReport {
    return {
    accounts,
    roles: scans.flatMap((s) => s.roles),
    holders: scans.flatMap((s) => s.principals),
    stacks: scans.flatMap((s) => s.stacks),
    failures,
    regions: config?.regions ?? [],
    ...(signedIn && { signedIn: signedIn.description }),
    ...(config?.accountRoleName && { accountRoleName: config.accountRoleName }),
    ...(stepFailure && { stepFailure }),
    ...(cancellation.signal && { cancelled: cancellation.signal }),
    ...(runPage && { runPage: runPage.url }),
    ...(removal && { removal })
    }
  }
  let resultsFile = ''
  try {
    resultsFile = io.writeResultsFile(JSON.stringify(leftoverItems(report, true)))
  } catch (error) {
    io.warning(`The results file could not be written: ${(error as Error).message}`, 'Results file')
  }
  io.writeOutputs(leftoversOutputs(report, resultsFile))
  if (stepFailure) io.annotate('error', [stepFailure])
  io.annotate('error', failures.map((f) => ({ title: `Account ${f.account}: ${f.part} not checked`, message: f.message })))
  await io.writeSummary(leftoversSummary(report))
  const token = config?.githubToken
  const workflow = workflowFile(process.env)
  // On a pull request, the report (with remove, the plan); after a push that merged one, what was done, on that pull request.
  let pr: { owner: string; repo: string; number: number } | undefined = openPullRequest()
  const pushed = !pr && removal && !removal.dryRun ? pushedCommit() : undefined
  if (pushed && token && !cancellation.requested) {
    const merged = await gitHubTrail.findMerge(token, pushed, cancellation.stop)
    if (merged.warning) io.warning(merged.warning, 'Pull request comment')
    if (merged.pullRequest) pr = { owner: pushed.owner, repo: pushed.repo, number: merged.pullRequest.number }
  }
  if (pr && token && workflow && !cancellation.requested) {
    const done = await gitHubTrail.comment(token, pr, commentMarker(workflow, signedInArn?.split(':')[4]), leftoversComment(report), cancellation.stop)
    if (done.done) io.info(`Report comment ${done.done}`)
    if (done.failure) io.warning(`The report could not be posted on pull request #${pr.number}: ${done.failure}`, 'Pull request comment')
  }
  if (leftoversFailed(report)) process.exitCode = core.ExitCode.Failure
}
