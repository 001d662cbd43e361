// The stack's own floor: the least a JavaScript action on this stack does to reject one connection
// (@actions/core + @aws-sdk/client-proton, one Reject, bundled by ncc with --minify). npm run bench
// builds it from the published packages, without this project's patch, and times it beside the action.
import * as core from '@actions/core'
import { ProtonClient, RejectEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton'

const client = new ProtonClient({ region: process.env.AWS_REGION })
try {
  const out = await client.send(new RejectEnvironmentAccountConnectionCommand({ id: core.getInput('connection-id', { required: true }) }))
  core.setOutput('status', out.environmentAccountConnection?.status ?? '')
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error))
}
