/**
 * `npm run mutate`: Stryker's incremental run, made safe for what its own diff does not see, then
 * the per-module gate (scripts/mutation-check.ts).
 *
 * Stryker reuses a mutant's last result while the mutant's code and its covering tests are
 * unchanged, comparing the text of each test (incremental-differ.js in @stryker-mutator/core). An
 * edit anywhere else goes unseen: a helper the tests import (fixtures.ts), a module the pure ones
 * import without being mutated (transport.ts, cancel.ts), a library the tests call (yaml,
 * fast-check), the test runner or the settings. So the baseline has a companion,
 * stryker-inputs.json, with a hash of each of those as they were when the baseline was made (of
 * what a module does: comments and types are left out, and package.json's version):
 *
 * - a changed module or library: every test file that imports it (directly or not) is dropped
 *   from the baseline before the run, so the mutants those tests killed or covered are re-tested;
 * - changed tools or settings (Stryker, jest, ts-jest, TypeScript; stryker.config.mjs's options,
 *   jest.config.js, tsconfig.json, the setup file every test loads): a full run (`--force`).
 *
 * - a changed test file's code outside its tests (helpers, hooks, imports): that file's tests, as
 *   above; a changed mutated module: every mutant of the mutated modules that import it.
 *
 * Not tracked, as Stryker does not track it either: an edit elsewhere in the same mutated module
 * (only the mutants whose own text changed are re-tested); a full run (`--force`) settles it.
 *
 *   npm run mutate                 as above; writes stryker-inputs.json after the run
 *   npm run mutate -- --force      a full run (about 80 minutes on two cores)
 *   npm run mutate -- --ci         as .ci/run calls it: refuses, with the fix, a run CI cannot finish
 *
 * Imports are found in the source text (static `import`/`export … from`, `import('…')` with a
 * literal, jest's mock factories); a module reached only through a computed path, or a data file a
 * test reads, is not tracked.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { checkScores, flags, strykerConfig, type StrykerConfig } from './mutation-check.js'
import { ROOT } from './paths.js'

export const INPUTS_FILE = 'stryker-inputs.json'

/** Packages that run every test (or make the mutants): a new version of one can change any result. */
export const TOOLS = ['@stryker-mutator/core', '@stryker-mutator/jest-runner', '@stryker-mutator/instrumenter', 'jest', 'ts-jest', 'typescript'] as const

/**
 * The most mutants CI re-tests after a change of modules: at about 20 a minute on two cores, 600
 * take half an hour, which with the rest of .ci/run stays inside its 90 minutes.
 */
export const CI_RETEST_LIMIT = 600

export interface Inputs {
  /** Package name → version in package-lock.json, and Node's major version. */
  tools: Record<string, string>
  /** A hash of each file or option that applies to every test. */
  settings: Record<string, string>
  /**
   * A hash of each module the unit tests import that Stryker neither mutates nor diffs, and of each
   * test file's code outside its tests (`<file> outside its tests`: helpers, hooks, imports);
   * `npm:<name>` for a library's version.
   */
  modules: Record<string, string>
  /** A hash of each mutated module: a change to one re-tests the other mutated modules that import it. */
  mutated: Record<string, string>
}

const SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)|^\s*import\s*['"]([^'"\n]+)['"]|\b(?:unstable_mockModule|mock|requireActual)\s*\(\s*['"]([^'"\n]+)['"]/gm

/** The module specifiers a source text names. */
export function specifiersOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]) as string)
}

/** A library's package name from a bare specifier (`@scope/name/sub` → `@scope/name`); undefined for Node's own modules. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** The project file a relative specifier names: TypeScript sources are imported with a `.js` ending. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]
  return candidates.find((c) => existsSync(c) && statSync(c).isFile())
}

/**
 * Every project file and library `file` reaches through the imports that run (type-only imports
 * are left out, as the compiler leaves them out), itself excluded; paths relative to the root.
 */
export function closureOf(file: string, root: string = ROOT, importsOf: Map<string, string[]> = new Map()): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const todo = [resolve(root, file)]
  const seen = new Set(todo)
  for (let next = todo.pop(); next; next = todo.pop()) {
    // Each file is read and compiled once per run (`importsOf` is shared by the closures of one run).
    let specifiers = importsOf.get(next)
    if (!specifiers) importsOf.set(next, (specifiers = specifiersOf(behaviourOf(next, readFileSync(next, 'utf8')))))
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(next, specifier)
        if (!target || target.includes(`${sep}node_modules${sep}`) || seen.has(target)) continue
        seen.add(target)
        files.add(relative(root, target).split(sep).join('/'))
        todo.push(target)
      } else {
        const name = packageOf(specifier)
        if (name) packages.add(name)
      }
    }
  }
  return { files, packages }
}

