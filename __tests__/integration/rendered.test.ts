import { beforeEach, describe, expect, it } from '@jest/globals'
import { load, type CheerioAPI } from 'cheerio'
import type { RunResult } from '../../emulator/runner.js'
import { CMARK_GFM, renderGfm } from '../../scripts/render.js'
import { summaryMarkdown, SUMMARY_ROW_CAP, type RunReport } from '../../src/report.js'
import { connectionFixture } from '../unit/fixtures.js'
import { useEmulator } from './harness.js'

/**
 * Every job summary shape and the plan comment as people see them: the Markdown the bundle wrote,
 * rendered by cmark-gfm (GitHub's renderer), read back with a real HTML parser.
 */

const h = useEmulator()
// The policy comes from the input: the marker names the workflow file the job runs, written out here.
const PLAN_MARKER = '<!-- proton-reject-connection-action:plan region=us-east-1 policy=octo-org%2Focto-repo%2F.github%2Fworkflows%2Fproton-connections.yml -->'
const describeRendered = CMARK_GFM ? describe : describe.skip
if (!CMARK_GFM) console.warn('rendered summary tests skipped: cmark-gfm is not installed (apt-get install cmark-gfm; .ci/run installs it)')

/** A value with every character that Markdown or HTML could take for structure. */
const HOSTILE = 'pay|ments <img src=x onerror=alert(1)> *b* _i_ [l](javascript:alert(1)) `c` & ~s~ #h\nsecond line'
const ALLOWED_TAGS = new Set(['h3', 'h4', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'code', 'em', 'strong', 'br'])
const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/7000000001'
/** The commits the runs are for: GITHUB_SHA of a hand-run job, a pull request's head, a push. */
const COMMIT_URLS = ['ffac537e6cbbf934b08745a378932722df287a53', '9f3b6c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', 'c0ffee1234567890abcdef1234567890abcdef12'].map((sha) => `https://github.com/octo-org/octo-repo/commit/${sha}`)

interface Expected {
  headline: RegExp
  /** Links the page may hold: the run, the pull request. */
  links?: string[]
  /** Hostile text that must show as text, exactly. */
  text?: string[]
}

