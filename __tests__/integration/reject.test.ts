import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerNode } from '../../scripts/node24.js'
import { errorLines, readable, useEmulator } from './harness.js'

/** Runs dist/index.js as the runner starts it, against the emulator, with Proton's real wire format. */

const h = useEmulator()
const run = h.run

describe('rejecting one connection', () => {
  it('rejects a PENDING connection and sets every output', async () => {
    const c = h.emulator.seed({ environmentAccountId: '222222222222', environmentName: 'payments', componentRoleArn: 'arn:aws:iam::222222222222:role/Component' })
    const r = await run({ 'connection-id': `  ${c.id}\n` })
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(r.outputs).toMatchObject({
      status: 'REJECTED',
      id: c.id,
      arn: c.arn,
      'environment-account-id': '222222222222',
      'environment-name': 'payments',
      'management-account-id': '111111111111',
      'role-arn': c.roleArn,
      'component-role-arn': 'arn:aws:iam::222222222222:role/Component',
      'codebuild-role-arn': '',
      'requested-at': '2026-09-01T12:00:00.250Z',
      'rejected-count': '1',
      'failed-count': '0'
    })
    expect(r.outputs['last-modified-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    const connection = JSON.parse(r.outputs.connection as string) as Record<string, string>
    expect(connection).toMatchObject({ id: c.id, status: 'REJECTED', requestedAt: '2026-09-01T12:00:00.250Z' })
    expect(connection).not.toHaveProperty('codebuildRoleArn')
    expect(h.emulator.calls.map((call) => call.operation)).toEqual(['GetEnvironmentAccountConnection', 'RejectEnvironmentAccountConnection'])
    expect(r.summary).toContain(`### ✅ Rejected connection ${c.id}`)
    expect(r.summary).toContain('| Status | REJECTED |')
    expect(r.summary).toContain('| CodeBuild role ARN | <em>absent</em> |')
    expect(r.summary).toContain('<a href="https://github.com/octo-org/octo-repo/actions/runs/7000000001">')
    expect(r.summary).toContain('manual run (workflow_dispatch) by octocat')
    expect(r.summary).not.toMatch(/undefined|null/)
    expect(errorLines(r)).toEqual([])
    expect(h.emulator.calls[0]?.userAgent).toMatch(/proton-reject-connection-action\/\d+\.\d+\.\d+/)
  })

  it('rejects a CONNECTED connection that no environment uses', async () => {
    const c = h.emulator.seed({ status: 'CONNECTED' })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.summary).toContain('it was CONNECTED')
  })

  it('succeeds without calling Reject when the connection is already rejected', async () => {
    const c = h.emulator.seed({ status: 'REJECTED' })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.outputs['rejected-count']).toBe('0')
    expect(JSON.parse(r.outputs.results as string)[0].outcome).toBe('already-rejected')
    expect(r.stdout).toContain(`::notice title=Already rejected::connection ${c.id} was already rejected`)
    expect(r.summary).toContain('was already rejected')
  })

  it('is safe to run twice: the second run changes nothing', async () => {
    const c = h.emulator.seed()
    expect((await run({ 'connection-id': c.id })).outputs.status).toBe('REJECTED')
    const before = { ...h.emulator.proton.connections.get(c.id) }
    const second = await run({ 'connection-id': c.id })
    expect(second.code).toBe(0)
    expect(h.emulator.proton.connections.get(c.id)).toEqual(before)
  })

  it('fails and changes nothing when an environment uses the connection', async () => {
    const c = h.emulator.seed({ status: 'CONNECTED', environmentName: 'prod-eu', usedByEnvironment: 'prod-eu' })
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('CONNECTED')
    expect(r.outputs.status).toBe('CONNECTED')
    expect(r.outputs['failed-count']).toBe('1')
    const errors = errorLines(r)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error title=Connection in use::.*used by environment prod-eu.*the environment must be deleted first/)
    expect(r.summary).toContain('Could not reject connection')
    expect(r.summary).toContain('used by environment prod-eu')
  })

  it('succeeds when someone else rejects the connection meanwhile', async () => {
    const c = h.emulator.seed()
    h.emulator.beforeOperation = (operation) => {
      if (operation === 'RejectEnvironmentAccountConnection') h.emulator.proton.connections.get(c.id)!.status = 'REJECTED'
    }
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(JSON.parse(r.outputs.results as string)[0]).toMatchObject({ outcome: 'already-rejected', reason: expect.stringContaining('another request') })
    expect(h.emulator.calls.map((call) => call.operation)).toEqual([
      'GetEnvironmentAccountConnection',
      'RejectEnvironmentAccountConnection',
      'GetEnvironmentAccountConnection'
    ])
  })

  it('fails naming the ID and the region when the connection does not exist', async () => {
    const id = '00000000-0000-4000-8000-000000000000'
    const r = await run({ 'connection-id': id, 'aws-region': 'us-east-1' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(new RegExp(`^::error title=Connection not found::connection ${id} not found in us-east-1`))
    expect(r.outputs.status).toBe('')
  })

  it('fails naming the IAM action that was denied', async () => {
    const c = h.emulator.seed()
    h.emulator.denied.add('proton:RejectEnvironmentAccountConnection')
    const r = await run({ 'connection-id': c.id })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/^::error title=Access denied::.*proton:RejectEnvironmentAccountConnection/)
    expect(r.outputs.status).toBe('PENDING')
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('never reports REJECTED for a failure', async () => {
    const c = h.emulator.seed()
    h.emulator.inject({ kind: 'internal', operation: 'RejectEnvironmentAccountConnection', times: 10 })
    const r = await run({ 'connection-id': c.id, 'max-attempts': '2' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).not.toBe('REJECTED')
    expect(r.summary).not.toContain('| Status | REJECTED |')
  })
})

describe('dry run', () => {
  it('reads and reports the current status, changing nothing', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id, 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('PENDING')
    expect(JSON.parse(r.outputs.results as string)[0].outcome).toBe('would-reject')
    expect(h.emulator.callsOf('RejectEnvironmentAccountConnection')).toHaveLength(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
    expect(r.summary).toContain('Dry run')
  })
})

describe('failing before any call', () => {
  it('fails with a clear error about connection-id when no input is given', async () => {
    const r = await run({})
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/^::error title=Invalid input::connection-id: required/)
    expect(h.emulator.calls).toHaveLength(0)
    expect(r.summary).toContain('Invalid input')
  })

  it('refuses a malformed ID naming connection-id and the expected form', async () => {
    const r = await run({ 'connection-id': 'arn:aws:proton:us-east-1:111111111111:environment-account-connection/x' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/connection-id: .* is not a connection ID; expected .*8-4-4-4-12/)
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('fails naming aws-region when no region is set anywhere', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined } })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/aws-region: no region/)
    expect(h.emulator.calls).toHaveLength(0)
  })

  it('takes the region from AWS_DEFAULT_REGION, which the SDK alone would not', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: 'us-east-1' } })
    expect(r.code).toBe(0)
    expect(h.emulator.calls[0]?.region).toBe('us-east-1')
  })

  it('fails fast without credentials, saying how to provide them', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toMatch(/^::error title=AWS sign-in failed::no AWS credentials: set role-to-assume .*id-token: write.*aws-actions\/configure-aws-credentials/)
    expect(h.emulator.calls).toHaveLength(0)
    expect(r.durationMs).toBeLessThan(20_000)
  })
})

