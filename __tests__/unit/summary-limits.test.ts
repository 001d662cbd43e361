import { describe, expect, it } from '@jest/globals'
import type { ConnectionResult } from '../../src/domain.js'
import { CELL_MAX, link, MESSAGE_MAX, shown, summaryMarkdown, URL_MAX, type RunReport } from '../../src/report.js'
import { connectionFixture } from './fixtures.js'

/** The summary's limits: long values cut, long lists counted, drift apart, a policy that allows nothing said at the top. */

const report = (results: ConnectionResult[], over: Partial<RunReport> = {}): RunReport => ({
  mode: 'policy',
  dryRun: false,
  results,
  trigger: { event: 'push' },
  region: 'us-east-1',
  policySource: 'policy.yml',
  allowedAccountIds: ['111111111111'],
  ...over
})

const id = (i: number): string => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`

function result(outcome: ConnectionResult['outcome'], i: number, over: Partial<ConnectionResult> = {}): ConnectionResult {
  return {
    id: id(i),
    connection: connectionFixture({
      id: id(i),
      arn: `arn:aws:proton:us-east-1:111111111111:environment-account-connection/${id(i)}`,
      environmentName: `env-${i}`,
      status: outcome === 'drifted' ? 'CONNECTED' : 'PENDING'
    }),
    outcome,
    ...(outcome === 'failed' ? { error: `failed ${i}`, errorTitle: `Title ${i}` } : { reason: `reason ${i}` }),
    ...over
  }
}

const headlineOf = (markdown: string): string => markdown.split('\n')[0] as string
const leadOf = (markdown: string): string => markdown.split('\n')[2] as string
const headings = (markdown: string): string[] => markdown.split('\n').filter((l) => l.startsWith('#### '))
const rowsOf = (markdown: string): string[] => markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Outcome') && !l.startsWith('| ---'))
const cell = (row: string, i: number): string => (row.split('|')[i + 1] as string).trim()

describe('long values', () => {
  it('are cut to their maximum with an ellipsis, and kept whole up to it', () => {
    expect(shown('a'.repeat(CELL_MAX))).toBe('a'.repeat(CELL_MAX))
    expect(shown('a'.repeat(CELL_MAX + 1))).toBe(`${'a'.repeat(CELL_MAX - 1)}…`)
    expect(shown('abcdef', 4)).toBe('abc…')
    expect(shown('abcd', 4)).toBe('abcd')
    expect(shown(undefined)).toBe('<em>absent</em>')
    expect(shown('')).toBe('<em>absent</em>')
  })

  it('are cut in the table\'s cells, its ID at 80 characters and messages at their own maximum', () => {
    const long = result('failed', 1, { id: 'i'.repeat(81), error: 'e'.repeat(MESSAGE_MAX + 1), errorTitle: 't'.repeat(CELL_MAX + 1) })
    long.connection = connectionFixture({ environmentName: 'n'.repeat(CELL_MAX + 1), environmentAccountId: '222222222222' })
    const markdown = summaryMarkdown(report([long, result('rejected', 2)]))
    const row = rowsOf(markdown)[0] as string
    expect(cell(row, 2)).toBe(`${'n'.repeat(CELL_MAX - 1)}…`)
    expect(cell(row, 3)).toBe(`<code>${'i'.repeat(79)}…</code>`)
    const failure = markdown.split('\n').find((l) => l.startsWith('- **')) as string
    expect(failure).toContain(`**${'t'.repeat(CELL_MAX - 1)}…**`)
    expect(failure).toContain(`${'e'.repeat(MESSAGE_MAX - 1)}…`)
    expect(failure).not.toContain('e'.repeat(MESSAGE_MAX))
  })

  it('of a pull request title are cut in its link', () => {
    const title = 'T'.repeat(CELL_MAX + 1)
    const markdown = summaryMarkdown(report([], { trigger: { event: 'pull_request', pullRequest: { number: 1, title, url: 'https://github.com/o/r/pull/1', merged: true } }, merge: { pullRequest: { number: 2, title, url: 'https://github.com/o/r/pull/2' } } }))
    const cut = `${'T'.repeat(CELL_MAX - 1)}…</a>`
    expect(markdown.split(cut)).toHaveLength(3)
    const whole = summaryMarkdown(report([], { trigger: { event: 'pull_request', pullRequest: { number: 1, title: 'T'.repeat(CELL_MAX), merged: true } } }))
    expect(whole).toContain(`${'T'.repeat(CELL_MAX)} (merged)`)
  })

  it('of a link address are not linked above the maximum', () => {
    const url = `https://example.com/${'a'.repeat(URL_MAX - 20)}`
    expect(url.length).toBe(URL_MAX)
    expect(link('x', url)).toBe(`<a href="${url}">x</a>`)
    expect(link('x', `${url}a`)).toBe('x')
  })

  it('of a link address have spaces, line breaks and control characters encoded', () => {
    expect(link('x', 'https://a/b c\nd\u0001e\u2028f\u0085g')).toBe('<a href="https://a/b%20c%0Ad%01e%E2%80%A8f%C2%85g">x</a>')
  })
})