/** Renders and checks what every page must satisfy; returns the document for checks of its own. */
function rendered(markdown: string, expected: Expected): CheerioAPI {
  const $ = load(renderGfm(markdown))
  expect($('h3').first().text()).toMatch(expected.headline)
  // Only the tags the action writes itself: nothing from a value became a tag.
  $('body *').each((_i, el) => {
    expect(ALLOWED_TAGS).toContain((el as { tagName: string }).tagName)
  })
  // Only http(s) links, and only the ones the action makes.
  $('a').each((_i, el) => {
    const href = $(el).attr('href') ?? ''
    expect(href).toMatch(/^https?:\/\//)
    expect([RUN_URL, ...COMMIT_URLS, ...(expected.links ?? [])]).toContain(href)
  })
  // Every table row has as many cells as its header.
  $('table').each((_i, table) => {
    const header = $(table).find('thead th').length
    expect(header).toBeGreaterThan(1)
    $(table)
      .find('tbody tr')
      .each((_j, row) => {
        expect($(row).children('td').length).toBe(header)
      })
  })
  const text = $('body').text()
  for (const t of expected.text ?? []) expect(text).toContain(t)
  return $
}

/** The context list: "Triggered by", "Run", ... as one bullet list of its own. */
function contextItems($: CheerioAPI): string[] {
  const list = $('ul').filter((_i, ul) => $(ul).text().includes('Triggered by:'))
  expect(list).toHaveLength(1)
  return list.find('> li').map((_i, li) => $(li).text()).get()
}

const summaryOf = (r: RunResult): string => r.summary

describeRendered('the job summary, rendered by cmark-gfm', () => {
  beforeEach(() => h.emulator.forgetEverything())

  it('one connection rejected: headline, a sentence, the context, the fields; hostile values stay text', async () => {
    const c = h.emulator.seed({ environmentName: HOSTILE })
    const $ = rendered(summaryOf(await h.run({ 'connection-id': c.id })), {
      headline: new RegExp(`^✅ Rejected connection ${c.id}$`),
      text: ['pay|ments <img src=x onerror=alert(1)> *b* _i_ [l](javascript:alert(1)) `c` & ~s~ #h']
    })
    expect(contextItems($)[0]).toBe('Triggered by: manual run (workflow_dispatch) by octocat')
    const fields = $('table tbody tr').map((_i, tr) => $(tr).children('td').first().text()).get()
    expect(fields).toContain('Environment')
    expect($('table td').filter((_i, td) => $(td).text().startsWith('pay|ments')).html()).toContain('<br>')
  })

  it.each<[string, () => Record<string, string>, RegExp]>([
    ['already rejected', () => ({ 'connection-id': h.emulator.seed({ status: 'REJECTED' }).id }), /^ℹ️ Connection [0-9a-f-]{36} was already rejected$/],
    ['dry run', () => ({ 'connection-id': h.emulator.seed().id, 'dry-run': 'true' }), /^🔍 Dry run: connection [0-9a-f-]{36} would be rejected$/],
    ['in use', () => ({ 'connection-id': h.emulator.seed({ status: 'CONNECTED', usedByEnvironment: 'prod' }).id }), /^❌ Could not reject connection [0-9a-f-]{36}$/],
    ['not found', () => ({ 'connection-id': '00000000-0000-4000-8000-000000000001' }), /^❌ Could not reject connection 00000000-0000-4000-8000-000000000001$/]
  ])('one connection, %s', async (_shape, inputs, headline) => {
    const $ = rendered(summaryOf(await h.run(inputs())), { headline })
    expect(contextItems($).length).toBeGreaterThanOrEqual(3)
  })

  it('one connection, access denied: the message names the grant on every environment account\'s connections', async () => {
    h.emulator.denied.add('proton:RejectEnvironmentAccountConnection')
    const c = h.emulator.seed()
    const $ = rendered(summaryOf(await h.run({ 'connection-id': c.id })), { headline: /^❌ Could not reject connection/ })
    expect($('p').first().text()).toContain('arn:aws:proton:us-east-1:*:environment-account-connection/*')
  })

  it('several IDs with failures: one grouped line per kind of failure, a row per connection, the counts once', async () => {
    const ids = [h.emulator.seed({ environmentName: HOSTILE }).id, h.emulator.seed({ status: 'REJECTED' }).id, h.emulator.seed({ status: 'CONNECTED', usedByEnvironment: 'prod' }).id]
    const missing = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']
    const markdown = summaryOf(await h.run({ 'connection-id': [...ids, ...missing].join('\n') }))
    const $ = rendered(markdown, { headline: /^❌ 3 of 5 connections failed$/ })
    const failures = $('h4:contains("Failures") + ul > li').map((_i, li) => $(li).text()).get()
    expect(failures).toHaveLength(2)
    expect(failures[0]).toMatch(/^Connection not found, 2 connections: /)
    expect($('h4:contains("Connections") + table tbody tr')).toHaveLength(5)
    expect($('table th').map((_i, th) => $(th).text()).get()).toEqual(['Outcome', 'Account', 'Environment', 'ID', 'Detail'])
    expect($('table td code').map((_i, el) => $(el).text()).get().sort()).toEqual([...ids, ...missing].sort())
    // The counts are said once.
    expect(markdown.match(/1 rejected/g)).toHaveLength(1)
    // A rejected row does not read as a failure.
    expect($('tbody tr').filter((_i, tr) => $(tr).text().includes('rejected')).text()).not.toMatch(/block|would/)
  })

  it('policy plan and policy apply, and an empty policy run', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    h.emulator.seed({ environmentAccountId: '333333333333' })
    const plan = rendered(summaryOf(await h.run({ 'allowed-account-ids': '333333333333', 'dry-run': 'true' })), { headline: /^🔍 Plan: 1 connection would be rejected$/ })
    expect(plan('tbody tr')).toHaveLength(2)
    const apply = rendered(summaryOf(await h.run({ 'allowed-account-ids': '333333333333' })), { headline: /^✅ Rejected 1 connection$/ })
    expect(apply('tbody tr').first().children('td').last().text()).toBe('its account is not in the policy')
    const nothing = rendered(summaryOf(await h.run({ 'allowed-account-ids': '333333333333' })), { headline: /^✅ Nothing to reject$/ })
    expect(nothing('p').first().text()).toMatch(/1 skipped\.$/)
    h.emulator.proton.forgetConnections()
    const empty = rendered(summaryOf(await h.run({ 'allowed-account-ids': '333333333333' })), { headline: /^✅ No pending connection to reject$/ })
    expect(empty('table')).toHaveLength(0)
  })

  it('invalid inputs: the problems and the context are separate lists', async () => {
    const $ = rendered(summaryOf(await h.run({ 'connection-id': `<b>x</b>|[a](javascript:x)`, 'max-attempts': '0', 'dry-run': 'maybe' })), {
      headline: /^❌ Invalid input$/,
      text: ['"<b>x</b>|[a](javascript:x)"']
    })
    expect($('ol > li')).toHaveLength(3)
    expect($('ol').text()).not.toContain('Triggered by')
    expect(contextItems($).some((t) => /^Run: /.test(t))).toBe(true)
  })

  it('sign-in failure', async () => {
    const $ = rendered(summaryOf(await h.run({ 'connection-id': h.emulator.seed().id, 'role-to-assume': 'arn:aws:iam::111111111111:role/R' })), { headline: /^❌ AWS sign-in failed$/ })
    expect($('p').first().text()).toContain('id-token: write')
  })

  it('the row cap: at most SUMMARY_ROW_CAP rows and a line that says how many were left out', () => {
    const results = Array.from({ length: SUMMARY_ROW_CAP + 25 }, (_x, i) => ({ id: `id-${i}`, connection: connectionFixture({ environmentName: `e${i}` }), outcome: 'rejected' as const, reason: 'r' }))
    const report: RunReport = { mode: 'policy', dryRun: false, results, trigger: { event: 'push', actor: 'octocat' }, runUrl: RUN_URL, runLabel: 'run' }
    const $ = rendered(summaryMarkdown(report), { headline: /^✅ Rejected 1025 connections$/ })
    expect($('tbody tr')).toHaveLength(SUMMARY_ROW_CAP)
    expect($('p').last().text()).toBe('25 more rows left out to keep this under its size limit; the results output and results-file list every connection.')
  })

  it('the plan comment on the pull request', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555', environmentName: HOSTILE })
    const r = await h.run(
      { 'allowed-account-ids': '333333333333', 'dry-run': 'true', 'github-token': h.emulator.github.token },
      { event: { name: 'pull_request', payload: 'event-pull_request-open.json' } }
    )
    expect(r.code).toBe(0)
    const [comment] = h.emulator.github.comments.get('octo-org/octo-repo#42') ?? []
    expect(comment?.body.startsWith(PLAN_MARKER)).toBe(true)
    const $ = rendered(comment?.body ?? '', { headline: /^🔍 Plan: 1 connection would be rejected$/, links: ['https://github.com/octo-org/octo-repo/pull/42'] })
    expect(contextItems($)[0]).toMatch(/^Triggered by: pull request #42 .* \(not merged\), by octocat$/)
    // The marker stays invisible.
    expect($.root().html()).toContain(PLAN_MARKER)
    expect($('body').text()).not.toContain('proton-reject-connection-action:plan')
  })
})
