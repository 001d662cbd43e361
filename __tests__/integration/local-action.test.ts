import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../emulator/runner.js'
import { useEmulator } from './harness.js'

/** `npm run local-action` with .env.example, as CONTRIBUTING.md describes, against the h.emulator. */

const h = useEmulator()

describe('@github/local-action', () => {
  it('runs src/main.ts with .env.example and rejects the connection it names', async () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
    const id = /^INPUT_CONNECTION-ID=(.+)$/m.exec(example)?.[1] as string
    h.emulator.seed({ id })
    const env = join(mkdtempSync(join(tmpdir(), 'local-action-')), '.env')
    writeFileSync(env, example.replace(/^INPUT_ENDPOINT-URL=.*$/m, `INPUT_ENDPOINT-URL=${h.emulator.url}`))
    const output = await new Promise<string>((resolve) => {
      execFile(join(ROOT, 'node_modules', '.bin', 'local-action'), ['run', ROOT, 'src/main.ts', env], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: tmpdir() }, maxBuffer: 16 * 1024 * 1024 }, (_e, stdout, stderr) =>
        resolve(stdout + stderr)
      )
    })
    expect({ status: h.emulator.proton.connections.get(id)?.status, output: output.slice(-2000) }).toMatchObject({ status: 'REJECTED' })
    expect(output).toMatch(/'rejected-count'\s*│\s*'1'/)
  }, 120_000)
})