const TEST_CALL = /^(?:it|test)(?:\.(?:only|skip|concurrent|failing|todo|each))?$/
const DESCRIBE_CALL = /^describe(?:\.(?:only|skip))?$/

/**
 * A test file's code outside its tests: Stryker compares each test's own text, from its `it(` to
 * the next one, so a helper above the first test or between describes would change unseen. Each
 * `it(…)`/`test(…)` statement (`.each`, `.only` and the like included) is cut out, and a
 * `describe` is kept only for what is left in it (a hook, a helper): a new describe of tests
 * changes nothing here. What is left (imports, helpers, hooks) is what the key
 * `<file> outside its tests` hashes.
 */
export function outsideTests(file: string, text: string): string {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const calleeOf = (s: ts.Statement): string | undefined => {
    if (!ts.isExpressionStatement(s) || !ts.isCallExpression(s.expression)) return undefined
    let callee: ts.Expression = s.expression.expression
    while (ts.isCallExpression(callee)) callee = callee.expression // it.each(table)(…)
    return callee.getText(source)
  }
  const kept = (statements: readonly ts.Statement[]): string =>
    statements
      .map((s) => {
        const callee = calleeOf(s)
        const call = callee === undefined ? undefined : (s as ts.ExpressionStatement & { expression: ts.CallExpression }).expression
        if (call && TEST_CALL.test(callee as string)) {
          // it.each(table)(…): Stryker may place the test after its table, so the table is kept here.
          const table = ts.isCallExpression(call.expression) ? call.expression.arguments.map((a) => a.getText(source)).join(', ') : undefined
          return table === undefined ? '' : `each(${table})\n`
        }
        const body = call && DESCRIBE_CALL.test(callee as string) ? call.arguments.at(-1) : undefined
        if (call && body && (ts.isArrowFunction(body) || ts.isFunctionExpression(body)) && ts.isBlock(body.body)) {
          const inner = kept(body.body.statements)
          // The title stays with what is kept: a hook moved to another describe is a change.
          return inner === '' ? '' : `describe(${call.arguments[0]?.getText(source) ?? ''}, () => {\n${inner}})\n`
        }
        return `${s.getText(source)}\n`
      })
      .join('')
  return kept(source.statements)
}

/** stryker.config.mjs's exports (the type is the gate's, scripts/mutation-check.ts). */
export type Stryker = StrykerConfig

/** The unit test files Stryker runs: the `.test.ts` files under `__tests__/unit/`, less the config's ignore patterns. */
export function unitTestFiles(config: Stryker, root: string = ROOT): string[] {
  const ignored = config.default.jest.config.testPathIgnorePatterns.map((p) => new RegExp(p))
  return (readdirSync(join(root, '__tests__', 'unit'), { recursive: true }) as string[])
    .map((f) => `__tests__/unit/${f.split(sep).join('/')}`)
    .filter((f) => f.endsWith('.test.ts') && !ignored.some((p) => p.test(join(root, f))))
    .sort()
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

/**
 * package.json fields no unit test's result can depend on: a release bumps the version, and the
 * lockfile, not this file, says which library versions run.
 */
const PACKAGE_FIELDS_IGNORED = ['version', 'description', 'scripts', 'devDependencies', 'engines']

/**
 * What a module does, without what cannot change that: TypeScript is compiled as ts-jest compiles it
 * (comments and types gone), JSON is parsed. So a comment, a type or a release's version
 * bump re-tests nothing.
 */
export function behaviourOf(file: string, text: string): string {
  if (file.endsWith('.json')) {
    const value = JSON.parse(text) as Record<string, unknown>
    if (file.split('/').pop() !== 'package.json') return JSON.stringify(value)
    return JSON.stringify(Object.fromEntries(Object.entries(value).filter(([k]) => !PACKAGE_FIELDS_IGNORED.includes(k))))
  }
  if (/\.[cm]?ts$/.test(file)) {
    return ts.transpileModule(text, { fileName: file, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText
  }
  return text
}

/**
 * The options that change what any test does; the list of mutated files, the tests left out and
 * the reports are not among them (Stryker sees a file or a test come and go).
 */
function settingsOf(config: Stryker, root: string): Record<string, string> {
  const without = (o: object, keys: readonly string[]): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)))
  const jest = config.default.jest
  const options = { ...without(config.default, ['mutate', 'reporters', 'htmlReporter', 'jsonReporter', 'thresholds']), jest: { ...jest, config: without(jest.config, ['testPathIgnorePatterns']) } }
  const settings: Record<string, string> = { 'stryker.config.mjs': hash(JSON.stringify(options)) }
  const setup = (jest.config.setupFiles ?? []).map((f) => f.replace('<rootDir>/', ''))
  for (const file of ['jest.config.js', 'tsconfig.json', ...setup]) settings[file] = hash(readFileSync(join(root, file), 'utf8'))
  return settings
}

