import type { RoleFinding, StackFacts } from './leftovers-findings.js'
import { byConcern } from './leftovers-findings.js'
import type { RemoveMode } from './leftovers-inputs.js'
import { CANNOT_RESTORE, plannedOutcome, type Decision } from './leftovers-plan.js'
import { escapeCell, link, shown } from './report.js'

/**
 * The leftovers action's report: its outputs, its results and its job summary, from what each
 * account's read found. Pure. The summary names roles, ARNs and policies, never a policy document
 * (a public repository's summaries can be read by anyone); the results file has the rest.
 */

export interface Holder {
  account: string
  kind: 'user' | 'group'
  name: string
  protonManagedPolicies: readonly string[]
}

export interface Failure {
  account: string
  part: string
  message: string
}

export interface LeftoversReport {
  /** The accounts the run set out to check, in order. */
  accounts: readonly string[]
  roles: readonly RoleFinding[]
  holders: readonly Holder[]
  stacks: readonly StackFacts[]
  failures: readonly Failure[]
  regions: readonly string[]
  /** How the run signed in, in words. */
  signedIn?: string
  /** account-role-name, when each account's role was assumed. */
  accountRoleName?: string
  /** A failure of the whole run (invalid inputs, sign-in), before any account was read. */
  stepFailure?: { title: string; message: string }
  cancelled?: string
  runPage?: string
  /** With remove other than false: each role's treatment, and what was done. */
  removal?: Removal
}

/** What a role's change came to (leftovers-remove.ts), as the report tells it. */
export interface RoleChangeResult {
  outcome: 'quarantined' | 'removed' | 'trust-edited' | 'kept' | 'failed' | 'unknown'
  reason: string
  steps: ReadonlyArray<{ step: string; result: string; error?: string }>
  error?: string
  /** The role's definition as recorded before its first change, and the commands that make it again: in the results file only. */
  record?: unknown
  recreateCommands?: readonly string[]
  undoCommands?: readonly string[]
}

export interface Removal {
  mode: Exclude<RemoveMode, 'false'>
  dryRun: boolean
  maxRemovals: number
  quarantineDays: number
  /** By role ARN: the plan's decision. */
  decisions: ReadonlyMap<string, Decision>
  /** By role ARN: what was done, for the roles a change was tried on. */
  results: ReadonlyMap<string, RoleChangeResult>
  /** The plan changes more roles than max-removals allows: nothing was changed. */
  overLimit?: number
  /** Why the plan was not applied, when it was not (cancelled, a failure before it). */
  notApplied?: string
}

/** A role's outcome word: found (report only), planned (would-…, kept) or done. */
export function roleOutcome(report: Pick<LeftoversReport, 'removal'>, arn: string): string {
  const removal = report.removal
  const decision = removal?.decisions.get(arn)
  if (!removal || !decision) return 'found'
  return removal.results.get(arn)?.outcome ?? plannedOutcome(decision.treatment)
}

/** How many roles have each outcome. */
export function outcomeCounts(report: LeftoversReport): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of report.roles) {
    const o = roleOutcome(report, r.arn)
    counts[o] = (counts[o] ?? 0) + 1
  }
  return counts
}

/** The roles whose change failed, or whose outcome is unknown. */
const failedChanges = (report: LeftoversReport): number => [...(report.removal?.results.values() ?? [])].filter((r) => r.outcome === 'failed' || r.outcome === 'unknown').length

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** Accounts with at least one failure: checked, but not in full. */
export const failedAccounts = (report: Pick<LeftoversReport, 'failures'>): string[] => [...new Set(report.failures.map((f) => f.account))]

