import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../emulator/runner.js'
import { exclusionProblems, scoreOf, type Report } from '../../scripts/mutation-check.js'
import { behaviourOf, closureOf, currentInputs, decide, forget, outsideTests, packageOf, specifiersOf, unitTestFiles, type Inputs, type Stryker } from '../../scripts/mutate.js'
import { applyMutant } from '../../scripts/static-mutants.js'

// The gate .ci/run applies after Stryker: each pure module on its own, not only the total.

describe('scoreOf', () => {
  it('scores killed and timed-out mutants over the valid ones, mutants without coverage included', () => {
    const s = scoreOf('src/x.ts', ['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'])
    expect(s).toEqual({ file: 'src/x.ts', killed: 2, timeout: 1, survived: 1, noCoverage: 1, ignored: 1, errors: 1, score: 60 })
  })

  it('leaves excluded and invalid mutants out of the score', () => {
    expect(scoreOf('a', ['Killed', 'Ignored', 'Ignored', 'RuntimeError']).score).toBe(100)
    expect(scoreOf('a', ['Survived', 'Ignored']).score).toBe(0)
  })

  it('gives 100 to a module with no valid mutant, as Stryker does', () => {
    expect(scoreOf('a', []).score).toBe(100)
    expect(scoreOf('a', ['Ignored']).score).toBe(100)
  })
})

describe('the check on a report', () => {
  /** Runs the script in a copy of the project's config with the given report; returns its exit code and output. */
  function check(files: Record<string, string[]>): { status: number | null; out: string; err: string } {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-check-'))
    try {
      mkdirSync(join(dir, 'scripts'))
      mkdirSync(join(dir, 'build', 'mutation'), { recursive: true })
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
      cpSync(join(ROOT, 'scripts', 'mutation-check.ts'), join(dir, 'scripts', 'mutation-check.ts'))
      writeFileSync(
        join(dir, 'stryker.config.mjs'),
        "export const PURE_MODULES = ['src/a.ts', 'src/b.ts']\n" +
          "export default { thresholds: { break: 80 }, jsonReporter: { fileName: 'build/mutation/mutation.json' } }\n"
      )
      const report = { files: Object.fromEntries(Object.entries(files).map(([f, st]) => [f, { mutants: st.map((status) => ({ status })) }])) }
      writeFileSync(join(dir, 'build', 'mutation', 'mutation.json'), JSON.stringify(report))
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(dir, 'scripts', 'mutation-check.ts')], {
        encoding: 'utf8',
        timeout: 60_000
      })
      return { status: r.status, out: r.stdout, err: r.stderr }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  const passing = [...Array(4).fill('Killed'), 'Survived'] // 80%

  it('passes when every module scores at least the break threshold', () => {
    const r = check({ 'src/a.ts': passing, 'src/b.ts': ['Killed'] })
    expect(r.err).toBe('')
    expect(r.status).toBe(0)
    expect(r.out).toMatch(/src\/a\.ts\s+80\.00%/)
    expect(r.out).toContain('every pure module scores at least 80%')
  })

  it('fails when one module is below, even though the total is above', () => {
    const r = check({ 'src/a.ts': [...Array(50).fill('Killed')], 'src/b.ts': [...Array(3).fill('Killed'), 'Survived'] }) // b: 75%
    expect(r.status).toBe(1)
    expect(r.err).toContain('src/b.ts scores 75.00%, below 80%')
    expect(r.out).not.toContain('every pure module')
  })

  it('fails when a pure module is missing from the report', () => {
    const r = check({ 'src/a.ts': passing })
    expect(r.status).toBe(1)
    expect(r.err).toContain('src/b.ts is not in the report')
  })
})

describe('applyMutant (scripts/static-mutants.ts)', () => {
  it('replaces exactly the span Stryker reports, in 1-based lines and columns', () => {
    const source = 'const A = 900 * 1024\nconst B = /^x$/\n'
    expect(applyMutant(source, { replacement: '900 / 1024', location: { start: { line: 1, column: 11 }, end: { line: 1, column: 21 } } })).toBe('const A = 900 / 1024\nconst B = /^x$/\n')
    expect(applyMutant(source, { replacement: '/x$/', location: { start: { line: 2, column: 11 }, end: { line: 2, column: 16 } } })).toBe('const A = 900 * 1024\nconst B = /x$/\n')
  })
})

