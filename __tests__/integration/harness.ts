import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { runAction, type RunOptions, type RunResult } from '../../emulator/runner.js'

/** One emulator per test file, reset before each test, and dist/index.js run against it as the runner would. */
export interface Harness {
  emulator: Emulator
  /** A job step with the emulator's key pair in the environment (as configure-aws-credentials leaves it). */
  run(inputs: Record<string, string>, extra?: RunOptions): Promise<RunResult>
}

export function useEmulator(): Harness {
  // A HOME without ~/.aws, so that nothing from this machine takes part.
  const home = mkdtempSync(join(tmpdir(), 'home-'))
  const harness = {
    run: (inputs: Record<string, string>, extra: RunOptions = {}) =>
      runAction({
        ...extra,
        with: inputs,
        env: { ...harness.emulator.awsEnv, HOME: home, GITHUB_API_URL: harness.emulator.githubApiUrl, ...extra.env }
      })
  } as Harness
  beforeAll(async () => {
    harness.emulator = await startEmulator()
  })
  afterAll(async () => {
    await harness.emulator.stop()
  })
  beforeEach(() => harness.emulator.forgetEverything())
  return harness
}

/** The step's ::error annotations, one line each. */
export const errorLines = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::error'))

/** The summary's Markdown with character references decoded, for checks on what a reader sees in its text. */
export const readable = (markdown: string): string =>
  markdown
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** A loopback port on which nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** One entry of the `results` output, as a workflow reads it. */
export interface Row {
  id: string
  outcome: string
  status: string
  'environment-account-id': string
  reason?: string
  error?: string
}

/** The `results` output of a run; empty when it set none. */
export const rows = (r: RunResult): Row[] => JSON.parse(r.outputs.results || '[]') as Row[]

/** The documented apply role in the emulator's account. */
export const APPLY_ROLE = 'arn:aws:iam::111111111111:role/ProtonConnectionGuard'

