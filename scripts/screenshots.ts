import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EVENTS, JOB_REPOSITORY, ROOT, runAction, type RunOptions, type RunResult } from '../emulator/runner.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { filledTrust, readPolicy, roleArn, ROLES } from './iam.js'
import { runnerNode } from './node24.js'
import { renderGfm } from './render.js'

/**
 * `npm run screenshots`: the README's pictures, from real runs of dist/index.js against the
 * emulator, rendered by cmark-gfm with GitHub's Markdown stylesheet and captured by headless
 * Chromium (Debian's chromium). Not part of CI; a test checks that every picture the README names exists.
 *
 * The runs are the examples' own: each job signs in with the documented role for its trigger
 * (role-to-assume, the emulator's OIDC issuer and STS, the roles in docs/iam), the policy comes
 * from proton/account-policy.yml, and the pull request is one that edits that file.
 */

const OUT = join(ROOT, 'docs', 'images')
const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => !!p && existsSync(p))
if (!CHROMIUM) throw new Error('chromium is not installed (apt-get install chromium), or set CHROMIUM to a Chrome or Chromium binary')
const CSS = readFileSync(join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8')
const POLICY_FILE = readFileSync(join(ROOT, 'examples', 'proton', 'account-policy.yml'), 'utf8')
const REGION = 'us-east-1'
/**
 * The emulator's port for the pictures: fixed, so that every picture names the same endpoint. The
 * runs call the emulator through endpoint-url, as the examples call theirs, and the pictures show it
 * as itself: AWS ended Proton on 2026-10-07, and no run of AWS's own endpoint is shown.
 */
const PORT = 8787

/** Width of the page in CSS pixels, about what GitHub gives a job summary or a pull request on a wide screen; pictures are taken at twice that. */
const WIDTH = 1012
const SCALE = 2

/** The pull request of the pictures: it removes an account from the policy, as the examples' policy file reads after it. */
const PR = {
  number: 57,
  title: 'Remove the retired sandbox account from the Proton policy',
  body: 'The sandbox account 555555555555 was closed with the sandbox environments. Its pending request is rejected on merge; its connected connection is reported as drift until the environment is deleted.',
  branch: 'remove-sandbox-account',
  author: 'monalisa',
  mergeSha: 'e4d1a5b7c9f20836d1e2f3a4b5c6d7e8f9a0b1c2'
}

/** A GitHub page around the Markdown: a job summary, or a pull request comment in its frame. */
const PAGE_CSS = `
body { margin: 0; background: #fff; }
#shot { width: ${WIDTH}px; box-sizing: border-box; }
.markdown-body { box-sizing: border-box; padding: 24px 32px; }
/* An ID is one word: GitHub's table cells would break it at its hyphens in a narrow column. */
.markdown-body table code { white-space: nowrap; }
.gh { font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.pr { padding: 16px 16px 0; }
.pr h1 { font-size: 26px; font-weight: 400; margin: 0 0 8px; line-height: 1.25; }
.pr h1 span { color: #59636e; font-weight: 300; }
.pr .state { display: flex; align-items: center; gap: 8px; color: #59636e; padding-bottom: 16px; border-bottom: 1px solid #d1d9e0; }
.pr .merged { background: #8250df; color: #fff; border-radius: 2em; padding: 5px 12px; font-weight: 500; }
.pr .branch { font: 12px ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #ddf4ff; color: #0969da; border-radius: 6px; padding: 2px 6px; }
.thread { display: flex; gap: 12px; padding: 16px; align-items: flex-start; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #2da44e; color: #fff; display: flex; align-items: center; justify-content: center; font: 600 13px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
.comment { flex: 1; min-width: 0; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.comment header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
.comment header b { color: #1f2328; }
.comment .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; font-weight: 500; color: #59636e; margin: 0 4px; }
.comment .markdown-body { padding: 16px; }`

const CONNECTION_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/**
 * Every connection ID in the page's text kept on one line, inside an ARN too (which may then break
 * before it, at a '/'): presentation only, like the CSS above; the text is the action's own.
 */
function unbroken(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(CONNECTION_ID, '<span style="white-space: nowrap">$&</span>')))
    .join('')
}

