import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from '../emulator/runner.js'
import { startEmulator } from '../emulator/server.js'
import { renderGfm } from './render.js'
import { runnerNode } from './node24.js'

/**
 * `npm run screenshots`: the README's pictures, from real runs of dist/index.js against the
 * emulator, rendered by cmark-gfm with GitHub's Markdown stylesheet and captured by headless
 * Chromium (Debian's chromium). Not part of CI; a test checks that every picture the README names exists.
 */

const OUT = join(ROOT, 'docs', 'images')
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
if (!CHROMIUM) throw new Error('chromium is not installed (apt-get install chromium)')
const CSS = readFileSync(join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8')

/** A comment's frame as a pull request shows it: a bordered box under a header with the author. */
const COMMENT_FRAME = `
.comment { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.comment header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px;
  font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
.comment header b { color: #1f2328; }
.comment .markdown-body { padding: 16px; }`

/** Markdown as GitHub shows it in a job summary, or in a comment's frame, captured at `width` x `height`. */
function capture(markdown: string, file: string, width: number, height: number, asComment = false): void {
  const dir = mkdtempSync(join(tmpdir(), 'shot-'))
  const body = `<article class="markdown-body">${renderGfm(markdown)}</article>`
  const html = `<!doctype html><meta charset="utf-8"><style>${CSS}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; padding: 24px 32px; max-width: ${width}px; }${asComment ? COMMENT_FRAME : ''}</style>
${asComment ? `<div class="comment"><header><b>github-actions</b> bot commented</header>${body}</div>` : body}`
  writeFileSync(join(dir, 'page.html'), html)
  execFileSync(
    CHROMIUM as string,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--window-size=${width},${height}`,
      `--screenshot=${join(OUT, file)}`,
      `file://${join(dir, 'page.html')}`
    ],
    { stdio: 'ignore', timeout: 60_000 }
  )
  console.log(`docs/images/${file}`)
}

mkdirSync(OUT, { recursive: true })
const node = runnerNode().path
const emulator = await startEmulator()
try {
  // A rejection by ID.
  const one = emulator.seed({ environmentAccountId: '222222222222', environmentName: 'payments-staging' })
  const rejection = await runAction({ with: { 'connection-id': one.id }, env: emulator.awsEnv, node })
  capture(rejection.summary, 'summary-rejection.png', 900, 860)

  // A policy plan on a pull request: the job summary and the comment it posts.
  emulator.forgetEverything()
  for (const [account, env] of [['555555555555', 'sandbox-a'], ['666666666666', 'sandbox-b'], ['123456789012', 'payments-prod']]) {
    emulator.seed({ environmentAccountId: account as string, environmentName: env as string })
  }
  const plan = await runAction({
    with: { 'allowed-account-ids': '123456789012 210987654321', 'dry-run': 'true', 'github-token': emulator.github.token },
    env: { ...emulator.awsEnv, GITHUB_API_URL: emulator.githubApiUrl },
    event: { name: 'pull_request', payload: 'event-pull_request-open.json' },
    node
  })
  capture(plan.summary, 'summary-policy-plan.png', 900, 700)
  const [comment] = emulator.github.comments.get('octo-org/octo-repo#42') ?? []
  if (!comment) throw new Error(`the plan run posted no comment:\n${plan.stdout}`)
  capture(comment.body, 'plan-comment.png', 900, 720, true)
} finally {
  await emulator.stop()
}