/** One item per finding, as `results` and the results file carry them; `outcome` as in the main action's results. `full`: the results file's, with each changed role's record. */
export function leftoverItems(report: LeftoversReport, full = false): Array<Record<string, unknown>> {
  return [
    ...report.failures.map((f) => ({ kind: 'failure', account: f.account, part: f.part, outcome: 'failed', error: f.message })),
    ...[...report.roles].sort(byConcern).map((r) => ({
      kind: 'role',
      account: r.account,
      arn: r.arn,
      name: r.name,
      path: r.path,
      created: r.created,
      'last-used': r.lastUsed ?? '',
      'last-used-region': r.lastUsedRegion ?? '',
      'found-by': r.foundBy,
      'proton-principals': r.protonPrincipals,
      'other-principals': r.otherPrincipals,
      'source-accounts': r.sourceAccounts,
      'source-arns': r.sourceArns,
      'attached-policies': r.attachedPolicies,
      'inline-policies': r.inlinePolicies,
      'proton-managed-policies': r.protonManagedPolicies,
      administrator: r.administrator,
      'service-linked': r.serviceLinked,
      'unreadable-trust': r.unreadableTrust === true,
      outcome: roleOutcome(report, r.arn),
      ...removalFields(report, r.arn, full)
    })),
    ...report.holders.map((h) => ({ kind: h.kind, account: h.account, name: h.name, 'proton-managed-policies': [...h.protonManagedPolicies], outcome: 'found' })),
    ...report.stacks.map((s) => ({ kind: 'stack', account: s.account, region: s.region, name: s.name, status: s.status, created: s.created, 'last-updated': s.lastUpdated ?? '', outcome: 'found' }))
  ]
}

/** What remove decided and did for one role, for its item. */
function removalFields(report: LeftoversReport, arn: string, full: boolean): Record<string, unknown> {
  const decision = report.removal?.decisions.get(arn)
  if (!decision) return {}
  const result = report.removal?.results.get(arn)
  return {
    treatment: decision.treatment,
    reason: result?.reason ?? decision.reason,
    ...(decision.quarantinedOn && { 'quarantined-on': decision.quarantinedOn }),
    ...(decision.deletableFrom && { 'deletable-from': decision.deletableFrom }),
    ...(result && { steps: result.steps }),
    ...(result?.error && { error: result.error }),
    ...(full && result?.record !== undefined && { record: result.record }),
    ...(full && result?.recreateCommands && result.recreateCommands.length > 0 && { 'recreate-commands': result.recreateCommands, 'cannot-restore': CANNOT_RESTORE }),
    ...(full && result?.undoCommands && result.undoCommands.length > 0 && { 'undo-commands': result.undoCommands })
  }
}

/** GitHub's limit for one output is 1 MB; `results` stays under this many bytes. */
export const LEFTOVERS_RESULTS_BUDGET = 900 * 1024

/** A JSON array of the items that fit in `budget` bytes, in order (failures come first), and how many were left out. */
export function boundedJson(items: readonly unknown[], budget = LEFTOVERS_RESULTS_BUDGET): { json: string; omitted: number } {
  const parts: string[] = []
  let size = 2
  for (const item of items) {
    const text = JSON.stringify(item)
    const bytes = Buffer.byteLength(text) + (parts.length > 0 ? 1 : 0)
    if (size + bytes > budget) break
    parts.push(text)
    size += bytes
  }
  return { json: `[${parts.join(',')}]`, omitted: items.length - parts.length }
}

/** Every output leftovers/action.yml declares, always all set. */
export function leftoversOutputs(report: LeftoversReport, resultsFile = '', budget = LEFTOVERS_RESULTS_BUDGET): Record<string, string> {
  const capped = boundedJson(leftoverItems(report), budget)
  const counts = outcomeCounts(report)
  return {
    'role-count': String(report.roles.length),
    'admin-role-count': String(report.roles.filter((r) => r.administrator).length),
    'stack-count': String(report.stacks.length),
    'account-count': String(report.stepFailure ? 0 : report.accounts.length),
    'failed-count': String(report.failures.length + failedChanges(report)),
    'quarantined-count': String(counts.quarantined ?? 0),
    'removed-count': String(counts.removed ?? 0),
    'trust-edited-count': String(counts['trust-edited'] ?? 0),
    'would-remove-count': String((counts['would-quarantine'] ?? 0) + (counts['would-remove'] ?? 0) + (counts['would-edit-trust'] ?? 0)),
    results: capped.json,
    'results-omitted-count': String(capped.omitted),
    'results-file': resultsFile
  }
}

