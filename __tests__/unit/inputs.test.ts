import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import { InputError, parseInputs, parsePolicyText } from '../../src/inputs.js'
import { fakeSource } from './input-source.js'

const ID_A = '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b'
const ID_B = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'

const source = fakeSource

function problemsOf(inputs: Record<string, string>, env?: Record<string, string>, files?: Record<string, string>): string[] {
  try {
    parseInputs(source(inputs, env, files))
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return [...(error as InputError).problems]
  }
  throw new Error('expected an InputError')
}

describe('connection-id', () => {
  it('trims and accepts one ID', () => {
    expect(parseInputs(source({ 'connection-id': `  ${ID_A}\n` })).connectionIds).toEqual([ID_A])
  })

  it('splits on newlines, commas and spaces and removes duplicates in order', () => {
    const config = parseInputs(source({ 'connection-id': `${ID_B}, ${ID_A}\n${ID_B} ${ID_A}` }))
    expect(config.connectionIds).toEqual([ID_B, ID_A])
  })

  it('names the input and shows the expected form for a malformed ID', () => {
    const [problem] = problemsOf({ 'connection-id': 'not-an-id' })
    expect(problem).toContain('connection-id')
    expect(problem).toContain('"not-an-id"')
    expect(problem).toMatch(/8-4-4-4-12/)
  })

  it('hints at lower case for an upper-case ID instead of changing it', () => {
    const [problem] = problemsOf({ 'connection-id': ID_A.toUpperCase() })
    expect(problem).toContain('use lower case')
  })

  it('fails when one of several IDs is bad', () => {
    expect(problemsOf({ 'connection-id': `${ID_A}\nbad` })).toHaveLength(1)
  })

  it('is required when no policy is given', () => {
    const [problem] = problemsOf({})
    expect(problem).toMatch(/^connection-id: required/)
  })

  it('shows a long or multi-line value quoted and cut short', () => {
    const [problem] = problemsOf({ 'connection-id': `x${'y'.repeat(500)}` })
    expect(problem?.length).toBeLessThan(300)
  })
})

describe('aws-region', () => {
  it('prefers the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parseInputs(source({ 'connection-id': ID_A, 'aws-region': 'eu-west-1' }, { AWS_REGION: 'us-east-2' })).region).toBe('eu-west-1')
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'eu-west-2' })).region).toBe('us-east-2')
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_DEFAULT_REGION: 'eu-west-2' })).region).toBe('eu-west-2')
  })

  it('fails naming aws-region when there is none', () => {
    expect(problemsOf({ 'connection-id': ID_A }, {})).toEqual([expect.stringMatching(/^aws-region: no region/)])
  })

  it('refuses something that is not a region and warns about one Proton never served', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'aws-region': 'mars' })[0]).toMatch(/^aws-region: "mars"/)
    expect(parseInputs(source({ 'connection-id': ID_A, 'aws-region': 'sa-east-1' })).warnings[0]).toContain('sa-east-1')
  })
})

describe('endpoint-url', () => {
  it('takes the input before AWS_ENDPOINT_URL_PROTON before AWS_ENDPOINT_URL', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_PROTON: 'http://127.0.0.1:1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' }
    expect(parseInputs(source({ 'connection-id': ID_A, 'endpoint-url': 'https://proton.example' }, env)).endpointUrl).toBe('https://proton.example')
    expect(parseInputs(source({ 'connection-id': ID_A }, env)).endpointUrl).toBe('http://127.0.0.1:1')
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' })).endpointUrl).toBe('http://127.0.0.1:2')
    expect(parseInputs(source({ 'connection-id': ID_A })).endpointUrl).toBeUndefined()
  })

  it('refuses a URL that is not http(s) or carries a password', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'endpoint-url': 'ftp://x' })[0]).toMatch(/^endpoint-url/)
    expect(problemsOf({ 'connection-id': ID_A, 'endpoint-url': 'https://u:p@x' })[0]).toMatch(/user name or password/)
  })
})

describe('dry-run and numbers', () => {
  it('reads the YAML 1.2 core booleans and nothing else', () => {
    expect(parseInputs(source({ 'connection-id': ID_A, 'dry-run': 'TRUE' })).dryRun).toBe(true)
    expect(parseInputs(source({ 'connection-id': ID_A, 'dry-run': 'false' })).dryRun).toBe(false)
    expect(problemsOf({ 'connection-id': ID_A, 'dry-run': 'yes' })[0]).toMatch(/^dry-run: "yes" is not a boolean/)
  })

  it('bounds role-duration-seconds, max-concurrency and max-attempts', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'role-duration-seconds': '899' })[0]).toMatch(/role-duration-seconds.*900 to 43200/)
    expect(problemsOf({ 'connection-id': ID_A, 'max-concurrency': '0' })[0]).toMatch(/max-concurrency/)
    expect(problemsOf({ 'connection-id': ID_A, 'max-attempts': '2.5' })[0]).toMatch(/max-attempts/)
    const config = parseInputs(source({ 'connection-id': ID_A }))
    expect([config.maxConcurrency, config.maxAttempts]).toEqual([8, 5])
  })

  it('reports every problem at once', () => {
    expect(problemsOf({ 'connection-id': 'bad', 'dry-run': 'maybe', 'max-attempts': '99' }, {})).toHaveLength(4)
  })
})

