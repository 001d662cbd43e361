import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The runtime action.yml declares (node24), from the npm registry (`npx -y node@24`), as the runner
 * would start the action; the current node only where node24 cannot be had, and then it says so.
 */
export function runnerNode(): { path: string; label: string; isNode24: boolean } {
  const given = process.argv.find((a) => a.startsWith('--node='))?.slice('--node='.length)
  if (given) return { path: given, label: given, isNode24: false }
  if (process.versions.node.startsWith('24.')) return { path: process.execPath, label: 'as the runner', isNode24: true }
  try {
    const path = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    if (existsSync(path)) return { path, label: 'as the runner', isNode24: true }
  } catch {
    // fall through
  }
  return { path: process.execPath, label: `${process.version} (node24 not available)`, isNode24: false }
}
