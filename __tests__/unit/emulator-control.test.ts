import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Faults } from '../../emulator/faults.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'

/** The emulator's control plane (/_emulator/...) and its fault book, on their own. */

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})

const post = (path: string, body: string): Promise<Response> =>
  fetch(`${emulator.url}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('the control plane', () => {
  beforeEach(() => emulator.forgetEverything())

  it.each([
    ['seed', '{"environmentName": "staging"', 'the request body is not JSON'],
    ['faults', 'kind=throttle', 'the request body is not JSON'],
    ['rate-limit', 'null', 'the request body is not a JSON object'],
    ['latency', '[250]', 'the request body is not a JSON object']
  ])('refuses a %s body %j with a 400 and a JSON message, changing nothing', async (path, body, message) => {
    const response = await post(path, body)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ message })
    expect(emulator.proton.connections.size).toBe(0)
    expect(emulator.rateLimit).toBeUndefined()
    expect(emulator.latencyMs).toBe(0)
  })

  it('still takes a JSON object, and an empty body as an empty one', async () => {
    const seeded = await post('seed', '{"environmentName": "from-control"}')
    expect(seeded.status).toBe(200)
    const connection = (await seeded.json()) as { id: string; environmentName: string }
    expect(connection.environmentName).toBe('from-control')
    expect(emulator.proton.connections.get(connection.id)?.status).toBe('PENDING')
    expect((await post('latency', '{"ms": 5}')).status).toBe(200)
    expect(emulator.latencyMs).toBe(5)
    expect((await post('latency', '')).status).toBe(200)
    expect(emulator.latencyMs).toBe(0)
  })

  it('answers an unknown control path with a 404', async () => {
    const response = await post('nothing-here', '{}')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ message: 'unknown control path' })
  })
})

describe('the fault book', () => {
  it('takes a fault once per `times`, then no more', () => {
    const faults = new Faults()
    faults.inject({ kind: 'throttle', operation: 'GetEnvironmentAccountConnection', times: 3 })
    const taken = [1, 2, 3, 4].map(() => faults.take('proton', 'GetEnvironmentAccountConnection')?.kind)
    expect(taken).toEqual(['throttle', 'throttle', 'throttle', undefined])
  })

  it('takes a fault without `times` once', () => {
    const faults = new Faults()
    faults.inject({ kind: 'hang' })
    expect(faults.take('proton', 'ListEnvironmentAccountConnections')?.kind).toBe('hang')
    expect(faults.take('proton', 'ListEnvironmentAccountConnections')).toBeUndefined()
  })

  it('spends nothing on a call it does not match: another service, another operation', () => {
    const faults = new Faults()
    faults.inject({ kind: 'internal', operation: 'RejectEnvironmentAccountConnection' })
    faults.inject({ kind: 'idp-error', service: 'sts' })
    expect(faults.take('proton', 'GetEnvironmentAccountConnection')).toBeUndefined()
    expect(faults.take('github', 'RejectEnvironmentAccountConnection')).toBeUndefined()
    expect(faults.take('proton', 'RejectEnvironmentAccountConnection')?.kind).toBe('internal')
    expect(faults.take('sts', 'AssumeRoleWithWebIdentity')?.kind).toBe('idp-error')
    expect(faults.take('sts', 'AssumeRoleWithWebIdentity')).toBeUndefined()
  })

  it('takes faults in the order they were injected', () => {
    const faults = new Faults()
    faults.inject({ kind: 'throttle', times: 2 })
    faults.inject({ kind: 'internal' })
    expect([1, 2, 3, 4].map(() => faults.take('proton', 'GetEnvironmentAccountConnection')?.kind)).toEqual(['throttle', 'throttle', 'internal', undefined])
  })

  it('forgets the faults not yet spent', () => {
    const faults = new Faults()
    faults.inject({ kind: 'throttle', times: 5 })
    faults.forgetFaults()
    expect(faults.take('proton', 'GetEnvironmentAccountConnection')).toBeUndefined()
  })

  it('takes a fault injected through the emulator once per `times` as calls arrive', async () => {
    emulator.forgetEverything()
    emulator.inject({ kind: 'unavailable', service: 'oidc', times: 2 })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${emulator.url}/_github/oidc/token`)).status)
    // Two stand-in 503s, then the issuer's own answer: no request token, 401.
    expect(statuses).toEqual([503, 503, 401])
    expect(emulator.callsOf('GetIdToken').map((c) => c.fault)).toEqual(['unavailable', 'unavailable', undefined])
  })
})
