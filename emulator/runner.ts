import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { DEFAULT_WORKFLOW_FILE, jobFromRunnerEnv, type JobContext, type SubjectForm } from './claims.js'

/** Runs `dist/index.js` the way the GitHub Actions runner starts a JavaScript action. */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const EVENTS = join(ROOT, 'emulator', 'events')

/** The job's repository, with the numeric IDs the runner sets as GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID. */
export const JOB_REPOSITORY = { owner: 'octo-org', ownerId: '71234567', name: 'octo-repo', id: '812345678' } as const

interface ActionManifest {
  inputs?: Record<string, { default?: string }>
  outputs?: Record<string, unknown>
  runs: { using: string; main: string }
}

const manifests = new Map<string, ActionManifest>()
/** An action's action.yml (the main action's, or `leftovers`'), read once per process. */
export function readManifest(action = ''): ActionManifest {
  let manifest = manifests.get(action)
  if (!manifest) {
    manifest = parse(readFileSync(join(ROOT, action, 'action.yml'), 'utf8')) as ActionManifest
    manifests.set(action, manifest)
  }
  return manifest
}

export interface RunOptions {
  /** The action's directory in the repository: '' (the main action, the default) or 'leftovers'. */
  action?: string
  /** Inputs as a workflow's `with:` gives them; the rest get action.yml's defaults. */
  with?: Record<string, string>
  env?: Record<string, string | undefined>
  /**
   * Event name and payload file in emulator/events (or an absolute path). GITHUB_REF follows the
   * event as on GitHub: the pushed ref, refs/pull/N/merge for a pull request, else `ref` or main.
   */
  event?: { name: string; payload: string; ref?: string }
  /** The job's `environment:`, which decides the OIDC subject. */
  environment?: string
  /** The file in .github/workflows/ the job runs (GITHUB_WORKFLOW_REF, the token's job_workflow_ref); proton-connections.yml by default. */
  workflowFile?: string
  /**
   * The `sub` form the repository gets: `immutable` (the default, as for a repository created today)
   * or `name-only` (a repository older than GitHub's change that has not opted in).
   */
  subject?: SubjectForm
  /**
   * The job has `permissions: id-token: write`: returns the OIDC variables for this job's context
   * (emulator.oidcEnvFor), so that its token carries the claims GitHub would give this job.
   */
  idToken?: (job: JobContext) => Record<string, string>
  /** Node binary; the runner uses its own node24. */
  node?: string
  /** Put before the script, e.g. profiling flags; or a wrapper command (see `wrap`). */
  nodeArgs?: string[]
  /** A command that starts node, such as /usr/bin/time -v, to measure the process. */
  wrap?: string[]
  /** Files to put in the workspace before the run, relative path to content. */
  files?: Record<string, string>
  timeoutMs?: number
  /** Signals to send the node process as the runner does on cancellation, each after its delay from the start. */
  interrupt?: Array<{ signal: 'SIGINT' | 'SIGTERM'; afterMs: number }>
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  durationMs: number
  /** Milliseconds from the first interrupt signal to the process's exit, when one was sent. */
  exitAfterSignalMs?: number
  /** RUNNER_TEMP of the run, where files like the results file are left. */
  runnerTemp: string
  /** Each line of stdout with when it arrived, in milliseconds from the start, as the runner timestamps the log. */
  lines: Array<{ atMs: number; text: string }>
}

