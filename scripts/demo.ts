import { execFileSync } from 'node:child_process'
import { startEmulator } from '../emulator/server.js'
import { runAction } from '../emulator/runner.js'
import { runnerNode } from './node24.js'

/**
 * The action's main job on this machine: the emulator holds one pending connection, and
 * dist/index.js rejects it as the runner would start it, on the runner's Node 24. Prints the
 * outputs and the summary as a reader sees it on the run's page.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Character references (`&#58;`, `&#x3a;`, `&amp;`) as the characters they stand for. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** One line of Markdown as its text: tags, emphasis, code marks and escapes gone, entities decoded, <br> a new line. */
function inline(markdown: string): string {
  const text = markdown
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  return decodeEntities(text)
}

/** Columns a string takes in a terminal: wide pictographs (the outcome icons) take two, joiners and variation selectors none. */
function width(text: string): number {
  let columns = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    const zeroWidth = code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x0300 && code <= 0x036f)
    if (!zeroWidth) columns += code > 0x2000 && /\p{Extended_Pictographic}/u.test(char) ? 2 : 1
  }
  return columns
}

/** A Markdown table as aligned columns; a cell with several lines keeps them. */
function table(lines: string[]): string[] {
  const rows = lines
    .filter((line) => !/^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line))
    .map((line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => inline(cell.trim()).split('\n')))
  const columns = Math.max(...rows.map((row) => row.length))
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => Math.max(...(row[c] ?? ['']).map(width)))))
  const out: string[] = []
  rows.forEach((row, r) => {
    const height = Math.max(...row.map((cell) => cell.length))
    for (let i = 0; i < height; i++) {
      out.push(widths.map((w, c) => { const part = row[c]?.[i] ?? ''; return part + ' '.repeat(w - width(part)) }).join('  ').trimEnd())
    }
    if (r === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '))
  })
  return out
}

/** The job summary's Markdown rendered to plain text: what a reader sees, without the markup. */
function readable(markdown: string): string {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (/^\s*\|/.test(line)) {
      const start = i
      while (i + 1 < lines.length && /^\s*\|/.test(lines[i + 1] as string)) i++
      out.push(...table(lines.slice(start, i + 1)))
      continue
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) out.push(inline(heading[1] as string))
    else out.push(inline(line.replace(/^(\s*)[-*+]\s+/, '$1• ')))
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()
}

/** `npm run demo:leftovers`: leftovers/ over two accounts the emulator fills with what AWS Proton left. */
async function leftovers(emulator: Awaited<ReturnType<typeof startEmulator>>, nodePath: string): Promise<number> {
  const management = emulator.accountId
  const environment = '222222222222'
  const trust = (services: string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }] })
  for (const account of [management, environment]) {
    emulator.identity.roles.set(`arn:aws:iam::${account}:role/audit/ProtonLeftovers`, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${management}:root` }, Action: 'sts:AssumeRole' }] } })
  }
  emulator.iam.putPolicy('aws', 'AdministratorAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  emulator.iam.putPolicy('aws', 'AWSProtonCodeBuildProvisioningBasicAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] })
  // AWS's example service role policy (AWS Proton user guide): administrator rights in all but name.
  emulator.iam.putRole(management, { name: 'ProtonServiceRole', trust: trust(['proton.amazonaws.com']), inline: { ProtonServiceRolePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' }] } } })
  emulator.iam.putRole(environment, { name: 'ProtonEnvironmentRole', trust: trust(['proton.amazonaws.com']), attached: ['arn:aws:iam::aws:policy/AdministratorAccess'], lastUsed: { date: '2026-10-06T17:12:00Z', region: 'us-east-1' } })
  emulator.iam.putRole(environment, { name: 'ProtonCodeBuildRole', trust: trust(['codebuild.amazonaws.com']), attached: ['arn:aws:iam::aws:policy/AWSProtonCodeBuildProvisioningBasicAccess'] })
  emulator.iam.putRole(environment, { name: 'AppRole', trust: trust(['lambda.amazonaws.com']) })
  emulator.stacks.put(environment, 'us-east-1', { name: 'AWSProton-payments-cloudformation--HZYQRFWOSFPHCQZ', status: 'UPDATE_COMPLETE', lastUpdated: '2026-09-14T08:00:00Z' })
  console.log(`Emulator on ${emulator.url}: accounts ${management} and ${environment}, each with the role audit/ProtonLeftovers; dist/leftovers/index.js on Node ${execFileSync(nodePath, ['-v'], { encoding: 'utf8' }).trim()}\n`)
  const result = await runAction({
    action: 'leftovers',
    with: { 'account-ids': `${management} ${environment}`, 'account-role-name': 'audit/ProtonLeftovers', regions: 'us-east-1' },
    env: emulator.awsEnv,
    node: nodePath
  })
  console.log('--- log ---')
  process.stdout.write(result.stdout + result.stderr)
  console.log(`--- exit code ${result.code} ---\n`)
  console.log('--- outputs (results shortened) ---')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}=${name === 'results' && value.length > 200 ? `${value.slice(0, 200)}…` : value}`)
  console.log('\n--- job summary, as a reader sees it ---')
  console.log(readable(result.summary))
  console.log(`\nrole-count: ${result.outputs['role-count']}`)
  return result.code === 0 && result.outputs['role-count'] === '3' ? 0 : 1
}

const node = runnerNode()
if (!node.isNode24) console.warn(`Node 24 could not be fetched (npx -y node@24): running on ${node.label}`)
const emulator = await startEmulator()
try {
  if (process.argv[2] === 'leftovers') {
    process.exitCode = await leftovers(emulator, node.path)
  } else {
    const connection = emulator.seed({ environmentAccountId: '222222222222', environmentName: 'payments-staging' })
    console.log(`Emulator on ${emulator.url} with pending connection ${connection.id}; dist/index.js on Node ${execFileSync(node.path, ['-v'], { encoding: 'utf8' }).trim()}\n`)
    const result = await runAction({
      with: { 'connection-id': connection.id },
      env: emulator.awsEnv,
      node: node.path
    })
    console.log('--- log ---')
    process.stdout.write(result.stdout + result.stderr)
    console.log(`--- exit code ${result.code} ---\n`)
    console.log('--- outputs ---')
    for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}=${value}`)
    console.log('\n--- job summary, as a reader sees it ---')
    console.log(readable(result.summary))
    console.log(`status: ${result.outputs.status}`)
    process.exitCode = result.code === 0 && result.outputs.status === 'REJECTED' ? 0 : 1
  }
} finally {
  await emulator.stop()
}
