import { describe, expect, it } from '@jest/globals'
import type { ConnectionResult } from '../../src/apply.js'
import type { Outcome } from '../../src/plan.js'
import { BLOCK_MAX, connectionJson, detailOf, groupFailures, partitionOf, splitBlock, summaryMarkdown, SUMMARY_BYTE_BUDGET, SUMMARY_ROW_CAP, type RunReport } from '../../src/report.js'
import { connectionFixture } from './fixtures.js'

/** What the job summary says: its headline, its paragraph, its context list and its tables, by behaviour. */

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

const id = (i: number): string => `0000000${i}-0000-4000-8000-000000000000`.slice(-36)

/** A result of this outcome for connection number i, in account 2000000000ii and environment env-i. */
function result(outcome: Outcome, i: number, over: Partial<ConnectionResult> = {}): ConnectionResult {
  const account = `2${String(i).padStart(11, '0')}`
  return {
    id: id(i),
    connection: connectionFixture({
      id: id(i),
      arn: `arn:aws:proton:us-east-1:${account}:environment-account-connection/${id(i)}`,
      environmentAccountId: account,
      environmentName: `env-${i}`,
      status: outcome === 'rejected' || outcome === 'already-rejected' ? 'REJECTED' : 'PENDING'
    }),
    outcome,
    ...(outcome === 'failed' || outcome === 'unknown' ? { error: `connection ${id(i)} failed: boom` } : { reason: `reason ${i}` }),
    ...over
  }
}

const headlineOf = (markdown: string): string => markdown.split('\n')[0] as string
const leadOf = (markdown: string): string => markdown.split('\n')[2] as string
const cellsOf = (row: string): string[] => row.split('|').slice(1, -1)
const contextOf = (markdown: string): string[] => markdown.split('\n').filter((l) => l.startsWith('- ') && !l.startsWith('- **'))
/** The rows of the Connections table, as the outcome word and the connection's number. */
const rowsOf = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Outcome') && !l.startsWith('| ---'))
const rowKey = (row: string): string => {
  const cells = row.split('|').slice(1, -1).map((c) => c.trim())
  return `${(cells[0] as string).replace(/^\S+ /, '')} ${(cells[2] as string).replace(/^env-/, '')}`
}
const leftOut = (markdown: string): number | undefined => {
  const m = /(\d+) more rows? left out/.exec(markdown)
  return m ? Number(m[1]) : undefined
}

