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
// After a cancellation, calls abandoned in flight may still hold sockets: the report is written, so leave now.
if (cancellation.requested) process.exit(process.exitCode ?? core.ExitCode.Failure)
