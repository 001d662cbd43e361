import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../emulator/runner.js'
import { scoreOf } from '../../scripts/mutation-check.js'
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
