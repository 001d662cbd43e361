import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifest } from '../emulator/runner.js'
import { ROOT } from './paths.js'
import { cloudFormationTemplate, IAM_DIR, policyText, ROLES } from './iam.js'

/** The docs' inputs and outputs tables, made from each action.yml so they cannot drift apart, and the IAM documents the roles page shows. */

const cell = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function inputsTable(action = ''): string {
  const manifest = readManifest(action) as { inputs?: Record<string, { description?: string; default?: string }> }
  const rows = Object.entries(manifest.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} | ${spec.default ? `\`${spec.default}\`` : '(empty)'} |`
  )
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n')
}

export function outputsTable(action = ''): string {
  const manifest = readManifest(action) as { outputs?: Record<string, { description?: string }> }
  const rows = Object.entries(manifest.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`)
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
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
