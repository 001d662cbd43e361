import * as core from '@actions/core'
import { type Cancellation, withDeadline } from './cancel.js'
import type { SignInDeps } from './credentials.js'
import { jobFacts } from './event.js'
import { logLine } from './neutralize.js'
import type { Redactor } from './redact.js'
import { requestIdToken } from './runner-io.js'
import type { Transport } from './transport.js'

/** The runner's OIDC token request gets this long; it takes no signal of its own. */
export const OIDC_TIMEOUT_MS = 10_000

/**
 * What signing in needs of the runner, for either action: the job's OIDC token (through an explicit
 * http-proxy when one is set), masking, the log, the cancellation and the transport.
 */
export function runnerSignInDeps(options: { explicitProxy: boolean; transport: Transport; cancellation: Cancellation; setSecret(value: string): void; redactor: Redactor }): SignInDeps {
  const { explicitProxy, transport, cancellation, setSecret, redactor } = options
  return {
    env: process.env,
    job: jobFacts(),
    getIDToken: async (audience) => {
      const request = explicitProxy ? requestIdToken(process.env, audience, await transport.agentFor(process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')) : core.getIDToken(audience)
      const token = await withDeadline(request, OIDC_TIMEOUT_MS, cancellation.stop, `the runner's OIDC token endpoint did not answer within ${OIDC_TIMEOUT_MS / 1000} s`)
      // core.getIDToken masks the token itself; the explicit-proxy request does not, so it is masked here
      // (once: each ::add-mask:: is one more log line). Debug logs redact it either way.
      if (explicitProxy) setSecret(token)
      else redactor.add(token)
      return token
    },
    setSecret,
    info: (message) => core.info(logLine(message)),
    warning: (message) => core.warning(logLine(message), { title: 'Runner clock' }),
    abandon: cancellation.abandon,
    transport
  }
}

/** The proxy's password never reaches the log, as written in the URL or decoded. */
export function maskProxy(url: string, setSecret: (value: string) => void): void {
  try {
    const { password } = new URL(url)
    if (password) {
      setSecret(password)
      setSecret(decodeURIComponent(password))
    }
  } catch {
    // An invalid URL was refused by the input check already.
  }
}
