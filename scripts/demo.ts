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

const node = runnerNode()
if (!node.isNode24) console.warn(`Node 24 could not be fetched (npx -y node@24): running on ${node.label}`)
const emulator = await startEmulator()
try {
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
} finally {
  await emulator.stop()
}
