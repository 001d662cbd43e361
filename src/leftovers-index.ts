import * as core from '@actions/core'
import { Cancellation } from './cancel.js'
import { runLeftovers } from './leftovers-main.js'

// leftovers/action.yml's entry (dist/leftovers/index.js starts it): as the main action's, the runner's
// SIGINT and SIGTERM are caught so that the report is written first.
const cancellation = new Cancellation()
cancellation.listen()
try {
  await runLeftovers(cancellation)
} catch (error) {
  core.setFailed(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
}
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
process.exit(process.exitCode ?? (cancellation.requested ? core.ExitCode.Failure : 0))