/** What was found, in words, and whether every account was read in full. */
function foundWords(report: LeftoversReport): { found: string; parts: number; failed: number; inAccounts: number; trusting: number } {
  const trusting = report.roles.filter((r) => r.foundBy !== 'managed-policy')
  const policyOnly = report.roles.length - trusting.length
  const admin = report.roles.filter((r) => r.administrator).length
  const inAccounts = new Set(report.roles.map((r) => r.account)).size
  const parts: string[] = []
  if (trusting.length > 0) parts.push(`${plural(trusting.length, 'role')} in ${plural(new Set(trusting.map((r) => r.account)).size, 'account')} still ${trusting.length === 1 ? 'trusts' : 'trust'} AWS Proton`)
  if (policyOnly > 0) parts.push(`${plural(policyOnly, 'role')} ${policyOnly === 1 ? 'holds' : 'hold'} an AWS Proton managed policy`)
  if (admin > 0) parts.push(`${admin} with administrator rights`)
  if (report.holders.length > 0) parts.push(`${plural(report.holders.length, 'user or group', 'users or groups')} ${report.holders.length === 1 ? 'holds' : 'hold'} one`)
  if (report.stacks.length > 0) parts.push(`${plural(report.stacks.length, 'AWSProton- stack')} ${report.stacks.length === 1 ? 'is' : 'are'} still there`)
  const failed = failedAccounts(report).length
  const whole = report.accounts.length - failed
  const found = parts.length > 0 ? parts.join(', ') : failed > 0 ? `nothing AWS Proton left in the ${plural(whole, 'account')} checked in full` : `nothing AWS Proton left in ${plural(report.accounts.length, 'account')}`
  return { found, parts: parts.length, failed, inAccounts, trusting: trusting.length }
}

/** What remove did or would do, in words: "2 roles quarantined, 1 removed, 3 kept". */
export function removalWords(report: LeftoversReport): string {
  const c = outcomeCounts(report)
  const planned = [
    [c['would-quarantine'], 'quarantine'],
    [c['would-remove'], 'remove'],
    [c['would-edit-trust'], 'edit the trust of']
  ].filter(([n]) => (n as number | undefined) !== undefined) as Array<[number, string]>
  const done = [
    [c.quarantined, 'quarantined'],
    [c.removed, 'removed'],
    [c['trust-edited'], 'trust edited'],
    [c.failed, 'failed'],
    [c.unknown, 'unknown (the answer was lost)']
  ].filter(([n]) => (n as number | undefined) !== undefined) as Array<[number, string]>
  const words: string[] = []
  if (planned.length > 0) words.push(`would ${planned.map(([n, w], i) => `${w} ${i === 0 ? plural(n, 'role') : n}`).join(', ')}`)
  words.push(...done.map(([n, w], i) => (i === 0 && planned.length === 0 ? `${plural(n, 'role')} ${w}` : `${n} ${w}`)))
  if (c.kept) words.push(`${words.length === 0 ? plural(c.kept, 'role') : c.kept} kept`)
  return words.length > 0 ? words.join(', ') : 'no role to change'
}

/** The summary's first line: what was found, and whether every account was read in full. */
export function leftoversHeadline(report: LeftoversReport): string {
  if (report.stepFailure) return `❌ ${report.stepFailure.title}: no account was checked`
  const { found, parts, failed, inAccounts, trusting } = foundWords(report)
  const checked = plural(report.accounts.length, 'account')
  const stopped = report.cancelled ? ` (cancelled by ${report.cancelled}: what was read before is shown)` : ''
  const removal = report.removal
  if (removal) {
    if (removal.overLimit !== undefined) return `❌ max-removals: the plan changes ${plural(removal.overLimit, 'role')}, more than the ${removal.maxRemovals} allowed; nothing was changed`
    const what = removalWords(report)
    const changeFailures = failedChanges(report)
    const notApplied = removal.dryRun ? ' (dry run: nothing was changed)' : removal.notApplied ? ` (not applied: ${removal.notApplied})` : ''
    if (failed > 0 || changeFailures > 0) return `❌ ${failed > 0 ? `${failed} of ${checked} could not be checked in full; ` : ''}${what}${notApplied}${stopped}`
    if (report.cancelled) return `⏹️ ${what}${notApplied}${stopped}`
    if (removal.dryRun || removal.notApplied) return `📝 Plan: ${what}${notApplied}; ${found}`
    // After changes, what was found is no longer what is there: counted as found, not as still there.
    return `🧹 ${what}, of ${plural(report.roles.length, 'role')} found in ${plural(new Set(report.roles.map((r) => r.account)).size, 'account')}`
  }
  if (failed > 0) return `❌ ${failed} of ${checked} could not be checked in full; ${found}${stopped}`
  if (report.cancelled) return `⏹️ ${found}${stopped}`
  if (parts === 0) return `✅ Nothing AWS Proton left in ${checked}`
  return `🔎 ${found.charAt(0).toUpperCase()}${found.slice(1)}${inAccounts > 0 && trusting === 0 ? ` (in ${plural(inAccounts, 'account')})` : ''}`
}

