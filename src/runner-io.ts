import { randomUUID } from 'node:crypto'
import { appendFileSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, renameSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { defused, logLine } from './neutralize.js'

import type { RunnerIO } from './domain.js'

export type { RunnerIO } from './domain.js'

/** GitHub shows at most 10 annotations of a kind per step; the tenth says how many more there are. */
const ANNOTATION_LIMIT = 10

export const runnerIO = (env: Readonly<Record<string, string | undefined>> = process.env, resultsName = 'proton-reject-results'): RunnerIO => ({
  info: (line) => core.info(logLine(line)),
  warning: (message, title) => core.warning(logLine(message), title ? { title } : {}),

  annotate(kind, items) {
    const emit = kind === 'error' ? core.error : core.notice
    const shown = items.length > ANNOTATION_LIMIT ? items.slice(0, ANNOTATION_LIMIT - 1) : items
    for (const item of shown) emit(defused(item.message), { title: defused(item.title) })
    if (shown.length < items.length) {
      emit(`${items.length - shown.length} more; the job summary and the results output list every connection`, {
        title: kind === 'error' ? 'More failures' : 'More notices'
      })
    }
  },

  /**
   * Every output in one append, each entry whole (`name<<delimiter`, value, delimiter), the largest
   * (`results`) last: a kill at any moment after the runner's SIGTERM leaves no broken entry before it.
   */
  writeOutputs(outputs) {
    const file = env.GITHUB_OUTPUT
    const entries = Object.entries(outputs).sort(([a], [b]) => Number(a === 'results') - Number(b === 'results'))
    if (!file) {
      for (const [name, value] of entries) core.setOutput(name, value)
      return
    }
    const text = entries
      .map(([name, value]) => {
        const delimiter = `ghadelimiter_${randomUUID()}`
        if (value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`)
        return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
      })
      .join('')
    appendFileSync(file, text, 'utf8')
  },

  /**
   * Every result as a JSON file in RUNNER_TEMP, however many: the `results` output is bounded by
   * GitHub's 1 MB per job. Written to a temporary name and renamed, so a reader never sees half a file.
   */
  writeResultsFile(json) {
    const dir = env.RUNNER_TEMP || tmpdir()
    const step = (env.GITHUB_ACTION || 'step').replace(/[^\w.-]+/g, '_')
    const path = join(dir, `${resultsName}-${step}.json`)
    const partial = `${path}.${process.pid}.partial`
    writeFileSync(partial, json)
    renameSync(partial, path)
    return path
  },

  async writeSummary(markdown, replace = false) {
    if (!env.GITHUB_STEP_SUMMARY) {
      if (!replace) for (const line of markdown.split('\n')) core.info(logLine(line))
      return
    }
    try {
      await core.summary.emptyBuffer().addRaw(markdown).write({ overwrite: replace })
    } catch (error) {
      core.warning(`Could not write the job summary: ${(error as Error).message}`)
    }
  }
})

/** The path with every symbolic link in it resolved: where the policy file really is, checked to be in the workspace. */
export const realPath = (path: string): string => realpathSync(path)

/**
 * A regular file of at most `max` bytes, checked on the open descriptor before anything is read (a
 * link to /dev/zero or a fifo is refused, not read for ever), and read no further than `max` + 1.
 */
export function readRegularFile(path: string, max: number): string {
  // Non-blocking, so that opening a fifo returns at once instead of waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })
    if (stat.size > max) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    const buffer = Buffer.alloc(max + 1)
    let length = 0
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, length, buffer.length - length, null)
    if (length > max) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * The job's OIDC token from the runner (the request core.getIDToken makes: GET the request URL with
 * `audience`, the request token as a bearer), through `agent` when a proxy is given explicitly, so
 * that nothing has to be written into the environment for @actions/core to find it.
 */
export async function requestIdToken(env: Readonly<Record<string, string | undefined>>, audience: string, agent?: import('node:http').Agent): Promise<string> {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!base || !bearer) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
  const url = new URL(base)
  url.searchParams.set('audience', audience)
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http')
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(url, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' }, ...(agent && { agent }) }, (res: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > 64 * 1024) req.destroy(new Error('the OIDC token answer is larger than 64 KiB'))
        else chunks.push(chunk)
      })
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`the runner's OIDC token endpoint answered HTTP ${res.statusCode}`))))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
  const value = (JSON.parse(body) as { value?: unknown }).value
  if (typeof value !== 'string' || value === '') throw new Error("the runner's OIDC token endpoint answered without a token")
  return value
}

