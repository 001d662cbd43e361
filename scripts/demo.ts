import { execFileSync } from 'node:child_process'
import { startEmulator } from '../emulator/server.js'
import { runAction } from '../emulator/runner.js'
import { runnerNode } from './node24.js'

/**
 * The action's main job on this machine: the emulator holds one pending connection, and
 * dist/index.js rejects it as the runner would start it, on the runner's Node 24. Prints the
 * outputs and the summary.
 */
const node = runnerNode()
if (!node.isNode24) console.warn(`Node 24 could not be fetched (npx -y node@24): running on ${node.label}`)
const emulator = await startEmulator()
try {
  const connection = emulator.seed({ environmentAccountId: '222222222222', environmentName: 'payments-staging' })
  console.log(`Emulator on ${emulator.url} with pending connection ${connection.id}; dist/index.js on Node ${execFileSync(node.path, ['-v'], { encoding: 'utf8' }).trim()}\n`)
  const result = await runAction({
    with: { 'connection-id': connection.id },
    env: emulator.awsEnv,
    node: node.path
  })
  console.log('--- log ---')
  process.stdout.write(result.stdout + result.stderr)
  console.log(`--- exit code ${result.code} ---\n`)
  console.log('--- outputs ---')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}=${value}`)
  console.log('\n--- job summary ---')
  console.log(result.summary)
  console.log(`status: ${result.outputs.status}`)
  process.exitCode = result.code === 0 && result.outputs.status === 'REJECTED' ? 0 : 1
} finally {
  await emulator.stop()
}
