import * as yaml from 'yaml'
import type { InputSource } from '../../src/inputs.js'

/** Inputs as the runner would pass them, with files of a workspace at /ws held in memory. */
export function fakeSource(inputs: Record<string, string>, env: Record<string, string> = { AWS_REGION: 'us-east-1' }, files: Record<string, string> = {}): InputSource {
  return {
    input: (name) => inputs[name] ?? '',
    env,
    workspace: '/ws',
    yaml,
    readFile: (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return text
    }
  }
}