describe('exclusions by a disable comment', () => {
  const report = (mutants: Report['files'][string]['mutants']): Report => ({ files: { 'src/a.ts': { mutants } } })
  const ignored = (statusReason: string, isStatic = false): Report['files'][string]['mutants'][number] => ({ status: 'Ignored', statusReason, static: isStatic })

  it('accepts none, and static mutants, which are not exclusions', () => {
    expect(exclusionProblems(report([{ status: 'Killed' }, ignored('Static mutant (and "ignoreStatic" was enabled)', true)]), [])).toEqual([])
  })

  it('refuses a comment EXCLUSIONS does not list, naming its file, number and reason', () => {
    expect(exclusionProblems(report([ignored('never absent'), ignored('never absent')]), [])).toEqual([
      'src/a.ts: 2 mutant(s) excluded by a comment that EXCLUSIONS in stryker.config.mjs does not list ("never absent"): kill them with a test, or list them there for review'
    ])
  })

  it('accepts a listed comment with its number, and refuses another number or an entry that excludes nothing', () => {
    const listed = { file: 'src/a.ts', reason: 'never absent', mutants: 2 }
    expect(exclusionProblems(report([ignored('never absent'), ignored('never absent')]), [listed])).toEqual([])
    expect(exclusionProblems(report([ignored('never absent'), ignored('never absent'), ignored('never absent')]), [listed])).toEqual([
      'src/a.ts: the comment "never absent" excludes 3 mutant(s), EXCLUSIONS in stryker.config.mjs lists 2: review the new ones and correct the number'
    ])
    expect(exclusionProblems(report([{ status: 'Killed' }]), [listed])).toEqual([
      'src/a.ts: EXCLUSIONS in stryker.config.mjs lists "never absent", which excludes nothing now: remove the entry'
    ])
    expect(exclusionProblems({ files: { 'src/b.ts': { mutants: [ignored('never absent')] } } }, [{ ...listed, mutants: 1 }])).toHaveLength(2)
  })
})