/** The Markdown as the page that shows it: `summary` as a job summary, `comment` as a pull request's comment. */
function pageHtml(markdown: string, kind: 'summary' | 'comment'): string {
  const body = `<article class="markdown-body">${unbroken(renderGfm(markdown))}</article>`
  const content =
    kind === 'summary'
      ? body
      : `<div class="gh pr"><h1>${PR.title} <span>#${PR.number}</span></h1>
<div class="state"><span class="merged">Merged</span><span><b>${PR.author}</b> merged 1 commit into <span class="branch">main</span> from <span class="branch">${PR.branch}</span></span></div></div>
<div class="gh thread"><div class="avatar" aria-hidden="true">GH</div><div class="comment"><header><b>github-actions</b><span class="bot">bot</span> commented · edited</header>${body}</div></div>`
  // The measuring script writes the content's size into the page, which --dump-dom then prints.
  const measure = `<script>const r = document.getElementById('shot').getBoundingClientRect(); document.body.dataset.size = Math.ceil(r.width) + 'x' + Math.ceil(r.height);</script>`
  return `<!doctype html><meta charset="utf-8"><style>${CSS}${PAGE_CSS}</style><body><div id="shot">${content}</div>${measure}</body>`
}

function chromium(dir: string, args: string[]): string {
  return execFileSync(
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
      ...args
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }
  )
}

/**
 * Captures the page cropped to its content: a first pass lays it out and measures it, the second
 * takes the picture at exactly that size, so no blank space is left below or beside it.
 */
function capture(markdown: string, file: string, kind: 'summary' | 'comment'): void {
  const dir = mkdtempSync(join(tmpdir(), 'shot-'))
  try {
    const page = join(dir, 'page.html')
    writeFileSync(page, pageHtml(markdown, kind))
    const dom = chromium(dir, [`--window-size=${WIDTH},4000`, '--dump-dom', `file://${page}`])
    const size = /data-size="(\d+)x(\d+)"/.exec(dom)
    if (!size) throw new Error(`could not measure ${file}`)
    const [width, height] = [Number(size[1]), Number(size[2])]
    chromium(dir, [`--window-size=${width},${height}`, `--force-device-scale-factor=${SCALE}`, `--screenshot=${join(OUT, file)}`, `file://${page}`])
    console.log(`docs/images/${file} (${width}x${height} CSS pixels, at ${SCALE}x)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface RepositoryPayload {
  id: number
  owner: { id: number }
}
interface Commit {
  id: string
  message: string
  url: string
  author: { name: string; email: string; username: string }
}
interface PullRequestEvent {
  number: number
  pull_request: Record<string, unknown> & {
    number: number
    title: string
    body: string
    user: { login: string }
    head: { ref: string; label: string; repo: RepositoryPayload }
    base: { repo: RepositoryPayload }
  }
  repository: RepositoryPayload
  sender: { login: string }
}
interface PushEvent {
  before: string
  after: string
  compare: string
  commits: Commit[]
  head_commit: Commit
  pusher: { name: string; email: string }
  repository: RepositoryPayload
  sender: { login: string }
}

/** An event payload from emulator/events, adapted to the pictures' pull request, as a file of its own. */
function eventFile<T>(dir: string, name: string, adapt: (payload: T) => void): string {
  const payload = JSON.parse(readFileSync(join(EVENTS, name), 'utf8')) as T
  adapt(payload)
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(payload, null, 2))
  return path
}

/** The job's repository, with the numeric IDs the runner gives the job. */
function ourRepository(repo: RepositoryPayload): void {
  repo.id = Number(JOB_REPOSITORY.id)
  repo.owner.id = Number(JOB_REPOSITORY.ownerId)
}

function prEvents(dir: string): { opened: string; pushed: string } {
  const opened = eventFile<PullRequestEvent>(dir, 'event-pull_request-open.json', (p) => {
    const pr = p.pull_request
    p.number = pr.number = PR.number
    for (const key of ['url', 'html_url', 'diff_url', 'patch_url', 'issue_url', 'commits_url', 'review_comments_url', 'comments_url']) {
      pr[key] = String(pr[key]).replace(/\/(pull|pulls|issues)\/42\b/, `/$1/${PR.number}`)
    }
    Object.assign(pr, { title: PR.title, body: PR.body, labels: [], commits: 1, additions: 0, deletions: 1, changed_files: 1 })
    pr.user.login = PR.author
    pr.head.ref = PR.branch
    pr.head.label = `${JOB_REPOSITORY.owner}:${PR.branch}`
    for (const repo of [pr.head.repo, pr.base.repo, p.repository]) ourRepository(repo)
    p.sender.login = PR.author
  })
  const pushed = eventFile<PushEvent>(dir, 'event-push-merge.json', (p) => {
    const repo = `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}`
    const person = { name: PR.author, email: `${PR.author}@users.noreply.github.com` }
    p.after = PR.mergeSha
    for (const commit of [...p.commits, p.head_commit]) {
      commit.id = PR.mergeSha
      commit.message = `Merge pull request #${PR.number} from ${JOB_REPOSITORY.owner}/${PR.branch}\n\n${PR.title}`
      commit.url = `https://github.com/${repo}/commit/${PR.mergeSha}`
      commit.author = { ...person, username: PR.author }
    }
    p.compare = `https://github.com/${repo}/compare/${p.before.slice(0, 12)}...${PR.mergeSha.slice(0, 12)}`
    p.pusher = person
    p.sender.login = PR.author
    ourRepository(p.repository)
  })
  return { opened, pushed }
}

