import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifest } from '../emulator/runner.js'
import { ROOT } from './paths.js'
import { cloudFormationTemplate, IAM_DIR, policyText, ROLES } from './iam.js'

/** The README's inputs and outputs tables, made from action.yml so the two cannot drift apart. */

const cell = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function inputsTable(): string {
  const manifest = readManifest() as { inputs?: Record<string, { description?: string; default?: string }> }
  const rows = Object.entries(manifest.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} | ${spec.default ? `\`${spec.default}\`` : '(empty)'} |`
  )
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n')
}

export function outputsTable(): string {
  const manifest = readManifest() as { outputs?: Record<string, { description?: string }> }
  const rows = Object.entries(manifest.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`)
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

export function renderReadme(readme: string): string {
  const replace = (text: string, marker: string, table: string): string => {
    const pattern = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`)
    if (!pattern.test(text)) throw new Error(`README.md lacks the ${marker} markers`)
    return text.replace(pattern, (_all, start: string, end: string) => `${start}\n${table}\n${end}`)
  }
  let text = replace(replace(readme, 'inputs', inputsTable()), 'outputs', outputsTable())
  // Every IAM document the README shows is the file in docs/iam, which the tests evaluate.
  for (const file of ROLES.flatMap((role) => [role.trustFile, role.permissionsFile])) {
    text = replace(text, `iam ${file}`, `\`\`\`json\n${policyText(file)}\n\`\`\``)
  }
  return text
}

export const TEMPLATE_PATH = join(IAM_DIR, 'roles.cfn.yml')

if (process.argv[1]?.endsWith('docs.ts')) {
  const path = join(ROOT, 'README.md')
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8')))
  writeFileSync(TEMPLATE_PATH, cloudFormationTemplate())
  console.log('README.md tables and IAM documents regenerated from action.yml and docs/iam; docs/iam/roles.cfn.yml rewritten')
}