interface Lock {
  packages: Record<string, { version?: string }>
}

/** What the unit tests depend on now, beside the mutated modules' code and the tests' own text. */
export function currentInputs(config: Stryker, root: string = ROOT): { inputs: Inputs; closures: Map<string, Set<string>> } {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock
  const version = (name: string): string => lock.packages[`node_modules/${name}`]?.version ?? 'absent'
  const read = (file: string): string => readFileSync(join(root, file), 'utf8')
  const tests = unitTestFiles(config, root)
  const mutatedFiles = new Set(config.PURE_MODULES)
  /** Test file → the keys of `modules` it depends on; mutated module → the other mutated modules it imports. */
  const closures = new Map<string, Set<string>>()
  const modules: Record<string, string> = {}
  const importsOf = new Map<string, string[]>()
  for (const test of tests) {
    const { files, packages } = closureOf(test, root, importsOf)
    const own = new Set<string>([`${test} outside its tests`])
    // With the files and libraries it reaches: a test pointed at another helper changes its imports,
    // which the compiled code outside the tests may not show (an import used only in a test is dropped).
    const reach = [...files, ...[...packages].map((p) => `npm:${p}`)].sort().join('\n')
    modules[`${test} outside its tests`] = hash(`${behaviourOf(test, outsideTests(test, read(test)))}\n${reach}`)
    for (const file of files) {
      if (mutatedFiles.has(file) || tests.includes(file)) continue
      own.add(file)
      modules[file] ??= hash(behaviourOf(file, read(file)))
    }
    for (const name of packages) {
      if (name === '@jest/globals' || (TOOLS as readonly string[]).includes(name)) continue
      own.add(`npm:${name}`)
      modules[`npm:${name}`] = version(name)
    }
    closures.set(test, own)
  }
  const mutated: Record<string, string> = {}
  for (const file of [...mutatedFiles].sort()) {
    mutated[file] = hash(behaviourOf(file, read(file)))
    closures.set(file, new Set([...closureOf(file, root, importsOf).files].filter((f) => mutatedFiles.has(f) && f !== file)))
  }
  const tools = { ...Object.fromEntries(TOOLS.map((name) => [name, version(name)])), node: process.versions.node.split('.')[0] as string }
  const sorted = Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b)))
  return { inputs: { tools, settings: settingsOf(config, root), modules: sorted, mutated }, closures }
}

export type Decision =
  | { kind: 'full'; reasons: string[] }
  /** `staleTests`: test files whose tests are taken as new; `staleModules`: mutated modules whose every mutant is tested again. */
  | { kind: 'incremental'; changed: string[]; staleTests: string[]; staleModules: string[] }

/** What a run must re-test, given the inputs recorded with the baseline and the current ones. */
export function decide(recorded: Inputs | undefined, current: Inputs, closures: ReadonlyMap<string, ReadonlySet<string>>): Decision {
  if (!recorded) return { kind: 'full', reasons: [`${INPUTS_FILE} is missing: nothing says what the baseline was made with`] }
  const differ = (a: Record<string, string>, b: Record<string, string>): string[] =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort()
  const reasons = [
    ...differ(recorded.tools, current.tools).map((name) => `${name} ${recorded.tools[name] ?? 'absent'} → ${current.tools[name] ?? 'absent'}`),
    ...differ(recorded.settings, current.settings).map((file) => `${file} changed`)
  ]
  if (reasons.length > 0) return { kind: 'full', reasons }
  const changedModules = Object.keys(current.modules).filter((m) => recorded.modules[m] !== current.modules[m])
  const changedMutated = Object.keys(current.mutated).filter((m) => (recorded.mutated ?? {})[m] !== current.mutated[m])
  const uses = (from: string, changed: readonly string[]): boolean => changed.some((m) => closures.get(from)?.has(m))
  const staleTests = [...closures.keys()].filter((f) => !(f in current.mutated) && uses(f, changedModules))
  const staleModules = Object.keys(current.mutated).filter((f) => uses(f, changedMutated))
  return { kind: 'incremental', changed: [...changedModules, ...changedMutated], staleTests, staleModules }
}

interface Baseline {
  files: Record<string, { mutants: Array<{ status?: string; coveredBy?: string[]; killedBy?: string[] }> }>
  testFiles?: Record<string, { tests: Array<{ id: string }> }>
}

