import { OUTCOME_WORDS, type Connection, type ConnectionResult, type Outcome, type Trigger } from './domain.js'

export { OUTCOME_WORDS }
export type { Trigger }

export interface RunReport {
  mode: 'ids' | 'policy'
  dryRun: boolean
  results: readonly ConnectionResult[]
  region?: string
  endpoint?: string
  signedIn?: string
  /** The proxy for AWS calls, without credentials. */
  proxy?: string
  authenticatedArn?: string
  policySource?: string
  allowedAccountIds?: readonly string[]
  /** Set when the runner cancelled the run (or its timeout-minutes ran out). */
  cancelled?: 'SIGINT' | 'SIGTERM'
  /** A failure of the whole step (bad input, sign-in, listing), as opposed to one connection's. */
  stepFailure?: { title: string; message: string; problems?: readonly string[]; planShown?: boolean }
  /** The drift mode in force, in the policy mode. */
  drift?: 'report' | 'reject' | 'ignore'
  /** The commit the run is for: a pull request's head, or the pushed commit. */
  commit?: { sha: string; url?: string }
  /** How many results the `results` output left out to stay under its limit (results-file has them all). */
  resultsOmitted?: number
  /** Why no pull request comment could be found or written, when the run could not tell which is its own. */
  commentNote?: string
  trigger: Trigger
  /** On a push in the policy mode: the pull request the pushed commit merged, or why none is named. */
  merge?: { pullRequest?: { number: number; title: string; url: string }; note?: string }
  runUrl?: string
  runLabel?: string
}

/** Rows beyond this are left out of the summary (the `results` output keeps them all). */
export const SUMMARY_ROW_CAP = 1000
/** The runner uploads nothing above 1 MiB; stay well below it. */
export const SUMMARY_BYTE_BUDGET = 900 * 1024

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;',
  '\\': '&#92;', '*': '&#42;', '_': '&#95;', '[': '&#91;', ']': '&#93;', '~': '&#126;', '#': '&#35;',
  // GitHub's autolink extension makes links of bare URLs and e-mail addresses; entities keep them text.
  ':': '&#58;', '@': '&#64;'
}

/**
 * Makes any value safe inside a Markdown table cell or HTML: no tag, no table break, no formatting.
 * Absent values read "absent", never `undefined` or `null`.
 */
