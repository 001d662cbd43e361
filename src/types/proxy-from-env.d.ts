// proxy-from-env 2.x ships no type declarations.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from the *_proxy and no_proxy variables, or '' when it goes direct. */
  export function getProxyForUrl(url: string | URL): string
}
