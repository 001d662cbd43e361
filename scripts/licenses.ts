import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './paths.js'

/**
 * dist/licenses.txt: every package whose code is in dist/, with its version, licence and licence
 * text, taken from the bundler's own list of modules (build/stats.json, written by `npm run build`).
 */

interface StatsModule {
  name?: string
  modules?: StatsModule[]
}

function packagesIn(modules: StatsModule[], into: Set<string>): void {
  for (const m of modules) {
    const name = m.name ?? ''
    // The last node_modules segment names the package that owns the file; keep its directory.
    const last = [...name.matchAll(/node_modules\/(?:@[^/]+\/)?[^/]+\//g)].pop()
    if (last) into.add(name.slice(0, (last.index ?? 0) + last[0].length - 1))
    if (m.modules) packagesIn(m.modules, into)
  }
}

function licenceText(dir: string): string | undefined {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined
}

export function buildLicenses(...statsPaths: string[]): string {
  const dirs = new Set<string>()
  for (const statsPath of statsPaths) packagesIn((JSON.parse(readFileSync(statsPath, 'utf8')) as { modules: StatsModule[] }).modules, dirs)
  const entries = [...dirs]
    .map((relative) => {
      const dir = join(ROOT, relative.replace(/^\.\//, ''))
      if (!existsSync(join(dir, 'package.json'))) return undefined
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string }
      return { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN', text: licenceText(dir) }
    })
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1))
  const unique = entries.filter((e, i) => i === 0 || e.name !== entries[i - 1]?.name || e.version !== entries[i - 1]?.version)
  // Most AWS packages carry the same Apache-2.0 text: each distinct text is printed once, after the packages it covers.
  const byText = new Map<string, string[]>()
  for (const e of unique) {
    const text = e.text ?? `(no licence file in the package; its package.json says ${e.license})`
    byText.set(text, [...(byText.get(text) ?? []), `${e.name}@${e.version} (${e.license})`])
  }
  const blocks = [...byText].map(([text, names]) => `${names.join('\n')}\n\n${text}`)
  return `Third-party software bundled in dist/ (${unique.length} packages)\n\n${blocks.join('\n\n-----\n\n')}\n`
}

if (process.argv[1]?.endsWith('licenses.ts')) {
  // Both bundles: the main action's (dist/main) and leftovers/'s (dist/leftovers/main).
  writeFileSync(join(ROOT, 'dist', 'licenses.txt'), buildLicenses(join(ROOT, 'build', 'stats.json'), join(ROOT, 'build', 'stats-leftovers.json')))
  console.log('dist/licenses.txt written')
}
