import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { appendFileSync } from 'node:fs'
import { useEmulator } from './harness.js'
import { callLog, caseArb, check, describeCase, secretsOf, settle, setUp, snapshot, type Case, type Violation } from './schedule-helpers.js'

/**
 * The invariant, checked under random schedules (issue 26, section 2). Each case seeds the emulator
 * with random connections, picks random inputs, injects a random schedule of faults, may signal the
 * run, runs dist/index.js as the runner does, and judges the run against the emulator's final state:
 *
 * - I1 every connection reported `rejected` or `already-rejected` is REJECTED on the server;
 * - I2 every connection whose status the run changed is reported `rejected` or `unknown`;
 * - I3 nothing changed that the inputs did not ask for (nothing in a dry run, over max-rejections,
 *   outside the IDs or the policy), and nothing an environment uses;
 * - I4 the outputs, the results file and the summary exist and agree, and their counts match;
 * - I5 the summary is under 1 MiB and every comment under 65,536 characters;
 * - I6 no secret appears in stdout, stderr, the outputs, the summary, the results file or a comment.
 *
 * SCHEDULE_RUNS cases (40 by default; `SCHEDULE_RUNS=2000 npm run test:schedule` runs 2,000). A failing case prints its
 * seed and path: SCHEDULE_SEED=… SCHEDULE_PATH=… replays that one case. SCHEDULE_KEEP_GOING=1 runs
 * every case whatever fails and lists the distinct failures at the end; SCHEDULE_REPORT=file also
 * writes every case there, one JSON object a line (its time, violations, calls and input).
 */

const h = useEmulator()
const RUNS = Number(process.env.SCHEDULE_RUNS || 40)
const SEED = process.env.SCHEDULE_SEED ? Number(process.env.SCHEDULE_SEED) : (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0
const PATH = process.env.SCHEDULE_PATH || undefined
const KEEP_GOING = process.env.SCHEDULE_KEEP_GOING === '1'
const REPORT = process.env.SCHEDULE_REPORT || undefined
/** Per case at worst: a call held past the attempt timeout on each of a few attempts, and the settling after. */
const CASE_BUDGET_MS = 75_000

interface Finding {
  path: string
  violations: Violation[]
  case: string
  calls: string
}

const replay = (path: string): string => `SCHEDULE_SEED=${SEED} SCHEDULE_PATH=${path} npm run test:schedule`

async function runCase(c: Case): Promise<{ violations: Violation[]; calls: string; ms: number }> {
  h.emulator.forgetEverything()
  const { inputs, options } = setUp(c, h.emulator)
  const before = snapshot(h.emulator)
  const started = performance.now()
  const run = await h.run(inputs, options)
  // A delayed request applies its operation when its delay ends, though the run may have given up on it.
  const longestDelay = Math.max(0, ...c.faults.map((f) => f.delayMs ?? 0))
  await settle(h.emulator, longestDelay + 1_000)
  const ms = performance.now() - started
  const after = snapshot(h.emulator)
  const violations = check(c, { run, before, after, secrets: secretsOf(h.emulator, c), emulator: h.emulator })
  return { violations, calls: callLog(h.emulator), ms }
}

describe('the invariant under random schedules', () => {
  it(
    `holds for ${PATH ? `the case at path ${PATH}` : `${RUNS} cases`} (seed ${SEED})`,
    async () => {
      const findings: Finding[] = []
      const times: number[] = []
      let index = PATH ? Number(PATH.split(':')[0]) : 0
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const path = String(index++)
          const { violations, calls, ms } = await runCase(c)
          times.push(ms)
          const finding = { path, violations, case: describeCase(c), calls }
          if (REPORT) appendFileSync(REPORT, `${JSON.stringify({ seed: SEED, ms: Math.round(ms), ...finding, input: c })}\n`)
          if (violations.length === 0) return true
          if (KEEP_GOING) {
            findings.push(finding)
            return true
          }
          throw new Error(
            `${violations.length} invariant(s) broken; replay with ${replay(path)}\n` +
              violations.map((v) => `- ${v.invariant}: ${v.detail}`).join('\n') +
              `\ncase: ${finding.case}\ncalls: ${calls}`
          )
        }),
        { seed: SEED, numRuns: PATH ? 1 : RUNS, endOnFailure: true, ...(PATH && { path: PATH }) }
      )
      const average = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)
      console.log(`schedule: ${times.length} cases, seed ${SEED}, ${Math.round(average)} ms a case on average, ${findings.length} failing`)
      if (findings.length > 0) {
        const groups = new Map<string, Finding[]>()
        for (const f of findings) for (const v of new Set(f.violations.map((x) => x.signature))) groups.set(v, [...(groups.get(v) ?? []), f])
        const lines = [...groups].sort((a, b) => b[1].length - a[1].length).map(([signature, cases]) => `- ${signature} — ${cases.length} case(s); first: ${replay((cases[0] as Finding).path)}`)
        console.log(`distinct failures:\n${lines.join('\n')}`)
      }
      expect(findings.map((f) => `${f.path}: ${f.violations.map((v) => v.signature).join('; ')}`)).toEqual([])
    },
    (PATH ? 1 : RUNS) * CASE_BUDGET_MS
  )
})
