import * as core from '@actions/core'
import { Cancellation } from './cancel.js'
import { execute } from './execute.js'
import { publish } from './publish.js'
import { runnerIO } from './runner-io.js'
import { gitHubTrail } from './trail.js'

/**
 * The action's flow: execute the run (inputs, credentials, plan and apply) into one outcome, then
 * publish it (outputs, results file, annotations, summary, pull request trail). A failure, a
 * cancellation or a connection that failed fails the step.
 */
export async function run(cancellation = new Cancellation()): Promise<void> {
  const outcome = await execute(cancellation)
  const failed = await publish(outcome, runnerIO(), gitHubTrail, { stop: cancellation.stop, terminate: cancellation.terminate, signal: () => cancellation.signal })
  if (failed) process.exitCode = core.ExitCode.Failure
}
