import * as core from '@actions/core'
import { Cancellation } from './cancel.js'
import { run } from './main.js'

// The runner cancels with SIGINT, then SIGTERM: both are caught so that the report is written first.
const cancellation = new Cancellation()
cancellation.listen()
// run() reports its own failures; this catches only what it could not (a bug), so the step still fails cleanly.
try {
  await run(cancellation)
} catch (error) {
  core.setFailed(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
}
// The report is written. Calls abandoned in flight (a cancellation, a request past its deadline) may
// still hold sockets, so leave now rather than wait for them.
// stdout and stderr to a pipe are written asynchronously: let what is queued reach the runner first.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
process.exit(process.exitCode ?? (cancellation.requested ? core.ExitCode.Failure : 0))