/** Reads GITHUB_OUTPUT as the runner does: `name<<delimiter` blocks or `name=value` lines; anything else fails. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] as string)
      }
      if (!closed) throw new Error(`Matching delimiter not found '${delimiter}'`)
      outputs[name] = value.join('\n')
    } else if (eq > 0) {
      outputs[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`Invalid format '${line}'`)
    }
  }
  return outputs
}

/** The environment the runner gives the step: INPUT_* for every declared input, GITHUB_* files and context. */
export function runnerEnv(workspace: string, options: RunOptions): Record<string, string> {
  const manifest = readManifest(options.action)
  const env: Record<string, string> = {}
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT']) {
    const value = process.env[key]
    if (value !== undefined) env[key] = value
  }
  const given = options.with ?? {}
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    let value = given[name] ?? spec.default ?? ''
    if (value === '${{ github.token }}') value = ''
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(given)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const outputFile = join(workspace, '..', 'github_output')
  const summaryFile = join(workspace, '..', 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const event = options.event ?? { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json' }
  const eventPath = event.payload.startsWith('/') ? event.payload : join(EVENTS, event.payload)
  const { ref, sha } = refOf(event.name, eventPath, event.ref)
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}`,
    GITHUB_REPOSITORY_OWNER: JOB_REPOSITORY.owner,
    GITHUB_REPOSITORY_ID: JOB_REPOSITORY.id,
    GITHUB_REPOSITORY_OWNER_ID: JOB_REPOSITORY.ownerId,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '7000000001',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'Proton connections',
    GITHUB_JOB: 'reject',
    GITHUB_ACTION: 'reject',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    // The workflow file the job runs, at the event's ref, as the runner names it.
    GITHUB_WORKFLOW_REF: `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}/.github/workflows/${options.workflowFile ?? DEFAULT_WORKFLOW_FILE}@${ref}`,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: join(workspace, '..')
  })
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  if (options.idToken) Object.assign(env, options.idToken(jobFromRunnerEnv(env, options.environment, options.subject ?? 'immutable')))
  return env
}

/** GITHUB_REF and GITHUB_SHA as GitHub sets them for the event. */
function refOf(eventName: string, payloadPath: string, given?: string): { ref: string; sha: string } {
  type Payload = { ref?: string; after?: string; number?: number; pull_request?: { merge_commit_sha?: string | null } }
  let payload: Payload = {}
  try {
    payload = JSON.parse(readFileSync(payloadPath, 'utf8')) as Payload
  } catch {
    // A test may give an unreadable event file on purpose: the ref then falls back as below.
  }
  const fallbackSha = 'ffac537e6cbbf934b08745a378932722df287a53'
  if (eventName === 'push' && payload.ref) return { ref: payload.ref, sha: payload.after ?? fallbackSha }
  if (eventName === 'pull_request' && typeof payload.number === 'number') {
    return { ref: `refs/pull/${payload.number}/merge`, sha: payload.pull_request?.merge_commit_sha ?? fallbackSha }
  }
  return { ref: given ?? 'refs/heads/main', sha: fallbackSha }
}

export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const base = mkdtempSync(join(tmpdir(), 'proton-action-'))
  const workspace = join(base, 'workspace')
  mkdirSync(workspace)
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true })
    writeFileSync(join(workspace, path), content)
  }
  const env = runnerEnv(workspace, options)
  const started = performance.now()
  const command = [...(options.wrap ?? []), options.node ?? process.execPath, ...(options.nodeArgs ?? []), join(ROOT, options.action ?? '', readManifest(options.action).runs.main)]
  const child = spawn(command[0] as string, command.slice(1), { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  const lines: RunResult['lines'] = []
  let partial = ''
  child.stdout.on('data', (d: Buffer) => {
    const text = d.toString()
    stdout += text
    const atMs = performance.now() - started
    const parts = (partial + text).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) lines.push({ atMs, text: line })
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  let firstSignalAt: number | undefined
  const signalTimers = (options.interrupt ?? []).map(({ signal, afterMs }) =>
    setTimeout(() => {
      firstSignalAt ??= performance.now()
      child.kill(signal)
    }, afterMs)
  )
  const code = await new Promise<number | null>((resolveCode) => child.on('close', resolveCode))
  const exitedAt = performance.now()
  clearTimeout(timer)
  for (const t of signalTimers) clearTimeout(t)
  const durationMs = performance.now() - started
  const outputs = parseOutputFile(readFileSync(env.GITHUB_OUTPUT as string, 'utf8'))
  const summary = readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8')
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary,
    workspace,
    durationMs,
    runnerTemp: env.RUNNER_TEMP as string,
    lines: partial ? [...lines, { atMs: durationMs, text: partial }] : lines,
    ...(firstSignalAt !== undefined && { exitAfterSignalMs: exitedAt - firstSignalAt })
  }
}
