import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** A key pair the emulator knows, with the session token that must accompany it (temporary credentials). */
export interface KnownCredential {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  /** Who signs with it, for access-denied messages and the call log. */
  principalArn: string
  expiresAt?: Date
}

export interface SignedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type VerifyResult =
  | { ok: true; credential: KnownCredential; region: string; service: string }
  | { ok: false; code: string; message: string }

const ALGORITHM = 'AWS4-HMAC-SHA256'
const MAX_SKEW_MS = 15 * 60 * 1000

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest()

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

function canonicalQuery(search: string): string {
  if (!search) return ''
  const params = new URLSearchParams(search)
  const pairs: Array<[string, string]> = []
  for (const [k, v] of params) pairs.push([encodeRfc3986(k), encodeRfc3986(v)])
  pairs.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
  return pairs.map(([k, v]) => `${k}=${v}`).join('&')
}

function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Verifies an AWS Signature Version 4 Authorization header the way AWS does:
 * recomputes the canonical request from what arrived and compares signatures.
 */
export function verifySigV4(
  req: SignedRequest,
  expectedService: string,
  lookup: (accessKeyId: string) => KnownCredential | undefined,
  now: Date = new Date()
): VerifyResult {
  const auth = headerValue(req.headers, 'authorization')
  if (!auth) {
    return { ok: false, code: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' }
  }
  const match = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth)
  if (!match) {
    return { ok: false, code: 'IncompleteSignatureException', message: 'Authorization header is not a SigV4 signature' }
  }
  const [, credentialPart, signedHeadersPart, signature] = match as unknown as [string, string, string, string]
  const scopeParts = credentialPart.split('/')
  if (scopeParts.length !== 5 || scopeParts[4] !== 'aws4_request') {
    return { ok: false, code: 'IncompleteSignatureException', message: `Credential scope is malformed: ${credentialPart}` }
  }
  const [accessKeyId, date, region, service] = scopeParts as [string, string, string, string, string]
  if (service !== expectedService) {
    return {
      ok: false,
      code: 'InvalidSignatureException',
      message: `Credential should be scoped to correct service: '${expectedService}'.`
    }
  }
  const credential = lookup(accessKeyId)
  if (!credential) {
    return { ok: false, code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }
  }
  if (credential.expiresAt && credential.expiresAt.getTime() < now.getTime()) {
    return { ok: false, code: 'ExpiredTokenException', message: 'The security token included in the request is expired' }
  }
  const token = headerValue(req.headers, 'x-amz-security-token')
  if ((credential.sessionToken ?? undefined) !== (token ?? undefined)) {
    return { ok: false, code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }
  }
  const amzDate = headerValue(req.headers, 'x-amz-date')
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate) || !amzDate.startsWith(date)) {
    return { ok: false, code: 'IncompleteSignatureException', message: 'X-Amz-Date is missing or does not match the credential scope' }
  }
  const signedAt = Date.UTC(
    Number(amzDate.slice(0, 4)),
    Number(amzDate.slice(4, 6)) - 1,
    Number(amzDate.slice(6, 8)),
    Number(amzDate.slice(9, 11)),
    Number(amzDate.slice(11, 13)),
    Number(amzDate.slice(13, 15))
  )
  if (Math.abs(now.getTime() - signedAt) > MAX_SKEW_MS) {
    return { ok: false, code: 'InvalidSignatureException', message: 'Signature expired: the request time is too far from the server time.' }
  }
  const signedHeaders = signedHeadersPart.split(';')
  if (!signedHeaders.includes('host')) {
    return { ok: false, code: 'InvalidSignatureException', message: "'Host' must be a signed header." }
  }
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${(headerValue(req.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const [rawPath, search = ''] = req.path.split('?', 2) as [string, string?]
  const payloadHash = headerValue(req.headers, 'x-amz-content-sha256') ?? sha256Hex(req.body)
  const canonicalRequest = [
    req.method.toUpperCase(),
    rawPath || '/',
    canonicalQuery(search),
    canonicalHeaders,
    signedHeadersPart,
    payloadHash
  ].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  const kDate = hmac(`AWS4${credential.secretAccessKey}`, date)
  const kSigning = hmac(hmac(hmac(kDate, region), service), 'aws4_request')
  const expected = createHmac('sha256', kSigning).update(stringToSign).digest()
  const given = Buffer.from(signature, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      code: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.'
    }
  }
  return { ok: true, credential, region, service }
}