describe('many problems', () => {
  it('are listed up to 50, the rest counted in a paragraph of their own', () => {
    const problems = Array.from({ length: 63 }, (_, i) => `problem ${i + 1}`)
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Bad inputs', message: 'x', problems } }))
    const numbered = markdown.split('\n').filter((l) => /^\d+\. /.test(l))
    expect(numbered).toHaveLength(50)
    expect(numbered[49]).toBe('50. problem 50')
    const lines = markdown.split('\n')
    const after = lines.indexOf('50. problem 50')
    expect(lines[after + 1]).toBe('')
    expect(lines[after + 2]).toMatch(/^13 more problems\b/)
  })

  it('are all listed, with no count of more, up to 50', () => {
    const problems = Array.from({ length: 50 }, (_, i) => `problem ${i + 1}`)
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Bad inputs', message: 'x', problems } }))
    expect(markdown.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(50)
    expect(markdown).not.toMatch(/more problem/)
    expect(markdown).toMatch(/^50 problems/m)
  })

  it('are cut at the message maximum each', () => {
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Bad inputs', message: 'x', problems: ['p'.repeat(MESSAGE_MAX + 1), 'q'] } }))
    expect(markdown).toContain(`1. ${'p'.repeat(MESSAGE_MAX - 1)}…`)
  })
})

describe('many kinds of failure', () => {
  const kinds = (n: number): ConnectionResult[] => Array.from({ length: n }, (_, i) => result('failed', i, { error: `message ${i} ${'x'.repeat(80)}` }))

  it('are listed within a quarter of the budget, the rest counted, and rows still shown', () => {
    const budget = 8_000
    const markdown = summaryMarkdown(report(kinds(60)), budget)
    const listed = markdown.split('\n').filter((l) => l.startsWith('- **'))
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.length).toBeLessThan(60)
    const failures = markdown.slice(markdown.indexOf('#### Failures'), markdown.indexOf('#### Connections'))
    expect(Buffer.byteLength(failures)).toBeLessThanOrEqual(budget / 4 + 200)
    expect(failures).toMatch(new RegExp(`\\n\\n${60 - listed.length} more kinds of failure left out`))
    expect(rowsOf(markdown).length).toBeGreaterThan(0)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(budget + 300)
  })

  it('fill their share to the byte', () => {
    const two = kinds(2)
    const all = summaryMarkdown(report(two), 1_000_000)
    const listed = all.split('\n').filter((l) => l.startsWith('- **'))
    expect(listed).toHaveLength(2)
    // Their share counts the heading, 200 bytes for the note, and each line with its line break.
    const needed = Buffer.byteLength('#### Failures\n') + 200 + listed.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0)
    const fits = summaryMarkdown(report(two), needed * 4)
    expect(fits.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(2)
    expect(fits).not.toMatch(/more kind/)
    const short = summaryMarkdown(report(two), (needed - 1) * 4)
    expect(short.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(1)
    expect(short).toMatch(/\n\n1 more kind of failure left out/)
  })

  it('are all listed, with nothing counted, when they fit', () => {
    const markdown = summaryMarkdown(report(kinds(3)))
    expect(markdown.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(3)
    expect(markdown).not.toMatch(/more kinds? of failure/)
  })
})

describe('drift', () => {
  const drifted = (i: number): ConnectionResult => result('drifted', i, { drift: true })

  it('has a table of its own, before the other connections', () => {
    const markdown = summaryMarkdown(report([result('rejected', 1), drifted(2), result('skipped', 3), drifted(4)]))
    const heads = headings(markdown)
    expect(heads).toHaveLength(2)
    expect(heads[0]).toMatch(/^#### Drift/)
    expect(heads[1]).toBe('#### Connections')
    const drift = markdown.slice(markdown.indexOf(heads[0] as string), markdown.indexOf('#### Connections'))
    expect(rowsOf(drift).map((r) => cell(r, 3))).toEqual([`<code>${id(2)}</code>`, `<code>${id(4)}</code>`])
    expect(rowsOf(markdown)).toHaveLength(4)
    expect(markdown).toMatch(/\|\n\n#### Connections\n\n\| Outcome/)
  })

  it('alone has only its own table', () => {
    const markdown = summaryMarkdown(report([drifted(1)]))
    expect(headings(markdown)).toEqual([expect.stringMatching(/^#### Drift/)])
    expect(rowsOf(markdown)).toHaveLength(1)
  })

  it('shares the budget with the other table, drift first', () => {
    const results = [drifted(1), drifted(2), result('rejected', 3), result('rejected', 4)]
    const all = summaryMarkdown(report(results), 1_000_000)
    const rows = rowsOf(all)
    const lastBytes = Buffer.byteLength(rows[3] as string) + 1
    // The whole text but its three joining line breaks is what the budget counts; one byte less
    // leaves out the last row of the second table.
    const exact = Buffer.byteLength(all) - 3
    expect(summaryMarkdown(report(results), exact)).toBe(all)
    const short = summaryMarkdown(report(results), exact - 1)
    expect(rowsOf(short)).toHaveLength(3)
    expect(short).toMatch(/1 more row left out/)
    const two = summaryMarkdown(report(results), exact - lastBytes - Buffer.byteLength(rows[2] as string) - 1)
    expect(rowsOf(two).map((r) => cell(r, 3))).toEqual([`<code>${id(1)}</code>`, `<code>${id(2)}</code>`])
  })
})

describe('a policy that allows no account', () => {
  const none = { allowedAccountIds: [] as string[] }

  it('is said in the headline of a run that rejected, failed or planned', () => {
    const pairs: Array<[ConnectionResult[], Partial<RunReport>]> = [
      [[result('rejected', 1), result('rejected', 2)], {}],
      [[result('rejected', 1), result('failed', 2)], {}],
      [[result('would-reject', 1), result('would-reject', 2)], { dryRun: true }]
    ]
    for (const [results, over] of pairs) {
      const withNone = headlineOf(summaryMarkdown(report(results, { ...over, ...none })))
      const withSome = headlineOf(summaryMarkdown(report(results, over)))
      expect(withNone.startsWith(withSome)).toBe(true)
      expect(withNone.length).toBeGreaterThan(withSome.length + 10)
      expect(withNone).toMatch(/no account/)
    }
    expect(headlineOf(summaryMarkdown(report([result('would-reject', 1), result('would-reject', 2)], { dryRun: true, ...none })))).toMatch(/^### 🔍 .*\b2 connections\b/)
  })

  it('is not said when the allowed accounts are not known, or in the mode of IDs', () => {
    const results = [result('rejected', 1), result('rejected', 2)]
    const plain = headlineOf(summaryMarkdown(report(results)))
    expect(headlineOf(summaryMarkdown(report(results, { allowedAccountIds: undefined })))).toBe(plain)
    expect(headlineOf(summaryMarkdown(report(results, { mode: 'ids', ...none })))).toBe(plain)
    // An unknown count is not said as 0: the paragraph names the policy and no count.
    expect(leadOf(summaryMarkdown(report(results, { allowedAccountIds: undefined, policySource: 'policy.yml' })))).toBe('Connections checked against the policy from policy.yml. 2 rejected.')
    expect(leadOf(summaryMarkdown(report(results, { allowedAccountIds: ['111111111111', '222222222222'], policySource: 'policy.yml' })))).toBe('Connections checked against the policy from policy.yml (2 allowed accounts). 2 rejected.')
    expect(leadOf(summaryMarkdown(report(results, { allowedAccountIds: ['111111111111'], policySource: 'policy.yml' })))).toBe('Connections checked against the policy from policy.yml (1 allowed account). 2 rejected.')
  })

  it('is said in the paragraph, naming the policy, instead of the count of allowed accounts', () => {
    const lead = leadOf(summaryMarkdown(report([result('rejected', 1), result('rejected', 2)], { policySource: 'proton/none.yml', ...none })))
    expect(lead).toContain('proton/none.yml')
    expect(lead).toContain('[]')
    expect(lead).not.toMatch(/allowed accounts?\)/)
    expect(lead).toMatch(/2 rejected\.$/)
  })
})