describe('what the baseline was made with (scripts/mutate.ts)', () => {
  it('finds static, re-exported, dynamic, side-effect and mocked imports', () => {
    const source = [
      "import { a } from './a.js'",
      "import type { B } from \"../b.js\"",
      "export { c } from './c.js'",
      "import './d.js'",
      "const e = await import('./e.js')",
      "jest.unstable_mockModule('../../src/f.js', () => ({}))",
      "import {\n  g,\n  h\n} from '@scope/pkg/sub'",
      "const text = 'from nowhere'"
    ].join('\n')
    expect(specifiersOf(source)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', '../../src/f.js', '@scope/pkg/sub'])
  })

  it('hashes what a module does: a comment or a type changes nothing, code does', () => {
    const before = behaviourOf('src/t.ts', 'export const t: number = 1 // one\n')
    expect(behaviourOf('src/t.ts', '/** the one */\nexport const t: 1 | 2 =   1\n')).toBe(before)
    expect(behaviourOf('src/t.ts', 'export const t: number = 2 // one\n')).not.toBe(before)
    expect(behaviourOf('src/t.ts', "export const u = 'a // b'\n")).not.toBe(behaviourOf('src/t.ts', "export const u = 'a // c'\n"))
  })

  it("leaves package.json's version, scripts and dev dependencies out, not its dependencies or type; other JSON by value", () => {
    const pkg = { name: 'p', version: '1.1.0', type: 'module', scripts: { a: 'x' }, dependencies: { yaml: '^2' }, devDependencies: { jest: '^30' } }
    const of = (value: object): string => behaviourOf('package.json', JSON.stringify(value, null, 2))
    expect(of({ ...pkg, version: '1.2.0', scripts: {}, devDependencies: {} })).toBe(of(pkg))
    expect(of({ ...pkg, dependencies: { yaml: '^3' } })).not.toBe(of(pkg))
    expect(of({ ...pkg, type: 'commonjs' })).not.toBe(of(pkg))
    expect(behaviourOf('data/x.json', '{ "a": 1 }')).toBe(behaviourOf('data/x.json', '{"a":1}'))
    expect(behaviourOf('data/x.json', '{ "a": 1, "version": 1 }')).not.toBe(behaviourOf('data/x.json', '{ "a": 1, "version": 2 }'))
  })

  it("names a library's package, and none for Node's own modules", () => {
    expect(packageOf('@scope/pkg/sub')).toBe('@scope/pkg')
    expect(packageOf('yaml')).toBe('yaml')
    expect(packageOf('fast-check/lib/x')).toBe('fast-check')
    expect(packageOf('node:fs')).toBeUndefined()
  })

  /** A project with one unit test that imports a helper, which imports a mutated module that imports another. */
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mutate-inputs-'))
    const files: Record<string, string> = {
      '__tests__/unit/a.test.ts':
        "import { p } from './helper.js'\nimport type { T } from './types.js'\nimport * as yaml from 'yaml'\nimport { readFileSync } from 'node:fs'\nexport const all: T = [p, yaml, readFileSync]\n",
      '__tests__/unit/types.ts': 'export type T = unknown[]\n',
      '__tests__/unit/skip.test.ts': "import { p } from './helper.js'\nexport const all = p\n",
      '__tests__/unit/helper.ts': "export { p } from '../../src/pure.js'\n",
      'src/pure.ts': "import { t } from './transport.js'\nimport { p2 } from './pure.js'\nexport const p = t + p2\n",
      'src/transport.ts': 'export const t = 1\n',
      'jest.config.js': 'export default {}\n',
      'tsconfig.json': '{}\n',
      'package-lock.json': JSON.stringify({ packages: { 'node_modules/yaml': { version: '2.9.1' }, 'node_modules/jest': { version: '30.5.2' } } })
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true })
      writeFileSync(join(dir, file), text)
    }
    return dir
  }
  const config: Stryker = {
    PURE_MODULES: ['src/pure.ts'],
    default: { mutate: ['src/pure.ts'], thresholds: { break: 80 }, jsonReporter: { fileName: 'build/mutation/mutation.json' }, jest: { config: { testPathIgnorePatterns: ['/node_modules/', '/__tests__/unit/skip\\.test\\.ts$'] } } }
  }

  it('follows the imports that run through helpers and mutated modules, to every project file and library reached', () => {
    const dir = project()
    try {
      const { files, packages } = closureOf('__tests__/unit/a.test.ts', dir)
      expect([...files].sort()).toEqual(['__tests__/unit/helper.ts', 'src/pure.ts', 'src/transport.ts'])
      expect([...packages]).toEqual(['yaml'])
      expect(unitTestFiles(config, dir)).toEqual(['__tests__/unit/a.test.ts'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('records the modules Stryker does not diff (not the mutated ones, not the tests), libraries by version, and the tools', () => {
    const dir = project()
    try {
      const { inputs, closures } = currentInputs(config, dir)
      expect(Object.keys(inputs.modules)).toEqual(['__tests__/unit/a.test.ts outside its tests', '__tests__/unit/helper.ts', 'npm:yaml', 'src/transport.ts'])
      expect(inputs.modules['npm:yaml']).toBe('2.9.1')
      expect(Object.keys(inputs.mutated)).toEqual(['src/pure.ts'])
      expect(inputs.tools.jest).toBe('30.5.2')
      expect(inputs.tools.typescript).toBe('absent')
      expect(inputs.tools.node).toBe(process.versions.node.split('.')[0])
      expect(Object.keys(inputs.settings).sort()).toEqual(['jest.config.js', 'stryker.config.mjs', 'tsconfig.json'])
      expect([...(closures.get('__tests__/unit/a.test.ts') ?? [])].sort()).toEqual([
        '__tests__/unit/a.test.ts outside its tests',
        '__tests__/unit/helper.ts',
        'npm:yaml',
        'src/transport.ts'
      ])
      // An edit to the transport module changes its hash and nothing else.
      writeFileSync(join(dir, 'src/transport.ts'), 'export const t = 2\n')
      const after = currentInputs(config, dir).inputs
      expect(after.modules['src/transport.ts']).not.toBe(inputs.modules['src/transport.ts'])
      expect({ ...after.modules, 'src/transport.ts': '' }).toEqual({ ...inputs.modules, 'src/transport.ts': '' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const recorded: Inputs = {
    tools: { jest: '30.5.2' },
    settings: { 'jest.config.js': 'h1' },
    modules: { 'src/transport.ts': 'm1', 'npm:yaml': '2.9.1' },
    mutated: { 'src/domain.ts': 'd1', 'src/report.ts': 'r1', 'src/pace.ts': 'p1' }
  }
  const closures = new Map([
    ['__tests__/unit/a.test.ts', new Set(['src/transport.ts'])],
    ['__tests__/unit/b.test.ts', new Set(['npm:yaml'])],
    ['__tests__/unit/c.test.ts', new Set<string>()],
    ['src/domain.ts', new Set<string>()],
    ['src/report.ts', new Set(['src/domain.ts'])],
    ['src/pace.ts', new Set<string>()]
  ])

  it('re-tests nothing when nothing changed, and only the test files that import a changed module', () => {
    expect(decide(recorded, recorded, closures)).toEqual({ kind: 'incremental', changed: [], staleTests: [], staleModules: [] })
    expect(decide(recorded, { ...recorded, modules: { ...recorded.modules, 'src/transport.ts': 'm2' } }, closures)).toEqual({
      kind: 'incremental',
      changed: ['src/transport.ts'],
      staleTests: ['__tests__/unit/a.test.ts'],
      staleModules: []
    })
    expect(decide(recorded, { ...recorded, modules: { ...recorded.modules, 'npm:yaml': '2.10.0', 'src/new.ts': 'n' } }, closures)).toEqual({
      kind: 'incremental',
      changed: ['npm:yaml', 'src/new.ts'],
      staleTests: ['__tests__/unit/b.test.ts'],
      staleModules: []
    })
  })

  it('re-tests every mutant of a mutated module that imports a changed mutated module, and no test file for it', () => {
    expect(decide(recorded, { ...recorded, mutated: { ...recorded.mutated, 'src/domain.ts': 'd2' } }, closures)).toEqual({
      kind: 'incremental',
      changed: ['src/domain.ts'],
      staleTests: [],
      staleModules: ['src/report.ts']
    })
    // A change to a module nothing imports is Stryker's own business.
    expect(decide(recorded, { ...recorded, mutated: { ...recorded.mutated, 'src/report.ts': 'r2' } }, closures)).toEqual({
      kind: 'incremental',
      changed: ['src/report.ts'],
      staleTests: [],
      staleModules: []
    })
  })

  it('runs in full when there is no record, or a tool or setting changed', () => {
    expect(decide(undefined, recorded, closures)).toEqual({ kind: 'full', reasons: ['stryker-inputs.json is missing: nothing says what the baseline was made with'] })
    expect(decide(recorded, { ...recorded, tools: { jest: '31.0.0' } }, closures)).toEqual({ kind: 'full', reasons: ['jest 30.5.2 → 31.0.0'] })
    expect(decide(recorded, { ...recorded, settings: { 'jest.config.js': 'h2', 'tsconfig.json': 'h3' } }, closures)).toEqual({
      kind: 'full',
      reasons: ['jest.config.js changed', 'tsconfig.json changed']
    })
  })

  it("forgets a stale test file's tests, counting the mutants they killed or covered", () => {
    const baseline = {
      files: {
        'src/a.ts': { mutants: [{ killedBy: ['1'], coveredBy: ['1', '3'] }, { coveredBy: ['3'] }, { coveredBy: ['2'] }, {}] }
      },
      testFiles: { 'x.test.ts': { tests: [{ id: '1' }, { id: '2' }] }, 'y.test.ts': { tests: [{ id: '3' }] } }
    }
    expect(forget(baseline, ['x.test.ts'])).toBe(2)
    expect(Object.keys(baseline.testFiles)).toEqual(['y.test.ts'])
    expect(forget(baseline, ['absent.test.ts'])).toBe(0)
  })

  it("forgets a stale module's mutants, all those Stryker tests", () => {
    // A static mutant (Ignored) is not tested by Stryker, so it is not counted.
    const baseline = { files: { 'src/a.ts': { mutants: [{}, {}, { status: 'Ignored' }] }, 'src/b.ts': { mutants: [{ coveredBy: ['1'] }] } }, testFiles: { 'x.test.ts': { tests: [{ id: '1' }] } } }
    expect(forget(baseline, [], ['src/a.ts'])).toBe(2)
    expect(Object.keys(baseline.files)).toEqual(['src/b.ts'])
    expect(forget(baseline, ['x.test.ts'], ['src/absent.ts'])).toBe(1)
  })

  it("cuts each test out of a test file, and keeps helpers, hooks and describes", () => {
    const text = [
      "import { x } from './x.js'",
      'const helper = (): number => 1',
      "describe('d', () => {",
      '  beforeEach(() => reset())',
      "  it('one', () => { expect(helper()).toBe(1) })",
      "  test.each([1, 2])('two %d', (n) => { expect(n).toBe(n) })",
      "  it.only('three', async () => {})",
      '})',
      'function later(): void {}'
    ].join('\n')
    const kept = outsideTests('t.test.ts', text)
    expect(kept).toContain('const helper = (): number => 1')
    expect(kept).toContain('beforeEach(() => reset())')
    expect(kept).toContain('function later(): void {}')
    expect(kept).not.toMatch(/one|two|three/)
    // A test's body changing leaves it as it was; a helper or a hook changing does not.
    expect(outsideTests('t.test.ts', text.replace('toBe(1)', 'toBe(2)'))).toBe(kept)
    expect(outsideTests('t.test.ts', text.replace('=> 1', '=> 2'))).not.toBe(kept)
    expect(outsideTests('t.test.ts', text.replace('reset()', 'reset(1)'))).not.toBe(kept)
    // A new describe of tests only, or renaming one, changes nothing here (Stryker sees its tests).
    const more = `${text}\ndescribe('new', () => {\n  it('four', () => {})\n})`
    expect(outsideTests('t.test.ts', more)).toBe(kept)
    expect(outsideTests('t.test.ts', more.replace("describe('new'", "describe('newer'"))).toBe(kept)
    // A hook moved out of its describe, or into another one, does; so does an each-test's table.
    expect(outsideTests('t.test.ts', text.replace('  beforeEach(() => reset())\n', '').replace("describe('d'", "beforeEach(() => reset())\ndescribe('d'"))).not.toBe(kept)
    expect(outsideTests('t.test.ts', text.replace("describe('d'", "describe('e'"))).not.toBe(kept)
    expect(outsideTests('t.test.ts', text.replace('[1, 2]', '[1, 3]'))).not.toBe(kept)
  })
})

describe('the scripts read their options before they do anything', () => {
  const run = (script: string, ...args: string[]): { status: number | null; out: string; err: string } => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', timeout: 60_000 })
    return { status: r.status, out: r.stdout, err: r.stderr }
  }

  it('npm run mutate: --help prints the usage, an unknown option is refused with it', () => {
    expect(run('mutate.ts', '--help')).toEqual({ status: 0, out: expect.stringContaining('usage: npm run mutate [-- --force | --ci]'), err: '' })
    const wrong = run('mutate.ts', '--fast')
    expect(wrong.status).toBe(2)
    expect(wrong.err).toContain('unknown option: --fast')
  })

  it('npm run mutate:static: --help prints the usage, an unknown option is refused with it', () => {
    expect(run('static-mutants.ts', '--help')).toEqual({ status: 0, out: expect.stringContaining('usage: npm run mutate:static'), err: '' })
    const wrong = run('static-mutants.ts', '--fast')
    expect(wrong.status).toBe(2)
    expect(wrong.err).toContain('unknown option: --fast\nusage: npm run mutate:static')
  })
})
