/**
 * The ground floor: the types, facts and words every room shares. It imports nothing of the
 * action's own, so any room may import it and no room imports another only for a type or a word.
 */

/** A connection ID (the Proton API model's pattern). */
export const CONNECTION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** An AWS account ID. */
export const ACCOUNT_ID_PATTERN = /^\d{12}$/

export type ConnectionStatus = 'PENDING' | 'CONNECTED' | 'REJECTED'

/** A connection as the API describes it, after checking that the answer really has that shape. */
export interface Connection {
  id: string
  arn: string
  managementAccountId: string
  environmentAccountId: string
  roleArn: string
  componentRoleArn?: string
  codebuildRoleArn?: string
  environmentName: string
  requestedAt: Date
  lastModifiedAt: Date
  status: ConnectionStatus
}

export type ProtonAction =
  | 'proton:GetEnvironmentAccountConnection'
  | 'proton:RejectEnvironmentAccountConnection'
  | 'proton:ListEnvironmentAccountConnections'

export type FailureKind =
  | 'not-found'
  | 'access-denied'
  | 'expired-credentials'
  | 'conflict'
  | 'throttled'
  | 'service-error'
  | 'invalid-response'
  | 'unreachable'
  | 'timeout'
  | 'no-credentials'
  | 'validation'
  | 'aborted'
  | 'other'

/**
 * What came of one connection. `unknown`: a Reject whose answer was lost and whose re-read could not
 * tell whether AWS applied it; it counts as a failure, never as unchanged.
 */
export type Outcome = 'rejected' | 'already-rejected' | 'would-reject' | 'skipped' | 'drifted' | 'failed' | 'unknown' | 'cancelled'

/** Each outcome in words, for the summary and the progress lines. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  rejected: 'rejected',
  'already-rejected': 'already rejected',
  'would-reject': 'would reject',
  skipped: 'skipped',
  drifted: 'drifted',
  failed: 'failed',
  unknown: 'unknown',
  cancelled: 'cancelled'
}

/** `drift`: report drifted connections (the default), reject them too, or ignore them as before. */
export type DriftMode = 'report' | 'reject' | 'ignore'

export interface ConnectionResult {
  id: string
  /** The latest state read or returned; absent when nothing could be read. */
  connection?: Connection
  outcome: Outcome
  /** The status read before acting, when the action changed it. */
  previousStatus?: ConnectionStatus
  reason?: string
  error?: string
  /** Short title for the failure's annotation. */
  errorTitle?: string
  /** What kind of failure (for `failed` and `unknown`). */
  errorKind?: FailureKind
  /** The run decided to reject it (in a dry run: would have), whatever came of it. */
  planned?: true
  /** A CONNECTED connection of an account outside the policy, whatever was done with it. */
  drift?: true
}

/** What started the run, read from the event, for the summary. */
export interface Trigger {
  event: string
  actor?: string
  pullRequest?: { number: number; title: string; url?: string; merged: boolean }
}

/** What the event says of the job, for sign-in messages that lead to a safe fix. */
export interface JobFacts {
  /** The head repository of a pull request from a fork (owner/repo); absent otherwise. */
  forkRepository?: string
  /** The repository's default branch, from the event payload. */
  defaultBranch?: string
}

/** No credentials anywhere: said by the sign-in and by a call that found none. */
export function noCredentialsMessage(cause?: string): string {
  return (
    'no AWS credentials: set role-to-assume (the job needs permissions: id-token: write), ' +
    'or run aws-actions/configure-aws-credentials before this step' +
    (cause ? ` (${cause.split('\n')[0]})` : '')
  )
}

/** The role the action assumes with the job's OIDC token. */
export interface RoleSignIn {
  roleArn: string
  sessionName: string
  audience: string
  durationSeconds: number
}

/** A pull request, as the comment calls name it. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** The commit a push brought. */
export interface CommitRef {
  owner: string
  repo: string
  sha: string
}

export interface MergedPullRequest {
  number: number
  title: string
  url: string
}


/** A failure of the whole step (bad input, sign-in, listing, a plan over max-rejections), as opposed to one connection's. */
export interface StepFailure {
  title: string
  message: string
  problems?: readonly string[]
  /** The results are a plan shown with this failure at its top (max-rejections). */
  planShown?: boolean
}

/**
 * What executing the run came to: everything publishing needs (outputs, results file, annotations,
 * summary, the pull request trail), and nothing else. Made once, never changed after.
 */
export interface RunOutcome {
  /** What the checked inputs said; absent when they were invalid. */
  settings?: {
    mode: 'ids' | 'policy'
    dryRun: boolean
    region: string
    /** The Proton endpoint called. */
    endpoint: string
    /** The proxy for AWS calls, without credentials, and what it is not used for. */
    proxy?: string
    policy?: { source: string; allowedAccountIds: readonly string[]; drift: DriftMode }
    githubToken?: string
    /** The http-proxy input's URL for the GitHub API, when no-proxy does not exempt it (credentials masked in the log). */
    githubProxy?: string
  }
  signedIn?: { description: string; authenticatedArn?: string }
  /** The management account the run acted for, when the role or the connections say it. */
  managementAccount?: string
  results: readonly ConnectionResult[]
  stepFailure?: StepFailure
  cancelled?: 'SIGINT' | 'SIGTERM'
  trigger: Trigger
  runPage?: { url: string; label: string }
  /** On a push in the policy mode (not cancelled): the commit the push brought. */
  pushed?: CommitRef
  /** On a pull_request event about an open pull request: that pull request. */
  openPullRequest?: PullRequestRef
  /** The inputs ask for the policy mode (also when they are invalid otherwise). */
  policyMode?: boolean
  /**
   * The plan comment's marker, from the inputs alone (the region, the policy's key, the account in
   * role-to-assume's ARN); absent when the region or the policy source is itself invalid.
   */
  marker?: string
  /** github-token when the inputs were invalid (settings absent), for the comment that says the plan failed. */
  githubToken?: string
  /** Why there is no marker, for the summary. */
  markerNote?: string
  /** The commit the run is for: a pull request's head commit, or the pushed one. */
  commit?: { sha: string; url?: string }
}

/**
 * The runner's side of the step, in one room: the files it hands over (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, RUNNER_TEMP) and the workflow commands it reads from the log. Publishing
 * talks to the runner only through RunnerIO, so a test can hand it a fake.
 */
export interface RunnerIO {
  info(line: string): void
  warning(message: string, title?: string): void
  annotate(kind: 'error' | 'notice', items: ReadonlyArray<{ title: string; message: string }>): void
  writeOutputs(outputs: Record<string, string>): void
  /** Writes the JSON text to the step's results file; returns its path. */
  writeResultsFile(json: string): string
  /** `replace` rewrites what this step wrote before (the file is the step's own). */
  writeSummary(markdown: string, replace?: boolean): Promise<void>
}