describe('endpoint-url and the trigger', () => {
  it('honours the endpoint-url input over the environment', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id, 'endpoint-url': h.emulator.url }, { env: { AWS_ENDPOINT_URL_PROTON: 'http://127.0.0.1:9' } })
    expect(r.code).toBe(0)
    expect(readable(r.summary)).toContain(`endpoint ${h.emulator.url}`)
  })

  it('still rejects and reports when the event file cannot be read', async () => {
    const c = h.emulator.seed()
    const bad = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
    writeFileSync(bad, '{ not json')
    const r = await run({ 'connection-id': c.id }, { event: { name: 'workflow_dispatch', payload: bad } })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.summary).toContain('manual run (workflow_dispatch) by octocat')
  })

  it('names the merged pull request in the summary', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { event: { name: 'pull_request', payload: 'event-pull_request-merged.json' } })
    expect(r.code).toBe(0)
    expect(r.summary).toContain('<a href="https://github.com/octo-org/octo-repo/pull/42">&#35;42 Add retry to uploader</a> (merged)')
  })
})

describe('the compile cache (Node 24)', () => {
  const node = runnerNode()
  const itOn24 = node.isNode24 ? it : it.skip

  itOn24('keeps compiled code in NODE_COMPILE_CACHE (or the temporary directory) between runs', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'compile-cache-'))
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { node: node.path, env: { NODE_COMPILE_CACHE: cache } })
    expect(r.code).toBe(0)
    expect(readdirSync(cache).length).toBeGreaterThan(0)
  })

  itOn24('runs as usual when the cache directory cannot be written', async () => {
    const c = h.emulator.seed()
    const r = await run({ 'connection-id': c.id }, { node: node.path, env: { NODE_COMPILE_CACHE: '/dev/null/compile-cache' } })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(r.stderr).toBe('')
  })
})
