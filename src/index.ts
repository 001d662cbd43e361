import * as core from '@actions/core'
import { run } from './main.js'

// run() reports its own failures; this catches only what it could not (a bug), so the step still fails cleanly.
try {
  await run()
} catch (error) {
  core.setFailed(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
}
