/**
 * Tests the mutants `npm run mutate` leaves out (`ignoreStatic`): changes to module-level values
 * (the ID patterns, the escaping table, the budgets, the outcome words) that every test shares.
 * Stryker would have to reload every test for each one, so the incremental run skips them; this
 * script checks them the plain way (.ci/run runs it after the gate): it applies each one to a copy
 * of the project, runs the unit tests that import the mutated module there, and counts the mutant
 * killed when any test fails. Each copy first runs all the unit tests unchanged, which must pass.
 *
 *   npm run mutate:static    after `npm run mutate` (it reads build/mutation/mutation.json)
 *
 * Two copies run side by side (two cores); 127 mutants take about 14 minutes. Exit code 1 when one
 * survives; a mutant that makes the tests hang is stopped and counts as detected.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { flags, lastRun } from './mutation-check.js'
import { ROOT } from './paths.js'

const WORKERS = 2

interface Position {
  line: number
  column: number
}
interface Mutant {
  id: string
  mutatorName: string
  replacement: string
  status: string
  /** Stryker's mark for a mutant only the module's loading runs; excluded ones (a disable comment) lack it. */
  static?: boolean
  location: { start: Position; end: Position }
}

/** `source` with the text between two 1-based line/column positions replaced. */
export function applyMutant(source: string, mutant: Pick<Mutant, 'replacement' | 'location'>): string {
  const lines = source.split('\n')
  const offset = (p: Position): number => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1
  return source.slice(0, offset(mutant.location.start)) + mutant.replacement + source.slice(offset(mutant.location.end))
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'static-mutants-'))
  for (const part of ['src', '__tests__', 'emulator', 'scripts', 'jest.config.js', 'package.json', 'tsconfig.json', 'action.yml', 'leftovers', 'README.md', 'docs', 'examples', 'dist']) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true })
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

/**
 * Runs the unit tests Stryker runs (the same files left out) in `dir`, or only those that import
 * `related` (directly or not); resolves 'failed' when a test fails or a test file cannot load (the
 * mutant is killed), 'passed' otherwise, no test at all included. Jest's result file decides, or,
 * when --bail stopped it before writing one, the failure it reported: a jest that crashes without
 * reporting a failure stops the run instead of passing for a kill.
 */
function unitTests(dir: string, ignored: readonly string[], related?: string, timeoutMs = 0): Promise<'failed' | 'passed' | 'timeout'> {
  // The control takes the same flags as a mutant's run (a flag jest refuses fails the control),
  // and the setup file Stryker's runs load.
  const which = ['--testPathPatterns', '/__tests__/unit/', '--passWithNoTests', ...setupFiles.flatMap((f) => ['--setupFiles', f.replace('<rootDir>', dir)]), ...(related ? ['--findRelatedTests', join(dir, related)] : [])]
  const result = join(dir, 'jest-result.json')
  rmSync(result, { force: true })
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-vm-modules',
        join(dir, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--bail',
        '--silent',
        '--json',
        '--outputFile',
        result,
        // Each copy keeps its own transform cache: the copies share every path below their root.
        '--cacheDirectory',
        join(dir, '.jest-cache'),
        '--testPathIgnorePatterns',
        ...ignored,
        ...which
      ],
      // A process group of its own, so that an interrupted run stops jest's workers too.
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' }, detached: true }
    )
    let stderr = ''
    // Jest starts a line with FAIL for each test file with a failed test or that cannot load.
    let failureShown = false
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      failureShown ||= /(?:^|\n)FAIL /.test(stderr.slice(-10) + chunk)
      stderr = (stderr + chunk).slice(-2000)
    })
    running.add(child)
    // A mutant can make a test loop for ever (a pattern nothing matches any more, which a generator
    // keeps drawing for): stopped after the time limit, it counts as detected, as Stryker counts a timeout.
    let timedOut = false
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            try {
              if (child.pid) process.kill(-child.pid, 'SIGKILL')
            } catch {
              // already gone
            }
          }, timeoutMs)
        : undefined
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      let outcome: { numFailedTests?: unknown; numRuntimeErrorTestSuites?: unknown } | undefined
      try {
        // A run that wrote its result and then hung (a timer left open) is decided by its result.
        outcome = JSON.parse(readFileSync(result, 'utf8')) as typeof outcome
      } catch {
        if (timedOut) {
          resolve('timeout')
          return
        }
        // --bail stops jest at the first failure, before it writes its result.
        if (code === 1 && failureShown) {
          resolve('failed')
          return
        }
        reject(new Error(`jest wrote no result in ${dir} (exit code ${code}, signal ${signal}): the run cannot tell a killed mutant from a crash; jest said:\n${stderr.trim()}`))
        return
      }
      resolve(Number(outcome?.numFailedTests) > 0 || Number(outcome?.numRuntimeErrorTestSuites) > 0 ? 'failed' : 'passed')
    })
  })
}

