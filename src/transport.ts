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

/** The port a URL's scheme uses when it names none. */
const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' }

/**
 * Whether `no-proxy` sends `endpoint` direct, by NO_PROXY's usual reading (as proxy-from-env reads
 * it, but from the setting given, not from the process's environment): entries separated by commas
 * or spaces; `*` matches every host; `.example.com` and `*.example.com` match the domain's hosts;
 * any other entry matches its host exactly; `host:port` matches that port only.
 */
export function bypassesProxy(endpoint: string, noProxy: string): boolean {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = url.port || DEFAULT_PORTS[url.protocol] || ''
  return noProxy
    .toLowerCase()
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true
      const match = /^(.+?)(?::(\d+))?$/.exec(entry)
      const name = (match?.[1] ?? entry).replace(/^\[|\]$/g, '')
      if (match?.[2] && match[2] !== port) return false
      if (!/^[.*]/.test(name)) return host === name
      const suffix = name.replace(/^\*/, '')
      return host.endsWith(suffix) || host === suffix.replace(/^\./, '')
    })
}

export class Transport {
  constructor(readonly proxy?: ProxyConfig) {}

  /** The proxy for `endpoint`, or undefined when it is reached directly. */
  proxyFor(endpoint: string): string | undefined {
    if (!this.proxy || !/^https?:/i.test(endpoint)) return undefined
    return bypassesProxy(endpoint, this.proxy.noProxy) ? undefined : this.proxy.url
  }

  /** Node agents for `endpoint` (through the proxy unless no-proxy says otherwise); undefined when direct. */
  async agentFor(endpoint: string): Promise<import('node:http').Agent | undefined> {
    const proxyUrl = this.proxyFor(endpoint)
    if (!proxyUrl) return undefined
    if (endpoint.startsWith('https:')) return new (await import('https-proxy-agent')).HttpsProxyAgent(proxyUrl)
    return new (await import('http-proxy-agent')).HttpProxyAgent(proxyUrl)
  }

  /** A request handler for `endpoint`, through the proxy unless no-proxy says otherwise. */
  async route(endpoint: string): Promise<Route> {
    const proxyUrl = this.proxyFor(endpoint)
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

export interface PacedAttemptsOptions {
  pacer: { acquire(signal?: AbortSignal): Promise<void>; succeeded(): void; throttled(): void }
  abandon?: AbortSignal
  /** Whether an attempt's error is the service's throttling answer. */
  isThrottle(error: unknown): boolean
  /** Told of each throttled attempt (a pool narrows). */
  onThrottle?(): void
  /** Told of each attempt's end: undefined when answered, else its error. */
  observe?(error: unknown): void
}

/**
 * Every HTTP attempt of an AWS SDK client, retries included (this runs inside the SDK's retry step):
 * paced to the rate the service accepts once it throttles, and each throttled attempt told.
 */
export function pacedAttempts(client: { middlewareStack: { add: (...args: never[]) => unknown } }, options: PacedAttemptsOptions): void {
  const { pacer } = options
  const pace = (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
    await pacer.acquire(options.abandon)
    try {
      const result = await next(args)
      pacer.succeeded()
      options.observe?.(undefined)
      return result
    } catch (error) {
      options.observe?.(error)
      if (options.isThrottle(error)) {
        pacer.throttled()
        options.onThrottle?.()
      } else {
        pacer.succeeded()
      }
      throw error
    }
  }
  ;(client.middlewareStack.add as (m: typeof pace, o: object) => void)(pace, { step: 'finalizeRequest', name: 'paceAndObserveThrottling', priority: 'low' })
}