describe('headline', () => {
  it('of a run with failures among other results names the failures first and the count of connections', () => {
    const results = [result('rejected', 1), result('failed', 2), result('rejected', 3), result('failed', 4), result('skipped', 5)]
    const h = headlineOf(summaryMarkdown(report(results)))
    expect(h).toMatch(/^### ❌ /)
    expect(h).toMatch(/\b2\b.*\b5 connections\b/)
  })

  it('of one failure among thousands still says a failure, not a success', () => {
    const results = Array.from({ length: 4999 }, (_, i) => result('rejected', i))
    results.push(result('failed', 4999))
    const h = headlineOf(summaryMarkdown(report(results)))
    expect(h).toMatch(/^### ❌ 1 of 5000 connections/)
  })

  it('of a dry run counts the connections that would be rejected', () => {
    const h = headlineOf(summaryMarkdown(report([result('would-reject', 1), result('would-reject', 2), result('skipped', 3)], { dryRun: true })))
    expect(h).toMatch(/^### 🔍 .*\b2 connections\b/)
    const one = headlineOf(summaryMarkdown(report([result('would-reject', 1), result('skipped', 3)], { dryRun: true })))
    expect(one).toMatch(/\b1 connection\b(?!s)/)
  })

  it('of a run that rejected connections counts them, and tells an empty run from one that rejected none', () => {
    const two = headlineOf(summaryMarkdown(report([result('rejected', 1), result('rejected', 2), result('skipped', 3)])))
    expect(two).toMatch(/^### ✅ .*\b2 connections\b/)
    const one = headlineOf(summaryMarkdown(report([result('rejected', 1), result('skipped', 3)])))
    expect(one).toMatch(/^### ✅ .*\b1 connection\b(?!s)/)
    const none = headlineOf(summaryMarkdown(report([result('skipped', 3), result('already-rejected', 4)])))
    const empty = headlineOf(summaryMarkdown(report([])))
    for (const h of [none, empty]) {
      expect(h).toMatch(/^### ✅ /)
      expect(h).not.toMatch(/\d/)
    }
    expect(none).not.toBe(empty)
    expect(new Set([two, one, none, empty]).size).toBe(4)
  })

  it('of a cancelled run counts rejected, unknown, failed and not attempted connections', () => {
    const results = [
      result('rejected', 1),
      result('rejected', 2),
      result('unknown', 3, { errorKind: 'aborted' }),
      result('failed', 4, { errorKind: 'access-denied' }),
      result('failed', 5, { errorKind: 'throttled' }),
      result('cancelled', 6),
      result('cancelled', 7),
      result('cancelled', 8)
    ]
    const h = headlineOf(summaryMarkdown(report(results, { cancelled: 'SIGTERM' })))
    expect(h).toMatch(/^### ⏹️ /)
    expect(h).toContain('SIGTERM')
    const numbers = h.match(/\d+/g)
    expect(numbers).toEqual(['2', '1', '2', '3'])
    expect(h).toMatch(/2 rejected.*1 with unknown result.*2 failed.*3 not attempted/)
  })

  it('of a cancelled run leaves out the unknown and failed counts when there are none', () => {
    const h = headlineOf(summaryMarkdown(report([result('rejected', 1), result('cancelled', 2)], { cancelled: 'SIGINT' })))
    expect(h.match(/\d+/g)).toEqual(['1', '1'])
    expect(h).not.toMatch(/unknown|failed/)
  })

  it('of a failed step is the failure title, escaped', () => {
    const h = headlineOf(summaryMarkdown(report([], { stepFailure: { title: 'Sign-in <failed>', message: 'no token' } })))
    expect(h).toBe('### ❌ Sign-in &lt;failed&gt;')
  })

  it('of one connection asked for by ID names it, and differs for each outcome', () => {
    const outcomes: Outcome[] = ['rejected', 'already-rejected', 'would-reject', 'skipped', 'failed']
    const headlines = outcomes.map((o) => headlineOf(summaryMarkdown(report([result(o, 7)], { mode: 'ids' }))))
    for (const h of headlines) expect(h).toContain(id(7))
    expect(new Set(headlines).size).toBe(outcomes.length)
    expect(headlines[0]).toMatch(/^### ✅ /)
    expect(headlines[4]).toMatch(/^### ❌ /)
  })
})

describe('the paragraph under the headline', () => {
  it('counts each outcome in words, in the order of the table, leaving out the ones that did not happen', () => {
    const results = [result('skipped', 1), result('rejected', 2), result('already-rejected', 3), result('failed', 4), result('rejected', 5)]
    const lead = leadOf(summaryMarkdown(report(results)))
    expect(lead).toMatch(/1 failed, 2 rejected, 1 already rejected, 1 skipped\.$/)
    expect(lead).not.toMatch(/would reject|cancelled/)
  })

  it('names the policy it checked against and how many accounts it allows, in the policy mode only', () => {
    const lead = leadOf(summaryMarkdown(report([result('skipped', 1)], { policySource: 'proton/policy.yml', allowedAccountIds: ['1', '2', '3'] })))
    expect(lead).toContain('proton/policy.yml')
    expect(lead).toMatch(/\b3 allowed accounts\b/)
    const one = leadOf(summaryMarkdown(report([result('skipped', 1)], { allowedAccountIds: ['1'] })))
    expect(one).toMatch(/\b1 allowed account\b(?!s)/)
    const ids = leadOf(summaryMarkdown(report([result('rejected', 1), result('rejected', 2)], { mode: 'ids' })))
    expect(ids).not.toContain('policy.yml')
    expect(ids).toMatch(/^2 rejected\.$/)
  })

  it('says that a dry run changed nothing', () => {
    const dry = leadOf(summaryMarkdown(report([result('would-reject', 1), result('skipped', 2)], { dryRun: true })))
    const wet = leadOf(summaryMarkdown(report([result('rejected', 1), result('skipped', 2)])))
    expect(dry).toMatch(/nothing was changed/i)
    expect(wet).not.toMatch(/nothing was changed/i)
  })

  it('says when nothing matched', () => {
    const lead = leadOf(summaryMarkdown(report([])))
    expect(lead).toMatch(/\. No connection matched\.$/)
  })

  it('of a cancelled run says so, with the failure that stopped it', () => {
    const lead = leadOf(summaryMarkdown(report([result('rejected', 1), result('cancelled', 2)], { cancelled: 'SIGINT', stepFailure: { title: 'Cancelled', message: 'stopped <now>' } })))
    expect(lead).toContain('SIGINT')
    expect(lead).toContain('stopped &lt;now&gt;.')
    expect(lead).toMatch(/1 rejected, 1 cancelled\.$/)
    const plain = leadOf(summaryMarkdown(report([result('cancelled', 2)], { cancelled: 'SIGINT' })))
    expect(plain).toContain('SIGINT')
    expect(plain).not.toContain('stopped')
  })

  it('of a cancelled run about one connection counts it instead of describing it', () => {
    const lead = leadOf(summaryMarkdown(report([result('cancelled', 2)], { mode: 'ids', cancelled: 'SIGTERM' })))
    expect(lead).toMatch(/1 cancelled\.$/)
  })

  it('of a failed step gives its message, ending with one full stop, and says nothing was changed', () => {
    const one = leadOf(summaryMarkdown(report([], { stepFailure: { title: 'Bad input', message: 'aws-region: <none>' } })))
    expect(one).toMatch(/^aws-region&#58; &lt;none&gt;\. Nothing was changed\.$/)
    const dotted = leadOf(summaryMarkdown(report([], { stepFailure: { title: 'Bad input', message: 'no region.' } })))
    expect(dotted).toMatch(/^no region\. Nothing was changed\.$/)
  })

  it('of a failed step that ends with a JSON object shows the object as a code block under the sentence', () => {
    const condition = { Condition: { StringEquals: { 'k:sub': 'repo:o/r:ref:refs/heads/main', 'k:aud': '<sts>' } } }
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Sign-in failed', message: `the role refused the token: its trust needs the condition below\n\n${JSON.stringify(condition)}` } }))
    const lines = markdown.split('\n')
    expect(lines[2]).toBe('the role refused the token&#58; its trust needs the condition below. Nothing was changed.')
    expect(lines.slice(3, 5)).toEqual(['', '```json'])
    const end = lines.indexOf('```', 5)
    expect(JSON.parse(lines.slice(5, end).join('\n'))).toEqual(condition)
    expect(lines.slice(5, end)).toEqual(JSON.stringify(condition, null, 2).split('\n'))
  })

  it('keeps as prose a message whose end is not one JSON object, or too long a block', () => {
    expect(splitBlock('a\n\n{"x": 1}')).toEqual({ prose: 'a', block: '{\n  "x": 1\n}' })
    expect(splitBlock('a\n\n{"x": 1}\n\n{"y": 2}')).toEqual({ prose: 'a\n\n{"x": 1}', block: '{\n  "y": 2\n}' })
    for (const message of ['a\n\n{not json', 'a\n\n{"x": 1} and more', 'a {"x": 1}', 'a\n{"x": 1}', '{"x": 1}']) expect(splitBlock(message)).toEqual({ prose: message })
    const fits = `a\n\n{"x": "${'y'.repeat(BLOCK_MAX - 9)}"}`
    expect(fits.length - 3).toBe(BLOCK_MAX)
    expect(splitBlock(fits).block).toBeDefined()
    const over = `a\n\n{"x": "${'y'.repeat(BLOCK_MAX - 8)}"}`
    expect(splitBlock(over)).toEqual({ prose: over })
    const prose = leadOf(summaryMarkdown(report([], { stepFailure: { title: 'x', message: 'failed\n\n{not json' } })))
    expect(prose).toBe('failed<br><br>{not json. Nothing was changed.')
  })

  it('of a failed step with a block says once that nothing was changed, judged by the sentence', () => {
    const said = summaryMarkdown(report([], { stepFailure: { title: 'x', message: 'nothing was changed\n\n{"a": "b"}' } })).split('\n')
    expect(said[2]).toBe('nothing was changed.')
    const inBlock = summaryMarkdown(report([], { stepFailure: { title: 'x', message: 'refused.\n\n{"a": "nothing was changed"}' } })).split('\n')
    expect(inBlock[2]).toBe('refused. Nothing was changed.')
  })

  it('of a failed step with several problems lists each one, numbered', () => {
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Bad inputs', message: 'x', problems: ['first <a>', 'second', 'third'] } }))
    const lines = markdown.split('\n')
    expect(lines[2]).toMatch(/^3 problems/)
    expect(lines.slice(4, 7)).toEqual(['1. first &lt;a&gt;', '2. second', '3. third'])
    const single = summaryMarkdown(report([], { stepFailure: { title: 'Bad input', message: 'only one', problems: ['only one'] } }))
    expect(leadOf(single)).toMatch(/^only one\. Nothing was changed\.$/)
  })

  describe('of one connection asked for by ID', () => {
    const single = (r: ConnectionResult): string => leadOf(summaryMarkdown(report([r], { mode: 'ids' })))

    it('names its account and environment, and says what was done and why', () => {
      const rejected = single({ ...result('rejected', 3), previousStatus: 'PENDING', reason: 'requested by connection-id' })
      expect(rejected).toContain('200000000003')
      expect(rejected).toContain('env-3')
      expect(rejected).toContain('PENDING')
      expect(rejected).toMatch(/\. Requested by connection-id\.$/)
      const noPrevious = single(result('rejected', 3, { reason: 'x' }))
      expect(noPrevious).not.toContain('PENDING')
      expect(noPrevious).toMatch(/\. X\.$/)
    })

    it('gives the reason for every outcome, starting with a capital', () => {
      for (const outcome of ['already-rejected', 'skipped', 'cancelled'] as const) {
        const lead = single(result(outcome, 4, { reason: `why <${outcome}>` }))
        expect(lead).toContain(`why &lt;${outcome}&gt;`)
        expect(lead).toMatch(/^The connection of account 200000000004 for environment env-4 /)
      }
      const would = single(result('would-reject', 4))
      expect(would).toMatch(/^The connection of account 200000000004 for environment env-4 /)
      expect(would).toContain('PENDING')
    })

    it('says "the connection" when it could not be read, and gives a failure its error with one full stop', () => {
      expect(single({ id: id(5), outcome: 'skipped', reason: 'gone' })).toMatch(/^The connection was left as it is/)
      expect(single({ id: id(5), outcome: 'failed', error: 'access <denied>' })).toBe('access &lt;denied&gt;.')
      expect(single({ id: id(5), outcome: 'failed', error: 'not found.' })).toBe('not found.')
      expect(single({ id: id(5), outcome: 'failed' })).toBe('<em>absent</em>.')
    })
  })
})

describe('every outcome', () => {
  // An independent table: the summary's words and icons as a reader sees them.
  const SEEN: Record<Outcome, string> = {
    failed: '❌ failed',
    unknown: '❓ unknown',
    rejected: '✅ rejected',
    cancelled: '⏹️ cancelled',
    'would-reject': '🔍 would reject',
    drifted: '⚠️ drifted',
    'already-rejected': 'ℹ️ already rejected',
    skipped: '⏭️ skipped'
  }
  const outcomes = Object.keys(SEEN) as Outcome[]
  const all = outcomes.map((o, i) => result(o, i + 1, o === 'drifted' ? { drift: true } : {}))

  it('has its icon and words in the first cell of its row', () => {
    const markdown = summaryMarkdown(report(all))
    expect(markdown).not.toContain('undefined')
    outcomes.forEach((o, i) => {
      const row = markdown.split('\n').find((l) => l.startsWith('| ') && l.includes(id(i + 1))) as string
      expect(cellsOf(row)[0]?.trim()).toBe(SEEN[o])
    })
  })

  it('is counted in the paragraph, in the order of the table', () => {
    expect(leadOf(summaryMarkdown(report(all)))).toMatch(/ 1 failed, 1 unknown, 1 rejected, 1 cancelled, 1 would reject, 1 drifted, 1 already rejected, 1 skipped\.$/)
    expect(leadOf(summaryMarkdown(report([result('rejected', 1), result('drifted', 2, { drift: true })])))).toMatch(/ 1 rejected, 1 drifted\.$/)
  })
})

describe('the context list', () => {
  it('cuts a long pull request title to a cell\'s length, with an ellipsis', () => {
    const title = `${'T'.repeat(299)}UVW`
    const pr = { number: 7, title, url: 'https://github.com/o/r/pull/7', merged: true }
    for (const over of [{ trigger: { event: 'pull_request', pullRequest: pr } }, { merge: { pullRequest: pr } }] as Partial<RunReport>[]) {
      const line = contextOf(summaryMarkdown(report([], over))).find((l) => l.includes('pull/7')) as string
      expect(line).toContain(`&#35;7 ${'T'.repeat(299)}…</a>`)
      expect(line).not.toContain('TU')
    }
  })

  it('has only the trigger when nothing else is known', () => {
    const context = contextOf(summaryMarkdown(report([], { region: undefined })))
    expect(context).toEqual(['- Triggered by: push'])
  })

  it('names each thing that is known, escaped', () => {
    const markdown = summaryMarkdown(
      report([], {
        endpoint: 'http://127.0.0.1:4566',
        proxy: 'http://proxy.internal:3128',
        signedIn: 'OIDC <role>',
        authenticatedArn: 'arn:aws:sts::111111111111:assumed-role/R/s',
        runUrl: 'https://github.com/o/r/actions/runs/1',
        runLabel: 'run <1>'
      })
    )
    const context = contextOf(markdown)
    expect(context).toHaveLength(6)
    expect(context.join('\n')).toContain('<a href="https://github.com/o/r/actions/runs/1">run &lt;1&gt;</a>')
    for (const value of ['us-east-1', 'http&#58;//127.0.0.1&#58;4566', 'http&#58;//proxy.internal&#58;3128', 'OIDC &lt;role&gt;', 'arn&#58;aws&#58;sts&#58;&#58;111111111111&#58;assumed-role/R/s']) {
      expect(context.some((l) => l.includes(value))).toBe(true)
    }
    const unlabelled = contextOf(summaryMarkdown(report([], { runUrl: 'https://github.com/o/r/actions/runs/1' })))
    expect(unlabelled.some((l) => /<a href="https:\/\/github.com\/o\/r\/actions\/runs\/1">\w/.test(l))).toBe(true)
  })

  it('names the pull request that started the run, merged or not, and who did', () => {
    const merged = contextOf(summaryMarkdown(report([], { trigger: { event: 'pull_request', actor: 'octocat', pullRequest: { number: 7, title: 'Add <x>', url: 'https://github.com/o/r/pull/7', merged: true } } })))[0] as string
    expect(merged).toContain('<a href="https://github.com/o/r/pull/7">&#35;7 Add &lt;x&gt;</a>')
    expect(merged).toMatch(/\bmerged\b/)
    expect(merged).not.toMatch(/not merged/)
    expect(merged).toContain('octocat')
    const open = contextOf(summaryMarkdown(report([], { trigger: { event: 'pull_request', pullRequest: { number: 7, title: 'Add', merged: false } } })))[0] as string
    expect(open).toMatch(/not merged/)
    expect(open).toContain('&#35;7 Add')
    expect(open).not.toContain('<a ')
    expect(open).toBe('- Triggered by: pull request &#35;7 Add (not merged)')
  })

  it('names who started a manual run or another event', () => {
    expect(contextOf(summaryMarkdown(report([], { trigger: { event: 'workflow_dispatch', actor: 'octo_cat' } })))[0]).toMatch(/workflow_dispatch.*octo&#95;cat/)
    expect(contextOf(summaryMarkdown(report([], { trigger: { event: 'schedule', actor: 'octocat' } })))[0]).toBe('- Triggered by: schedule by octocat')
    expect(contextOf(summaryMarkdown(report([], { trigger: { event: 'schedule' } })))[0]).toBe('- Triggered by: schedule')
    expect(contextOf(summaryMarkdown(report([], { trigger: { event: '' } })))[0]).toMatch(/^- Triggered by: \w/)
  })

  it('names the pull request a pushed commit merged, or why none is named', () => {
    const pr = contextOf(summaryMarkdown(report([], { merge: { pullRequest: { number: 9, title: 'Policy', url: 'https://github.com/o/r/pull/9' } } })))
    expect(pr[1]).toContain('<a href="https://github.com/o/r/pull/9">&#35;9 Policy</a>')
    const note = contextOf(summaryMarkdown(report([], { merge: { note: 'pushed <directly>' } })))
    expect(note[1]).toContain('pushed &lt;directly&gt;')
  })
})

describe('the field table of one connection', () => {
  it('shows every field of the connection, absent ones as absent', () => {
    const markdown = summaryMarkdown(report([result('rejected', 3)], { mode: 'ids' }))
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Field') && !l.startsWith('| ---'))
    expect(rows).toHaveLength(11)
    const values = rows.map((r) => (r.split('|')[2] as string).trim())
    expect(values).toEqual([
      'REJECTED',
      id(3),
      `arn&#58;aws&#58;proton&#58;us-east-1&#58;200000000003&#58;environment-account-connection/${id(3)}`,
      '200000000003',
      'env-3',
      '111111111111',
      'arn&#58;aws&#58;iam&#58;&#58;222222222222&#58;role/R',
      '<em>absent</em>',
      '<em>absent</em>',
      '2026-09-01T12&#58;00&#58;00.000Z',
      '2026-09-02T12&#58;00&#58;00.000Z'
    ])
    expect(markdown).not.toContain('#### Connections')
  })

  it('is left out when the one connection could not be read', () => {
    const markdown = summaryMarkdown(report([{ id: id(3), outcome: 'failed', error: 'not found' }], { mode: 'ids' }))
    expect(markdown).not.toContain('| Field |')
    expect(markdown).not.toContain('#### Connections')
  })
})

describe('the Connections table', () => {
  it('lists every connection, failures first, then rejected, cancelled, would reject, already rejected, skipped, each in the order given', () => {
    const results = [
      result('skipped', 1),
      result('already-rejected', 2),
      result('would-reject', 3),
      result('cancelled', 4),
      result('rejected', 5),
      result('failed', 6),
      result('skipped', 7),
      result('rejected', 8),
      result('failed', 9)
    ]
    const rows = rowsOf(summaryMarkdown(report(results)))
    expect(rows.map(rowKey)).toEqual(['failed 6', 'failed 9', 'rejected 5', 'rejected 8', 'cancelled 4', 'would reject 3', 'already rejected 2', 'skipped 1', 'skipped 7'])
    expect(rows[0]).toContain(`<code>${id(6)}</code>`)
    expect(rows[0]).toContain('200000000006')
  })

  it('shows rows under the default budget, and says nothing is left out when nothing is', () => {
    const markdown = summaryMarkdown(report([result('rejected', 1), result('skipped', 2)]))
    expect(rowsOf(markdown)).toHaveLength(2)
    expect(leftOut(markdown)).toBeUndefined()
    expect(markdown.endsWith('\n')).toBe(true)
  })

  it("sets the default byte budget below GitHub's 1 MiB limit for a step's summary, with room for the rest of the page", () => {
    expect(SUMMARY_BYTE_BUDGET).toBeGreaterThanOrEqual(512 * 1024)
    expect(SUMMARY_BYTE_BUDGET).toBeLessThan(1024 * 1024)
  })

  it('shows at most the row cap, failures first, saying how many rows it left out', () => {
    const results = Array.from({ length: SUMMARY_ROW_CAP + 250 }, (_, i) => result(i % 10 === 0 ? 'failed' : 'rejected', i))
    const markdown = summaryMarkdown(report(results))
    const rows = rowsOf(markdown)
    expect(rows).toHaveLength(SUMMARY_ROW_CAP)
    expect(leftOut(markdown)).toBe(250)
    expect(rows.slice(0, SUMMARY_ROW_CAP / 10 + 25).every((r) => rowKey(r).startsWith('failed'))).toBe(true)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BYTE_BUDGET)
  })

  it('fills a small budget exactly: a row that fits to the byte is shown, one byte less leaves it out', () => {
    const results = [result('rejected', 1), result('skipped', 2), result('skipped', 3)]
    const all = summaryMarkdown(report(results), 1_000_000)
    expect(rowsOf(all)).toHaveLength(3)
    // The whole text but its two joining line breaks is what the budget counts.
    const exact = Buffer.byteLength(all) - 2
    expect(summaryMarkdown(report(results), exact)).toBe(all)
    const short = summaryMarkdown(report(results), exact - 1)
    expect(rowsOf(short).map(rowKey)).toEqual(['rejected 1', 'skipped 2'])
    expect(leftOut(short)).toBe(1)
    const lastRow = rowsOf(all)[2] as string
    const two = summaryMarkdown(report(results), exact - Buffer.byteLength(lastRow) - 1)
    expect(rowsOf(two)).toHaveLength(2)
    const one = summaryMarkdown(report(results), exact - Buffer.byteLength(lastRow) - 2)
    expect(rowsOf(one).map(rowKey)).toEqual(['rejected 1'])
    expect(leftOut(one)).toBe(2)
  })

  it('shows the header and says every row was left out when not even one fits', () => {
    const results = [result('failed', 1), result('rejected', 2)]
    const markdown = summaryMarkdown(report(results), 100)
    expect(rowsOf(markdown)).toHaveLength(0)
    expect(markdown).toContain('| Outcome |')
    expect(leftOut(markdown)).toBe(2)
  })

  it('gives each row its detail without the connection\'s own ID, which has its own column', () => {
    const failedRow = rowsOf(summaryMarkdown(report([result('failed', 1), result('skipped', 2, { reason: `kept ${id(2)}` })])))
    expect(failedRow[0]).toContain('this connection failed&#58; boom')
    expect(failedRow[0]?.split(id(1))).toHaveLength(2)
    expect(failedRow[1]).toContain('kept it')
  })

  it('takes the usual ARN in the partition of the region: China\'s and GovCloud\'s are not unusual there', () => {
    expect(['us-east-1', 'eu-west-1', undefined, 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1', 'xcn-1', 'us-govx'].map(partitionOf)).toEqual(['aws', 'aws', 'aws', 'aws-cn', 'aws-cn', 'aws-us-gov', 'aws-us-gov', 'aws', 'aws'])
    for (const [region, partition] of [['cn-north-1', 'aws-cn'], ['us-gov-west-1', 'aws-us-gov']] as const) {
      const r = result('rejected', 1)
      const c = r.connection as NonNullable<ConnectionResult['connection']>
      r.connection = { ...c, arn: `arn:${partition}:proton:${region}:${c.environmentAccountId}:environment-account-connection/${c.id}` }
      expect(rowsOf(summaryMarkdown(report([r], { region })))[0]).not.toContain('ARN')
      r.connection = { ...c, arn: `arn:aws:proton:${region}:${c.environmentAccountId}:environment-account-connection/${c.id}` }
      expect(rowsOf(summaryMarkdown(report([r], { region })))[0]).toContain('<br>ARN')
    }
  })

  it('shows a connection\'s ARN only when it is not the usual one for the region and environment account', () => {
    const other = result('rejected', 2)
    other.connection = { ...(other.connection as NonNullable<ConnectionResult['connection']>), arn: `arn:aws:proton:eu-west-1:999999999999:environment-account-connection/${id(2)}` }
    const rows = rowsOf(summaryMarkdown(report([result('rejected', 1), other, { id: id(3), outcome: 'failed', error: 'gone' }])))
    const byKey = new Map(rows.map((r) => [rowKey(r), r]))
    expect(rows.find((r) => r.includes(id(1)))).not.toContain('ARN')
    expect(rows.find((r) => r.includes(id(2)))).toContain('<br>ARN arn&#58;aws&#58;proton&#58;eu-west-1&#58;999999999999')
    expect(rows.find((r) => r.includes(id(3)))).not.toContain('ARN')
    expect(byKey.size).toBe(3)
    const noRegion = rowsOf(summaryMarkdown(report([result('rejected', 1), result('rejected', 2)], { region: undefined })))
    expect(noRegion.every((r) => r.includes('<br>ARN'))).toBe(true)
  })
})

describe('failures', () => {
  it('are grouped by title and message but for the connection\'s ID, biggest group first', () => {
    const denied = (i: number): ConnectionResult => result('failed', i, { errorTitle: 'Access denied', error: `access denied to ${id(i)}` })
    const groups = groupFailures([result('failed', 1, { errorTitle: 'Timed out' }), denied(2), result('rejected', 3), denied(4), denied(5), result('failed', 6, { errorTitle: 'Timed out', error: 'other message' })])
    expect(groups).toEqual([
      { title: 'Access denied', message: `access denied to ${id(2)}`, ids: [id(2), id(4), id(5)] },
      { title: 'Timed out', message: `connection ${id(1)} failed: boom`, ids: [id(1)] },
      { title: 'Timed out', message: 'other message', ids: [id(6)] }
    ])
    expect(groupFailures([{ id: 'x', outcome: 'failed' }])).toEqual([{ title: 'Failed', message: 'failed', ids: ['x'] }])
  })

  it('keep a message that names its connection apart from one that names none', () => {
    const groups = groupFailures([
      result('failed', 1, { errorTitle: 'Refused', error: `connection ${id(1)} refused` }),
      result('failed', 2, { errorTitle: 'Refused', error: 'connection  refused' })
    ])
    expect(groups.map((g) => g.ids)).toEqual([[id(1)], [id(2)]])
  })

  it('are listed once per group above the table, with how many connections share it', () => {
    const denied = (i: number): ConnectionResult => result('failed', i, { errorTitle: 'Access <denied>', error: `access denied to ${id(i)}` })
    const markdown = summaryMarkdown(report([denied(1), denied(2), denied(3), result('failed', 4, { errorTitle: 'Timed out' }), result('rejected', 5)]))
    const lines = markdown.split('\n').filter((l) => l.startsWith('- **'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('Access &lt;denied&gt;')
    expect(lines[0]).toMatch(/\b3 connections\b/)
    expect(lines[0]).toMatch(/\b2\b/)
    expect(lines[0]).toContain(`access denied to ${id(1)}`)
    expect(lines[1]).toContain('Timed out')
    expect(lines[1]).not.toMatch(/connections/)
    expect(markdown.indexOf('- **')).toBeLessThan(markdown.indexOf('| Outcome |'))
    expect(summaryMarkdown(report([result('rejected', 1), result('rejected', 2)]))).not.toContain('- **')
  })
})

describe('detailOf', () => {
  it('replaces the connection\'s own ID, and the words "connection ID", by a reference to the row', () => {
    expect(detailOf({ id: 'abc', outcome: 'failed', error: 'connection abc is used; abc cannot go' })).toBe('this connection is used; it cannot go')
    expect(detailOf({ id: 'abc', outcome: 'skipped', reason: 'allowed, like abc' })).toBe('allowed, like it')
    expect(detailOf({ id: 'abc', outcome: 'skipped' })).toBe('')
    expect(detailOf({ id: 'abc', outcome: 'failed', reason: 'not this' })).toBe('')
  })
})

describe('the summary\'s blocks', () => {
  /** The summary cut at its blank lines: each block a heading, a paragraph, a list or a table. */
  const kinds = (markdown: string): string[] =>
    markdown
      .replace(/\n+$/, '')
      .split('\n\n')
      .map((block) => {
        const lines = block.split('\n')
        if (lines.length === 1 && /^#{3,4} \S/.test(block)) return `heading ${block.replace(/^#+ /, '').split(' ')[0]}`
        if (lines.every((l) => l.startsWith('| '))) return `table ${lines.length}`
        if (lines.every((l) => l.startsWith('- '))) return `list ${lines.length}`
        if (lines.every((l) => /^\d+\. /.test(l))) return `numbered ${lines.length}`
        return lines.length === 1 && !/^[#|-]/.test(block) ? 'paragraph' : `other: ${block}`
      })

  it('of a run with failures: headline, paragraph, context, the failures, the table, each block apart', () => {
    const markdown = summaryMarkdown(report([result('failed', 1), result('rejected', 2), result('skipped', 3)], { proxy: 'http://proxy:1' }))
    expect(kinds(markdown)).toEqual(['heading ❌', 'paragraph', 'list 3', 'heading Failures', 'list 1', 'heading Connections', 'table 5'])
    expect(markdown.endsWith('|\n')).toBe(true)
  })

  it('of a run without failures has no failures part', () => {
    const markdown = summaryMarkdown(report([result('rejected', 2), result('skipped', 3)]))
    expect(kinds(markdown)).toEqual(['heading ✅', 'paragraph', 'list 2', 'heading Connections', 'table 4'])
  })

  it('of a run with rows left out says so in a paragraph of its own, never as a row of the table', () => {
    const results = [result('rejected', 1), result('skipped', 2), result('skipped', 3)]
    const markdown = summaryMarkdown(report(results), Buffer.byteLength(summaryMarkdown(report(results), 1_000_000)) - 3)
    expect(kinds(markdown)).toEqual(['heading ✅', 'paragraph', 'list 2', 'heading Connections', 'table 4', 'paragraph'])
  })

  it('of one connection: headline, paragraph, context, then its fields with their names', () => {
    const markdown = summaryMarkdown(report([result('rejected', 1)], { mode: 'ids' }))
    expect(kinds(markdown)).toEqual(['heading ✅', 'paragraph', 'list 2', 'table 13'])
    const table = markdown.replace(/\n+$/, '').split('\n\n').pop() as string
    const names = table.split('\n').map((l) => (l.split('|')[1] as string).trim())
    expect(names).toEqual(['Field', '---', 'Status', 'ID', 'ARN', 'Environment account', 'Environment', 'Management account', 'Role ARN', 'Component role ARN', 'CodeBuild role ARN', 'Requested at', 'Last modified at'])
  })

  it('of a failed step with several problems: the count, then the numbered list', () => {
    const markdown = summaryMarkdown(report([], { stepFailure: { title: 'Bad inputs', message: 'x', problems: ['a', 'b'] } }))
    expect(kinds(markdown)).toEqual(['heading ❌', 'paragraph', 'numbered 2', 'list 2'])
  })

  it('gives the Connections table its five named columns', () => {
    const markdown = summaryMarkdown(report([result('rejected', 1), result('skipped', 2)]))
    expect(markdown).toContain('\n\n#### Connections\n\n| Outcome | Account | Environment | ID | Detail |\n| --- | --- | --- | --- | --- |\n| ')
  })

  it('puts the detail, and nothing else, in the last cell of a row', () => {
    const rows = rowsOf(summaryMarkdown(report([result('rejected', 1, { reason: 'not <allowed>' }), result('skipped', 2, { reason: '' })])))
    expect(rows.map((r) => (r.split('|')[5] as string).trim())).toEqual(['not &lt;allowed&gt;', '<em>absent</em>'])
  })

  it('separates the sentences of the paragraph', () => {
    const lead = leadOf(summaryMarkdown(report([result('would-reject', 1), result('skipped', 2)], { dryRun: true, cancelled: 'SIGINT' })))
    expect(lead).not.toMatch(/[.)][A-Z0-9]/)
    expect(lead.split('. ').length).toBeGreaterThanOrEqual(4)
  })
})

describe('the summary, more precisely', () => {
  it('of several connections asked for by ID counts them rather than describing the first', () => {
    const markdown = summaryMarkdown(report([result('rejected', 1), result('failed', 2)], { mode: 'ids' }))
    expect(headlineOf(markdown)).toMatch(/^### ❌ 1 of 2 connections/)
    expect(rowsOf(markdown)).toHaveLength(2)
  })

  it('of a cancelled run lists its counts apart, and counts a cancelled Reject only as unknown', () => {
    const h = headlineOf(summaryMarkdown(report([result('unknown', 1, { errorKind: 'aborted' }), result('cancelled', 2)], { cancelled: 'SIGTERM' })))
    const parts = h.replace(/^.*?\): /, '').split(', ')
    expect(parts).toHaveLength(3)
    expect(parts.map((p) => p.match(/^\d+/)?.[0])).toEqual(['0', '1', '1'])
    expect(h).not.toMatch(/\bfailed\b/)
    const plain = headlineOf(summaryMarkdown(report([result('rejected', 1), result('cancelled', 2)], { cancelled: 'SIGINT' })))
    expect(plain.replace(/^.*?\): /, '').split(', ')).toHaveLength(2)
  })

  it('of a cancelled run counts what was rejected, what is unknown, what failed and what was not attempted', () => {
    const results = [
      result('rejected', 1),
      result('unknown', 2, { errorKind: 'aborted' }),
      result('failed', 3, { errorKind: 'other' }),
      result('unknown', 4, { errorKind: 'timeout' }),
      result('cancelled', 5),
      result('cancelled', 6)
    ]
    expect(headlineOf(summaryMarkdown(report(results, { cancelled: 'SIGINT' })))).toBe('### ⏹️ Cancelled (SIGINT): 1 rejected, 2 with unknown result, 1 failed, 2 not attempted')
  })

  it('of a cancelled run with a failure says the same as without it, plus the failure', () => {
    const results = [result('rejected', 1), result('cancelled', 2)]
    const withFailure = leadOf(summaryMarkdown(report(results, { cancelled: 'SIGINT', stepFailure: { title: 'Cancelled', message: 'stopped' } })))
    const without = leadOf(summaryMarkdown(report(results, { cancelled: 'SIGINT' })))
    expect(withFailure.replace(' stopped.', '')).toBe(without)
  })

  it('ends a message with one full stop, whatever full stops it holds inside', () => {
    const step = leadOf(summaryMarkdown(report([], { stepFailure: { title: 'Bad input', message: 'v1.2 is not allowed' } })))
    expect(step).toMatch(/^v1\.2 is not allowed\. Nothing/)
    const single = leadOf(summaryMarkdown(report([{ id: id(5), outcome: 'failed', error: 'see docs.example for help' }], { mode: 'ids' })))
    expect(single).toBe('see docs.example for help.')
  })

  it('of a rejected connection without a previous status goes straight from the connection to the reason', () => {
    const lead = leadOf(summaryMarkdown(report([result('rejected', 3, { reason: 'x' })], { mode: 'ids' })))
    expect(lead).toMatch(/env-3\. X\.$/)
  })

  it('of a connection that would be rejected but was not read says its status is absent', () => {
    const lead = leadOf(summaryMarkdown(report([{ id: id(5), outcome: 'would-reject', reason: 'r' }], { mode: 'ids' })))
    expect(lead).toContain('<em>absent</em>')
  })
})

describe('the connection output', () => {
  it('has no key at all for a role the connection does not have', () => {
    const json = connectionJson(connectionFixture())
    expect(Object.keys(json)).not.toContain('componentRoleArn')
    expect(Object.keys(json)).not.toContain('codebuildRoleArn')
    expect(Object.keys(connectionJson(connectionFixture({ componentRoleArn: 'c', codebuildRoleArn: 'b' })))).toEqual(expect.arrayContaining(['componentRoleArn', 'codebuildRoleArn']))
  })
})

describe('what 1.1.0 misreported', () => {
  const drifted = (i: number): ConnectionResult => ({ ...result('drifted', i), connection: { ...(result('drifted', i).connection as NonNullable<ConnectionResult['connection']>), status: 'CONNECTED' }, drift: true })

  it('heads a run that finds only drift with the drift, never "Nothing to reject" alone', () => {
    const two = headlineOf(summaryMarkdown(report([drifted(1), drifted(2), result('skipped', 3)])))
    expect(two).toBe('### ⚠️ Nothing to reject — drift: 2 connections still connected, their accounts not in the policy')
    const one = headlineOf(summaryMarkdown(report([drifted(1)])))
    expect(one).toBe('### ⚠️ Nothing to reject — drift: 1 connection still connected, its account not in the policy')
    expect(headlineOf(summaryMarkdown(report([result('skipped', 3)])))).toBe('### ✅ Nothing to reject')
  })

  it('says the drift in the headline of a plan, of a rejection and of a failure too', () => {
    const note = ' — drift: 1 connection still connected, its account not in the policy'
    expect(headlineOf(summaryMarkdown(report([drifted(1), result('would-reject', 2)], { dryRun: true })))).toBe(`### 🔍 Plan: 1 connection would be rejected${note}`)
    expect(headlineOf(summaryMarkdown(report([drifted(1), result('rejected', 2)])))).toBe(`### ✅ Rejected 1 connection${note}`)
    expect(headlineOf(summaryMarkdown(report([drifted(1), result('failed', 2)])))).toBe(`### ❌ 1 of 2 connections failed${note}`)
  })

  it('under drift: reject, says the drift it rejected as rejected, never as still connected', () => {
    const cut = (i: number, outcome: 'rejected' | 'failed' | 'unknown'): ConnectionResult => ({ ...drifted(i), outcome, ...(outcome !== 'rejected' && { error: 'x' }) })
    expect(headlineOf(summaryMarkdown(report([cut(1, 'rejected'), cut(2, 'rejected')])))).toBe('### ✅ Rejected 2 connections — drift: 2 connected connections of accounts not in the policy rejected')
    expect(headlineOf(summaryMarkdown(report([cut(1, 'rejected')])))).toBe('### ✅ Rejected 1 connection — drift: 1 connected connection of an account not in the policy rejected')
    expect(headlineOf(summaryMarkdown(report([cut(1, 'rejected'), cut(2, 'failed'), cut(3, 'unknown')])))).toBe(
      '### ❌ 2 of 3 connections failed or have an unknown result (1 unknown) — drift: 1 connection still connected, its account not in the policy; 1 connected connection of an account not in the policy rejected'
    )
    expect(headlineOf(summaryMarkdown(report([cut(1, 'unknown')])))).not.toContain('drift')
  })

  it('of a run cancelled before it read any connection never says that none matched', () => {
    const lead = leadOf(summaryMarkdown(report([], { mode: 'policy', cancelled: 'SIGINT', dryRun: true })))
    expect(lead).toMatch(/No connection was read before it\.$/)
    expect(lead).not.toContain('No connection matched')
    expect(leadOf(summaryMarkdown(report([], { mode: 'policy' })))).toMatch(/No connection matched\.$/)
  })

  it('counts the drift reported in a cancelled run', () => {
    expect(headlineOf(summaryMarkdown(report([drifted(1), drifted(2), result('cancelled', 3)], { cancelled: 'SIGINT' })))).toBe('### ⏹️ Cancelled (SIGINT): 0 rejected, 2 drifted, 1 not attempted')
  })

  it('heads a Reject whose result is unknown as unknown, with a sentence that AWS may have applied it', () => {
    const markdown = summaryMarkdown(report([{ ...result('unknown', 1), error: 'no answer came; reading it again failed' }], { mode: 'ids' }))
    expect(headlineOf(markdown)).toBe(`### ❓ Connection ${id(1)}: the result of the Reject is unknown`)
    expect(leadOf(markdown)).toBe('no answer came; reading it again failed. AWS may have applied it.')
  })

  it('heads several results with an unknown one as failed or unknown, in words that say which', () => {
    expect(headlineOf(summaryMarkdown(report([result('unknown', 1), result('rejected', 2)])))).toBe('### ❌ 1 of 2 connections have an unknown result')
    expect(headlineOf(summaryMarkdown(report([result('unknown', 1), result('failed', 2), result('rejected', 3)])))).toBe('### ❌ 2 of 3 connections failed or have an unknown result (1 unknown)')
    const rows = rowsOf(summaryMarkdown(report([result('unknown', 1), result('rejected', 2)])))
    expect(cellsOf(rows[0] as string)[0]?.trim()).toBe('❓ unknown')
    expect(cellsOf(rows[0] as string)[4]?.trim()).toBe('this connection failed&#58; boom')
    expect(summaryMarkdown(report([result('unknown', 1), result('rejected', 2)]))).toContain('#### Failures')
  })

  it('names the commit, linked, and what became of the comment and the results output', () => {
    const markdown = summaryMarkdown(
      report([result('rejected', 1), result('rejected', 2)], {
        commit: { sha: '0123456789abcdef0123456789abcdef01234567', url: 'https://github.com/o/r/commit/0123456789abcdef0123456789abcdef01234567' },
        commentNote: 'none updated: the inputs are invalid',
        resultsOmitted: 3
      })
    )
    expect(markdown).toContain('- Commit: <a href="https://github.com/o/r/commit/0123456789abcdef0123456789abcdef01234567">0123456</a>')
    expect(markdown).toContain('- Pull request comment: none updated&#58; the inputs are invalid')
    expect(markdown).toContain("- The `results` output leaves out 3 connections to stay under GitHub's 1 MB limit for an output; `results-file` has every one.")
    const plain = summaryMarkdown(report([result('rejected', 1), result('rejected', 2)]))
    expect(plain).not.toMatch(/Commit:|Pull request comment:|leaves out/)
    expect(summaryMarkdown(report([result('rejected', 1), result('rejected', 2)], { resultsOmitted: 1 }))).toContain('leaves out 1 connection to stay')
  })

  it('says once that nothing changed, when the failure says so already', () => {
    const lead = leadOf(summaryMarkdown(report([result('would-reject', 1)], { stepFailure: { title: 'Too many rejections', message: 'max-rejections: over the limit; nothing was rejected. Check the policy', planShown: true } })))
    expect(lead).toBe('max-rejections&#58; over the limit; nothing was rejected. Check the policy.')
    expect(leadOf(summaryMarkdown(report([], { stepFailure: { title: 'x', message: 'Nothing was changed by this' } })))).toBe('Nothing was changed by this.')
  })
})
