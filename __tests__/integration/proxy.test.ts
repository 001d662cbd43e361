import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import dns from 'node:dns'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createProxy } from 'proxy'
import { ROOT } from '../../emulator/runner.js'
import { APPLY_ROLE, closedPort, errorLines, readable, useEmulator } from './harness.js'

/**
 * Proxies, through dist/index.js with a real HTTP proxy server (the `proxy` package) on loopback.
 * The Proton and STS endpoints use host names that only the proxy can resolve, so a run succeeds
 * only if every AWS call went through it.
 */

const h = useEmulator()
const ONLY_PROXY_RESOLVES = '.proxy-only.test'
const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p))

let proxy: Server & { authenticate?: (req: IncomingMessage) => boolean }
let proxyUrl: string
let tlsPort = 0
let caFile = ''
const seen: string[] = []

/** Resolves the test-only host names in this process (where the proxy runs), nowhere else. */
const realLookup = dns.lookup
function proxyOnlyLookup(...args: unknown[]): void {
  const [host, options, callback] = (typeof args[1] === 'function' ? [args[0], {}, args[1]] : args) as [string, { all?: boolean }, (...a: unknown[]) => void]
  if (!host.endsWith(ONLY_PROXY_RESOLVES)) return (realLookup as (...a: unknown[]) => void)(host, options, callback)
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
  else callback(null, '127.0.0.1', 4)
}

beforeAll(async () => {
  ;(dns as { lookup: unknown }).lookup = proxyOnlyLookup
  proxy = createProxy(createServer()) as typeof proxy
  proxy.on('request', (req: IncomingMessage) => seen.push(`${req.method} ${req.url}`))
  proxy.on('connect', (req: IncomingMessage) => seen.push(`CONNECT ${req.url}`))
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`
  if (OPENSSL) {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-tls-'))
    execFileSync(OPENSSL, [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=proton${ONLY_PROXY_RESOLVES}`,
      '-addext', `subjectAltName=DNS:proton${ONLY_PROXY_RESOLVES},DNS:sts${ONLY_PROXY_RESOLVES}`,
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')
    ], { stdio: 'ignore' })
    caFile = join(dir, 'cert.pem')
    tlsPort = await h.emulator.startTls({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(caFile) })
  }
})

afterAll(async () => {
  ;(dns as { lookup: unknown }).lookup = realLookup
  await new Promise<void>((resolve) => proxy.close(() => resolve()))
})

beforeEach(() => {
  seen.length = 0
  delete proxy.authenticate
  h.emulator.trustRole(APPLY_ROLE, 'repo:octo-org@71234567/octo-repo@812345678:ref:refs/heads/main')
})

/** A job that signs in with OIDC and reaches Proton and STS at `base` (a host only the proxy resolves). */
function job(base: string, inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return h.run(
    { 'role-to-assume': APPLY_ROLE, ...inputs },
    {
      env: {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_ENDPOINT_URL_PROTON: `${base}`,
        AWS_ENDPOINT_URL_STS: `${base}`,
        ...env
      },
      idToken: (j) => h.emulator.oidcEnvFor(j)
    }
  )
}

const httpBase = (): string => `http://proton${ONLY_PROXY_RESOLVES}:${new URL(h.emulator.url).port}`


