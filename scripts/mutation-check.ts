/**
 * Fails when any pure module scores below the break threshold in Stryker's JSON report: Stryker's own
 * `thresholds.break` applies to the total only, so one weak module could hide behind strong ones.
 * It fails too when a `// Stryker disable` comment excludes mutants that stryker.config.mjs's
 * EXCLUSIONS does not list with their reason and number: an exclusion is a decision made in review,
 * not a way around the gate.
 *
 *   tsx scripts/mutation-check.ts              the table, exit code 1 when a module is below
 *   tsx scripts/mutation-check.ts --markdown   the same table in Markdown, for CONTRIBUTING.md
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Mutants a disable comment leaves out: the comment's reason as Stryker reports it, and how many. */
export interface Exclusion {
  file: string
  reason: string
  mutants: number
}

export interface StrykerConfig {
  EXCLUSIONS?: readonly Exclusion[]
  default: Record<string, unknown> & {
    thresholds: { break: number }
    jsonReporter: { fileName: string }
    incrementalFile?: string
    jest: { config: { testPathIgnorePatterns: string[]; setupFiles?: string[] } }
  }
  PURE_MODULES: readonly string[]
}

/** stryker.config.mjs, as Stryker reads it. */
export async function strykerConfig(): Promise<StrykerConfig> {
  return (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as StrykerConfig
}

/**
 * The command line of a script that takes only flags: `--help` prints the usage and exits 0; a
 * flag not in `known` is refused with the usage (exit code 2). Returns the flags given.
 */
export function flags(known: readonly string[], usage: string): string[] {
  const args = process.argv.slice(2)
  if (args.includes('--help')) {
    console.log(usage)
    process.exit(0)
  }
  const unknown = args.filter((a) => !known.includes(a))
  if (unknown.length > 0) {
    console.error(`unknown option: ${unknown.join(' ')}\n${usage}`)
    process.exit(2)
  }
  return args
}

type Status = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending'

export interface Report {
  files: Record<string, { mutants: Array<{ status: Status; statusReason?: string; static?: boolean }> }>
}

/** stryker.config.mjs and the JSON report of the last run; exits with the fix when there is no report. */
export async function lastRun<R = Report>(): Promise<{ config: StrykerConfig; report: R }> {
  const config = await strykerConfig()
  const reportPath = join(ROOT, config.default.jsonReporter.fileName)
  if (!existsSync(reportPath)) {
    console.error(`${relative(ROOT, reportPath)} does not exist: run npm run mutate first`)
    process.exit(1)
  }
  return { config, report: JSON.parse(readFileSync(reportPath, 'utf8')) as R }
}

export interface FileScore {
  file: string
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  ignored: number
  errors: number
  /** Killed (or timed out) of the valid mutants, no coverage included, as Stryker's "total" score. */
  score: number
}

export function scoreOf(file: string, statuses: readonly Status[]): FileScore {
  const count = (s: Status): number => statuses.filter((x) => x === s).length
  const killed = count('Killed')
  const timeout = count('Timeout')
  const survived = count('Survived')
  const noCoverage = count('NoCoverage')
  const detected = killed + timeout
  const valid = detected + survived + noCoverage
  return {
    file,
    killed,
    timeout,
    survived,
    noCoverage,
    ignored: count('Ignored'),
    errors: count('CompileError') + count('RuntimeError'),
    score: valid === 0 ? 100 : (100 * detected) / valid
  }
}

function table(scores: readonly FileScore[], markdown: boolean): string {
  const head = ['file', 'score', 'killed', 'timeout', 'survived', 'no coverage', 'excluded']
  const rows = scores.map((s) => [s.file, `${s.score.toFixed(2)}%`, s.killed, s.timeout, s.survived, s.noCoverage, s.ignored].map(String))
  if (markdown) return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)))
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ')).join('\n')
}

/**
 * The problems with the exclusions in a report: mutants a comment leaves out that `allowed` does not
 * list (by file, reason and number), and entries of `allowed` that no longer match. Static mutants
 * (`ignoreStatic`) are not exclusions: scripts/static-mutants.ts tests them.
 */
export function exclusionProblems(report: Report, allowed: readonly Exclusion[]): string[] {
  const found = new Map<string, Exclusion>()
  for (const [file, entry] of Object.entries(report.files)) {
    for (const m of entry.mutants) {
      if (m.status !== 'Ignored' || m.static === true) continue
      const reason = m.statusReason ?? ''
      const key = JSON.stringify([file, reason])
      const seen = found.get(key) ?? { file, reason, mutants: 0 }
      found.set(key, { ...seen, mutants: seen.mutants + 1 })
    }
  }
  const problems: string[] = []
  for (const e of found.values()) {
    const listed = allowed.find((a) => a.file === e.file && a.reason === e.reason)
    if (!listed) problems.push(`${e.file}: ${e.mutants} mutant(s) excluded by a comment that EXCLUSIONS in stryker.config.mjs does not list ("${e.reason}"): kill them with a test, or list them there for review`)
    else if (listed.mutants !== e.mutants) problems.push(`${e.file}: the comment "${e.reason}" excludes ${e.mutants} mutant(s), EXCLUSIONS in stryker.config.mjs lists ${listed.mutants}: review the new ones and correct the number`)
  }
  for (const a of allowed) {
    if (!found.has(JSON.stringify([a.file, a.reason]))) problems.push(`${a.file}: EXCLUSIONS in stryker.config.mjs lists "${a.reason}", which excludes nothing now: remove the entry`)
  }
  return problems
}

/** Prints the table and the problems; returns the exit code (1 when a module is below the threshold or missing, or an exclusion is not listed). */
export async function checkScores(): Promise<number> {
  const { config, report } = await lastRun()
  const minimum = config.default.thresholds.break
  const markdown = process.argv.includes('--markdown')
  const scores: FileScore[] = []
  const missing: string[] = []
  for (const file of config.PURE_MODULES) {
    const entry = report.files[file]
    if (entry) scores.push(scoreOf(file, entry.mutants.map((m) => m.status)))
    else missing.push(file)
  }
  const all = scoreOf('all', Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status)))
  console.log(table([...scores, all], markdown))
  const below = scores.filter((s) => s.score < minimum)
  for (const s of below) console.error(`${s.file} scores ${s.score.toFixed(2)}%, below ${minimum}%: kill its survivors with tests of its behaviour (see the HTML report)`)
  for (const file of missing) console.error(`${file} is not in the report: it must be mutated (stryker.config.mjs) and the run must cover it`)
  const exclusions = exclusionProblems(report, config.EXCLUSIONS ?? [])
  for (const problem of exclusions) console.error(problem)
  if (below.length > 0 || missing.length > 0 || exclusions.length > 0) return 1
  if (!markdown) console.log(`every pure module scores at least ${minimum}%, and every exclusion is listed`)
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(await checkScores())
