import { describe, expect, it } from '@jest/globals'
import { ACCOUNT_ID_PATTERN, CONNECTION_ID_PATTERN, noCredentialsMessage, OUTCOME_WORDS } from '../../src/domain.js'

describe('the ground floor', () => {
  it('says how to give the action credentials when there are none', () => {
    const message = noCredentialsMessage()
    expect(message).toMatch(/^no AWS credentials: /)
    expect(message).toContain('role-to-assume')
    expect(message).toContain('id-token: write')
    expect(message).toContain('aws-actions/configure-aws-credentials')
    expect(message).toMatch(/before this step$/)
  })

  it('adds the first line of the cause, in brackets, when there is one', () => {
    expect(noCredentialsMessage('Could not load credentials from any providers\nat stack')).toBe(`${noCredentialsMessage()} (Could not load credentials from any providers)`)
    expect(noCredentialsMessage('')).toBe(noCredentialsMessage())
  })

  it('matches whole IDs only', () => {
    expect(CONNECTION_ID_PATTERN.test('0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b')).toBe(true)
    expect(CONNECTION_ID_PATTERN.test('x0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b')).toBe(false)
    expect(CONNECTION_ID_PATTERN.test('0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5bx')).toBe(false)
    expect(ACCOUNT_ID_PATTERN.test('012345678901')).toBe(true)
    expect(ACCOUNT_ID_PATTERN.test('0123456789012')).toBe(false)
    expect(ACCOUNT_ID_PATTERN.test('x12345678901')).toBe(false)
  })

  it('has words for every outcome, each different', () => {
    const words = Object.values(OUTCOME_WORDS)
    expect(Object.keys(OUTCOME_WORDS).sort()).toEqual(['already-rejected', 'cancelled', 'drifted', 'failed', 'rejected', 'skipped', 'unknown', 'would-reject'])
    for (const w of words) expect(w).toMatch(/^[a-z ]+$/)
    expect(new Set(words).size).toBe(words.length)
  })
})
