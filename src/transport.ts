import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler'

// How the action reaches AWS: straight, or through an HTTP(S) proxy, decided per endpoint with
// `no-proxy`. The AWS SDK reads no proxy variables itself. Built once, handed to both SDK clients.
// The proxy agents and the NO_PROXY matcher load only when a proxy is configured.

/** Per-attempt limits in milliseconds: a hung connection cannot hold the job. */
export const CONNECT_TIMEOUT_MS = 5_000
export const ATTEMPT_TIMEOUT_MS = 10_000

/** A request handler with every attempt bounded; `agents` route it through a proxy. */
function boundedHandler(agents: Pick<NodeHttpHandlerOptions, 'httpAgent' | 'httpsAgent'> = {}): NodeHttpHandler {
  return new NodeHttpHandler({ ...agents, connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: ATTEMPT_TIMEOUT_MS, throwOnRequestTimeout: true })
}

/** Requests straight to the endpoint, each attempt bounded. */
export const directHandler = (): NodeHttpHandler => boundedHandler()

export interface ProxyConfig {
  /** The proxy's URL, credentials included (masked in the log). */
  url: string
  /** The same URL without credentials, for messages and the summary. */
  display: string
  /** Hosts reached directly: NO_PROXY's syntax (commas or spaces; `.example.com`, `*.example.com`, `host:port`, `*`). */
  noProxy: string
  /** Which setting gave the proxy: the input http-proxy or an environment variable. */
  setting: string
}

export interface Route {
  handler: NodeHttpHandler
  /** The proxy this endpoint is reached through (without credentials); absent when direct. */
  via?: string
}

/** The proxy URL with its user name and password removed. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return '(an invalid proxy URL)'
  }
}

/** Runs `read` with the proxy variables set to these values only (proxy-from-env reads process.env). */
function withProxyEnv<T>(values: Record<'http_proxy' | 'https_proxy' | 'no_proxy', string>, read: () => T): T {
  const names = ['http_proxy', 'https_proxy', 'no_proxy', 'all_proxy'] as const
  const saved = new Map<string, string | undefined>()
  for (const name of names) {
    for (const key of [name, name.toUpperCase()]) {
      saved.set(key, process.env[key])
      const value = name === 'all_proxy' ? '' : values[name]
      process.env[key] = value
    }
  }
  try {
    return read()
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

export class Transport {
  constructor(readonly proxy?: ProxyConfig) {}

  /** The proxy for `endpoint`, or undefined when it is reached directly. */
  async proxyFor(endpoint: string): Promise<string | undefined> {
    if (!this.proxy) return undefined
    const { getProxyForUrl } = await import('proxy-from-env')
    const { url, noProxy } = this.proxy
    return withProxyEnv({ http_proxy: url, https_proxy: url, no_proxy: noProxy }, () => getProxyForUrl(endpoint)) || undefined
  }

  /** A request handler for `endpoint`, through the proxy unless no-proxy says otherwise. */
  async route(endpoint: string): Promise<Route> {
    const proxyUrl = await this.proxyFor(endpoint)
    if (!proxyUrl) return { handler: directHandler() }
    const [{ HttpsProxyAgent }, { HttpProxyAgent }] = await Promise.all([
      import('https-proxy-agent'),
      import('http-proxy-agent')
    ])
    return {
      handler: boundedHandler({
        // https endpoints: a CONNECT tunnel through the proxy; http endpoints: requests in absolute form.
        httpsAgent: new HttpsProxyAgent(proxyUrl, { keepAlive: true }),
        httpAgent: new HttpProxyAgent(proxyUrl, { keepAlive: true })
      }),
      via: withoutCredentials(proxyUrl)
    }
  }
}
