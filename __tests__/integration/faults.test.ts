import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import type { FaultKind } from '../../emulator/server.js'
import { closedPort, errorLines, useEmulator } from './harness.js'

/** Faults injected by the emulator, and hostile values, driven through dist/index.js. */

const h = useEmulator()
const run = h.run
const GET = 'GetEnvironmentAccountConnection'
const REJECT = 'RejectEnvironmentAccountConnection'


describe('retries', () => {
  it.each<[FaultKind, string]>([
    ['throttle', 'throttling'],
    ['internal', 'a 500'],
    ['unavailable', 'a 503 from a load balancer'],
    ['reset', 'a connection reset']
  ])('retries %s (%s) and succeeds', async (kind) => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind, operation: GET, times: 2 })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(h.emulator.callsOf(GET)).toHaveLength(3)
  })

  it('ends a persistent outage with a clear failure after max-attempts calls', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'internal', operation: GET, times: 100 })
    const r = await run({ 'connection-id': c.id, 'max-attempts': '3' })
    expect(r.code).toBe(1)
    expect(h.emulator.callsOf(GET)).toHaveLength(3)
    expect(errorLines(r)[0]).toMatch(/^::error title=AWS Proton failed::AWS Proton failed internally on proton:GetEnvironmentAccountConnection .* after 3 attempts/)
    expect(r.durationMs).toBeLessThan(30_000)
  })

  it('abandons a hung attempt after the per-attempt timeout and retries', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'hang', operation: GET, times: 1 })
    const r = await run({ 'connection-id': c.id, 'max-attempts': '2' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(h.emulator.callsOf(GET)).toHaveLength(2)
    expect(r.durationMs).toBeGreaterThan(9_000)
    expect(r.durationMs).toBeLessThan(25_000)
  }, 60_000)

  it('reports the truth when a Reject whose answer was lost is retried into "already rejected"', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'reset-after', operation: REJECT, times: 1 })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf(REJECT)).toHaveLength(2)
    expect(r.outputs.status).toBe('REJECTED')
    expect(JSON.parse(r.outputs.results as string)[0]).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining('a fresh read shows it rejected') })
    expect(r.outputs['rejected-count']).toBe('1')
  })
})

describe('answers that are not the API\'s', () => {
  it.each<[FaultKind, string]>([
    ['html', 'an HTML page with status 200'],
    ['garbage', 'bytes that are not JSON']
  ])('fails clearly on %s (%s) instead of the answer, never reporting success', async (kind) => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind, operation: REJECT, times: 10 })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(r.outputs.status).not.toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('0')
    expect(errorLines(r)[0]).toMatch(/^::error title=Unexpected answer from the endpoint::.*not the AWS Proton API's/)
    expect(r.summary).not.toContain('✅')
  })

  it.each<[FaultKind, string]>([
    ['truncated', 'truncated JSON'],
    ['wrong-content-type', 'the right body with a wrong content type']
  ])('reads again after %s (%s) of a Reject that took effect, and reports what the read shows', async (kind) => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind, operation: REJECT, times: 10 })
    const r = await run({ 'connection-id': c.id })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(JSON.parse(r.outputs.results as string)[0]).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining('the answer to the Reject was lost, a fresh read shows it rejected') })
  })

  it('reports a garbled answer to a Reject that did not take effect as a failure, with the status read', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'garbage', operation: REJECT, times: 10 })
    const r = await run({ 'connection-id': c.id })
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs.results as string)[0]).toMatchObject({ outcome: 'failed', status: 'PENDING', error: expect.stringContaining('a fresh read shows it still PENDING, so nothing was changed') })
  })
})