describe('http-proxy', () => {
  it('fails without the proxy: only the proxy can resolve the endpoint', async () => {
    const c = h.emulator.seed()
    const r = await job(httpBase(), { 'connection-id': c.id, 'max-attempts': '1' })
    expect(r.code).toBe(1)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('PENDING')
  })

  it('sends STS and Proton calls through the proxy from HTTPS_PROXY (plain HTTP endpoint)', async () => {
    const c = h.emulator.seed()
    const r = await job(httpBase(), { 'connection-id': c.id }, { HTTPS_PROXY: proxyUrl })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
    expect(seen.filter((s) => s.startsWith(`POST ${httpBase()}`))).toHaveLength(3) // STS, Get, Reject
    expect(readable(r.summary)).toContain(`- Proxy: ${proxyUrl}`)
  })

  it('tunnels HTTPS endpoints with CONNECT', async () => {
    if (!OPENSSL) {
      console.warn('skipped: openssl is not installed, so no test certificate for the TLS emulator')
      return
    }
    const c = h.emulator.seed()
    const base = `https://proton${ONLY_PROXY_RESOLVES}:${tlsPort}`
    const r = await job(base, { 'connection-id': c.id, 'http-proxy': proxyUrl }, { NODE_EXTRA_CA_CERTS: caFile })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(h.emulator.proton.connections.get(c.id)?.status).toBe('REJECTED')
    expect(seen.filter((s) => s === `CONNECT proton${ONLY_PROXY_RESOLVES}:${tlsPort}`).length).toBeGreaterThanOrEqual(1)
    expect(seen.some((s) => s.startsWith('POST'))).toBe(false)
  })

  it('sends hosts that no-proxy matches direct', async () => {
    const c = h.emulator.seed()
    const unreachableProxy = `http://127.0.0.1:${await closedPort()}`
    const r = await job(h.emulator.url, { 'connection-id': c.id, 'http-proxy': unreachableProxy, 'no-proxy': 'example.com, 127.0.0.1' })
    expect(errorLines(r)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('REJECTED')
  })

  it('names the proxy, without its password, when the proxy refuses', async () => {
    proxy.authenticate = () => false
    const c = h.emulator.seed()
    const withPassword = proxyUrl.replace('http://', 'http://builder:s3cret-proxy-pass@')
    const r = await h.run({ 'connection-id': c.id, 'http-proxy': withPassword, 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL_PROTON: httpBase() } })
    expect(r.code).toBe(1)
    const [error] = errorLines(r)
    expect(error).toContain(`the proxy ${proxyUrl} answered HTTP 407`)
    expect(r.stdout).toContain('::add-mask::s3cret-proxy-pass')
    const visible = [r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n')
    expect(visible).not.toContain('s3cret-proxy-pass')
    expect(readable(r.summary)).toContain(`- Proxy: ${proxyUrl}`)
  })

  it('names the proxy when it cannot be reached', async () => {
    const c = h.emulator.seed()
    const unreachableProxy = `http://127.0.0.1:${await closedPort()}`
    const r = await h.run({ 'connection-id': c.id, 'http-proxy': unreachableProxy, 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL_PROTON: httpBase() } })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain(`through the proxy ${unreachableProxy}: ECONNREFUSED`)
  })

  it('refuses a proxy scheme it cannot use, before any call', async () => {
    const r = await h.run({ 'connection-id': h.emulator.seed().id, 'http-proxy': 'socks5://127.0.0.1:1080' })
    expect(r.code).toBe(1)
    expect(errorLines(r)[0]).toContain('http-proxy: socks5 proxies are not supported; expected http://HOST:PORT')
    expect(h.emulator.calls).toHaveLength(0)
  })
})

describe('what a run loads', () => {
  const UNDICI_PROBE =
    "data:text/javascript,process.on('exit',()=>process.stderr.write('undici-evaluated='+(globalThis[Symbol.for('undici.globalDispatcher.1')]!==undefined)+'\\n'))"
  const dist = join(ROOT, 'dist', 'main')
  /** The bundle's lazily loaded chunks, named by what each holds. */
  const chunkWith = (marker: string): string[] =>
    readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f) && readFileSync(join(dist, f), 'utf8').includes(marker))
  const loadedChunks = (stderr: string): string[] => [...new Set([...stderr.matchAll(/\/dist\/main\/(\d+\.index\.js)/g)].map((m) => m[1] as string))]
  const traced = { nodeArgs: ['--import', UNDICI_PROBE] }

  it('a run without a proxy evaluates no undici and loads no proxy agent, STS, Octokit or YAML', async () => {
    const c = h.emulator.seed()
    const r = await h.run({ 'connection-id': c.id }, { ...traced, env: { NODE_DEBUG: 'esm' } })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('undici-evaluated=false')
    const lazy = ['class HttpsProxyAgent', 'AssumeRoleWithWebIdentity', 'octokit', 'YAMLParseError'].flatMap(chunkWith)
    expect(lazy.length).toBeGreaterThanOrEqual(4)
    expect(loadedChunks(r.stderr).filter((f) => lazy.includes(f))).toEqual([])
  })

  it('a run with a proxy loads the agents, and still no undici', async () => {
    const c = h.emulator.seed()
    const r = await h.run({ 'connection-id': c.id }, { ...traced, env: { NODE_DEBUG: 'esm', HTTPS_PROXY: proxyUrl, AWS_ENDPOINT_URL_PROTON: httpBase() } })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('undici-evaluated=false')
    expect(loadedChunks(r.stderr)).toEqual(expect.arrayContaining(chunkWith('class HttpsProxyAgent')))
  })

  it('the plan comment goes through Octokit, also behind a proxy (undici loaded there, on that path only)', async () => {
    h.emulator.seed({ environmentAccountId: '555555555555' })
    const api = `http://api${ONLY_PROXY_RESOLVES}:${new URL(h.emulator.url).port}/_github/api`
    const r = await h.run(
      { 'allowed-account-ids': '333333333333', 'dry-run': 'true', 'github-token': h.emulator.github.token },
      { ...traced, event: { name: 'pull_request', payload: 'event-pull_request-open.json' }, env: { HTTP_PROXY: proxyUrl, GITHUB_API_URL: api } }
    )
    expect(r.code).toBe(0)
    expect(h.emulator.github.comments.get('octo-org/octo-repo#42')).toHaveLength(1)
    // undici's ProxyAgent tunnels every request, plain HTTP included, with CONNECT.
    expect(seen).toContain(`CONNECT ${new URL(api).host}`)
    expect(r.stderr).toContain('undici-evaluated=true')
  })
})
