import { execFile, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { ROOT, runAction, runnerEnv } from '../emulator/runner.js'
import { runnerNode } from './node24.js'

/**
 * `npm run bench`: start-up, one rejection beside the AWS CLI, 100 connections on a slow API,
 * memory and bundle size, measured in one run. `npm run bench -- --smoke` proves it works, quickly.
 * Medians; hyperfine times the single commands where it is installed (unless --no-hyperfine), else a
 * loop here does. --node=PATH picks the node binary; by default node24, as the runner.
 */

const smoke = process.argv.includes('--smoke')

const resolveNode = runnerNode
const RUNS = smoke ? 3 : 25
const BULK_RUNS = smoke ? 1 : 5
const MIB = 1024 * 1024

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name)
    if (dir && existsSync(candidate)) return candidate
  }
  return undefined
}

/** Debian's AWS CLI v2 lives in /usr/bin; an AWS_CLI variable may name another. */
const awsCli = [process.env.AWS_CLI, '/usr/bin/aws'].find((p): p is string => !!p && existsSync(p))
const hyperfine = process.argv.includes('--no-hyperfine') ? undefined : which('hyperfine')
const curl = which('curl')

function exec(file: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, cwd, maxBuffer: 64 * MIB }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

/** Times a command with hyperfine (medians in ms), resetting the emulator before each run. */
async function hyperfineMedian(command: string, env: NodeJS.ProcessEnv, cwd: string, prepare?: string): Promise<number> {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'h.json')
  const args = ['--style', 'none', '--warmup', '2', '--runs', String(RUNS), '--export-json', out]
  // No shell: dash drops variables with a hyphen in the name, such as INPUT_CONNECTION-ID.
  args.push('-N')
  if (prepare) args.push('--prepare', prepare)
  args.push(command)
  const r = await exec(hyperfine as string, args, env, cwd)
  if (r.code !== 0) {
    const [file, ...rest] = command.split(' ') as [string, ...string[]]
    const once = await exec(file, rest, env, cwd)
    throw new Error(`hyperfine failed on ${command}: ${r.stderr}\nA run by hand exited ${once.code}:\n${once.stdout}\n${once.stderr}`)
  }
  const result = (JSON.parse(readFileSync(out, 'utf8')) as { results: Array<{ median: number; exit_codes?: number[] }> }).results[0]
  if (result?.exit_codes?.some((c) => c !== 0)) throw new Error(`${command} failed during the benchmark`)
  return (result?.median ?? NaN) * 1000
}

async function loopMedian(runOnce: () => Promise<number>): Promise<number> {
  await runOnce()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) times.push(await runOnce())
  return median(times)
}

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

