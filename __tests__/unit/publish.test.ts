import { describe, expect, it } from '@jest/globals'
import type { ConnectionResult, RunOutcome } from '../../src/domain.js'
import { publish } from '../../src/publish.js'
import type { RunnerIO } from '../../src/runner-io.js'
import type { Trail } from '../../src/trail.js'
import { bypassesProxy } from '../../src/transport.js'
import { connectionFixture } from './fixtures.js'

/** Publishing, tested from hand-made outcome values, with the runner and GitHub as fakes. */

interface Recorded {
  lines: string[]
  warnings: Array<[string, string | undefined]>
  annotations: Array<{ kind: string; title: string; message: string }>
  outputs?: Record<string, string>
  resultsJson?: string
  summaries: Array<{ markdown: string; replace: boolean }>
  comments: Array<{ marker: string; markdown: string; number: number }>
  lookups: number
}

function fakes(merge: Awaited<ReturnType<Trail['findMerge']>> = { note: 'none' }) {
  const seen: Recorded = { lines: [], warnings: [], annotations: [], summaries: [], comments: [], lookups: 0 }
  const io: RunnerIO = {
    info: (line) => seen.lines.push(line),
    warning: (message, title) => seen.warnings.push([message, title]),
    annotate: (kind, items) => seen.annotations.push(...items.map((i) => ({ kind, ...i }))),
    writeOutputs: (outputs) => (seen.outputs = outputs),
    writeResultsFile: (json) => {
      seen.resultsJson = json
      return '/runner/temp/results.json'
    },
    writeSummary: async (markdown, replace = false) => {
      seen.summaries.push({ markdown, replace })
    }
  }
  const trail: Trail = {
    findMerge: async () => {
      seen.lookups += 1
      // The summary must already be on disk when the look-up starts.
      expect(seen.summaries).toHaveLength(1)
      return merge
    },
    comment: async (_token, pr, marker, markdown) => {
      seen.comments.push({ marker, markdown, number: pr.number })
      return { done: `created on pull request #${pr.number}: https://github.com/o/r/pull/${pr.number}#c` }
    }
  }
  return { seen, io, trail }
}

const rejected: ConnectionResult = { id: connectionFixture().id, connection: { ...connectionFixture(), status: 'REJECTED' }, outcome: 'rejected', reason: 'its account is not in the policy', planned: true }
const base: RunOutcome = {
  settings: { mode: 'policy', dryRun: false, region: 'us-east-1', endpoint: 'https://proton.us-east-1.amazonaws.com', policy: { source: 'proton/policy.yml', allowedAccountIds: ['333333333333'], drift: 'report' }, githubToken: 'ghs_x' },
  signedIn: { description: 'role R', authenticatedArn: 'arn:aws:sts::111111111111:assumed-role/R/s' },
  managementAccount: '111111111111',
  results: [rejected],
  trigger: { event: 'push' },
  policyMode: true,
  marker: '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fpolicy.yml account=111111111111 -->'
}
const never = new AbortController().signal