describe('an endpoint that cannot be reached', () => {
  it('says to check endpoint-url, not to set it, when the endpoint it names refuses the connection', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id, 'endpoint-url': `http://127.0.0.1:${await closedPort()}`, 'max-attempts': '2' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/^::error title=AWS Proton unreachable::cannot reach AWS Proton at .* \(ECONNREFUSED\); check endpoint-url: nothing answers at that address$/)
  })

  it('names the environment variable that chose the endpoint when its host does not resolve', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id, 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL_PROTON: 'http://proton.host-that-does-not-exist.invalid' } })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/cannot reach AWS Proton at .*\((ENOTFOUND|EAI_AGAIN)\); check AWS_ENDPOINT_URL_PROTON/)
  })

  it('points to the end of support and to endpoint-url when AWS\'s own endpoint cannot be reached', async () => {
    const c = h.emulator.seed()
    // No endpoint setting: the region's endpoint, which this sandbox cannot reach (as after the end of support).
    const r = await run({ 'connection-id': c.id, 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL_PROTON: undefined } })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/cannot reach AWS Proton at https:\/\/proton\.us-east-1\.amazonaws\.com \(\w+\)\. AWS ended support for AWS Proton on 2026-10-07.*set endpoint-url/)
  })
})

describe('hostile values', () => {
  it('escapes values from the service in the summary and keeps the table whole', async () => {
    const nasty = 'a|b <img src=x onerror=alert(1)> & `code` **bold**\n| injected | row |'
    const c = h.emulator.seed({ environmentName: nasty, roleArn: `arn:aws:iam::222222222222:role/${nasty}` })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(r.summary).not.toContain('<img')
    expect(r.summary).not.toContain('`code`')
    expect(r.summary).not.toContain('| injected | row |')
    for (const line of r.summary.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.split('|').length - 2).toBe(2)
    }
    expect(r.outputs['environment-name']).toBe(nasty)
  })

  it('cannot have an output forged by an input holding file-command syntax', async () => {
    const forged = 'x\nstatus<<EOF\nREJECTED\nEOF\n::set-output name=status::REJECTED'
    const r = await run({ 'connection-id': forged })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('')
    expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(r.outputs).sort().filter((k) => !k.includes('\n')))
    expect(r.stdout).not.toMatch(/^::set-output/m)
  })

  it('cannot start a workflow command in the log with a value from the service', async () => {
    const forged = 'prod\n::warning title=Forged::injected\n::add-mask::x'
    const c = h.emulator.seed({ status: 'CONNECTED', environmentName: forged, usedByEnvironment: forged })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('used by environment prod')
    expect(r.stdout).not.toMatch(/^::warning title=Forged/m)
    expect(r.stdout).not.toMatch(/^::add-mask::x$/m)
  })

  it('keeps the summary under 1 MiB with 5,000 connections', async () => {
    h.emulator.proton.connections.clear()
    for (let i = 0; i < 5000; i++) h.emulator.seed({ environmentAccountId: String(300000000000 + i), environmentName: `environment-with-a-long-name-${i}` })
    const r = await run({ 'allowed-account-ids': '[]', 'dry-run': 'true' })
    for (const id of [...h.emulator.proton.connections.keys()]) h.emulator.proton.connections.delete(id)
    expect(r.code).toBe(0)
    // The results output stays under GitHub's 1 MB limit for an output; the results file has every one.
    const kept = (JSON.parse(r.outputs.results as string) as unknown[]).length
    expect(kept + Number(r.outputs['results-omitted-count'])).toBe(5000)
    expect(Buffer.byteLength(r.outputs.results as string)).toBeLessThan(1_000_000)
    expect(JSON.parse(readFileSync(r.outputs['results-file'] as string, 'utf8'))).toHaveLength(5000)
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024)
    expect(r.summary).toMatch(/4000 more rows left out/)
  }, 60_000)
})

describe('secrets with static credentials', () => {
  it('never shows the secret key or session token, even with debug logging on', async () => {
    const c = h.emulator.seed()
    const r = await run(
      { 'connection-id': c.id },
      { env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AWS_SESSION_TOKEN: undefined } }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::debug::')
    expect(r.stdout).toContain(`::add-mask::${h.emulator.staticCredential.secretAccessKey}`)
    const visible = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, JSON.stringify(r.outputs), r.summary].join('\n')
    expect(visible).not.toContain(h.emulator.staticCredential.secretAccessKey)
  })
})