async function main(): Promise<void> {
  const emulator: Emulator = await startEmulator()
  try {
    const connection = emulator.seed({ environmentAccountId: '222222222222', environmentName: 'bench' })
    const workspace = mkdtempSync(join(tmpdir(), 'bench-ws-'))
    mkdirSync(join(workspace, 'ws'))
    const actionEnv = { ...runnerEnv(join(workspace, 'ws'), { with: { 'connection-id': connection.id }, env: emulator.awsEnv }) }
    const dist = join(ROOT, 'dist', 'index.js')
    const reset = `${curl ?? 'curl'} -s -X POST ${emulator.url}/_emulator/reset`
    const rows: Row[] = []
    const node = resolveNode()
    const nodeVersion = execFileSync(node.path, ['-v'], { encoding: 'utf8' }).trim()
    // The runner's environment has no NODE_OPTIONS or NODE_EXTRA_CA_CERTS; bare node runs in the same one.
    const bareEnv = { PATH: actionEnv.PATH ?? '', HOME: actionEnv.HOME ?? workspace }
    const useHyperfine = hyperfine !== undefined && curl !== undefined
    console.log(`Timing with ${useHyperfine ? 'hyperfine' : 'a loop in this script'}, ${RUNS} runs each${smoke ? ' (smoke mode)' : ''}`)

    // 1. bare node
    const bare = useHyperfine
      ? await hyperfineMedian(`${node.path} -e 0`, bareEnv, ROOT)
      : await loopMedian(() => timeProcess(node.path, ['-e', '0'], bareEnv))

    // 2. the action rejecting one connection, started as the runner starts it
    const action = useHyperfine
      ? await hyperfineMedian(`${node.path} ${dist}`, actionEnv, join(workspace, 'ws'), reset)
      : await loopMedian(async () => {
          emulator.proton.reset()
          return timeProcess(node.path, [dist], actionEnv, join(workspace, 'ws'))
        })
    emulator.proton.reset()
    const check = await runAction({ with: { 'connection-id': connection.id }, env: emulator.awsEnv, node: node.path })
    if (check.outputs.status !== 'REJECTED') throw new Error(`the action did not reject the connection:\n${check.stdout}`)

    // 3. the AWS CLI doing the same
    let cli: number | undefined
    if (awsCli) {
      const cliEnv = { PATH: process.env.PATH ?? '', HOME: workspace, ...emulator.awsEnv, AWS_PAGER: '' }
      const args = ['proton', 'reject-environment-account-connection', '--id', connection.id, '--endpoint-url', emulator.url, '--region', emulator.region]
      cli = useHyperfine
        ? await hyperfineMedian(`${awsCli} ${args.join(' ')}`, cliEnv, workspace, reset)
        : await loopMedian(async () => {
            emulator.proton.reset()
            return timeProcess(awsCli, args, cliEnv)
          })
    } else {
      console.log('AWS CLI not found (apt-get install -y awscli): its row is left out')
    }

    // 4. memory of one rejection
    emulator.proton.reset()
    const rssProbe = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))"
    const withRss = await runAction({ with: { 'connection-id': connection.id }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    const maxRss = Number(/maxrss=(\d+)/.exec(withRss.stderr)?.[1] ?? NaN) * 1024

    // 5. 100 connections, 50 ms added to every Proton call
    emulator.proton.clear()
    const ids = Array.from({ length: 100 }, (_, i) => emulator.seed({ environmentAccountId: String(300000000000 + i), environmentName: `bulk-${i}` }).id)
    emulator.latencyMs = 50
    const bulk: number[] = []
    const bulkPolicy: number[] = []
    for (let i = 0; i < BULK_RUNS; i++) {
      emulator.proton.reset()
      const r = await runAction({ with: { 'connection-id': ids.join('\n') }, env: emulator.awsEnv, node: node.path })
      if (r.outputs['rejected-count'] !== '100') throw new Error(`bulk run rejected ${r.outputs['rejected-count']} of 100`)
      bulk.push(r.durationMs)
      emulator.proton.reset()
      const p = await runAction({ with: { 'allowed-account-ids': '[]' }, env: emulator.awsEnv, node: node.path })
      if (p.outputs['rejected-count'] !== '100') throw new Error(`policy run rejected ${p.outputs['rejected-count']} of 100`)
      bulkPolicy.push(p.durationMs)
    }
    emulator.latencyMs = 0

    // 6. a policy run over 5,000 pending connections: every result handed over in results-file
    const large = smoke ? 300 : 5000
    emulator.proton.clear()
    for (let i = 0; i < large; i++) emulator.seed({ environmentAccountId: String(400000000000 + i), environmentName: `large-${i}` })
    const big = await runAction({ with: { 'allowed-account-ids': '[]', 'max-concurrency': '16' }, env: emulator.awsEnv, node: node.path, nodeArgs: ['--import', rssProbe] })
    const bigFile = JSON.parse(readFileSync(big.outputs['results-file'] as string, 'utf8')) as unknown[]
    if (big.outputs['rejected-count'] !== String(large) || bigFile.length !== large) {
      throw new Error(`the ${large}-connection run rejected ${big.outputs['rejected-count']} and its results file holds ${bigFile.length}`)
    }
    const bigRss = Number(/maxrss=(\d+)/.exec(big.stderr)?.[1] ?? NaN) * 1024
    const resultsBytes = Buffer.byteLength(big.outputs.results ?? '')

    const distBytes = dirSize(join(ROOT, 'dist'))
    const ms = (x: number): string => `${x.toFixed(0)} ms`
    rows.push({ what: 'bare `node -e 0`', value: ms(bare), budget: 'reference' })
    rows.push({ what: 'action, one rejection (`node dist/index.js`)', value: `${ms(action)} (${(action / bare).toFixed(2)}x node)`, budget: '≤ 2.0x node', ok: action / bare <= 2.0 })
    if (cli !== undefined) {
      rows.push({ what: 'AWS CLI v2, one rejection', value: ms(cli), budget: 'reference' })
      rows.push({ what: 'action ÷ AWS CLI', value: `${(action / cli).toFixed(2)}x`, budget: '≤ 0.25x', ok: action / cli <= 0.25 })
    }
    rows.push({ what: '100 connection IDs, 50 ms per call (Get + Reject each)', value: ms(median(bulk)), budget: '≤ 1500 ms', ok: median(bulk) <= 1500 })
    rows.push({ what: '100 connections, policy mode, 50 ms per call (List, then Get + Reject each)', value: ms(median(bulkPolicy)), budget: '≤ 1500 ms', ok: median(bulkPolicy) <= 1500 })
    rows.push({ what: `${large} connections, policy mode (List, then Get + Reject each, 16 at a time)`, value: `${ms(big.durationMs)}, max RSS ${(bigRss / MIB).toFixed(1)} MiB; results-file holds all ${large}, \`results\` output ${(resultsBytes / MIB).toFixed(2)} MiB`, budget: 'measured' })
    rows.push({ what: 'max RSS, one rejection', value: `${(maxRss / MIB).toFixed(1)} MiB`, budget: '≤ 60 MiB', ok: maxRss <= 60 * MIB })
    rows.push({ what: 'size of `dist/`', value: `${(distBytes / MIB).toFixed(2)} MiB (${(distBytes / 1024).toFixed(0)} KiB)`, budget: '≤ 1 MiB', ok: distBytes <= MIB })

    const cpu = cpus()[0]?.model ?? 'unknown CPU'
    const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB; action and bare node on Node ${nodeVersion} (${node.label}); ${new Date().toISOString().slice(0, 10)}`
    const table = [
      `Machine: ${machine}. Medians of ${RUNS} runs (${useHyperfine ? 'hyperfine' : 'own loop'}); bulk rows: ${BULK_RUNS} runs.`,
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
  }
}

await main()