export function escapeCell(value: string | undefined | null): string {
  if (value === undefined || value === null || value === '') return '<em>absent</em>'
  return value
    .replace(/[&<>"'|`\\*_[\]~#:@]/g, (c) => ENTITIES[c] as string)
    .replace(/(www)\./gi, '$1&#46;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The longest value a table cell shows; longer ones end in an ellipsis (the outputs keep them whole). */
export const CELL_MAX = 300
/** The longest message (a failure, a problem, a reason) the summary shows. */
export const MESSAGE_MAX = 1_000
/** The most input problems listed; the rest are counted. */
const PROBLEMS_MAX = 50
/** The failure groups may take at most this share of the page, so that rows always have room. */
const FAILURES_SHARE = 0.25

const truncated = (value: string, max = CELL_MAX): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value)

/** An outside value for the page: cut to `max` characters with an ellipsis, then escaped. */
export function shown(value: string | undefined | null, max = CELL_MAX): string {
  return escapeCell(value && value.length > max ? `${value.slice(0, max - 1)}…` : value)
}

/** A link whose address is kept only if it is http(s); its text is escaped like a cell. */
export function link(text: string, url: string | undefined): string {
  const label = escapeCell(text)
  // No address longer than a real one, and nothing in it that could end the attribute or the line.
  if (!url || !/^https?:\/\//i.test(url) || url.length > URL_MAX) return label
  const safe = url
    .replace(/&/g, '&amp;')
    .replace(/"/g, '%22')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => encodeURIComponent(c))
  return `<a href="${safe}">${label}</a>`
}

/** The longest link address kept; a longer one shows its text only. */
export const URL_MAX = 2_048

export const iso = (d: Date | undefined): string => (d ? d.toISOString() : '')

/** The connection as the `connection` output carries it: the API's fields, timestamps in ISO-8601. */
export function connectionJson(c: Connection): Record<string, string> {
  return {
    id: c.id,
    arn: c.arn,
    status: c.status,
    managementAccountId: c.managementAccountId,
    environmentAccountId: c.environmentAccountId,
    environmentName: c.environmentName,
    roleArn: c.roleArn,
    ...(c.componentRoleArn !== undefined && { componentRoleArn: c.componentRoleArn }),
    ...(c.codebuildRoleArn !== undefined && { codebuildRoleArn: c.codebuildRoleArn }),
    requestedAt: iso(c.requestedAt),
    lastModifiedAt: iso(c.lastModifiedAt)
  }
}

/** A status a workflow may trust: none for a Reject whose result is unknown, never REJECTED for a failure. */
function reportedStatus(r: ConnectionResult): string {
  const status = r.connection?.status ?? ''
  if (r.outcome === 'unknown') return ''
  return r.outcome === 'failed' && status === 'REJECTED' ? '' : status
}

/** A failure or a Reject whose result is unknown: both fail the step and carry an error. */
const isFailure = (r: ConnectionResult): boolean => r.outcome === 'failed' || r.outcome === 'unknown'

/**
 * One result as the `results` output and the results file carry it. `previous-status` is the status
 * read before the run acted; `planned` and `drift` are what the plan decided, so that
 * would-reject-count and drift-count can be rebuilt from the file.
 */
export function resultJson(r: ConnectionResult): Record<string, string | boolean> {
  return {
    id: r.id,
    'environment-account-id': r.connection?.environmentAccountId ?? '',
    'environment-name': r.connection?.environmentName ?? '',
    status: reportedStatus(r),
    'previous-status': r.previousStatus ?? r.connection?.status ?? '',
    arn: r.connection?.arn ?? '',
    outcome: r.outcome,
    planned: r.planned === true,
    drift: r.drift === true,
    ...(isFailure(r) ? { error: r.error ?? r.outcome } : { reason: r.reason ?? '' })
  }
}

/** GitHub's limit for one output is 1 MB; the `results` output stays under this many bytes. */
export const RESULTS_OUTPUT_BUDGET = 900 * 1024

/**
 * The `results` output: valid JSON within `budget` bytes. When every item does not fit, it holds those
 * that fit, failures first, then the rest in order; the others are left out and counted (the results
 * file keeps them all).
 */
export function resultsOutput(results: readonly ConnectionResult[], budget = RESULTS_OUTPUT_BUDGET): { json: string; omitted: number } {
  const whole = JSON.stringify(results.map(resultJson))
  if (Buffer.byteLength(whole) <= budget) return { json: whole, omitted: 0 }
  const ordered = [...results.filter(isFailure), ...results.filter((r) => !isFailure(r))]
  const items: string[] = []
  // The brackets, and a comma before every item but the first.
  let size = 2
  for (const r of ordered) {
    const item = JSON.stringify(resultJson(r))
    const bytes = Buffer.byteLength(item) + (items.length > 0 ? 1 : 0)
    if (size + bytes > budget) break
    items.push(item)
    size += bytes
  }
  return { json: `[${items.join(',')}]`, omitted: ordered.length - items.length }
}

/** Every output the action declares, always all set, so a workflow never reads a stale or missing one. */
export function buildOutputs(results: readonly ConnectionResult[], authenticatedArn?: string, resultsFile = '', budget = RESULTS_OUTPUT_BUDGET): Record<string, string> {
  const only = results.length === 1 ? results[0] : undefined
  const c = only?.connection
  const n = counts(results)
  const capped = resultsOutput(results, budget)
  return {
    // A failure never reports REJECTED: whatever was read before it failed is not the outcome. A
    // Reject whose result is unknown reports no status at all.
    status: only ? reportedStatus(only) : '',
    arn: c?.arn ?? '',
    id: only?.id ?? '',
    'environment-account-id': c?.environmentAccountId ?? '',
    'environment-name': c?.environmentName ?? '',
    'management-account-id': c?.managementAccountId ?? '',
    'role-arn': c?.roleArn ?? '',
    'component-role-arn': c?.componentRoleArn ?? '',
    'codebuild-role-arn': c?.codebuildRoleArn ?? '',
    'requested-at': iso(c?.requestedAt),
    'last-modified-at': iso(c?.lastModifiedAt),
    connection: c ? JSON.stringify(connectionJson(c)) : '',
    results: capped.json,
    'results-omitted-count': String(capped.omitted),
    'results-file': resultsFile,
    'rejected-count': String(n.rejected),
    'would-reject-count': String(results.filter((r) => r.planned).length),
    'drift-count': String(results.filter((r) => r.drift).length),
    'failed-count': String(n.failed + n.unknown),
    'authenticated-arn': authenticatedArn ?? ''
  }
}

const ICONS: Record<Outcome, string> = {
  rejected: '✅',
  'already-rejected': 'ℹ️',
  'would-reject': '🔍',
  skipped: '⏭️',
  drifted: '⚠️',
  failed: '❌',
  unknown: '❓',
  cancelled: '⏹️'
}


const ORDER: readonly Outcome[] = ['failed', 'unknown', 'rejected', 'cancelled', 'would-reject', 'drifted', 'already-rejected', 'skipped']

export function counts(results: readonly ConnectionResult[]): Record<Outcome, number> {
  const n: Record<Outcome, number> = { rejected: 0, 'already-rejected': 0, 'would-reject': 0, skipped: 0, drifted: 0, failed: 0, unknown: 0, cancelled: 0 }
  for (const r of results) n[r.outcome] += 1
  return n
}

/** The one connection a run about explicit IDs handled, which the summary shows field by field. */
const singleResult = (report: RunReport): ConnectionResult | undefined =>
  report.results.length === 1 && report.mode === 'ids' ? report.results[0] : undefined

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Drift in the headline: connected connections of accounts outside the policy, said as what they are
 * now. Those still connected (reported, failed, not attempted) apart from those this run rejected
 * (drift: reject); one whose Reject has an unknown result is neither, and the counts say it.
 */
function driftNote(report: RunReport): string {
  const drifted = report.results.filter((r) => r.drift)
  const rejected = drifted.filter((r) => r.outcome === 'rejected').length
  const connected = drifted.filter((r) => r.outcome !== 'rejected' && r.outcome !== 'unknown').length
  const parts = [
    ...(connected > 0 ? [`${plural(connected, 'connection')} still connected, ${connected === 1 ? 'its account' : 'their accounts'} not in the policy`] : []),
    ...(rejected > 0 ? [`${plural(rejected, 'connected connection')} of ${rejected === 1 ? 'an account' : 'accounts'} not in the policy rejected`] : [])
  ]
  return parts.length > 0 ? ` — drift: ${parts.join('; ')}` : ''
}

function headline(report: RunReport, n: Record<Outcome, number>, only: ConnectionResult | undefined): string {
  const drift = driftNote(report)
  if (report.cancelled) {
    const parts = [
      `${n.rejected} rejected`,
      ...(n.unknown ? [`${n.unknown} with unknown result`] : []),
      ...(n.failed ? [`${n.failed} failed`] : []),
      ...(n.drifted ? [`${n.drifted} drifted`] : []),
      `${n.cancelled} not attempted`
    ]
    return `⏹️ Cancelled (${report.cancelled}): ${parts.join(', ')}`
  }
  if (report.stepFailure) return `❌ ${shown(report.stepFailure.title)}`
  if (only) {
    const id = shown(only.id)
    switch (only.outcome) {
      case 'rejected':
        return `✅ Rejected connection ${id}`
      case 'already-rejected':
        return `ℹ️ Connection ${id} was already rejected`
      case 'would-reject':
        return `🔍 Dry run: connection ${id} would be rejected`
      case 'skipped':
        return `⏭️ Connection ${id} left as it is`
      case 'unknown':
        return `❓ Connection ${id}: the result of the Reject is unknown`
      default:
        return `❌ Could not reject connection ${id}`
    }
  }
  // An explicit `[]`: said in the headline itself, since it cuts off every account.
  const noneAllowed = report.mode === 'policy' && report.allowedAccountIds?.length === 0 ? ' — the policy allows no account, so every pending connection is rejected' : ''
  const total = plural(report.results.length, 'connection')
  if (n.failed + n.unknown > 0) {
    const what = n.unknown === 0 ? 'failed' : n.failed === 0 ? 'have an unknown result' : `failed or have an unknown result (${n.unknown} unknown)`
    return `❌ ${n.failed + n.unknown} of ${total} ${what}${noneAllowed}${drift}`
  }
  if (report.dryRun) return `🔍 Plan: ${plural(n['would-reject'], 'connection')} would be rejected${noneAllowed}${drift}`
  if (report.results.length === 0) return '✅ No pending connection to reject'
  if (n.rejected === 0) return drift ? `⚠️ Nothing to reject${drift}` : '✅ Nothing to reject'
  return `✅ Rejected ${plural(n.rejected, 'connection')}${noneAllowed}${drift}`
}

function fieldTable(c: Connection): string[] {
  const rows: Array<[string, string | undefined]> = [
    ['Status', c.status],
    ['ID', c.id],
    ['ARN', c.arn],
    ['Environment account', c.environmentAccountId],
    ['Environment', c.environmentName],
    ['Management account', c.managementAccountId],
    ['Role ARN', c.roleArn],
    ['Component role ARN', c.componentRoleArn],
    ['CodeBuild role ARN', c.codebuildRoleArn],
    ['Requested at', iso(c.requestedAt)],
    ['Last modified at', iso(c.lastModifiedAt)]
  ]
  return ['| Field | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${shown(v)} |`)]
}

function triggerLine(t: Trigger): string {
  if (t.pullRequest) {
    const pr = t.pullRequest
    const state = pr.merged ? 'merged' : 'not merged'
    return `pull request ${link(`#${pr.number} ${truncated(pr.title)}`, pr.url)} (${state})${t.actor ? `, by ${shown(t.actor)}` : ''}`
  }
  if (t.event === 'workflow_dispatch') return `manual run (workflow_dispatch) by ${shown(t.actor)}`
  return `${shown(t.event || 'unknown event')}${t.actor ? ` by ${shown(t.actor)}` : ''}`
}

/** The counts, once, in words. */
function countsSentence(n: Record<Outcome, number>): string {
  const parts = ORDER.filter((o) => n[o] > 0).map((o) => `${n[o]} ${OUTCOME_WORDS[o]}`)
  return `${parts.join(', ') || 'No connection matched'}.`
}

/** The longest JSON block (a trust condition) a failure message may end with to be shown as a block. */
export const BLOCK_MAX = 2_000

/**
 * A failure message may end with a JSON object after a blank line (the trust condition a sign-in
 * failure names): the summary shows it as a code block. The block is parsed and written out again,
 * so nothing but JSON reaches the fence; anything else, or a longer block, stays prose.
 */
export function splitBlock(message: string): { prose: string; block?: string } {
  const at = message.lastIndexOf('\n\n{')
  if (at < 0 || message.length - at - 2 > BLOCK_MAX) return { prose: message }
  try {
    const value: unknown = JSON.parse(message.slice(at + 2))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { prose: message }
    return { prose: message.slice(0, at), block: JSON.stringify(value, null, 2) }
  } catch {
    return { prose: message }
  }
}

/** The paragraph under the headline; a list of problems when several inputs are bad. */
function lead(report: RunReport, n: Record<Outcome, number>, only: ConnectionResult | undefined): string[] {
  const failure = report.stepFailure
  if (failure && !report.cancelled) {
    if (failure.problems && failure.problems.length > 1) {
      // An ordered list: the context below is a bullet list, and GitHub never joins the two.
      const listed = failure.problems.slice(0, PROBLEMS_MAX).map((p, i) => `${i + 1}. ${shown(p, MESSAGE_MAX)}`)
      const more = failure.problems.length - listed.length
      return [
        `${failure.problems.length} problems; nothing was called and nothing was changed:`,
        '',
        ...listed,
        ...(more > 0 ? ['', `${plural(more, 'more problem')}, in the annotations and the log.`] : [])
      ]
    }
    // One sentence that nothing changed, not two: a message that says so already gets none more.
    const { prose, block } = splitBlock(failure.message)
    const said = /nothing was (changed|rejected)/i.test(prose)
    const sentence = `${shown(prose, MESSAGE_MAX)}${/\.$/.test(prose) ? '' : '.'}${said ? '' : ' Nothing was changed.'}`
    return block ? [sentence, '', '```json', block, '```'] : [sentence]
  }
  const scope =
    report.mode === 'policy'
      ? report.allowedAccountIds?.length === 0
        ? `The policy from ${shown(report.policySource)} allows no account (an explicit \`[]\`), so every pending connection is rejected.`
        : `Connections checked against the policy from ${shown(report.policySource)}${report.allowedAccountIds ? ` (${plural(report.allowedAccountIds.length, 'allowed account')})` : ''}.`
      : ''
  const cancelled = report.cancelled
    ? `The run was cancelled (${report.cancelled}): no call was started after it, and the connections not attempted were left as they were.${failure ? ` ${shown(failure.message, MESSAGE_MAX)}.` : ''}`
    : ''
  // A run cancelled before any connection was read knows of none: it says so, never that none matched.
  const detail = only && !report.cancelled ? singleSentence(only) : report.cancelled && report.results.length === 0 ? 'No connection was read before it.' : countsSentence(n)
  return [[scope, cancelled, report.dryRun ? 'Dry run: nothing was changed.' : '', detail].filter(Boolean).join(' ')]
}

function singleSentence(r: ConnectionResult): string {
  const c = r.connection
  const of = c ? `the connection of account ${shown(c.environmentAccountId)} for environment ${shown(c.environmentName)}` : 'the connection'
  switch (r.outcome) {
    case 'rejected':
      return `Rejected ${of}${r.previousStatus ? `; it was ${r.previousStatus}` : ''}. ${capitalize(shown(r.reason, MESSAGE_MAX))}.`
    case 'already-rejected':
      return `${capitalize(of)} was already rejected (${shown(r.reason, MESSAGE_MAX)}). Nothing was changed.`
    case 'would-reject':
      return `${capitalize(of)} is ${shown(c?.status)} and would be rejected.`
    case 'skipped':
      return `${capitalize(of)} was left as it is: ${shown(r.reason, MESSAGE_MAX)}.`
    case 'cancelled':
      return `${capitalize(of)} was not rejected: ${shown(r.reason, MESSAGE_MAX)}.`
    case 'unknown':
      return `${shown(r.error, MESSAGE_MAX)}${/\.$/.test(r.error ?? '') ? '' : '.'} AWS may have applied it.`
    default:
      return `${shown(r.error, MESSAGE_MAX)}${/\.$/.test(r.error ?? '') ? '' : '.'}`
  }
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** A result's detail without its own ID, which the table shows in its own column. */
export function detailOf(r: ConnectionResult): string {
  const text = (isFailure(r) ? r.error : r.reason) ?? ''
  return text.split(`connection ${r.id}`).join('this connection').split(r.id).join('it')
}

/** The AWS partition of a region: China's and GovCloud's regions have their own. */
export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn'
  if (region?.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** The ARN is shown only when it says something the ID does not: another region or account than the usual form. */
function unusualArn(r: ConnectionResult, region: string | undefined): string | undefined {
  const c = r.connection
  if (!c) return undefined
  // A connection's ARN names its environment account (AWS Proton user guide, "Environment account connections").
  const usual = `arn:${partitionOf(region)}:proton:${region ?? ''}:${c.environmentAccountId}:environment-account-connection/${c.id}`
  return c.arn === usual ? undefined : c.arn
}

export interface FailureGroup {
  title: string
  /** The message of the first connection in the group, with its ID. */
  message: string
  ids: string[]
}

/** Failures that share a title and a message (but for the connection's own ID), in order of size. */
export function groupFailures(results: readonly ConnectionResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const r of results) {
    if (!isFailure(r)) continue
    const title = r.errorTitle ?? 'Failed'
    const message = r.error ?? 'failed'
    const key = `${title}\u0000${message.split(r.id).join('\u0001')}`
    const group = groups.get(key)
    if (group) group.ids.push(r.id)
    else groups.set(key, { title, message, ids: [r.id] })
  }
  return [...groups.values()].sort((a, b) => b.ids.length - a.ids.length)
}

/**
 * One line per kind of failure: the first message, and how many more connections failed the same
 * way; within `budget` bytes, the kinds left out counted.
 */
function failureLines(results: readonly ConnectionResult[], budget: number): string[] {
  const groups = groupFailures(results)
  if (groups.length === 0) return []
  const lines = ['#### Failures', '']
  let size = Buffer.byteLength(lines.join('\n')) + 200
  let listed = 0
  for (const g of groups) {
    const line =
      g.ids.length === 1
        ? `- **${shown(g.title)}**: ${shown(g.message, MESSAGE_MAX)}`
        : `- **${shown(g.title)}**, ${g.ids.length} connections: ${shown(g.message, MESSAGE_MAX)} (the same for the other ${g.ids.length - 1}; the table lists them)`
    const bytes = Buffer.byteLength(line) + 1
    if (size + bytes > budget) break
    lines.push(line)
    size += bytes
    listed += 1
  }
  if (listed < groups.length) lines.push('', `${plural(groups.length - listed, 'more kind')} of failure left out to keep this under its size limit; \`results-file\` has every message.`)
  return [...lines, '']
}

/**
 * The five-column tables: drift in a part of its own (connected connections of accounts outside the
 * policy), then every other connection; one row budget shared, drift first.
 */
function resultsTables(report: RunReport, budget: number): string[] {
  const drift = report.results.filter((r) => r.drift)
  const others = report.results.filter((r) => !r.drift)
  const lines: string[] = []
  if (drift.length > 0) {
    const part = resultsTable(drift, report.region, budget, '#### Drift: connected, but not in the policy')
    lines.push(...part, '')
    budget -= Buffer.byteLength(part.join('\n')) + 1
  }
  // A run with no result at all has no table (summaryMarkdown stops before it).
  if (others.length > 0) lines.push(...resultsTable(others, report.region, budget, '#### Connections'))
  return lines
}

function resultsTable(results: readonly ConnectionResult[], region: string | undefined, budget: number, title: string): string[] {
  const sorted = [...results].sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome))
  const lines = [title, '', '| Outcome | Account | Environment | ID | Detail |', '| --- | --- | --- | --- | --- |']
  let size = Buffer.byteLength(lines.join('\n'))
  let rows = 0
  for (const r of sorted) {
    if (rows >= SUMMARY_ROW_CAP) break
    const arn = unusualArn(r, region)
    const detail = shown(detailOf(r)) + (arn ? `<br>ARN ${shown(arn)}` : '')
    const row = `| ${ICONS[r.outcome]} ${OUTCOME_WORDS[r.outcome]} | ${shown(r.connection?.environmentAccountId)} | ${shown(r.connection?.environmentName)} | <code>${shown(r.id, 80)}</code> | ${detail} |`
    const rowBytes = Buffer.byteLength(row) + 1
    if (size + rowBytes > budget) break
    lines.push(row)
    size += rowBytes
    rows += 1
  }
  if (rows < sorted.length) {
    lines.push('', `${plural(sorted.length - rows, 'more row')} left out to keep this under its size limit; the \`results\` output and \`results-file\` list every connection.`)
  }
  return lines
}

/** The job summary in Markdown. Every value from AWS or an input goes through escapeCell or link. */
export function summaryMarkdown(report: RunReport, budgetBytes = SUMMARY_BYTE_BUDGET): string {
  const n = counts(report.results)
  const only = singleResult(report)
  const lines: string[] = [`### ${headline(report, n, only)}`, '', ...lead(report, n, only), '']
  const context: string[] = [`- Triggered by: ${triggerLine(report.trigger)}`]
  if (report.merge?.pullRequest) {
    const pr = report.merge.pullRequest
    context.push(`- Merged pull request: ${link(`#${pr.number} ${truncated(pr.title)}`, pr.url)}`)
  } else if (report.merge?.note) context.push(`- Merged pull request: ${shown(report.merge.note, MESSAGE_MAX)}`)
  if (report.runUrl) context.push(`- Run: ${link(report.runLabel ?? 'workflow run', report.runUrl)}`)
  if (report.commit) context.push(`- Commit: ${link(report.commit.sha.slice(0, 7), report.commit.url)}`)
  if (report.region) context.push(`- Region: ${shown(report.region)} · endpoint ${shown(report.endpoint)}`)
  if (report.proxy) context.push(`- Proxy: ${shown(report.proxy)}`)
  if (report.signedIn) context.push(`- Signed in with: ${shown(report.signedIn)}`)
  if (report.authenticatedArn) context.push(`- Acting as: ${shown(report.authenticatedArn)}`)
  if (report.commentNote) context.push(`- Pull request comment: ${shown(report.commentNote, MESSAGE_MAX)}`)
  if (report.resultsOmitted) {
    context.push(`- The \`results\` output leaves out ${plural(report.resultsOmitted, 'connection')} to stay under GitHub's 1 MB limit for an output; \`results-file\` has every one.`)
  }
  lines.push(...context, '')
  if (only && !report.cancelled) {
    if (only.connection) lines.push(...fieldTable(only.connection), '')
    return lines.join('\n')
  }
  if (report.results.length === 0) return lines.join('\n')
  lines.push(...failureLines(report.results, Math.floor(budgetBytes * FAILURES_SHARE)))
  const head = lines.join('\n')
  return `${head}\n${resultsTables(report, budgetBytes - Buffer.byteLength(head)).join('\n')}\n`
}