describe('role-to-assume', () => {
  it('validates the role ARN and session name before any call', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'role-to-assume': 'arn:aws:iam::12345:role/x' })[0]).toMatch(/^role-to-assume: .* is not an IAM role ARN/)
    expect(problemsOf({ 'connection-id': ID_A, 'role-session-name': 'a b' })[0]).toMatch(/^role-session-name/)
  })

  it('fills in the defaults', () => {
    const config = parseInputs(source({ 'connection-id': ID_A, 'role-to-assume': 'arn:aws:iam::123456789012:role/path/Deploy' }))
    expect(config.role).toEqual({ roleArn: 'arn:aws:iam::123456789012:role/path/Deploy', sessionName: 'GitHubActions', audience: 'sts.amazonaws.com', durationSeconds: 900 })
  })
})

describe('policy mode', () => {
  it('reads allowed-account-ids separated by commas, spaces and newlines', () => {
    const config = parseInputs(source({ 'allowed-account-ids': '111111111111, 222222222222\n012345678901' }))
    expect(config.policy?.allowedAccountIds).toEqual(['111111111111', '222222222222', '012345678901'])
    expect(config.connectionIds).toEqual([])
  })

  it('treats [] as an explicitly empty list: no account is allowed', () => {
    expect(parseInputs(source({ 'allowed-account-ids': '[]' })).policy?.allowedAccountIds).toEqual([])
  })

  it('refuses a malformed account ID, naming it', () => {
    expect(problemsOf({ 'allowed-account-ids': '11111111111' })[0]).toMatch(/^allowed-account-ids: "11111111111" is not an AWS account ID/)
  })

  it('refuses connection-id together with a policy, and both policies at once', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'allowed-account-ids': '111111111111' })[0]).toMatch(/cannot be combined/)
    expect(problemsOf({ 'allowed-account-ids': '111111111111', 'policy-file': 'p.yml' })[0]).toMatch(/not both/)
  })

  it('reads a YAML policy file with comments, keeping leading zeros', () => {
    const yaml = '# who may connect\nallowed-account-ids:\n  - 012345678901 # prod\n  - "222222222222"\n'
    const config = parseInputs(source({ 'policy-file': 'policy/accounts.yml' }, undefined, { '/ws/policy/accounts.yml': yaml }))
    expect(config.policy).toEqual({ allowedAccountIds: ['012345678901', '222222222222'], source: 'policy/accounts.yml' })
  })

  it('reads a JSON policy file', () => {
    const config = parseInputs(source({ 'policy-file': 'p.json' }, undefined, { '/ws/p.json': '{"allowed-account-ids": ["111111111111", 222222222222]}' }))
    expect(config.policy?.allowedAccountIds).toEqual(['111111111111', '222222222222'])
  })

  it('says where a policy file does not parse', () => {
    const problem = problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids:\n  - "1111\n' })[0]
    expect(problem).toMatch(/^policy-file: p\.yml does not parse at line \d+, column \d+/)
  })

  it('refuses a file without the key, or a missing file', () => {
    expect(problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'accounts: []' })[0]).toMatch(/no "allowed-account-ids" key/)
    expect(problemsOf({ 'policy-file': 'nope.yml' })[0]).toMatch(/^policy-file: cannot read nope\.yml/)
  })

  it('reads an empty list in a file as "no account is allowed"', () => {
    expect(parsePolicyText(yaml, 'allowed-account-ids: []', 'p', [])).toEqual([])
  })
})

describe('inputs as users paste them', () => {
  const arn = (region: string, id = ID_A): string => `arn:aws:proton:${region}:111111111111:environment-account-connection/${id}`

  it('takes the ID from a pasted connection ARN', () => {
    const config = parseInputs(source({ 'connection-id': `${arn('us-east-1')}\n${ID_B}` }))
    expect(config.connectionIds).toEqual([ID_A, ID_B])
  })

  it('refuses an ARN from another region than aws-region, naming both', () => {
    const [problem] = problemsOf({ 'connection-id': arn('eu-west-1'), 'aws-region': 'us-east-1' })
    expect(problem).toContain('is a connection in eu-west-1, but aws-region is us-east-1')
  })

  it('refuses an ARN whose ID is malformed, showing what was pasted', () => {
    const [problem] = problemsOf({ 'connection-id': arn('us-east-1', 'nope') })
    expect(problem).toContain(`"${arn('us-east-1', 'nope')}" is not a connection ID`)
  })

  it.each([
    ['EACCES', 'the action has no permission to read it'],
    ['EISDIR', 'it is a directory'],
    ['ENOENT', 'it does not exist in the workspace; check out the repository first']
  ])('says in words why a policy file cannot be read (%s)', (code, words) => {
    const unreadable = { ...source({ 'policy-file': 'proton/policy.yml' }), readFile: () => { throw Object.assign(new Error(code), { code }) } }
    let problems: readonly string[] = []
    try {
      parseInputs(unreadable)
    } catch (error) {
      problems = (error as InputError).problems
    }
    expect(problems).toEqual([`policy-file: cannot read proton/policy.yml: ${words}${code === 'ENOENT' ? ' (actions/checkout) and check the path' : code === 'EISDIR' ? '; give the path of the policy file in it' : ''}`])
    expect(problems[0]).not.toContain(`(${code})`)
  })

  it('reports both the missing file and that the modes cannot be combined', () => {
    const problems = problemsOf({ 'connection-id': ID_A, 'policy-file': 'missing.yml' })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('policy-file: cannot read missing.yml')
    expect(problems[1]).toContain('cannot be combined with a policy')
  })
})
