import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readManifest } from '../../emulator/runner.js'
import { renderReadme } from '../../scripts/docs.js'

describe('README and action.yml', () => {
  it('has the inputs and outputs tables that action.yml gives (npm run docs rewrites them)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(renderReadme(readme)).toBe(readme)
  })

  it('declares every output the action sets, each with a description', async () => {
    const { buildOutputs } = await import('../../src/report.js')
    const declared = readManifest().outputs as Record<string, { description?: string }>
    expect(Object.keys(buildOutputs([])).sort()).toEqual(Object.keys(declared).sort())
    for (const spec of Object.values(declared)) expect(spec.description?.length).toBeGreaterThan(10)
  })

  it('runs on node24 from dist/index.js', () => {
    expect(readManifest().runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('lists the licence of every main dependency bundled in dist/', () => {
    const licenses = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    for (const name of ['@actions/core', '@actions/github', '@aws-sdk/client-proton', '@aws-sdk/client-sts', '@smithy/core', 'undici', 'yaml']) {
      expect(licenses).toMatch(new RegExp(`^${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+ \\(`, 'm'))
    }
  })

  it('keeps both quick start commands in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toMatch(/^npm cit\b/m)
  })
})
