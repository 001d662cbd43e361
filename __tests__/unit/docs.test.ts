import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readManifest } from '../../emulator/runner.js'
import { GENERATED, renderPage } from '../../scripts/docs.js'
import { buildOutputs } from '../../src/report.js'

describe('README and action.yml', () => {
  it.each(Object.keys(GENERATED))('%s has the tables each action.yml gives and the IAM documents docs/iam holds (npm run docs rewrites them)', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8')
    expect(renderPage(page, text)).toBe(text)
    expect(() => renderPage(page, '')).toThrow(/lacks the .* markers/)
  })

  it('keeps the README within a few screens', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(350)
  })

  it('declares every output leftovers/ sets, runs on node24 from its bundle', () => {
    expect(readManifest('leftovers').runs).toEqual({ using: 'node24', main: '../dist/leftovers/index.js' })
    for (const spec of Object.values(readManifest('leftovers').outputs as Record<string, { description?: string }>)) expect(spec.description?.length).toBeGreaterThan(10)
  })

  it('declares every output the action sets, each with a description', () => {
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
    expect(readme).toMatch(/^npm test\b/m)
  })
})

describe('the README\'s pictures', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string)

  it('names the three pictures npm run screenshots makes', () => {
    expect(images).toEqual(['docs/images/summary-rejection.png', 'docs/images/summary-policy-plan.png', 'docs/images/plan-comment.png'])
  })

  it.each(images)('%s exists and is a PNG', (path) => {
    const bytes = readFileSync(join(ROOT, path))
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(bytes.length).toBeGreaterThan(10_000)
  })
})