/** The documented roles as a repository with immutable subjects deploys them (docs/iam, its IDs filled in). */
function deployRoles(emulator: Emulator): void {
  for (const role of ROLES) {
    const trust = filledTrust(role.trustFile, { ownerId: JOB_REPOSITORY.ownerId, repositoryId: JOB_REPOSITORY.id })
    emulator.putRole(roleArn(role), { trust, permissions: [readPolicy(role.permissionsFile)] })
  }
}

const APPLY_ROLE = roleArn(ROLES.find((r) => r.name === 'ProtonConnectionGuard')!)
const PLAN_ROLE = roleArn(ROLES.find((r) => r.name === 'ProtonConnectionGuardReadOnly')!)
const BY_HAND_ROLE = roleArn(ROLES.find((r) => r.name === 'ProtonConnectionGuardByHand')!)

mkdirSync(OUT, { recursive: true })
const node = runnerNode().path
const emulator = await startEmulator({ region: REGION, port: PORT })
const events = mkdtempSync(join(tmpdir(), 'shot-events-'))
const home = mkdtempSync(join(tmpdir(), 'shot-home-'))

/** One job step as the example runs it: only the job's OIDC token, no key pair; the emulator as Proton, STS and GitHub. */
async function step(inputs: Record<string, string>, job: { workflow: string; file: string; environment?: string; run: number; event: NonNullable<RunOptions['event']>; actor: string }): Promise<RunResult> {
  const r = await runAction({
    with: { 'aws-region': REGION, 'endpoint-url': emulator.url, ...inputs },
    event: job.event,
    // The example's file, which the documented role lists (job_workflow_ref), and its environment.
    workflowFile: job.file,
    ...(job.environment && { environment: job.environment }),
    files: { 'proton/account-policy.yml': POLICY_FILE },
    env: {
      HOME: home,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_STS: emulator.url,
      GITHUB_API_URL: emulator.githubApiUrl,
      GITHUB_WORKFLOW: job.workflow,
      GITHUB_RUN_NUMBER: String(job.run),
      GITHUB_RUN_ID: String(7_100_000_000 + job.run),
      GITHUB_ACTOR: job.actor
    },
    idToken: (context) => emulator.oidcEnvFor(context),
    node
  })
  if (emulator.callsOf('AssumeRoleWithWebIdentity').at(-1)?.status !== 200) throw new Error(`the run did not sign in with its role (exit ${r.code}):\n${r.stdout}${r.stderr}`)
  return r
}

