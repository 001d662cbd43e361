import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputFile } from '../../emulator/runner.js'
import { CONNECTION_ID_PATTERN, InputError, parseInputs, parsePolicyText } from '../../src/inputs.js'
import { fakeSource } from './input-source.js'
import type { Connection } from '../../src/proton.js'
import { summaryMarkdown } from '../../src/report.js'
import { runnerIO } from '../../src/runner-io.js'

/** Properties over any input: invalid input is refused with an error naming the input, valid input is read exactly. */

const INPUT_NAMES = ['connection-id', 'allowed-account-ids', 'policy-file', 'aws-region', 'endpoint-url', 'dry-run', 'role-to-assume', 'role-session-name', 'role-duration-seconds', 'max-concurrency', 'max-attempts']

function parse(inputs: Record<string, string>): ReturnType<typeof parseInputs> | InputError {
  try {
    return parseInputs(fakeSource(inputs))
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

const uuid = fc.uuid().map((u) => u.toLowerCase()).filter((u) => CONNECTION_ID_PATTERN.test(u))
const separator = fc.constantFrom('\n', ',', ' ', ', ', '\r\n', '\t', ' ,\n')
const accountId = fc.stringMatching(/^\d{12}$/)

describe('connection-id', () => {
  it('reads any list of valid IDs with any separators, without duplicates, in order', () => {
    fc.assert(
      fc.property(fc.array(uuid, { minLength: 1, maxLength: 12 }), fc.array(separator, { minLength: 12, maxLength: 12 }), (ids, seps) => {
        const text = ids.map((id, i) => `${id}${seps[i]}`).join('')
        const config = parse({ 'connection-id': text })
        expect(config).not.toBeInstanceOf(InputError)
        expect((config as unknown as { connectionIds: string[] }).connectionIds).toEqual([...new Set(ids)])
      })
    )
  })

  it('refuses anything else with an error that names connection-id, never throwing otherwise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parse({ 'connection-id': text })
        if (result instanceof InputError) {
          for (const problem of result.problems) expect(INPUT_NAMES.some((n) => problem.startsWith(n))).toBe(true)
          expect(result.problems.some((p) => p.startsWith('connection-id'))).toBe(true)
        } else {
          for (const id of result.connectionIds) expect(id).toMatch(CONNECTION_ID_PATTERN)
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe('allowed-account-ids and the policy file', () => {
  it('reads any list of 12-digit IDs', () => {
    fc.assert(
      fc.property(fc.array(accountId, { minLength: 1, maxLength: 20 }), separator, (ids, sep) => {
        const config = parse({ 'allowed-account-ids': ids.join(sep) })
        expect((config as unknown as { policy?: { allowedAccountIds: string[] } }).policy?.allowedAccountIds).toEqual([...new Set(ids)])
      })
    )
  })

  it('refuses any malformed value naming allowed-account-ids', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const result = parse({ 'allowed-account-ids': text })
        if (result instanceof InputError) {
          expect(result.problems.every((p) => /^(allowed-account-ids|connection-id): /.test(p))).toBe(true)
        } else {
          for (const id of result.policy?.allowedAccountIds ?? []) expect(id).toMatch(/^\d{12}$/)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('never throws on any policy file text: it parses to 12-digit IDs or says what is wrong', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json(), accountId.map((a) => `allowed-account-ids:\n  - ${a}\n`)), (text) => {
        const problems: string[] = []
        const ids = parsePolicyText(yaml, text, 'p.yml', problems)
        if (ids === undefined) expect(problems.length).toBeGreaterThan(0)
        for (const id of ids ?? []) expect(id).toMatch(/^\d{12}$/)
        for (const p of problems) expect(p.startsWith('policy-file: p.yml')).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})

describe('numeric and boolean inputs', () => {
  it.each([
    ['max-attempts', 1, 10],
    ['max-concurrency', 1, 64],
    ['role-duration-seconds', 900, 43200]
  ])('%s accepts exactly the whole numbers from %d to %d', (name, min, max) => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100, max: 50000 }).map(String), fc.string({ maxLength: 8 })), (text) => {
        const result = parse({ 'connection-id': '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b', [name]: text })
        const trimmed = text.trim()
        const valid = trimmed === '' || (/^\d+$/.test(trimmed) && Number(trimmed) >= min && Number(trimmed) <= max)
        if (valid) expect(result).not.toBeInstanceOf(InputError)
        else expect((result as InputError).problems).toEqual([expect.stringMatching(new RegExp(`^${name}: .* expected a whole number from ${min} to ${max}$`))])
      }),
      { numRuns: 300 }
    )
  })
})

describe('outputs and summary cannot be broken by values', () => {
  const connection = (text: string): Connection => ({
    id: text, arn: text, managementAccountId: '111111111111', environmentAccountId: text, roleArn: text, componentRoleArn: text,
    environmentName: text, requestedAt: new Date(0), lastModifiedAt: new Date(0), status: 'PENDING'
  })

  it('writes any value to GITHUB_OUTPUT with the action\'s own writer, so that the runner reads back exactly the same outputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'))
    const file = join(dir, 'github_output')
    const io = runnerIO({ GITHUB_OUTPUT: file })
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 40 }), (text, other) => {
        writeFileSync(file, '')
        io.writeOutputs({ id: text, 'environment-name': other, status: 'PENDING', results: `[${JSON.stringify(text)}]` })
        expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ id: text, 'environment-name': other, status: 'PENDING', results: `[${JSON.stringify(text)}]` })
      }),
      { numRuns: 200 }
    )
  })

  it('keeps every summary table row at its number of cells whatever the values hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.boolean(), (text, many) => {
        const results = many
          ? [{ id: text, connection: connection(text), outcome: 'rejected' as const, reason: text }, { id: 'b', outcome: 'failed' as const, error: text }]
          : [{ id: text, connection: connection(text), outcome: 'rejected' as const, reason: text }]
        const markdown = summaryMarkdown({ mode: 'ids', dryRun: false, results, trigger: { event: text, actor: text } })
        const rows = markdown.split('\n').filter((l) => l.startsWith('| '))
        const cells = many ? 5 : 2
        for (const row of rows) expect(row.split('|').length - 2).toBe(cells)
        expect(markdown).not.toMatch(/<(?!br>|em>|\/em>|a href="|\/a>|code>|\/code>)/)
      }),
      { numRuns: 300 }
    )
  })
})