/** The removal's table: each role's outcome and why, never a document. */
function removalTable(report: LeftoversReport, max: number): string[] {
  const removal = report.removal as Removal
  const rows = ['| Role | Outcome | Why | Steps |', '| --- | --- | --- | --- |']
  const sorted = [...report.roles].sort(byConcern)
  for (const r of sorted.slice(0, max)) {
    const result = removal.results.get(r.arn)
    const decision = removal.decisions.get(r.arn)
    const steps = result?.steps ?? []
    const named = (result: string): string => steps.filter((st) => st.result === result).map((st) => st.step.replace(/^iam:/, '')).join(', ')
    const stuck = steps.find((st) => st.result !== 'done')
    const parts = [
      named('done') && `done: ${named('done')}`,
      stuck && `${stuck.result}: ${stuck.step.replace(/^iam:/, '')}${stuck.error ? ` (${stuck.error})` : ''}`,
      named('not-done') && `not done: ${named('not-done')}`
    ].filter((p): p is string => typeof p === 'string' && p !== '')
    const stepsCell = steps.length === 0 ? '–' : shown(parts.join('; '), 700)
    rows.push(`| ${escapeCell(r.arn)} | ${roleOutcome(report, r.arn)} | ${shown(result?.reason ?? decision?.reason ?? '', 400)}${result?.error && !stuck ? ` (${shown(result.error, 300)})` : ''} | ${stepsCell} |`)
  }
  if (sorted.length > max) rows.push('', `${plural(sorted.length - max, 'more role')}: see the results file.`)
  return rows
}

/** A list for a cell: its items, or a dash when it has none. */
const listCell = (items: readonly string[]): string => (items.length > 0 ? escapeCell(items.join(', ')) : '–')

const principalsCell = (r: RoleFinding): string => listCell([...r.protonPrincipals, ...r.otherPrincipals.map((p) => `${p} (other)`)])

function roleTable(roles: readonly RoleFinding[]): string[] {
  const rows = ['| Role | Administrator rights | Found by | Trusts | Source account | Last used | Policies |', '| --- | --- | --- | --- | --- | --- | --- |']
  for (const r of roles) {
    const policies = [...r.attachedPolicies.map((a) => a.split('/').pop() ?? a), ...r.inlinePolicies.map((n) => `${n} (inline)`)]
    rows.push(
      `| ${escapeCell(r.arn)}${r.serviceLinked ? ' (service-linked)' : ''}${r.unreadableTrust ? ' (trust unreadable)' : ''} | ${r.administrator ? '⚠️ yes' : 'no'} | ${escapeCell(r.foundBy)} | ${principalsCell(r)} | ${listCell(r.sourceAccounts)} | ${r.lastUsed ? escapeCell(`${r.lastUsed}${r.lastUsedRegion ? ` (${r.lastUsedRegion})` : ''}`) : 'not within IAM\'s tracking period'} | ${listCell(policies)} |`
    )
  }
  return rows
}

const IAM_NAME = /^[\w+=,.@-]{1,128}$/
const POLICY_ARN = /^arn:aws[\w-]*:iam::(?:aws|\d{12}):policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/

/** The most rows of each table; the rest are counted, and in the results file. */
export const LEFTOVERS_ROWS_MAX = 500

