import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createProxy } from 'proxy'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { ROOT, runAction, runnerEnv } from '../emulator/runner.js'
import { runnerNode } from './node24.js'

/**
 * `npm run bench`: in one run, one rejection by the action beside the stack's own floor (a minimal
 * program of the same packages), bare node and the AWS CLI; the same through a proxy; a policy run
 * against an API that throttles, against its rate floor; bulk and 5,000-connection runs; memory and
 * bundle size. `npm run bench -- --smoke` proves it works, quickly. Single commands are timed in
 * turn, medians reported. --node=PATH picks the node binary; by default node24, as the runner.
 */

const smoke = process.argv.includes('--smoke')

const RUNS = smoke ? 3 : 25
const BULK_RUNS = smoke ? 1 : 5
const MIB = 1024 * 1024

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** Debian's AWS CLI v2 lives in /usr/bin; an AWS_CLI variable may name another. */
const awsCli = [process.env.AWS_CLI, '/usr/bin/aws'].find((p): p is string => !!p && existsSync(p))

async function timeProcess(file: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<number> {
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { env, cwd, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${file} ${args.join(' ')} exited ${code}`))))
  })
  return performance.now() - started
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name)
    const stat = statSync(path)
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size)
  }, 0)
}

interface Row {
  what: string
  value: string
  budget: string
  ok?: boolean
}

/**
 * Builds bench/floor/reject.mjs with ncc --minify from the packages as published: @actions/core and
 * @actions/http-client are copied without this project's patch, everything else is linked.
 */
function buildFloor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'))
  const modules = join(dir, 'node_modules')
  mkdirSync(join(modules, '@actions'), { recursive: true })
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '@actions' || name === '.bin') continue
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name))
  }
  for (const name of readdirSync(join(ROOT, 'node_modules', '@actions'))) {
    const from = join(ROOT, 'node_modules', '@actions', name)
    if (name === 'core' || name === 'http-client') cpSync(from, join(modules, '@actions', name), { recursive: true, dereference: true })
    else symlinkSync(from, join(modules, '@actions', name))
  }
  const client = join(modules, '@actions', 'http-client', 'lib', 'index.js')
  const patched = readFileSync(client, 'utf8')
  const published = patched
    .replace(/\/\/ undici is evaluated on first use[^\n]*\n[^\n]*\nimport \{ loadUndici \} from '\.\/undici-on-use\.cjs';/, "import { ProxyAgent } from 'undici';")
    .replace('new (loadUndici().ProxyAgent)(', 'new ProxyAgent(')
  if (published.includes('loadUndici')) throw new Error('could not undo the @actions/http-client patch for the floor program')
  writeFileSync(client, published)
  copyFileSync(join(ROOT, 'bench', 'floor', 'reject.mjs'), join(dir, 'reject.mjs'))
  execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), ['build', join(dir, 'reject.mjs'), '-o', join(dir, 'out'), '--minify', '--quiet'], { cwd: dir, stdio: 'ignore' })
  return join(dir, 'out', 'index.mjs')
}

async function main(): Promise<void> {
  const emulator: Emulator = await startEmulator()
  const proxyServer = createProxy(createServer())
  await new Promise<void>((resolve) => proxyServer.listen(0, '127.0.0.1', resolve))
  const proxyUrl = `http://127.0.0.1:${(proxyServer.address() as { port: number }).port}`
  try {
    const connection = emulator.seed({ environmentAccountId: '222222222222', environmentName: 'bench' })
    const workspace = mkdtempSync(join(tmpdir(), 'bench-ws-'))
    mkdirSync(join(workspace, 'ws'))
    const cacheDir = join(workspace, 'compile-cache')
    const actionEnv = { ...runnerEnv(join(workspace, 'ws'), { with: { 'connection-id': connection.id }, env: { ...emulator.awsEnv, NODE_COMPILE_CACHE: cacheDir } }) }
    const dist = join(ROOT, 'dist', 'index.js')
    const rows: Row[] = []
    const node = runnerNode()
    const nodeVersion = execFileSync(node.path, ['-v'], { encoding: 'utf8' }).trim()
    // The runner's environment has no NODE_OPTIONS or NODE_EXTRA_CA_CERTS; bare node runs in the same one.
    const bareEnv = { PATH: actionEnv.PATH ?? '', HOME: actionEnv.HOME ?? workspace }
    console.log(`Timing with a loop in this script, ${RUNS} runs each, alternating between the commands compared${smoke ? ' (smoke mode)' : ''}`)

    /** Medians of commands run in turn, so that the machine's drift touches each alike; the emulator is reset before each. */
    async function alternate(commands: Record<string, { file: string; args: string[]; env: NodeJS.ProcessEnv; cwd?: string }>): Promise<Record<string, number>> {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
      for (let i = -1; i < RUNS; i++) {
        for (const [name, c] of Object.entries(commands)) {
          emulator.proton.restoreSeeded()
          const t = await timeProcess(c.file, c.args, c.env, c.cwd)
          if (i >= 0) times[name]?.push(t)
        }
      }
      return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
    }

    const floorBundle = buildFloor()
    const ws = join(workspace, 'ws')
    const cliEnv = { PATH: process.env.PATH ?? '', HOME: workspace, ...emulator.awsEnv, AWS_PAGER: '' }
    const cliArgs = ['proton', 'reject-environment-account-connection', '--id', connection.id, '--endpoint-url', emulator.url, '--region', emulator.region]
    const t = await alternate({
      bare: { file: node.path, args: ['-e', '0'], env: bareEnv },
      floor: { file: node.path, args: [floorBundle], env: actionEnv, cwd: ws },
      action: { file: node.path, args: [dist], env: actionEnv, cwd: ws },
      noCache: { file: node.path, args: [dist], env: { ...actionEnv, NODE_DISABLE_COMPILE_CACHE: '1' }, cwd: ws },
      proxied: { file: node.path, args: [dist], env: { ...actionEnv, HTTPS_PROXY: proxyUrl }, cwd: ws },
      ...(awsCli && { cli: { file: awsCli, args: cliArgs, env: cliEnv } })
    })
    if (!awsCli) console.log('AWS CLI not found (apt-get install -y awscli): its row is left out')
    emulator.proton.restoreSeeded()
    const check = await runAction({ with: { 'connection-id': connection.id }, env: { ...emulator.awsEnv, HTTPS_PROXY: proxyUrl }, node: node.path })
    if (check.outputs.status !== 'REJECTED') throw new Error(`the action did not reject the connection through the proxy:\n${check.stdout}`)

    // Memory of one rejection.
    emulator.proton.restoreSeeded()
    const rssProbe = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))"
    const withRss = await runAction({ with: { 'connection-id': connection.id }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    const maxRss = Number(/maxrss=(\d+)/.exec(withRss.stderr)?.[1] ?? NaN) * 1024

    // 100 connections, 50 ms added to every Proton call.
    emulator.proton.forgetConnections()
    const ids = Array.from({ length: 100 }, (_, i) => emulator.seed({ environmentAccountId: String(300000000000 + i), environmentName: `bulk-${i}` }).id)
    emulator.latencyMs = 50
    const bulk: number[] = []
    const bulkPolicy: number[] = []
    for (let i = 0; i < BULK_RUNS; i++) {
      emulator.proton.restoreSeeded()
      const r = await runAction({ with: { 'connection-id': ids.join('\n') }, env: emulator.awsEnv, node: node.path })
      if (r.outputs['rejected-count'] !== '100') throw new Error(`bulk run rejected ${r.outputs['rejected-count']} of 100`)
      bulk.push(r.durationMs)
      emulator.proton.restoreSeeded()
      const p = await runAction({ with: { 'allowed-account-ids': '[]' }, env: emulator.awsEnv, node: node.path })
      if (p.outputs['rejected-count'] !== '100') throw new Error(`policy run rejected ${p.outputs['rejected-count']} of 100`)
      bulkPolicy.push(p.durationMs)
    }
    emulator.latencyMs = 0

    // A policy run against an API that accepts 25 calls a second: its time against the rate floor.
    const throttledCount = smoke ? 40 : 200
    const perSecond = 25
    emulator.proton.forgetConnections()
    for (let i = 0; i < throttledCount; i++) emulator.seed({ environmentAccountId: String(600000000000 + i) })
    emulator.rateLimit = { perSecond, burst: perSecond }
    emulator.calls.length = 0
    const throttled = await runAction({ with: { 'allowed-account-ids': '[]' }, env: emulator.awsEnv, node: node.path })
    const accepted = emulator.calls.filter((c) => c.service === 'proton' && c.status === 200).length
    const refused = emulator.calls.filter((c) => c.service === 'proton' && c.status === 429).length
    emulator.rateLimit = undefined
    // The least time the accepted calls need at that rate, the first second's burst aside, plus start-up.
    const rateFloor = (Math.max(0, accepted - perSecond) / perSecond) * 1000 + t.action!
    const throttledFailed = Number(throttled.outputs['failed-count'] ?? NaN)

    // A policy run over 5,000 pending connections: every result handed over in results-file.
    const large = smoke ? 300 : 5000
    emulator.proton.forgetConnections()
    for (let i = 0; i < large; i++) emulator.seed({ environmentAccountId: String(400000000000 + i), environmentName: `large-${i}` })
    const big = await runAction({ with: { 'allowed-account-ids': '[]', 'max-concurrency': '16' }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    const bigFile = JSON.parse(readFileSync(big.outputs['results-file'] as string, 'utf8')) as unknown[]
    if (big.outputs['rejected-count'] !== String(large) || bigFile.length !== large) {
      throw new Error(`the ${large}-connection run rejected ${big.outputs['rejected-count']} and its results file holds ${bigFile.length}`)
    }
    const bigRss = Number(/maxrss=(\d+)/.exec(big.stderr)?.[1] ?? NaN) * 1024
    const resultsBytes = Buffer.byteLength(big.outputs.results ?? '')

    // leftovers/: 20 accounts of 1,000 roles each, 5 leftovers in each, 50 ms added to every call.
    const accounts = smoke ? 2 : 20
    const rolesPer = smoke ? 100 : 1000
    const audit = 'audit/ProtonLeftovers'
    const management = emulator.accountId
    const accountIds = Array.from({ length: accounts }, (_, i) => String(500000000000 + i))
    for (const account of accountIds) {
      emulator.identity.roles.set(`arn:aws:iam::${account}:role/${audit}`, { trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${management}:root` }, Action: 'sts:AssumeRole' }] } })
      for (let r = 0; r < rolesPer; r++) {
        const proton = r % Math.floor(rolesPer / 5) === 0
        emulator.iam.putRole(account, { name: `role-${r}`, trust: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: proton ? 'proton.amazonaws.com' : 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } })
      }
    }
    emulator.calls.length = 0
    emulator.inject({ kind: 'delay', delayMs: 50, times: Number.MAX_SAFE_INTEGER })
    const sweep = await runAction({ action: 'leftovers', with: { 'account-ids': accountIds.join(' '), 'account-role-name': audit, regions: 'us-east-1' }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    emulator.clearFaults()
    if (sweep.outputs['role-count'] !== String(accounts * 5)) throw new Error(`the leftovers sweep found ${sweep.outputs['role-count']} roles of ${accounts * 5}`)
    const sweepCalls = emulator.calls.filter((c) => c.service !== 'github').length
    const sweepListRoles = emulator.callsOf('ListRoles').length
    const sweepRss = Number(/maxrss=(\d+)/.exec(sweep.stderr)?.[1] ?? NaN) * 1024
    // The same accounts, remove: quarantine: each leftover read again, recorded, changed and confirmed.
    emulator.iam.putPolicy('aws', 'AWSDenyAll', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] })
    emulator.calls.length = 0
    emulator.inject({ kind: 'delay', delayMs: 50, times: Number.MAX_SAFE_INTEGER })
    const retire = await runAction({ action: 'leftovers', with: { 'account-ids': accountIds.join(' '), 'account-role-name': audit, regions: 'us-east-1', remove: 'quarantine', 'max-removals': String(accounts * 5) }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    emulator.clearFaults()
    if (retire.outputs['quarantined-count'] !== String(accounts * 5)) throw new Error(`the quarantine run quarantined ${retire.outputs['quarantined-count']} roles of ${accounts * 5}`)
    const retireCalls = emulator.calls.filter((c) => c.service !== 'github').length
    const retireWrites = emulator.calls.filter((c) => c.service === 'iam' && !/^(List|Get)/.test(c.operation)).length
    const retireRss = Number(/maxrss=(\d+)/.exec(retire.stderr)?.[1] ?? NaN) * 1024
    emulator.iam.forget()

    const distBytes = dirSize(join(ROOT, 'dist'))
    const ms = (x: number): string => `${x.toFixed(0)} ms`
    const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`
    const action = t.action as number
    const floor = t.floor as number
    rows.push({ what: 'bare `node -e 0`', value: ms(t.bare as number), budget: 'reference' })
    rows.push({ what: 'same-stack program: @actions/core + client-proton, one Reject, ncc --minify (published packages)', value: ms(floor), budget: 'reference' })
    rows.push({ what: 'action, one rejection (`node dist/index.js`, compile cache warm)', value: `${ms(action)} (${x(action, floor)} the same-stack program)`, budget: '≤ 0.8x same-stack', ok: action / floor <= 0.8 })
    rows.push({ what: 'action, one rejection, compile cache off', value: `${ms(t.noCache as number)} (${x(t.noCache as number, floor)})`, budget: 'measured' })
    if (t.cli !== undefined) {
      rows.push({ what: 'AWS CLI v2, one rejection', value: ms(t.cli), budget: 'reference' })
      rows.push({ what: 'action ÷ AWS CLI', value: x(action, t.cli), budget: '≤ 0.3x', ok: action / t.cli <= 0.3 })
    }
    rows.push({ what: 'action, one rejection through an HTTP proxy (HTTPS_PROXY)', value: `${ms(t.proxied as number)} (${x(t.proxied as number, action)} without)`, budget: 'measured' })
    rows.push({
      what: `policy run, ${throttledCount} connections, API accepting ${perSecond} calls/s (${accepted} calls accepted, ${refused} throttled)`,
      value: `${ms(throttled.durationMs)}, ${x(throttled.durationMs, rateFloor)} its rate floor of ${ms(rateFloor)}; ${throttledFailed} failed`,
      budget: '≤ 1.15x rate floor, none failed',
      ok: throttled.durationMs / rateFloor <= 1.15 && throttledFailed === 0
    })
    rows.push({ what: '100 connection IDs, 50 ms per call (Get + Reject each)', value: ms(median(bulk)), budget: '≤ 1500 ms', ok: median(bulk) <= 1500 })
    rows.push({ what: '100 connections, policy mode, 50 ms per call (List, then Get + Reject each)', value: ms(median(bulkPolicy)), budget: '≤ 1500 ms', ok: median(bulkPolicy) <= 1500 })
    rows.push({ what: `${large} connections, policy mode (List, then Get + Reject each, 16 at a time)`, value: `${ms(big.durationMs)}, max RSS ${(bigRss / MIB).toFixed(1)} MiB; results-file holds all ${large}, \`results\` output ${(resultsBytes / MIB).toFixed(2)} MiB`, budget: 'measured' })
    rows.push({
      what: `leftovers/: ${accounts} accounts of ${rolesPer} roles, 5 leftovers in each, 50 ms added to every call (8 accounts at a time)`,
      value: `${ms(sweep.durationMs)}, ${sweepCalls} calls (${sweepListRoles} ListRoles pages; ${(sweepCalls / accounts).toFixed(1)} per account), max RSS ${(sweepRss / MIB).toFixed(1)} MiB`,
      budget: 'measured'
    })
    rows.push({
      what: `leftovers/ remove: quarantine, the same ${accounts * 5} leftovers (each read again, recorded, changed, confirmed), 50 ms added to every call`,
      value: `${ms(retire.durationMs)}, ${retireCalls} calls (${retireWrites} writes), max RSS ${(retireRss / MIB).toFixed(1)} MiB`,
      budget: 'measured'
    })
    rows.push({ what: 'max RSS, one rejection', value: `${(maxRss / MIB).toFixed(1)} MiB`, budget: '≤ 60 MiB', ok: maxRss <= 60 * MIB })
    rows.push({ what: 'size of `dist/`', value: `${(distBytes / MIB).toFixed(2)} MiB (${(distBytes / 1024).toFixed(0)} KiB)`, budget: '≤ 1 MiB', ok: distBytes <= MIB })

    const cpu = cpus()[0]?.model ?? 'unknown CPU'
    const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB; every program on Node ${nodeVersion} (${node.label}); ${new Date().toISOString().slice(0, 10)}`
    const table = [
      `Machine: ${machine}. Single commands: medians of ${RUNS} runs, run in turn; bulk rows: ${BULK_RUNS} runs.`,
      '',
      '| Measure | Result | Budget | |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.budget} | ${r.ok === undefined ? '' : r.ok ? 'met' : 'missed'} |`)
    ].join('\n')
    console.log(`\n${table}\n`)
    const resultsDir = join(ROOT, 'bench')
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(join(resultsDir, smoke ? 'smoke.md' : 'results.md'), `${table}\n`)
    if (!smoke) {
      const readmePath = join(ROOT, 'README.md')
      const readme = readFileSync(readmePath, 'utf8')
      const pattern = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/
      if (pattern.test(readme)) writeFileSync(readmePath, readme.replace(pattern, (_a, s: string, e: string) => `${s}\n${table}\n${e}`))
      console.log('Written to bench/results.md and the README')
    } else {
      console.log('Smoke mode: written to bench/smoke.md')
    }
  } finally {
    await emulator.stop()
    await new Promise<void>((resolve) => proxyServer.close(() => resolve()))
  }
}

await main()
