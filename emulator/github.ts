/** The few GitHub REST endpoints the action uses: issue comments on a pull request. */
export interface IssueComment {
  id: number
  body: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
  html_url: string
}

export type GitHubAnswer = { status: number; body: unknown }

export class GitHubService {
  /** Token the emulator accepts, as `${{ github.token }}` would be. */
  token = 'ghs_emulatorToken0000000000000000000000'
  readonly comments = new Map<string, IssueComment[]>()
  private nextId = 1000

  handle(method: string, path: string, authorization: string | undefined, body: unknown): GitHubAnswer {
    const url = new URL(path, 'http://github.invalid')
    const given = authorization?.replace(/^(token|bearer)\s+/i, '')
    if (given !== this.token) return { status: 401, body: { message: 'Bad credentials', status: '401' } }

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
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (one && method === 'PATCH') {
      const id = Number(one[3])
      for (const comments of this.comments.values()) {
        const comment = comments.find((c) => c.id === id)
        if (comment) {
          const text = (body as { body?: unknown } | undefined)?.body
          if (typeof text !== 'string') return { status: 422, body: { message: 'Validation Failed' } }
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