try {
  deployRoles(emulator)

  // A rejection by ID, from the manual workflow (reject-on-dispatch.yml) on the default branch.
  const one = emulator.seed({
    id: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
    environmentAccountId: '210987654321',
    environmentName: 'payments-staging-eu',
    requestedAt: new Date('2026-11-30T16:42:09Z'),
    roleArn: 'arn:aws:iam::210987654321:role/ProtonEnvironmentRole'
  })
  const rejection = await step(
    { 'connection-id': one.id, 'role-to-assume': BY_HAND_ROLE },
    { workflow: 'Reject Proton connection', file: 'reject-on-dispatch.yml', environment: 'proton-reject', run: 31, event: { name: 'workflow_dispatch', payload: 'event-workflow_dispatch.json', ref: 'refs/heads/main' }, actor: 'octocat' }
  )
  if (rejection.outputs.status !== 'REJECTED') throw new Error(`the rejection did not reject:\n${rejection.stdout}`)
  capture(rejection.summary, 'summary-rejection.png', 'summary')

  // The pull request that removes the sandbox account: plan (policy-plan-and-apply.yml, job plan),
  // then the merge's push applies it (job apply) and updates the same comment.
  emulator.forgetEverything()
  deployRoles(emulator)
  // Fixed IDs, so that a run that changes nothing makes the same pictures.
  const seeded: Array<[string, string, string, 'PENDING' | 'CONNECTED', string]> = [
    ['3c9e1f27-8b4d-4a6e-9f02-5d7b1c8e6a43', '123456789012', 'payments-prod', 'CONNECTED', '2026-03-02T09:15:00Z'],
    ['8e2b5d90-1f6c-4c3a-b7e8-2a9d4f6c1b05', '210987654321', 'payments-staging', 'CONNECTED', '2026-03-02T09:20:00Z'],
    ['b47a0c3e-95d2-4e18-8c6f-7e1a3b5d9f20', '555555555555', 'sandbox', 'CONNECTED', '2026-05-11T14:03:00Z'],
    ['d1f8a6b2-3e7c-4b95-a0d4-6c2e8f1a7b39', '555555555555', 'sandbox-load-test', 'PENDING', '2026-11-28T08:31:00Z'],
    ['5a3c7e19-d2b8-4f60-9e4a-1b8d6f2c0e57', '987654321098', 'partner-demo', 'PENDING', '2026-11-29T19:57:00Z']
  ]
  for (const [id, account, name, status, at] of seeded) {
    emulator.seed({ id, environmentAccountId: account, environmentName: name, status, requestedAt: new Date(at) })
  }
  const { opened, pushed } = prEvents(events)
  const policy = { 'policy-file': 'proton/account-policy.yml', 'max-rejections': '5', 'github-token': emulator.github.token }
  const plan = await step(
    { ...policy, 'dry-run': 'true', 'role-to-assume': PLAN_ROLE },
    { workflow: 'Proton account policy', file: 'policy-plan-and-apply.yml', run: 88, event: { name: 'pull_request', payload: opened }, actor: PR.author }
  )
  capture(plan.summary, 'summary-policy-plan.png', 'summary')
  const key = `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}#${PR.number}`
  if ((emulator.github.comments.get(key) ?? []).length !== 1) throw new Error(`the plan run posted no comment:\n${plan.stdout}`)

  emulator.github.pulls.push({
    repository: `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}`,
    number: PR.number,
    title: PR.title,
    state: 'closed',
    merged_at: '2026-12-01T15:20:00Z',
    merge_commit_sha: PR.mergeSha,
    commits: ['9f3b6c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', PR.mergeSha]
  })
  const apply = await step({ ...policy, 'role-to-assume': APPLY_ROLE }, { workflow: 'Proton account policy', file: 'policy-plan-and-apply.yml', run: 89, event: { name: 'push', payload: pushed }, actor: PR.author })
  if (apply.code !== 0) throw new Error(`the apply failed:\n${apply.stdout}`)
  const comments = emulator.github.comments.get(key) ?? []
  const [comment] = comments
  if (comments.length !== 1 || !comment?.body.includes('**Applied** after the merge')) throw new Error(`the apply did not update the plan comment:\n${apply.stdout}`)
  capture(comment.body, 'plan-comment.png', 'comment')
} finally {
  await emulator.stop()
  rmSync(events, { recursive: true, force: true })
  rmSync(home, { recursive: true, force: true })
}