describe('publish', () => {
  it('writes the results file and every output before anything else, from the outcome alone', async () => {
    const { seen, io, trail } = fakes()
    const failed = await publish(base, io, trail, { stop: never })
    expect(failed).toBe(false)
    expect(JSON.parse(seen.resultsJson as string)).toEqual([expect.objectContaining({ id: rejected.id, outcome: 'rejected' })])
    expect(seen.outputs).toMatchObject({ 'rejected-count': '1', 'would-reject-count': '1', 'results-file': '/runner/temp/results.json', 'authenticated-arn': 'arn:aws:sts::111111111111:assumed-role/R/s' })
    expect(seen.lines).toEqual([`${rejected.id}: rejected (its account is not in the policy)`])
    expect(seen.summaries).toHaveLength(1)
    expect(seen.lookups).toBe(0)
  })

  it('on a push, writes the summary before the merged pull request look-up and amends it after, then updates that pull request\'s comment', async () => {
    const { seen, io, trail } = fakes({ pullRequest: { number: 42, title: 'Remove an account', url: 'https://github.com/o/r/pull/42' } })
    await publish({ ...base, pushed: { owner: 'o', repo: 'r', sha: 'abcdef0123456789' } }, io, trail, { stop: never })
    expect(seen.summaries.map((s) => s.replace)).toEqual([false, true])
    expect(seen.summaries[0]?.markdown).toContain('being looked up when this summary was written')
    expect(seen.summaries[1]?.markdown).toContain('<a href="https://github.com/o/r/pull/42">&#35;42 Remove an account</a>')
    expect(seen.comments).toEqual([{ number: 42, marker: '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fpolicy.yml account=111111111111 -->', markdown: expect.stringMatching(/^\*\*Applied\*\* after the merge \(commit `abcdef0`\)/) }])
  })

  it('posts the plan of a dry run on its open pull request, also over max-rejections, and fails the step then', async () => {
    const { seen, io, trail } = fakes()
    const plan: RunOutcome = {
      ...base,
      settings: { ...(base.settings as NonNullable<RunOutcome['settings']>), dryRun: true },
      results: [{ ...rejected, outcome: 'would-reject' }],
      stepFailure: { title: 'Too many rejections', message: 'max-rejections: the plan would reject 1 connections, more than the limit of 0', planShown: true },
      openPullRequest: { owner: 'o', repo: 'r', number: 7 }
    }
    expect(await publish(plan, io, trail, { stop: never })).toBe(true)
    expect(seen.comments.map((c) => c.number)).toEqual([7])
    expect(seen.comments[0]?.markdown).toContain('Too many rejections')
    expect(seen.annotations).toEqual([{ kind: 'error', title: 'Too many rejections', message: expect.stringContaining('max-rejections') }])
  })

  it('warns once for drift, naming the drift mode in force, and a cancelled plan replaces the earlier plan in its comment', async () => {
    const { seen, io, trail } = fakes()
    const drifted: ConnectionResult = { id: 'd1d1d1d1-0000-4000-8000-000000000001', outcome: 'drifted', drift: true, reason: 'drift' }
    const settings = base.settings as NonNullable<RunOutcome['settings']>
    const outcome: RunOutcome = { ...base, results: [drifted], cancelled: 'SIGINT', openPullRequest: { owner: 'o', repo: 'r', number: 7 }, settings: { ...settings, dryRun: true, policy: { ...(settings.policy as NonNullable<typeof settings.policy>), drift: 'report' } } }
    expect(await publish(outcome, io, trail, { stop: never })).toBe(true)
    expect(seen.warnings.map(([, title]) => title)).toEqual(['Cancelled', 'Drift'])
    expect(seen.warnings[1]?.[0]).toBe('1 connection is connected, but its account is not in the policy (drift): d1d1d1d1-0000-4000-8000-000000000001. drift: report is in force, so nothing was changed: add the accounts to the policy, or set drift: reject to reject them')
    expect(seen.outputs?.['drift-count']).toBe('1')
    expect(seen.comments).toEqual([{ number: 7, marker: '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fpolicy.yml account=111111111111 -->', markdown: expect.stringMatching(/^\*\*This plan was cancelled \(SIGINT\)\*\*: an earlier plan in this comment no longer stands\.\n\n### ⏹️ Cancelled/) }])
  })

  it('names drift: reject when it is in force, whatever came of the drifted connections', async () => {
    const { seen, io, trail } = fakes()
    const drifted: ConnectionResult = { id: 'd1d1d1d1-0000-4000-8000-000000000001', outcome: 'cancelled', drift: true, planned: true, reason: 'not attempted' }
    const settings = base.settings as NonNullable<RunOutcome['settings']>
    await publish({ ...base, results: [drifted], settings: { ...settings, policy: { ...(settings.policy as NonNullable<typeof settings.policy>), drift: 'reject' } } }, io, trail, { stop: never })
    expect(seen.warnings.find(([, title]) => title === 'Drift')?.[0]).toMatch(/drift: reject is in force, so the run rejects them; the results say what came of each$/)
  })

  it('replaces the plan comment with a failure that ended the plan, and says so in the summary when it cannot', async () => {
    const { seen, io, trail } = fakes()
    const failedPlan: RunOutcome = {
      ...base,
      settings: { ...(base.settings as NonNullable<RunOutcome['settings']>), dryRun: true },
      results: [],
      stepFailure: { title: 'AWS Proton failed', message: 'the listing failed' },
      openPullRequest: { owner: 'o', repo: 'r', number: 7 }
    }
    await publish(failedPlan, io, trail, { stop: never })
    expect(seen.comments).toEqual([{ number: 7, marker: '<!-- proton-reject-connection-action:plan region=us-east-1 policy=proton%2Fpolicy.yml account=111111111111 -->', markdown: expect.stringMatching(/^\*\*This plan failed\*\*: an earlier plan in this comment no longer stands\.\n\n### ❌ AWS Proton failed/) }])
    // Inputs too bad to read: still a failed plan on its pull request, when its comment is known.
    const bad = fakes()
    await publish({ ...failedPlan, settings: undefined, githubToken: 'ghs_x', stepFailure: { title: 'Invalid input', message: 'policy-file: empty' } }, bad.io, bad.trail, { stop: never })
    expect(bad.seen.comments).toEqual([{ number: 7, marker: base.marker, markdown: expect.stringMatching(/^\*\*This plan failed\*\*: an earlier plan in this comment no longer stands\.\n\n### ❌ Invalid input/) }])
    const tokenless = fakes()
    await publish({ ...failedPlan, settings: undefined, stepFailure: { title: 'Invalid input', message: 'policy-file: empty' } }, tokenless.io, tokenless.trail, { stop: never })
    expect(tokenless.seen.comments).toEqual([])
    const failing = fakes()
    failing.trail.comment = async () => ({ failure: 'GitHub refused the call (403)' })
    await publish(failedPlan, failing.io, failing.trail, { stop: never })
    expect(failing.seen.summaries.at(-1)?.markdown).toContain('- Pull request comment: the plan could not be posted on pull request &#35;7 (GitHub refused the call (403))')
    expect(failing.seen.warnings.map(([, title]) => title)).toContain('Plan not posted')
  })

  it('updates no comment when the run cannot compute its marker, and says so in the summary', async () => {
    const { seen, io, trail } = fakes()
    const unmarked = { ...base }
    delete unmarked.marker
    await publish({ ...unmarked, settings: { ...(base.settings as NonNullable<RunOutcome['settings']>), dryRun: true }, markerNote: 'none updated: the inputs are invalid', openPullRequest: { owner: 'o', repo: 'r', number: 7 } }, io, trail, { stop: never })
    expect(seen.comments).toEqual([])
    expect(seen.summaries.at(-1)?.markdown).toContain('- Pull request comment: none updated&#58; the inputs are invalid')
  })

  it('puts a cancellation that came while publishing in the headline and a warning, and still says on the merged pull request what was applied', async () => {
    const { seen, io, trail } = fakes({ pullRequest: { number: 42, title: 'Remove an account', url: 'https://github.com/o/r/pull/42' } })
    let signal: 'SIGTERM' | undefined
    const stop = new AbortController()
    const lookUp = trail.findMerge
    trail.findMerge = async (...args) => {
      const found = await lookUp(...args)
      signal = 'SIGTERM'
      stop.abort()
      return found
    }
    const failed = await publish({ ...base, pushed: { owner: 'o', repo: 'r', sha: 'abcdef0123456789' } }, io, trail, { stop: stop.signal, terminate: never, signal: () => signal })
    expect(failed).toBe(true)
    expect(seen.summaries[0]?.markdown).toMatch(/^### ✅ Rejected 1 connection/)
    expect(seen.summaries.at(-1)).toEqual({ replace: true, markdown: expect.stringMatching(/^### ⏹️ Cancelled \(SIGTERM\): 1 rejected, 0 not attempted/) })
    expect(seen.warnings).toContainEqual(['The run was cancelled (SIGTERM); what was done is in the outputs, the results file and the job summary', 'Cancelled'])
    expect(seen.comments.map((c) => c.markdown.split('\n')[0])).toEqual(['**Applied** after the merge (commit `abcdef0`).'])
  })

  it('says a signal that came while the last summary was written in a summary of its own, so that the headline and the failed step agree', async () => {
    const { seen, io, trail } = fakes({ pullRequest: { number: 42, title: 'Remove an account', url: 'https://github.com/o/r/pull/42' } })
    let signal: 'SIGINT' | undefined
    const stop = new AbortController()
    const write = io.writeSummary
    io.writeSummary = async (markdown, replace) => {
      await write(markdown, replace)
      // The rewrite after the look-up is where the signal lands.
      if (replace && signal === undefined) {
        signal = 'SIGINT'
        stop.abort()
      }
    }
    const failed = await publish({ ...base, pushed: { owner: 'o', repo: 'r', sha: 'abcdef0123456789' } }, io, trail, { stop: stop.signal, terminate: never, signal: () => signal })
    expect(failed).toBe(true)
    expect(seen.summaries.map((x) => x.markdown.split('\n')[0])).toEqual(['### ✅ Rejected 1 connection', '### ✅ Rejected 1 connection', '### ⏹️ Cancelled (SIGINT): 1 rejected, 0 not attempted'])
    expect(seen.warnings.filter(([, title]) => title === 'Cancelled')).toHaveLength(1)
  })

  it('fails the step for a stop it cannot name, as before', async () => {
    const { io, trail } = fakes()
    const aborted = new AbortController()
    aborted.abort()
    expect(await publish(base, io, trail, { stop: aborted.signal })).toBe(true)
    const calm = fakes()
    expect(await publish(base, calm.io, calm.trail, { stop: never, signal: () => undefined })).toBe(false)
  })

  it('warns when the results output leaves connections out, and points to results-file', async () => {
    const { seen, io, trail } = fakes()
    const many: ConnectionResult[] = Array.from({ length: 4000 }, (_, i) => ({ ...rejected, id: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, reason: 'x'.repeat(200) }))
    await publish({ ...base, results: many }, io, trail, { stop: never })
    const omitted = Number(seen.outputs?.['results-omitted-count'])
    expect(omitted).toBeGreaterThan(0)
    expect(seen.warnings).toContainEqual([`The results output leaves out ${omitted} of 4000 connections to stay under GitHub's 1 MB limit for an output (failures come first); results-file (/runner/temp/results.json) has every one`, 'Results cut'])
    expect(JSON.parse(seen.resultsJson as string)).toHaveLength(4000)
    expect(seen.summaries.at(-1)?.markdown).toContain(`leaves out ${omitted} connections`)
  })

  it('quotes a listed ID that is not a connection ID in its log line', async () => {
    const { seen, io, trail } = fakes()
    await publish({ ...base, results: [{ id: '::error::x', outcome: 'failed', error: 'unexpected answer from AWS Proton' }] }, io, trail, { stop: never })
    expect(seen.lines).toEqual(['"::error::x": failed: unexpected answer from AWS Proton'])
  })
})

describe('bypassesProxy (no-proxy)', () => {
  it.each([
    ['https://proton.us-east-1.amazonaws.com', '*', true],
    ['https://proton.us-east-1.amazonaws.com', '.amazonaws.com', true],
    ['https://proton.us-east-1.amazonaws.com', '*.amazonaws.com', true],
    ['https://amazonaws.com', '.amazonaws.com', true],
    ['https://evilamazonaws.com', '.amazonaws.com', false],
    ['https://proton.us-east-1.amazonaws.com', 'amazonaws.com', false],
    ['http://127.0.0.1:8080', '127.0.0.1', true],
    ['http://127.0.0.1:8080', '127.0.0.1:8080', true],
    ['http://127.0.0.1:8080', '127.0.0.1:9090', false],
    ['https://sts.amazonaws.com', 'example.com, sts.amazonaws.com:443', true],
    ['https://sts.amazonaws.com', 'example.com  sts.amazonaws.com', true],
    ['https://STS.amazonaws.com', 'sts.AMAZONAWS.com', true],
    ['https://sts.amazonaws.com', '', false],
    ['not a url', '*', false]
  ])('%s with %j: %s', (endpoint, noProxy, expected) => {
    expect(bypassesProxy(endpoint, noProxy)).toBe(expected)
  })
})