/** The AWS CLI commands that remove one role, in IAM's order (the next step; the report changes nothing). */
export function removalCommands(r: RoleFinding): string[] {
  // Only names of IAM's own form reach a command line: an answer that is not cannot inject one.
  if (!IAM_NAME.test(r.name) || !r.attachedPolicies.every((a) => POLICY_ARN.test(a)) || !r.inlinePolicies.every((n) => IAM_NAME.test(n))) return []
  if (r.serviceLinked) return [`aws iam delete-service-linked-role --role-name ${r.name}`]
  return [
    ...r.attachedPolicies.map((arn) => `aws iam detach-role-policy --role-name ${r.name} --policy-arn ${arn}`),
    ...r.inlinePolicies.map((n) => `aws iam delete-role-policy --role-name ${r.name} --policy-name ${n}`),
    `aws iam list-instance-profiles-for-role --role-name ${r.name}   # remove it from each: aws iam remove-role-from-instance-profile`,
    `aws iam delete-role --role-name ${r.name}`
  ]
}

/** The job summary, in Markdown. */
export function leftoversSummary(report: LeftoversReport): string {
  const lines = [`## ${escapeCell(leftoversHeadline(report))}`, '']
  if (report.stepFailure) {
    lines.push(`**${escapeCell(report.stepFailure.title)}:** ${shown(report.stepFailure.message, 2_000)}`, '')
  }
  if (report.signedIn) lines.push(`Signed in with ${shown(report.signedIn)}${report.accountRoleName ? `; in each account, the role ${shown(report.accountRoleName)}` : ''}.`, '')
  if (report.failures.length > 0) {
    lines.push('### Not checked in full', '', '| Account | What | Why |', '| --- | --- | --- |')
    for (const f of report.failures.slice(0, LEFTOVERS_ROWS_MAX)) lines.push(`| ${escapeCell(f.account)} | ${escapeCell(f.part)} | ${shown(f.message, 1_000)} |`)
    lines.push('')
  }
  if (report.removal && report.roles.length > 0) {
    const r = report.removal
    lines.push(
      `### ${r.dryRun ? 'The plan (dry run: nothing was changed)' : r.overLimit !== undefined || r.notApplied ? 'The plan (not applied)' : 'What remove did'}`,
      '',
      `remove: ${r.mode}${r.mode === 'delete' ? `, quarantine-days: ${r.quarantineDays}` : ''}, max-removals: ${r.maxRemovals}. ` +
        (r.dryRun || r.overLimit !== undefined || r.notApplied
          ? 'Nothing was changed. A run that changes a role first writes its whole definition to the results file.'
          : "Each changed role's whole definition went to the results file before its first change, with the commands that undo the change or make a removed role again (upload the file: it is deleted with the runner). The tables below show each role as it was read, before any change."),
      '',
      ...removalTable(report, LEFTOVERS_ROWS_MAX),
      ''
    )
  }
  const sorted = [...report.roles].sort(byConcern)
  const byAccount = new Map<string, RoleFinding[]>()
  for (const r of sorted.slice(0, LEFTOVERS_ROWS_MAX)) byAccount.set(r.account, [...(byAccount.get(r.account) ?? []), r])
  for (const account of [...byAccount.keys()].sort()) {
    const roles = byAccount.get(account) as RoleFinding[]
    lines.push(`### Account ${escapeCell(account)}: ${plural(roles.length, 'role')}, ${roles.filter((r) => r.administrator).length} with administrator rights`, '', ...roleTable(roles), '')
  }
  if (sorted.length > LEFTOVERS_ROWS_MAX) lines.push(`${plural(sorted.length - LEFTOVERS_ROWS_MAX, 'more role')} (those with administrator rights come first above): see the results file.`, '')
  if (report.holders.length > 0) {
    lines.push('### Users and groups with an AWS Proton managed policy', '', 'Reported only: never changed by this action.', '', '| Account | Kind | Name | Policies |', '| --- | --- | --- | --- |')
    for (const h of report.holders.slice(0, LEFTOVERS_ROWS_MAX)) lines.push(`| ${escapeCell(h.account)} | ${h.kind} | ${escapeCell(h.name)} | ${escapeCell(h.protonManagedPolicies.map((p) => p.split('/').pop() ?? p).join(', '))} |`)
    lines.push('')
  }
  if (report.stacks.length > 0) {
    lines.push('### AWSProton- stacks', '', 'Reported only: nothing manages them since AWS Proton ended, and this action never changes them.', '', '| Account | Region | Stack | Status | Last updated (or created) |', '| --- | --- | --- | --- | --- |')
    for (const s of report.stacks.slice(0, LEFTOVERS_ROWS_MAX)) lines.push(`| ${escapeCell(s.account)} | ${escapeCell(s.region)} | ${escapeCell(s.name)} | ${escapeCell(s.status)} | ${escapeCell(s.lastUpdated ?? s.created)} |`)
    lines.push('')
  }
  const first = !report.removal && sorted.find((r) => !r.serviceLinked && r.foundBy !== 'managed-policy' && removalCommands(r).length > 0)
  if (first) {
    lines.push(
      '### What to do next',
      '',
      'Check each role above with its owners: a role that only AWS Proton could assume serves nothing since 2026-10-07. To remove one by hand, in its account (for example the first above):',
      '',
      '```sh',
      ...removalCommands(first),
      '```',
      ''
    )
  }
  lines.push(
    `Checked ${plural(report.accounts.length, 'account')}${report.regions.length > 0 ? `; stacks looked for in ${report.regions.join(', ')}` : ''}${report.failures.length > 0 ? ', except what "Not checked in full" lists' : ''}. Full detail (principals, conditions' accounts, every policy name) is in the results file; this summary never shows a policy document.`
  )
  if (report.runPage) lines.push('', link('This run', report.runPage))
  return `${lines.join('\n')}\n`
}

