import { describe, expect, it } from '@jest/globals'
import type { ConnectionResult } from '../../src/apply.js'
import { buildOutputs, escapeCell, link, summaryMarkdown, SUMMARY_ROW_CAP, type RunReport } from '../../src/report.js'
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

describe('outputs', () => {
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
      { id: 'b', 'environment-account-id': '', 'environment-name': '', status: '', arn: '', outcome: 'failed', error: 'not found' }
    ])
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