/** The config's setup files (`<rootDir>/…`), which Stryker's runs load. */
let setupFiles: readonly string[] = []

/** The copies in use and the test runs in them: stopped and removed on the way out, whatever the way. */
const copies = new Set<string>()
const running = new Set<ChildProcess>()

function removeCopies(): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  running.clear()
  for (const dir of copies) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    } catch (error) {
      console.error(`could not remove ${dir}: ${(error as Error).message}`)
    }
  }
  copies.clear()
}

async function main(): Promise<void> {
  flags([], 'usage: npm run mutate:static   (no options; after npm run mutate, see the top of scripts/static-mutants.ts)')
  // Every way out removes the copies: the end, an error, a signal (a second one included, which
  // only repeats the exit).
  process.on('exit', removeCopies)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]))
  }
  const { config, report } = await lastRun<{ files: Record<string, { source: string; mutants: Mutant[] }> }>()
  const ignored = config.default.jest.config.testPathIgnorePatterns
  setupFiles = config.default.jest.config.setupFiles ?? []
  // The mutants' places are lines and columns of the source Stryker saw: a report older than the
  // code would splice them in the wrong place (and a syntax error would pass for a kill).
  const stale = Object.entries(report.files).filter(([file, f]) => readFileSync(join(ROOT, file), 'utf8') !== f.source).map(([file]) => file)
  if (stale.length > 0) {
    console.error(`the report is older than ${stale.join(', ')}: run npm run mutate first`)
    process.exit(1)
  }
  const work = Object.entries(report.files).flatMap(([file, f]) => f.mutants.filter((m) => m.status === 'Ignored' && m.static).map((m) => ({ file, source: f.source, m })))
  console.log(`${work.length} static mutants, ${WORKERS} at a time`)
  const survivors: string[] = []
  let done = 0
  const worker = async (): Promise<void> => {
    const dir = copyProject()
    copies.add(dir)
    try {
      // The control: unchanged, the copy passes its tests; otherwise every mutant would look killed.
      const start = Date.now()
      if ((await unitTests(dir, ignored)) === 'failed') throw new Error(`the unit tests fail in an unchanged copy (${dir}): fix them first`)
      // The control ran every unit test with a cold cache: that long is ample for a mutant's run.
      const limit = Math.max(30_000, Date.now() - start)
      for (let item = work.shift(); item; item = work.shift()) {
        const path = join(dir, item.file)
        writeFileSync(path, applyMutant(item.source, item.m))
        const outcome = await unitTests(dir, ignored, item.file, limit)
        const killed = outcome !== 'passed'
        writeFileSync(path, item.source)
        done += 1
        const where = `${item.file}:${item.m.location.start.line}:${item.m.location.start.column} ${item.m.mutatorName} → ${JSON.stringify(item.m.replacement).slice(0, 160)}`
        if (!killed) survivors.push(where)
        console.log(`${done} ${{ failed: 'killed  ', timeout: 'timed out', passed: 'SURVIVED' }[outcome]} ${where}`)
      }
    } catch (error) {
      work.length = 0 // the other worker stops after its mutant
      throw error
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
      copies.delete(dir)
    }
  }
  const ended = await Promise.allSettled(Array.from({ length: WORKERS }, worker))
  const errors = ended.flatMap((e) => (e.status === 'rejected' ? [e.reason as Error] : []))
  if (errors.length > 0) {
    for (const e of errors) console.error(e.message)
    process.exit(1)
  }
  console.log(`${done - survivors.length} of ${done} static mutants killed`)
  for (const s of survivors) console.error(`survived: ${s}`)
  if (survivors.length > 0) process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