/** Whether the step fails: a failure of the run, of any account's part, or a cancellation. */
export const leftoversFailed = (report: LeftoversReport): boolean =>
  report.stepFailure !== undefined || report.failures.length > 0 || report.cancelled !== undefined || failedChanges(report) > 0 || report.removal?.overLimit !== undefined

/** GitHub refuses comments over 65,536 characters: the comment keeps under this. */
export const LEFTOVERS_COMMENT_BUDGET = 60_000

/** The pull request comment: the headline, each account's counts and the run's link; the summary has the tables. */
export function leftoversComment(report: LeftoversReport): string {
  const lines = [`### ${escapeCell(leftoversHeadline(report))}`, '']
  const accounts = [...new Set([...report.roles.map((r) => r.account), ...report.stacks.map((s) => s.account), ...report.failures.map((f) => f.account)])].sort()
  if (accounts.length > 0) {
    lines.push('| Account | Roles | With administrator rights | Stacks | Not checked |', '| --- | --- | --- | --- | --- |')
    let size = lines.join('\n').length
    let shownCount = 0
    for (const a of accounts) {
      const roles = report.roles.filter((r) => r.account === a)
      const row = `| ${escapeCell(a)} | ${roles.length} | ${roles.filter((r) => r.administrator).length} | ${report.stacks.filter((s) => s.account === a).length} | ${escapeCell(report.failures.filter((f) => f.account === a).map((f) => f.part).join(', ') || '–')} |`
      if (size + row.length + 200 > LEFTOVERS_COMMENT_BUDGET) break
      lines.push(row)
      size += row.length + 1
      shownCount++
    }
    if (shownCount < accounts.length) lines.push('', `${plural(accounts.length - shownCount, 'more account')}: see the run's summary.`)
    lines.push('')
  }
  if (report.removal && report.roles.length > 0) {
    const rows = removalTable(report, LEFTOVERS_ROWS_MAX)
    let size = lines.join('\n').length
    const head = rows.slice(0, 2)
    const body: string[] = []
    for (const row of rows.slice(2)) {
      if (size + row.length + 400 > LEFTOVERS_COMMENT_BUDGET) break
      body.push(row)
      size += row.length + 1
    }
    lines.push(...head, ...body, '')
    if (body.length < rows.length - 2) lines.push(`${plural(rows.length - 2 - body.length, 'more row')}: see the run's summary.`, '')
  }
  lines.push(report.runPage ? `The roles, their policies and the stacks: ${link("this run's summary", report.runPage)}.` : "The roles, their policies and the stacks are in the run's summary.")
  return `${lines.join('\n')}\n`
}
