import { createHash } from 'node:crypto'
/** The few GitHub REST endpoints the action uses: issue comments on a pull request. */
export interface IssueComment {
  id: number
  body: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
  html_url: string
}

/** A pull request as the commits/{sha}/pulls endpoint returns it (the fields the action reads, and a few more). */
export interface PullRequestRecord {
  repository: string
  number: number
  title: string
  state: 'open' | 'closed'
  merged_at: string | null
  merge_commit_sha: string | null
  /** Commits GitHub associates with it: its head commits and, once merged, its merge commit. */
  commits: string[]
}

export type GitHubAnswer = { status: number; body: unknown }

/** GitHub refuses an issue or pull request comment body over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536

export class GitHubService {
  /** Token the emulator accepts, as `${{ github.token }}` would be. */
  token = 'ghs_emulatorToken0000000000000000000000'
  readonly comments = new Map<string, IssueComment[]>()
  readonly pulls: PullRequestRecord[] = []
  /** Files in the repositories' history, as the contents endpoint serves them: `owner/repo@ref:path` to the file's text. */
  readonly files = new Map<string, string>()
  private nextId = 1000

  /** Puts a file at a commit (or branch), for `GET /repos/{owner}/{repo}/contents/{path}?ref=`. */
  putFile(repository: string, ref: string, path: string, text: string): void {
    this.files.set(`${repository}@${ref}:${path}`, text)
  }

  handle(method: string, path: string, authorization: string | undefined, body: unknown): GitHubAnswer {
    const url = new URL(path, 'http://github.invalid')
    const given = authorization?.replace(/^(token|bearer)\s+/i, '')
    if (given !== this.token) return { status: 401, body: { message: 'Bad credentials', status: '401' } }

    // An installation token (the job's GITHUB_TOKEN) cannot read /user.
    if (url.pathname === '/user' && method === 'GET') return { status: 403, body: { message: 'Resource not accessible by integration' } }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (list) {
      const key = `${list[1]}/${list[2]}#${list[3]}`
      const comments = this.comments.get(key) ?? []
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        return { status: 200, body: comments.slice((page - 1) * perPage, page * perPage) }
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string') return { status: 422, body: { message: 'Validation Failed' } }
        if (text.length > COMMENT_MAX_CHARS) return { status: 422, body: { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] } }
        const now = new Date().toISOString()
        const id = this.nextId++
        const comment: IssueComment = {
          id,
          body: text,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created_at: now,
          updated_at: now,
          html_url: `https://github.com/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${id}`
        }
        this.comments.set(key, [...comments, comment])
        return { status: 201, body: comment }
      }
    }
    const associated = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(url.pathname)
    if (associated && method === 'GET') {
      const [, owner, repo, sha] = associated as unknown as [string, string, string, string]
      const found = this.pulls.filter((p) => p.repository === `${owner}/${repo}` && p.commits.includes(sha))
      return {
        status: 200,
        body: found.map(({ repository, number, title, state, merged_at, merge_commit_sha }) => ({
          number,
          title,
          state,
          merged_at,
          merge_commit_sha,
          html_url: `https://github.com/${repository}/pull/${number}`,
          url: `https://api.github.com/repos/${repository}/pulls/${number}`
        }))
      }
    }
    const contents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname)
    if (contents && method === 'GET') {
      const [, owner, repo, encodedPath] = contents as unknown as [string, string, string, string]
      const path = decodeURIComponent(encodedPath)
      const ref = url.searchParams.get('ref') ?? 'main'
      const text = this.files.get(`${owner}/${repo}@${ref}:${path}`)
      if (text === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' } }
      const content = Buffer.from(text).toString('base64').replace(/(.{60})/g, '$1\n')
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: path.split('/').pop(),
          path,
          content,
          sha: createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex')
        }
      }
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (one && method === 'DELETE') {
      for (const [key, comments] of this.comments) {
        const kept = comments.filter((c) => c.id !== Number(one[3]))
        if (kept.length < comments.length) {
          this.comments.set(key, kept)
          return { status: 204, body: '' }
        }
      }
      return { status: 404, body: { message: 'Not Found' } }
    }
    if (one && method === 'PATCH') {
      const id = Number(one[3])
      for (const comments of this.comments.values()) {
        const comment = comments.find((c) => c.id === id)
        if (comment) {
          const text = (body as { body?: unknown } | undefined)?.body
          if (typeof text !== 'string' || text.length > COMMENT_MAX_CHARS) return { status: 422, body: { message: 'Validation Failed' } }
          comment.body = text
          comment.updated_at = new Date().toISOString()
          return { status: 200, body: comment }
        }
      }
      return { status: 404, body: { message: 'Not Found' } }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }
}
