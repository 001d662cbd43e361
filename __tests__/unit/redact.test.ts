import { describe, expect, it } from '@jest/globals'
import { Redactor } from '../../src/redact.js'

const SECRET = 'AKIAEXAMPLE123456'

describe('Redactor.apply', () => {
  it('replaces every occurrence of every secret with ***', () => {
    const r = new Redactor()
    r.add(SECRET)
    r.add('session-token-value')
    expect(r.apply(`key ${SECRET} and ${SECRET}, token session-token-value.`)).toBe('key *** and ***, token ***.')
  })

  it('leaves text without a secret as it is', () => {
    const r = new Redactor()
    r.add(SECRET)
    expect(r.apply('nothing secret here')).toBe('nothing secret here')
    expect(new Redactor().apply(`no secret known: ${SECRET}`)).toBe(`no secret known: ${SECRET}`)
  })

  it('keeps secrets of 8 characters or more, and ignores shorter ones that would blank out words', () => {
    const r = new Redactor()
    r.add('12345678')
    r.add('1234567')
    r.add('')
    r.add(undefined)
    expect(r.apply('a 12345678 b')).toBe('a *** b')
    expect(r.apply('a 1234567 b')).toBe('a 1234567 b')
    expect(r.apply('abc')).toBe('abc')
  })
})

describe('Redactor.logger', () => {
  it('writes every level through the one debug function, redacted', () => {
    const r = new Redactor()
    r.add(SECRET)
    const lines: string[] = []
    const log = r.logger((m) => lines.push(m))
    log.debug('debug', SECRET)
    log.info('info', SECRET)
    log.warn('warn', SECRET)
    log.error('error', SECRET)
    expect(lines).toEqual(['debug ***', 'info ***', 'warn ***', 'error ***'])
  })

  it('shows objects inspected deep and a flat object on one line, strings as they are, redacting inside objects', () => {
    const r = new Redactor()
    r.add(SECRET)
    const lines: string[] = []
    const log = r.logger((m) => lines.push(m))
    log.debug('request:', { a: { b: { c: { d: { e: { f: 'deepest' } } } } } })
    log.debug({ accessKeyId: SECRET, region: 'us-east-1', endpoint: 'https://proton.us-east-1.amazonaws.com', attempt: 3 })
    expect(lines[0]).toMatch(/^request: \{/)
    expect(lines[0]).toContain("f: 'deepest'")
    expect(lines[0]).not.toContain('[Object]')
    expect(lines[1]).toBe("{ accessKeyId: '***', region: 'us-east-1', endpoint: 'https://proton.us-east-1.amazonaws.com', attempt: 3 }")
  })
})
