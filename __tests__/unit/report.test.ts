import { describe, expect, it } from '@jest/globals'
import type { ConnectionResult } from '../../src/apply.js'
import { buildOutputs, escapeCell, link, resultJson, resultsOutput, summaryMarkdown, SUMMARY_ROW_CAP, type RunReport } from '../../src/report.js'
import { connectionFixture } from './fixtures.js'

const connection = connectionFixture

const report = (results: ConnectionResult[], over: Partial<RunReport> = {}): RunReport => ({
  mode: 'ids',
  dryRun: false,
  results,
  trigger: { event: 'workflow_dispatch', actor: 'octocat' },
  ...over
})

/** The table row of a Markdown table: cells are what lies between unescaped pipes. */
const cellsOf = (row: string): string[] => row.split('|').slice(1, -1)

describe('escapeCell', () => {
  it('leaves no tag, table pipe, code span or line break from the value', () => {
    const out = escapeCell('a|b<script>alert(1)</script>`x`\n**bold** [l](http://x) & _i_ \\ #1')
    expect(out.replace(/<br>/g, '')).not.toMatch(/[|<>`*[\]_\\\n]/)
    expect(out).not.toContain('<script>')
    expect(out).toContain('&lt;script&gt;')
    expect(out).toContain('&#124;')
    expect(out).toContain('<br>')
  })

  it('shows absent values as absent, never undefined or null', () => {
    expect(escapeCell(undefined)).toBe('<em>absent</em>')
    expect(escapeCell(null)).toBe('<em>absent</em>')
    expect(escapeCell('')).toBe('<em>absent</em>')
  })

  it('keeps a one-row table one row whatever the value holds', () => {
    const markdown = summaryMarkdown(report([{ id: 'x', connection: connection({ environmentName: 'a|b\n| c | d |', roleArn: '</td></tr><tr><td>' }), outcome: 'rejected' }]))
    const roleRow = markdown.split('\n').find((l) => l.startsWith('| Role ARN |')) as string
    expect(cellsOf(roleRow)).toHaveLength(2)
    const envRow = markdown.split('\n').find((l) => l.startsWith('| Environment |')) as string
    expect(cellsOf(envRow)).toHaveLength(2)
    expect(markdown).not.toContain('</td>')
  })

  it('drops a link address that is not http(s)', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x')
    expect(link('x', 'https://a/b?c="d"')).toBe('<a href="https://a/b?c=%22d%22">x</a>')
  })
})

/** What a browser shows for escaped text: entities back to characters, <br> back to a line break. */
const shown = (html: string): string =>
  html.replace(/<br>/g, '\n').replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e] as string
  )

/** Everything Markdown, HTML or GitHub's autolinks would read as syntax. */
const SYNTAX = /[&<>"'|`\\*_[\]~#:@]|www\./i

describe('escapeCell keeps the text a user sees', () => {
  const specials = '&<>"\'|`\\*_[]~#:@'

  it('replaces each special character by an entity that shows that same character', () => {
    for (const c of specials) {
      const out = escapeCell(`a${c}b`)
      expect(out).toMatch(/^a&#?\w+;b$/)
      expect(shown(out)).toBe(`a${c}b`)
    }
  })

  it('shows any text exactly as given, with no syntax left in it', () => {
    const text = `user@example.com wrote *this* at https://x.test/a_b?c=[d]&e=<f> "q" 'r' | \`s\` \\ ~t~ #1 WWW.example.org www.x`
    const out = escapeCell(text)
    expect(shown(out)).toBe(text)
    expect(out.replace(/&#?\w+;/g, '')).not.toMatch(SYNTAX)
  })

  it('leaves a www that is not followed by a dot, and ordinary text, as it is', () => {
    expect(escapeCell('wwwx and plain words 123')).toBe('wwwx and plain words 123')
  })

  it('turns each line break, whichever its form, into one <br>', () => {
    expect(escapeCell('a\r\nb')).toBe('a<br>b')
    expect(escapeCell('a\rb')).toBe('a<br>b')
    expect(escapeCell('a\nb')).toBe('a<br>b')
    expect(escapeCell('a\n\nb')).toBe('a<br><br>b')
  })

  it('makes control characters visible as numeric entities, and keeps tabs and spaces', () => {
    expect(escapeCell('\u0000\u0001\u0008\u000b\u000c\u000e\u001f\u007f')).toBe('&#0;&#1;&#8;&#11;&#12;&#14;&#31;&#127;')
    expect(escapeCell('a\tb c')).toBe('a\tb c')
    expect(escapeCell('é ü → ✅')).toBe('é ü → ✅')
  })
})

describe('link', () => {
  it('keeps an http or https address, in any case', () => {
    expect(link('x', 'https://example.com/run')).toBe('<a href="https://example.com/run">x</a>')
    expect(link('x', 'http://example.com/run')).toBe('<a href="http://example.com/run">x</a>')
    expect(link('x', 'HTTPS://EXAMPLE.COM/')).toBe('<a href="HTTPS://EXAMPLE.COM/">x</a>')
  })

  it('drops any other address, even one with an http address later in it, and a missing one', () => {
    expect(link('x', 'javascript:alert(1)//https://example.com')).toBe('x')
    expect(link('x', ' https://example.com')).toBe('x')
    expect(link('x', 'ftp://example.com')).toBe('x')
    expect(link('x', 'https:example.com')).toBe('x')
    expect(link('x', '')).toBe('x')
    expect(link('x', undefined)).toBe('x')
  })

  it('keeps the address inside its attribute and escapes the text', () => {
    expect(link('#1 <b>', 'https://a/?x=1&y=2"><script>')).toBe('<a href="https://a/?x=1&amp;y=2%22%3E%3Cscript%3E">&#35;1 &lt;b&gt;</a>')
  })
})

describe('outputs', () => {
  const full = connection({
    id: 'c-1',
    arn: 'arn:aws:proton:eu-west-1:111111111111:environment-account-connection/c-1',
    status: 'PENDING',
    componentRoleArn: 'arn:aws:iam::222222222222:role/Component',
    codebuildRoleArn: 'arn:aws:iam::222222222222:role/CodeBuild'
  })

  it('sets every output of the one connection handled', () => {
    const out = buildOutputs([{ id: 'c-1', connection: full, outcome: 'would-reject', reason: 'requested' }], 'arn:aws:sts::333333333333:assumed-role/R/s', '/tmp/results.json')
    expect(out).toEqual({
      status: 'PENDING',
      arn: 'arn:aws:proton:eu-west-1:111111111111:environment-account-connection/c-1',
      id: 'c-1',
      'environment-account-id': '222222222222',
      'environment-name': 'staging',
      'management-account-id': '111111111111',
      'role-arn': 'arn:aws:iam::222222222222:role/R',
      'component-role-arn': 'arn:aws:iam::222222222222:role/Component',
      'codebuild-role-arn': 'arn:aws:iam::222222222222:role/CodeBuild',
      'requested-at': '2026-09-01T12:00:00.000Z',
      'last-modified-at': '2026-09-02T12:00:00.000Z',
      connection: expect.any(String),
      results: expect.any(String),
      'results-omitted-count': '0',
      'results-file': '/tmp/results.json',
      'rejected-count': '0',
      'would-reject-count': '0',
      'drift-count': '0',
      'failed-count': '0',
      'authenticated-arn': 'arn:aws:sts::333333333333:assumed-role/R/s'
    })
    expect(JSON.parse(out.connection as string)).toEqual({
      id: 'c-1',
      arn: full.arn,
      status: 'PENDING',
      managementAccountId: '111111111111',
      environmentAccountId: '222222222222',
      environmentName: 'staging',
      roleArn: 'arn:aws:iam::222222222222:role/R',
      componentRoleArn: 'arn:aws:iam::222222222222:role/Component',
      codebuildRoleArn: 'arn:aws:iam::222222222222:role/CodeBuild',
      requestedAt: '2026-09-01T12:00:00.000Z',
      lastModifiedAt: '2026-09-02T12:00:00.000Z'
    })
    expect(JSON.parse(out.results as string)).toEqual([
      { id: 'c-1', 'environment-account-id': '222222222222', 'environment-name': 'staging', status: 'PENDING', 'previous-status': 'PENDING', arn: full.arn, outcome: 'would-reject', planned: false, drift: false, reason: 'requested' }
    ])
  })

  it('sets every output, empty, when no connection was handled', () => {
    expect(buildOutputs([])).toEqual({
      status: '', arn: '', id: '', 'environment-account-id': '', 'environment-name': '', 'management-account-id': '', 'role-arn': '',
      'component-role-arn': '', 'codebuild-role-arn': '', 'requested-at': '', 'last-modified-at': '', connection: '', results: '[]',
      'results-omitted-count': '0', 'results-file': '', 'rejected-count': '0', 'would-reject-count': '0', 'drift-count': '0', 'failed-count': '0', 'authenticated-arn': ''
    })
  })

  it('keeps the id of a connection that could not be read, with nothing else about it', () => {
    const out = buildOutputs([{ id: 'c-2', outcome: 'failed', error: 'not found' }])
    expect(out).toMatchObject({ id: 'c-2', status: '', arn: '', 'environment-account-id': '', 'role-arn': '', connection: '', 'failed-count': '1' })
  })

  it('reports no status for a Reject whose result is unknown, counts it as failed, and the status read for a failure', () => {
    const unknown = buildOutputs([{ id: 'c-1', connection: full, outcome: 'unknown', error: 'no answer; the read failed too', errorKind: 'aborted' }])
    expect(unknown.status).toBe('')
    expect(unknown.arn).toBe(full.arn)
    expect(unknown['failed-count']).toBe('1')
    expect(unknown['rejected-count']).toBe('0')
    expect(JSON.parse(unknown.results as string)).toEqual([expect.objectContaining({ status: '', 'previous-status': 'PENDING', outcome: 'unknown', error: 'no answer; the read failed too' })])
    // A cancelled Reject that a fresh read shows still PENDING is a failure with that status.
    const stillPending = buildOutputs([{ id: 'c-1', connection: full, outcome: 'failed', error: 'cancelled; a fresh read shows it still PENDING', errorKind: 'aborted' }])
    expect(stillPending.status).toBe('PENDING')
    const denied = buildOutputs([{ id: 'c-1', connection: full, outcome: 'failed', error: 'denied', errorKind: 'access-denied' }])
    expect(denied.status).toBe('PENDING')
    const rejected = buildOutputs([{ id: 'c-1', connection: connection({ status: 'REJECTED' }), outcome: 'already-rejected', reason: 'read' }])
    expect(rejected.status).toBe('REJECTED')
  })

  it('counts rejections and failures over many connections, and gives each result its reason or error', () => {
    const out = buildOutputs([
      { id: 'a', connection: connection({ id: 'a' }), outcome: 'rejected', reason: 'not allowed' },
      { id: 'b', connection: connection({ id: 'b' }), outcome: 'rejected' },
      { id: 'c', outcome: 'failed' },
      { id: 'd', outcome: 'skipped', reason: 'allowed' }
    ])
    expect(out['rejected-count']).toBe('2')
    expect(out['failed-count']).toBe('1')
    expect(out['results-omitted-count']).toBe('0')
    expect(out.id).toBe('')
    const results = JSON.parse(out.results as string) as Array<Record<string, string>>
    expect(results.map((r) => [r.id, r.reason, r.error])).toEqual([
      ['a', 'not allowed', undefined],
      ['b', '', undefined],
      ['c', undefined, 'failed'],
      ['d', 'allowed', undefined]
    ])
  })

  it('fills the per-connection outputs when exactly one connection was handled', () => {
    const out = buildOutputs([{ id: 'x', connection: connection(), outcome: 'rejected' }])
    expect(out).toMatchObject({ status: 'REJECTED', 'environment-name': 'staging', 'requested-at': '2026-09-01T12:00:00.000Z', 'component-role-arn': '', 'rejected-count': '1' })
    expect(JSON.parse(out.connection as string)).not.toHaveProperty('componentRoleArn')
  })

  it('never sets status to REJECTED on a failure', () => {
    const out = buildOutputs([{ id: 'x', connection: connection({ status: 'REJECTED' }), outcome: 'failed', error: 'boom' }])
    expect(out.status).toBe('')
    expect(out['failed-count']).toBe('1')
  })

  it('leaves per-connection outputs empty for several connections but lists every one in results', () => {
    const out = buildOutputs([
      { id: 'a', connection: connection({ id: 'a' }), outcome: 'rejected' },
      { id: 'b', outcome: 'failed', error: 'not found' }
    ])
    expect(out.status).toBe('')
    expect(JSON.parse(out.results as string)).toEqual([
      expect.objectContaining({ id: 'a', outcome: 'rejected', status: 'REJECTED' }),
      { id: 'b', 'environment-account-id': '', 'environment-name': '', status: '', 'previous-status': '', arn: '', outcome: 'failed', planned: false, drift: false, error: 'not found' }
    ])
  })

  it('carries what the plan decided and the status before the run acted, so the counts can be rebuilt from the results', () => {
    const out = buildOutputs([
      { id: 'a', connection: connection({ id: 'a', status: 'REJECTED' }), outcome: 'rejected', previousStatus: 'CONNECTED', planned: true, drift: true, reason: 'drift: reject' },
      { id: 'b', connection: connection({ id: 'b', status: 'CONNECTED' }), outcome: 'drifted', drift: true, reason: 'reported only' },
      { id: 'c', connection: connection({ id: 'c', status: 'PENDING' }), outcome: 'cancelled', planned: true, reason: 'not attempted' }
    ])
    const results = JSON.parse(out.results as string) as Array<Record<string, unknown>>
    expect(results.map((r) => [r.id, r.status, r['previous-status'], r.planned, r.drift])).toEqual([
      ['a', 'REJECTED', 'CONNECTED', true, true],
      ['b', 'CONNECTED', 'CONNECTED', false, true],
      ['c', 'PENDING', 'PENDING', true, false]
    ])
    expect(out['would-reject-count']).toBe('2')
    expect(out['drift-count']).toBe('2')
    expect(results.filter((r) => r.planned === true)).toHaveLength(2)
    expect(results.filter((r) => r.drift === true)).toHaveLength(2)
  })

  it('keeps every item in order when all fit, and under its budget holds failures first and counts the rest', () => {
    const many: ConnectionResult[] = Array.from({ length: 6 }, (_, i) => ({
      id: `id-${i}`,
      connection: connection({ id: `id-${i}` }),
      ...(i === 4 ? { outcome: 'failed' as const, error: 'denied' } : i === 5 ? { outcome: 'unknown' as const, error: 'lost' } : { outcome: 'rejected' as const, reason: 'r' })
    }))
    const whole = resultsOutput(many)
    expect(whole.omitted).toBe(0)
    expect((JSON.parse(whole.json) as Array<{ id: string }>).map((r) => r.id)).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4', 'id-5'])
    const one = Buffer.byteLength(JSON.stringify(resultJson(many[0] as ConnectionResult)))
    // Room for exactly three items: the brackets, three items and two commas.
    const cut = resultsOutput(many, 2 + 3 * one + 2 + 20)
    expect(cut.omitted).toBe(3)
    expect((JSON.parse(cut.json) as Array<{ id: string }>).map((r) => r.id)).toEqual(['id-4', 'id-5', 'id-0'])
    expect(resultsOutput(many, 1).json).toBe('[]')
    expect(resultsOutput(many, 1).omitted).toBe(6)
    expect(Buffer.byteLength(resultsOutput(many, 2 + one).json)).toBeLessThanOrEqual(2 + one)
  })

  it('keeps the results output under GitHub\'s 1 MB at 20,000 connections, with the count left out', () => {
    const results: ConnectionResult[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `id-${i}`,
      connection: connection({ id: `id-${i}` }),
      outcome: i === 19_999 ? 'failed' : 'rejected',
      ...(i === 19_999 ? { error: 'the last one failed' } : { reason: 'its account is not in the policy' })
    }))
    const out = buildOutputs(results)
    expect(Buffer.byteLength(out.results as string)).toBeLessThanOrEqual(900 * 1024)
    const kept = JSON.parse(out.results as string) as Array<{ id: string }>
    expect(kept[0]?.id).toBe('id-19999')
    expect(Number(out['results-omitted-count'])).toBe(20_000 - kept.length)
    expect(Number(out['results-omitted-count'])).toBeGreaterThan(0)
  })
})

describe('summary size', () => {
  it(`stays under 1 MiB with 5,000 connections, listing failures first and saying what was left out`, () => {
    const results: ConnectionResult[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `id-${i}`,
      connection: connection({ id: `id-${i}`, environmentName: `env-${'x'.repeat(90)}-${i}` }),
      outcome: i === 4999 ? 'failed' : 'rejected',
      ...(i === 4999 ? { error: 'the last one failed' } : { reason: 'account 222222222222 is not allowed by the policy' })
    }))
    const markdown = summaryMarkdown(report(results, { mode: 'policy', policySource: 'policy.yml', allowedAccountIds: [] }))
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown.split('\n').filter((l) => l.startsWith('| ')).length).toBeLessThanOrEqual(SUMMARY_ROW_CAP + 2)
    expect(markdown).toContain('the last one failed')
    expect(markdown).toMatch(/\d+ more rows left out .* the `results` output and `results-file` list every connection/)
  })
})
