import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifest } from '../emulator/runner.js'
import { ROOT } from './paths.js'
import { cloudFormationTemplate, IAM_DIR, policyText, ROLES } from './iam.js'

/** The docs' inputs and outputs tables, made from each action.yml so they cannot drift apart, and the IAM documents the roles page shows. */

const cell = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

/**
 * How each action's tables are grouped: what most users set (or read) first, then the rest. A name
 * action.yml declares that no group lists goes to the last group, so nothing is left out.
 */
const INPUT_GROUPS: Readonly<Record<string, ReadonlyArray<{ title: string; names: readonly string[] }>>> = {
  '': [
    { title: 'What most users set', names: ['endpoint-url', 'connection-id', 'allowed-account-ids', 'policy-file', 'max-rejections', 'role-to-assume', 'aws-region', 'dry-run'] },
    { title: 'The rest', names: [] }
  ],
  leftovers: [
    { title: 'What most users set', names: ['account-ids', 'account-role-name', 'regions', 'role-to-assume', 'aws-region'] },
    { title: 'The rest', names: [] }
  ]
}
const OUTPUT_GROUPS: Readonly<Record<string, ReadonlyArray<{ title: string; names: readonly string[] }>>> = {
  '': [
    { title: 'What most workflows read', names: ['status', 'rejected-count', 'would-reject-count', 'drift-count', 'failed-count', 'results', 'results-omitted-count', 'results-file', 'authenticated-arn'] },
    { title: 'The connection, when exactly one was handled (each is also a field of `connection`)', names: [] }
  ],
  leftovers: [{ title: 'Every output', names: [] }]
}

function grouped(header: string[], entries: Array<[string, string]>, groups: ReadonlyArray<{ title: string; names: readonly string[] }>): string {
  const listed = new Set(groups.flatMap((g) => g.names))
  const blocks = groups.map((group, i) => {
    const names = i === groups.length - 1 ? [...group.names, ...entries.map(([n]) => n).filter((n) => !listed.has(n))] : group.names
    const rows = names.map((name) => {
      const row = entries.find(([n]) => n === name)
      if (!row) throw new Error(`${name} is grouped but not declared`)
      return row[1]
    })
    return [`**${group.title}**`, '', ...header, ...rows].join('\n')
  })
  return blocks.join('\n\n')
}

export function inputsTable(action = ''): string {
  const manifest = readManifest(action) as { inputs?: Record<string, { description?: string; default?: string }> }
  const entries = Object.entries(manifest.inputs ?? {}).map(
    ([name, spec]): [string, string] => [name, `| \`${name}\` | ${cell(spec.description ?? '')} | ${spec.default ? `\`${spec.default}\`` : '(empty)'} |`]
  )
  return grouped(['| Input | Description | Default |', '| --- | --- | --- |'], entries, INPUT_GROUPS[action] ?? [{ title: 'Every input', names: [] }])
}

export function outputsTable(action = ''): string {
  const manifest = readManifest(action) as { outputs?: Record<string, { description?: string }> }
  const entries = Object.entries(manifest.outputs ?? {}).map(([name, spec]): [string, string] => [name, `| \`${name}\` | ${cell(spec.description ?? '')} |`])
  return grouped(['| Output | Description |', '| --- | --- |'], entries, OUTPUT_GROUPS[action] ?? [{ title: 'Every output', names: [] }])
}

/** The pages with generated parts, and the parts each holds (between `<!-- NAME:start -->` and `<!-- NAME:end -->`). */
export const GENERATED: Readonly<Record<string, () => Record<string, string>>> = {
  'docs/reference.md': () => ({
    inputs: inputsTable(),
    outputs: outputsTable(),
    'leftovers-inputs': inputsTable('leftovers'),
    'leftovers-outputs': outputsTable('leftovers')
  }),
  // Every IAM document the roles page shows is the file in docs/iam, which the tests evaluate.
  'docs/roles.md': () => Object.fromEntries(ROLES.flatMap((role) => [role.trustFile, role.permissionsFile]).map((file) => [`iam ${file}`, `\`\`\`json\n${policyText(file)}\n\`\`\``]))
}

/** A page with its generated parts made again; a part whose markers are missing is an error. */
export function renderPage(page: string, text: string): string {
  const parts = GENERATED[page]?.() ?? {}
  let out = text
  for (const [marker, content] of Object.entries(parts)) {
    const pattern = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`)
    if (!pattern.test(out)) throw new Error(`${page} lacks the ${marker} markers`)
    out = out.replace(pattern, (_all, start: string, end: string) => `${start}\n${content}\n${end}`)
  }
  return out
}

export const TEMPLATE_PATH = join(IAM_DIR, 'roles.cfn.yml')

if (process.argv[1]?.endsWith('docs.ts')) {
  for (const page of Object.keys(GENERATED)) {
    const path = join(ROOT, page)
    writeFileSync(path, renderPage(page, readFileSync(path, 'utf8')))
  }
  writeFileSync(TEMPLATE_PATH, cloudFormationTemplate())
  console.log(`${Object.keys(GENERATED).join(' and ')} regenerated from each action.yml and docs/iam; docs/iam/roles.cfn.yml rewritten`)
}