/**
 * Drops the given test files and mutated modules from the baseline: Stryker then takes those tests
 * as new, and re-tests every mutant they killed or covered, and every mutant of those modules.
 * Returns how many mutants that is.
 */
export function forget(baseline: Baseline, testFiles: readonly string[], modules: readonly string[] = []): number {
  const tested = (m: { status?: string }): boolean => m.status !== 'Ignored'
  const ids = new Set<string>()
  for (const file of testFiles) {
    for (const test of baseline.testFiles?.[file]?.tests ?? []) ids.add(test.id)
    if (baseline.testFiles) delete baseline.testFiles[file]
  }
  let count = 0
  for (const file of modules) {
    count += baseline.files[file]?.mutants.filter(tested).length ?? 0
    delete baseline.files[file]
  }
  return (
    count +
    Object.values(baseline.files)
      .flatMap((f) => f.mutants)
      .filter((m) => tested(m) && [...(m.coveredBy ?? []), ...(m.killedBy ?? [])].some((id) => ids.has(id))).length
  )
}

async function main(): Promise<void> {
  const args = flags(['--ci', '--force'], 'usage: npm run mutate [-- --force | --ci]   (see the top of scripts/mutate.ts and CONTRIBUTING.md)')
  const ci = args.includes('--ci')
  const config = await strykerConfig()
  const baselinePath = join(ROOT, String(config.default.incrementalFile))
  const inputsPath = join(ROOT, INPUTS_FILE)
  const { inputs, closures } = currentInputs(config)
  const recorded = existsSync(inputsPath) ? (JSON.parse(readFileSync(inputsPath, 'utf8')) as Inputs) : undefined
  const decision: Decision = args.includes('--force') ? { kind: 'full', reasons: ['--force'] } : decide(recorded, inputs, closures)
  const commit = `commit ${relative(ROOT, baselinePath)} and ${INPUTS_FILE}`

  // Stryker reads and writes a copy under build/: the committed baseline is replaced only by a
  // baseline Stryker wrote, never left half-edited by an interrupted run.
  const work = join(ROOT, 'build', 'mutation', 'stryker-incremental.json')
  mkdirSync(dirname(work), { recursive: true })
  if (existsSync(baselinePath)) copyFileSync(baselinePath, work)

  if (decision.kind === 'full') {
    console.log(`a full run: ${decision.reasons.join('; ')}`)
    if (ci) {
      console.error(`the mutation baseline was made with other tools or settings, and a full run (about 80 minutes on two cores) does not fit in CI: run npm run mutate on your machine and ${commit}`)
      process.exit(1)
    }
  } else if (decision.staleTests.length > 0 || decision.staleModules.length > 0) {
    const baseline = JSON.parse(readFileSync(work, 'utf8')) as Baseline
    const retests = forget(baseline, decision.staleTests, decision.staleModules)
    const minutes = Math.ceil(retests / 20)
    console.log(`changed since the baseline, unseen by Stryker's diff: ${decision.changed.join(', ')}`)
    const what = [
      ...(decision.staleTests.length > 0 ? [`the mutants covered by ${decision.staleTests.length} test file(s) that import them (${decision.staleTests.join(', ')})`] : []),
      ...(decision.staleModules.length > 0 ? [`every mutant of ${decision.staleModules.join(', ')}, which import them`] : [])
    ]
    console.log(`tested again: ${what.join(', and ')}; about ${retests} mutants, ${minutes} minutes on two cores, besides those of changed code`)
    if (ci && retests > CI_RETEST_LIMIT) {
      console.error(`CI re-tests at most ${CI_RETEST_LIMIT} mutants, and this change needs about ${retests}: run npm run mutate on your machine (about ${minutes} minutes) and ${commit}`)
      process.exit(1)
    }
    writeFileSync(work, JSON.stringify(baseline, null, 2))
  }

  const before = existsSync(work) ? statSync(work).mtimeMs : 0
  const stryker = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', '--incrementalFile', relative(ROOT, work), ...(decision.kind === 'full' ? ['--force'] : [])],
    { cwd: ROOT, stdio: 'inherit' }
  )
  // Stryker writes its baseline at the end of a run, also when the total is below its threshold:
  // that baseline, and the inputs it was made with, replace the committed ones.
  if (existsSync(work) && statSync(work).mtimeMs > before) {
    copyFileSync(work, baselinePath)
    writeFileSync(inputsPath, `${JSON.stringify(inputs, null, 2)}\n`)
  }
  if (stryker.status !== 0) process.exit(stryker.status ?? 1)
  process.exit(await checkScores())
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
