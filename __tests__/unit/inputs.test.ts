import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import { InputError, parseAllowedAccountIds, parseConnectionIds, parseInputs, parsePolicyText, quote, workflowFile } from '../../src/inputs.js'
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

  it('shows an example that is itself a valid connection ID, when one is malformed or none is given', () => {
    const example = /like ([^,\s]+)/
    for (const problem of [problemsOf({ 'connection-id': 'not-an-id' })[0], problemsOf({})[0]]) {
      const shown = example.exec(problem as string)?.[1] as string
      expect(parseInputs(source({ 'connection-id': shown })).connectionIds).toEqual([shown])
    }
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
    expect(problemsOf({ 'connection-id': ID_A, 'aws-region': 'mars' })[0]).toBe('aws-region: "mars" is not an AWS region; expected something like us-east-1')
    expect(problemsOf({ 'connection-id': ID_A, 'aws-region': 'US-EAST-1' })[0]).toBe('aws-region: "US-EAST-1" is not an AWS region; expected something like us-east-1 (use lower case: us-east-1)')
    expect(problemsOf({ 'connection-id': ID_A, 'aws-region': 'MARS' })[0]).toBe('aws-region: "MARS" is not an AWS region; expected something like us-east-1')
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
    expect(config.policy).toEqual({ allowedAccountIds: ['012345678901', '222222222222'], source: 'policy/accounts.yml', drift: 'report' })
  })

  it('reads a JSON policy file', () => {
    const config = parseInputs(source({ 'policy-file': 'p.json' }, undefined, { '/ws/p.json': '{"allowed-account-ids": ["111111111111", 222222222222]}' }))
    expect(config.policy?.allowedAccountIds).toEqual(['111111111111', '222222222222'])
  })

  it('says where a policy file does not parse', () => {
    const problem = problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids:\n  - "1111\n' })[0]
    expect(problem).toMatch(/^policy-file: p\.yml does not parse at line \d+, column \d+: \S.{9,}$/)
  })

  it('says so when the parser gives no position for its error', () => {
    const parser = { parseDocument: () => ({ errors: [{ message: 'bad indentation\nof a mapping' }] }) } as unknown as typeof yaml
    const problems: string[] = []
    expect(parsePolicyText(parser, 'x', 'p.yml', problems)).toBeUndefined()
    expect(problems).toEqual(['policy-file: p.yml does not parse at unknown position: bad indentation'])
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

describe('every pattern is anchored: a valid value with anything around it is refused', () => {
  const config = (inputs: Record<string, string>, env?: Record<string, string>): ReturnType<typeof parseInputs> => parseInputs(source(inputs, env))
  const arnOf = (region: string, id = ID_A, account = '111111111111', partition = 'aws'): string =>
    `arn:${partition}:proton:${region}:${account}:environment-account-connection/${id}`

  it('connection-id', () => {
    expect(config({ 'connection-id': ID_A }).connectionIds).toEqual([ID_A])
    for (const bad of [`x${ID_A}`, `${ID_A}x`, `${ID_A}0`, `0${ID_A}`]) {
      expect(problemsOf({ 'connection-id': bad })).toEqual([expect.stringMatching(/^connection-id: /)])
    }
  })

  it('a connection ARN, in every partition', () => {
    expect(config({ 'connection-id': arnOf('us-east-1') }).connectionIds).toEqual([ID_A])
    expect(config({ 'connection-id': arnOf('cn-north-1', ID_A, '111111111111', 'aws-cn'), 'aws-region': 'cn-north-1' }).connectionIds).toEqual([ID_A])
    expect(config({ 'connection-id': arnOf('us-gov-west-1', ID_A, '111111111111', 'aws-us-gov'), 'aws-region': 'us-gov-west-1' }).connectionIds).toEqual([ID_A])
    for (const bad of [`x${arnOf('us-east-1')}`, arnOf('us-east-1', ID_A, '11111111111'), arnOf('us-east-1', ID_A, '1111111111111'), arnOf('us-east-1', ID_A, '111111111111', 'aws-xx'), arnOf('us-east-1', ID_A, '111111111111', 'awscn'), arnOf('US-EAST-1'), arnOf(''), `${arnOf('us-east-1')}/extra`]) {
      expect(problemsOf({ 'connection-id': bad })).toEqual([expect.stringMatching(/^connection-id: .* is not a connection ID/)])
    }
  })

  it('allowed-account-ids', () => {
    expect(config({ 'allowed-account-ids': '012345678901' }).policy?.allowedAccountIds).toEqual(['012345678901'])
    for (const bad of ['x012345678901', '012345678901x', '0123456789012', '01234567890', 'abcdefghijkl']) {
      expect(problemsOf({ 'allowed-account-ids': bad })).toEqual([expect.stringMatching(/^allowed-account-ids: /)])
    }
  })

  it('role-to-assume, in every partition, with a path and every character a role name may hold', () => {
    const role = (arn: string): string | undefined => config({ 'connection-id': ID_A, 'role-to-assume': arn }).role?.roleArn
    for (const good of [
      'arn:aws:iam::123456789012:role/Deploy',
      'arn:aws-cn:iam::123456789012:role/Deploy',
      'arn:aws-us-gov:iam::123456789012:role/Deploy',
      'arn:aws:iam::123456789012:role/a/b/Deploy',
      'arn:aws:iam::123456789012:role/A_z0+=,.@-',
      `arn:aws:iam::123456789012:role/${'r'.repeat(64)}`,
      `arn:aws:iam::123456789012:role/${'p'.repeat(512)}/R`
    ]) {
      expect(role(good)).toBe(good)
    }
    for (const bad of [
      'xarn:aws:iam::123456789012:role/Deploy',
      'arn:aws:iam::123456789012:role/Deploy!',
      'arn:aws:iam::123456789012:role/De ploy',
      'arn:aws:iam::123456789012:role/',
      'arn:aws:iam::123456789012:role/a//Deploy',
      'arn:aws:iam::1234567890123:role/Deploy',
      'arn:aws:iam::12345678901:role/Deploy',
      'arn:aws-xx:iam::123456789012:role/Deploy',
      'arn:aws:iam::123456789012:user/Deploy',
      `arn:aws:iam::123456789012:role/${'r'.repeat(65)}`,
      `arn:aws:iam::123456789012:role/${'p'.repeat(513)}/R`
    ]) {
      expect(problemsOf({ 'connection-id': ID_A, 'role-to-assume': bad })).toEqual([expect.stringMatching(/^role-to-assume: /)])
    }
  })

  it('role-session-name: 2 to 64 of letters, digits and _+=,.@-', () => {
    const name = (value: string): string | undefined => config({ 'connection-id': ID_A, 'role-to-assume': 'arn:aws:iam::123456789012:role/R', 'role-session-name': value }).role?.sessionName
    for (const good of ['ab', 'A_z0+=,.@-', 's'.repeat(64)]) expect(name(good)).toBe(good)
    for (const bad of ['a', 's'.repeat(65), 'ab!', '!ab', 'a b', 'ä-session']) {
      expect(problemsOf({ 'connection-id': ID_A, 'role-session-name': bad })).toEqual([expect.stringMatching(/^role-session-name: /)])
    }
  })

  it('aws-region', () => {
    for (const good of ['us-east-1', 'us-gov-west-1', 'ap-southeast-10', 'eu-central-2']) expect(config({ 'connection-id': ID_A, 'aws-region': good }).region).toBe(good)
    for (const bad of ['xus-east-1', 'us-east-1x', 'us-east-100', 'u-east-1', 'use-east-1', 'us-east-', 'us-1', 'US-EAST-1', 'us-east1', 'us_east-1']) {
      expect(problemsOf({ 'connection-id': ID_A, 'aws-region': bad })).toEqual([expect.stringMatching(/^aws-region: /)])
    }
  })
})

describe('regions AWS Proton was offered in', () => {
  // As AWS's endpoint list gave them when Proton was available.
  const OFFERED = ['us-east-1', 'us-east-2', 'us-west-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2']

  it.each(OFFERED)('%s gives no warning', (region) => {
    expect(parseInputs(source({ 'connection-id': ID_A, 'aws-region': region })).warnings).toEqual([])
  })

  it.each(['us-west-1', 'eu-west-3', 'sa-east-1', 'ap-south-1', 'us-gov-west-1'])('%s is allowed, with a warning naming it', (region) => {
    const config = parseInputs(source({ 'connection-id': ID_A, 'aws-region': region }))
    expect(config.region).toBe(region)
    expect(config.warnings).toHaveLength(1)
    expect(config.warnings[0]).toMatch(/^aws-region: /)
    expect(config.warnings[0]).toContain(region)
  })
})

describe('the proxy for AWS calls', () => {
  const proxyOf = (inputs: Record<string, string>, env: Record<string, string> = {}): ReturnType<typeof parseInputs>['proxy'] =>
    parseInputs(source({ 'connection-id': ID_A, ...inputs }, { AWS_REGION: 'us-east-1', ...env })).proxy

  it('is none when neither http-proxy nor a proxy variable is set, or they are blank', () => {
    expect(proxyOf({})).toBeUndefined()
    expect(proxyOf({ 'http-proxy': '  ' }, { HTTPS_PROXY: ' ', HTTP_PROXY: '\t' })).toBeUndefined()
    expect(proxyOf({}, { NO_PROXY: 'example.com' })).toBeUndefined()
  })

  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'])('comes from %s, naming it as the setting', (name) => {
    expect(proxyOf({}, { [name]: ' http://proxy.internal:3128 ' })).toEqual({ url: 'http://proxy.internal:3128', display: 'http://proxy.internal:3128', noProxy: '', setting: name })
  })

  it('takes http-proxy first, then HTTPS_PROXY, https_proxy, HTTP_PROXY and http_proxy, in that order', () => {
    const env = { HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:2', HTTP_PROXY: 'http://c:3', http_proxy: 'http://d:4' }
    expect(proxyOf({ 'http-proxy': 'http://input:9' }, env)).toMatchObject({ url: 'http://input:9', setting: 'http-proxy' })
    expect(proxyOf({}, env)).toMatchObject({ url: 'http://a:1', setting: 'HTTPS_PROXY' })
    expect(proxyOf({}, { ...env, HTTPS_PROXY: ' ' })).toMatchObject({ url: 'http://b:2', setting: 'https_proxy' })
    expect(proxyOf({}, { HTTP_PROXY: 'http://c:3', http_proxy: 'http://d:4' })).toMatchObject({ url: 'http://c:3', setting: 'HTTP_PROXY' })
  })

  it('reads a proxy without a scheme as an http:// proxy, and keeps an https:// one', () => {
    expect(proxyOf({ 'http-proxy': 'proxy.internal:3128' })).toMatchObject({ url: 'http://proxy.internal:3128' })
    expect(proxyOf({ 'http-proxy': 'https://proxy.internal:3128' })).toMatchObject({ url: 'https://proxy.internal:3128' })
    expect(proxyOf({ 'http-proxy': 'HTTP://proxy.internal:3128' })).toMatchObject({ url: 'HTTP://proxy.internal:3128' })
  })

  it('keeps the credentials for the calls and shows the proxy without them', () => {
    expect(proxyOf({ 'http-proxy': 'http://user:s3cret-pass@proxy.internal:3128' })).toEqual({
      url: 'http://user:s3cret-pass@proxy.internal:3128',
      display: 'http://proxy.internal:3128',
      noProxy: '',
      setting: 'http-proxy'
    })
  })

  it('refuses another kind of proxy, naming its scheme and the setting it came from', () => {
    const [problem] = problemsOf({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', HTTPS_PROXY: 'socks5://proxy.internal:1080' })
    expect(problem).toMatch(/^HTTPS_PROXY: socks5 proxies are not supported/)
    expect(problemsOf({ 'connection-id': ID_A, 'http-proxy': 'ftp://proxy.internal' })[0]).toMatch(/^http-proxy: ftp proxies/)
  })

  it('refuses a proxy that is not a URL, never showing its password', () => {
    const problems = problemsOf({ 'connection-id': ID_A, 'http-proxy': 'http://user:s3cret-pass@proxy internal:3128' })
    expect(problems).toEqual([expect.stringMatching(/^http-proxy: .* is not a proxy URL/)])
    expect(problems[0]).not.toContain('s3cret-pass')
    expect(problemsOf({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', http_proxy: 'http://[::1' })[0]).toMatch(/^http_proxy: /)
  })

  it('takes the hosts to reach directly from no-proxy, then NO_PROXY, then no_proxy', () => {
    const env = { HTTPS_PROXY: 'http://proxy:1', NO_PROXY: ' .internal ', no_proxy: 'localhost' }
    expect(proxyOf({ 'no-proxy': ' example.com ' }, env)?.noProxy).toBe('example.com')
    expect(proxyOf({}, env)?.noProxy).toBe('.internal')
    expect(proxyOf({}, { HTTPS_PROXY: 'http://proxy:1', no_proxy: ' localhost ' })?.noProxy).toBe('localhost')
    expect(proxyOf({}, { HTTPS_PROXY: 'http://proxy:1', NO_PROXY: ' ', no_proxy: 'localhost' })?.noProxy).toBe('localhost')
  })
})

describe('endpoint-url checks', () => {
  it('refuses a URL with a user name, with a password, or both', () => {
    for (const url of ['https://user@proton.example', 'https://:pass@proton.example', 'https://user:pass@proton.example']) {
      expect(problemsOf({ 'connection-id': ID_A, 'endpoint-url': url })).toEqual([expect.stringMatching(/^endpoint-url: .*user name or password/)])
    }
  })

  it('refuses what is not a URL, naming the setting it came from', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'endpoint-url': 'proton.example' })).toEqual([expect.stringMatching(/^endpoint-url: "proton.example" is not a URL/)])
    expect(problemsOf({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_PROTON: 'ftp://x' })).toEqual([expect.stringMatching(/^AWS_ENDPOINT_URL_PROTON: /)])
    expect(problemsOf({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'nope' })).toEqual([expect.stringMatching(/^AWS_ENDPOINT_URL: /)])
  })

  it('says which setting gave the endpoint, and trims a blank one away', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_PROTON: 'http://127.0.0.1:1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' }
    expect(parseInputs(source({ 'connection-id': ID_A, 'endpoint-url': ' https://proton.example ' }, env))).toMatchObject({ endpointUrl: 'https://proton.example', endpointSetting: 'endpoint-url' })
    expect(parseInputs(source({ 'connection-id': ID_A, 'endpoint-url': '  ' }, env))).toMatchObject({ endpointUrl: 'http://127.0.0.1:1', endpointSetting: 'AWS_ENDPOINT_URL_PROTON' })
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' }))).toMatchObject({ endpointSetting: 'AWS_ENDPOINT_URL' })
  })
})

describe('how values are shown in messages', () => {
  it('quotes a value with its control characters visible, cut after the maximum with an ellipsis', () => {
    expect(quote('a\nb')).toBe('"a\\nb"')
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`)
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`)
    expect(quote('abcdef', 3)).toBe('"abc…"')
    expect(quote('abc', 3)).toBe('"abc"')
  })

  it('shows the characters that look like nothing or like a space as escapes, and no others', () => {
    const invisible = [0xa0, 0xad, 0x2000, 0x200b, 0x200f, 0x2028, 0x202e, 0x202f, 0x205f, 0x2066, 0x206f, 0x3000, 0xfeff]
    for (const code of invisible) {
      const c = String.fromCharCode(code)
      expect(quote(`allowed-account-ids${c}`)).toBe(`"allowed-account-ids\\u${code.toString(16).padStart(4, '0')}"`)
    }
    expect(quote('a\u00a0b\ufeffc')).toBe('"a\\u00a0b\\ufeffc"')
    for (const code of [0x9f, 0xa1, 0xac, 0xae, 0x1fff, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x2fff, 0x3001, 0xfefe, 0xff00, 0xe9]) {
      const c = String.fromCharCode(code)
      expect([code, quote(`k${c}`)]).toEqual([code, JSON.stringify(`k${c}`)])
    }
  })

  it('gives one problem as the message, and several as a counted list', () => {
    expect(new InputError(['only one']).message).toBe('only one')
    const several = new InputError(['first', 'second'])
    expect(several.message).toBe('2 inputs are invalid:\n- first\n- second')
    expect(several.problems).toEqual(['first', 'second'])
    expect(several.name).toBe('InputError')
    expect(several).toBeInstanceOf(Error)
  })
})

describe('the whole configuration', () => {
  it('of the fewest inputs has the defaults and nothing else', () => {
    const config = parseInputs(source({ 'connection-id': ID_A }))
    expect(config).toStrictEqual({ connectionIds: [ID_A], region: 'us-east-1', dryRun: false, maxConcurrency: 8, maxAttempts: 5, warnings: [] })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.connectionIds)).toBe(true)
    expect(Object.isFrozen(config.warnings)).toBe(true)
  })

  it('of every input reads each one', () => {
    const config = parseInputs(
      source(
        {
          'allowed-account-ids': '111111111111',
          'aws-region': 'eu-west-1',
          'endpoint-url': 'https://proton.example',
          'dry-run': 'True',
          'role-to-assume': 'arn:aws:iam::123456789012:role/R',
          'role-session-name': 'my-session',
          audience: 'sts.example',
          'role-duration-seconds': '43200',
          'max-concurrency': '64',
          'max-attempts': '10',
          'github-token': ' ghs_token ',
          'http-proxy': 'http://proxy:3128',
          'no-proxy': 'localhost',
          'comment-key': ' proton/prod '
        },
        {}
      )
    )
    expect(config).toStrictEqual({
      connectionIds: [],
      policy: { allowedAccountIds: ['111111111111'], source: 'input allowed-account-ids', drift: 'report' },
      region: 'eu-west-1',
      endpointUrl: 'https://proton.example',
      endpointSetting: 'endpoint-url',
      dryRun: true,
      role: { roleArn: 'arn:aws:iam::123456789012:role/R', sessionName: 'my-session', audience: 'sts.example', durationSeconds: 43200 },
      maxConcurrency: 64,
      maxAttempts: 10,
      githubToken: 'ghs_token',
      proxy: { url: 'http://proxy:3128', display: 'http://proxy:3128', noProxy: 'localhost', setting: 'http-proxy' },
      commentKey: 'proton/prod',
      comment: { region: 'eu-west-1', key: 'proton/prod', account: '123456789012' },
      warnings: []
    })
    expect(Object.isFrozen(config.policy)).toBe(true)
    expect(Object.isFrozen(config.policy?.allowedAccountIds)).toBe(true)
    expect(Object.isFrozen(config.role)).toBe(true)
    expect(Object.isFrozen(config.proxy)).toBe(true)
  })
})

describe('booleans and numbers at their bounds', () => {
  it.each([
    ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false], ['', false], ['  ', false], [' true ', true]
  ])('dry-run %j is %s', (text, value) => {
    expect(parseInputs(source({ 'connection-id': ID_A, 'dry-run': text })).dryRun).toBe(value)
  })

  it.each(['tRUE', 'yes', '1', 'on', 'truefalse'])('dry-run %j is refused', (text) => {
    expect(problemsOf({ 'connection-id': ID_A, 'dry-run': text })).toEqual([expect.stringMatching(/^dry-run: /)])
  })

  it.each([
    ['role-duration-seconds', 900, 43200],
    ['max-concurrency', 1, 64],
    ['max-attempts', 1, 10]
  ])('%s accepts %d to %d and nothing outside', (name, min, max) => {
    const read = (text: string): unknown => {
      const config = parseInputs(source({ 'connection-id': ID_A, 'role-to-assume': 'arn:aws:iam::123456789012:role/R', [name]: text }))
      return name === 'role-duration-seconds' ? config.role?.durationSeconds : name === 'max-concurrency' ? config.maxConcurrency : config.maxAttempts
    }
    expect(read(String(min))).toBe(min)
    expect(read(` ${max} `)).toBe(max)
    for (const bad of [String(min - 1), String(max + 1), `${min}x`, `x${min}`, '-1', '1e3']) {
      expect(problemsOf({ 'connection-id': ID_A, [name]: bad })).toEqual([expect.stringMatching(new RegExp(`^${name}: `))])
    }
  })
})

describe('allowed-account-ids as users write it', () => {
  it('reads a YAML or JSON flow list, quoted or not', () => {
    for (const text of ['[111111111111, 222222222222]', '["111111111111", "222222222222"]', "['111111111111','222222222222']", ' [ 111111111111 222222222222 ] ']) {
      const problems: string[] = []
      expect(parseAllowedAccountIds(text, problems)).toEqual(['111111111111', '222222222222'])
      expect(problems).toEqual([])
    }
    for (const empty of ['[]', '[ ]', '[\n]', ' [ ] ']) {
      const problems: string[] = []
      expect(parseAllowedAccountIds(empty, problems)).toEqual([])
      expect(problems).toEqual([])
    }
  })

  it('takes [] as "no account" only when it is the whole value', () => {
    for (const text of ['111111111111 []', '[] 111111111111', 'x[]', '[]x']) {
      const problems: string[] = []
      parseAllowedAccountIds(text, problems)
      expect(problems.length).toBeGreaterThan(0)
    }
  })

  it('refuses a value that names no account, unless it is an explicit []', () => {
    for (const text of [',', ', ,', '""', "''", '["", ""]']) {
      const problems: string[] = []
      expect(parseAllowedAccountIds(text, problems)).toEqual([])
      expect(problems).toEqual([expect.stringMatching(/^allowed-account-ids: /)])
    }
    expect(problemsOf({ 'allowed-account-ids': ', ,' })).toEqual([expect.stringMatching(/^allowed-account-ids: /)])
  })

  it('skips empty quoted entries among account IDs', () => {
    const problems: string[] = []
    expect(parseAllowedAccountIds('111111111111, "", 222222222222', problems)).toEqual(['111111111111', '222222222222'])
    expect(problems).toEqual([])
  })

  it('refuses a closing bracket inside the list', () => {
    const problems: string[] = []
    expect(parseAllowedAccountIds('111111111111] 222222222222', problems)).toEqual(['222222222222'])
    expect(problems).toEqual([expect.stringMatching(/"111111111111\]"/)])
  })

  it('removes duplicates and keeps the first order', () => {
    expect(parseAllowedAccountIds('222222222222 111111111111 222222222222', [])).toEqual(['222222222222', '111111111111'])
  })

  it('refuses brackets or quotes inside a value', () => {
    const problems: string[] = []
    expect(parseAllowedAccountIds('1111[11111111 "2222"22222222', problems)).toEqual([])
    expect(problems).toHaveLength(2)
  })
})

describe('connection IDs as users write them', () => {
  it('gives the IDs, the problems and the ARNs pasted, each once', () => {
    const arn = `arn:aws:proton:eu-west-1:111111111111:environment-account-connection/${ID_B}`
    const parsed = parseConnectionIds(`${ID_A} ${arn} ${ID_A} bad`)
    expect(parsed.ids).toEqual([ID_A, ID_B])
    expect(parsed.arns).toEqual([{ text: arn, region: 'eu-west-1' }])
    expect(parsed.problems).toEqual([expect.stringMatching(/^connection-id: "bad" is not a connection ID;/)])
  })

  it('hints at lower case only when lower case would be valid', () => {
    expect(parseConnectionIds(ID_A.toUpperCase()).problems[0]).toMatch(/use lower case/)
    expect(parseConnectionIds('NOT-AN-ID').problems[0]).not.toMatch(/use lower case/)
  })

  it('accepts an ARN in the region of aws-region', () => {
    const arn = `arn:aws:proton:eu-west-1:111111111111:environment-account-connection/${ID_B}`
    expect(parseInputs(source({ 'connection-id': arn, 'aws-region': 'eu-west-1' })).connectionIds).toEqual([ID_B])
  })
})

describe('the policy file', () => {
  const parse = (text: string): { ids: string[] | undefined; problems: string[] } => {
    const problems: string[] = []
    return { ids: parsePolicyText(yaml, text, 'p.yml', problems), problems }
  }

  it('names the keys a file without the key has, a few, so that a misspelt one is seen', () => {
    expect(parse('allowed-acount-ids:\n  - "111111111111"\n').problems[0]).toBe(
      'policy-file: p.yml has no "allowed-account-ids" key (its keys: "allowed-acount-ids"); expected a mapping like:\nallowed-account-ids:\n  - "123456789012"'
    )
    const many = Array.from({ length: 7 }, (_, i) => `k${i}: 1`).join('\n')
    expect(parse(many).problems[0]).toContain('(its keys: "k0", "k1", "k2", "k3", "k4", and 2 more)')
    const five = Array.from({ length: 5 }, (_, i) => `k${i}: 1`).join('\n')
    expect(parse(five).problems[0]).toContain('(its keys: "k0", "k1", "k2", "k3", "k4");')
    expect(parse(`${'x'.repeat(60)}: 1`).problems[0]).toContain(`(its keys: "${'x'.repeat(40)}…")`)
    for (const text of ['', '- 111111111111', '111111111111']) expect(parse(text).problems[0]).toMatch(/^policy-file: p\.yml has no "allowed-account-ids" key; expected/)
  })

  it('reads a file from an absolute path in the workspace as it is', () => {
    const config = parseInputs(source({ 'policy-file': '/ws/proton/policy.yml' }, undefined, { '/ws/proton/policy.yml': 'allowed-account-ids: ["111111111111"]' }))
    expect(config.policy).toEqual({ allowedAccountIds: ['111111111111'], source: '/ws/proton/policy.yml', drift: 'report' })
  })

  it('refuses a file that is not a mapping with the key', () => {
    for (const text of ['', '- 111111111111', '111111111111', 'other: 1']) {
      const { ids, problems } = parse(text)
      expect(ids).toBeUndefined()
      expect(problems).toEqual([expect.stringMatching(/^policy-file: p\.yml has no "allowed-account-ids" key/)])
    }
  })

  it('refuses a key that is not a list of strings', () => {
    for (const text of ['allowed-account-ids: 111111111111', 'allowed-account-ids:\n  - [111111111111]', 'allowed-account-ids:\n  a: 111111111111']) {
      const { ids, problems } = parse(text)
      expect(ids).toBeUndefined()
      expect(problems).toEqual([expect.stringMatching(/^policy-file: p\.yml: "allowed-account-ids" must be a list/)])
    }
  })

  it('names the file in a bad account ID of it', () => {
    expect(parse('allowed-account-ids: [1234]').problems).toEqual([expect.stringMatching(/^policy-file: p\.yml: "1234" is not an AWS account ID/)])
  })

  it('refuses a duplicate key, naming it or its line, and an alias bomb, with the first line of the parser\'s message', () => {
    const duplicate = parse('allowed-account-ids: []\nallowed-account-ids: []\n')
    expect(duplicate.ids).toBeUndefined()
    expect(duplicate.problems).toEqual([expect.stringMatching(/^policy-file: p\.yml .*(line 2|"allowed-account-ids")/)])
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'allowed-account-ids: []'].join('\n')
    const bombed = parse(bomb)
    expect(bombed.ids).toBeUndefined()
    expect(bombed.problems).toEqual([expect.stringMatching(/^policy-file: p\.yml does not parse: [^\n]{10,}$/)])
  })

  it.each([
    ['EPERM', 'the action has no permission to read it'],
    ['ENOTDIR', 'a part of the path is a file, not a directory'],
    ['EIO', 'disk on fire']
  ])('says why a file cannot be read (%s)', (code, words) => {
    const unreadable = { ...source({ 'policy-file': 'p.yml' }), readFile: () => { throw Object.assign(new Error('disk on fire'), { code }) } }
    try {
      parseInputs(unreadable)
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems).toEqual([`policy-file: cannot read p.yml: ${words}`])
    }
  })

  it('is an error of the caller, not of the input, when the YAML parser was not loaded', () => {
    const withoutYaml = { ...source({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids: []' }), yaml: undefined }
    expect(() => parseInputs(withoutYaml)).toThrow('the YAML parser was not loaded for policy-file')
  })

  it('adds no policy when the file does not parse', () => {
    expect(problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids: [' })).toHaveLength(1)
  })
})

describe('a blank policy in a file', () => {
  const parse = (text: string): { ids: string[] | undefined; problems: string[] } => {
    const problems: string[] = []
    return { ids: parsePolicyText(yaml, text, 'p.yml', problems), problems }
  }

  it.each([
    ['no value', 'allowed-account-ids:\n'],
    ['an empty string', "allowed-account-ids: ''\n"],
    ['null', 'allowed-account-ids: null\n'],
    ['~', 'allowed-account-ids: ~\n'],
    ['every entry commented out', 'allowed-account-ids:\n  # - "111111111111"\n']
  ])('is refused, showing the explicit [] for no account (%s)', (_, text) => {
    const { ids, problems } = parse(text)
    expect(ids).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^policy-file: p\.yml: "allowed-account-ids"/)
    expect(problems[0]).toContain('allowed-account-ids: []')
  })

  it('is told apart from a value that is not a list', () => {
    const scalar = parse('allowed-account-ids: 111111111111\n').problems
    expect(scalar).toHaveLength(1)
    expect(scalar[0]).not.toContain('allowed-account-ids: []')
  })

  it('is not an explicit empty list, which is read as "no account allowed"', () => {
    expect(parse('allowed-account-ids: []\n')).toEqual({ ids: [], problems: [] })
    expect(parse('allowed-account-ids: ["null"]\n').problems).toEqual([expect.stringMatching(/"null" is not an AWS account ID/)])
  })
})

describe('keys a policy file may not have', () => {
  const parse = (text: string): { ids: string[] | undefined; problems: string[]; warnings: string[] } => {
    const problems: string[] = []
    const warnings: string[] = []
    return { ids: parsePolicyText(yaml, text, 'p.yml', problems, warnings), problems, warnings }
  }

  it('are none in a file with only allowed-account-ids', () => {
    expect(parse('allowed-account-ids: ["111111111111"]\n').warnings).toEqual([])
  })

  it('are named in one warning, the list still read', () => {
    const one = parse('allowed-account-ids: ["111111111111"]\nalowed-acounts: ["222222222222"]\n')
    expect(one.ids).toEqual(['111111111111'])
    expect(one.warnings).toHaveLength(1)
    expect(one.warnings[0]).toMatch(/^policy-file: p\.yml /)
    expect(one.warnings[0]).toContain('"alowed-acounts"')
    expect(one.warnings[0]).toContain('allowed-account-ids')
  })

  it('are counted when there are several, and at most five named', () => {
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']
    const many = parse(`allowed-account-ids: []\n${keys.map((k) => `${k}: x`).join('\n')}\n`)
    expect(many.warnings).toHaveLength(1)
    expect(many.warnings[0]).toMatch(/\b7\b/)
    for (const k of keys.slice(0, 5)) expect(many.warnings[0]).toContain(`"${k}"`)
    for (const k of keys.slice(5)) expect(many.warnings[0]).not.toContain(`"${k}"`)
    const two = parse('allowed-account-ids: []\nk1: x\nk2: y\n')
    expect(two.warnings[0]).toMatch(/\b2\b/)
    expect(two.warnings[0]).toContain('"k1", "k2"')
  })

  it('are named in words a reader can follow, one key or several', () => {
    expect(parse('allowed-account-ids: []\nextra: 1\n').warnings).toEqual([
      'policy-file: p.yml has the key "extra", which the action does not know; it ignores them and reads only: allowed-account-ids'
    ])
    expect(parse('allowed-account-ids: []\nk1: x\nk2: y\n').warnings).toEqual([
      'policy-file: p.yml has 2 keys the action does not know, such as "k1", "k2"; it ignores them and reads only: allowed-account-ids'
    ])
  })

  it('reach the configuration\'s warnings from policy-file', () => {
    const config = parseInputs(source({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids: []\nextra: 1\n' }))
    expect(config.warnings).toEqual([expect.stringContaining('"extra"')])
  })

  it('include a repeated key, which is refused, naming it', () => {
    const repeated = parse('allowed-account-ids: ["111111111111"]\nallowed-account-ids: ["222222222222"]\n')
    expect(repeated.ids).toBeUndefined()
    expect(repeated.problems).toEqual([expect.stringMatching(/^policy-file: p\.yml .*"allowed-account-ids"/)])
  })
})

describe('a policy file that cannot be taken as one', () => {
  it.each([
    ['ENOTREG', 'not a regular file'],
    ['EFBIG', 'larger than 1024 KiB'] // the limit the README states: 1 MiB
  ])('says why (%s)', (code, words) => {
    const unreadable = { ...source({ 'policy-file': 'p.yml' }), readFile: () => { throw Object.assign(new Error('x'), { code }) } }
    expect(() => parseInputs(unreadable)).toThrow(InputError)
    try {
      parseInputs(unreadable)
    } catch (error) {
      expect((error as InputError).problems).toEqual([expect.stringContaining(words)])
    }
  })

  it('is an input problem, not a missing parser, when it cannot be read', () => {
    const withoutYaml = { ...source({ 'policy-file': 'missing.yml' }), yaml: undefined }
    expect(() => parseInputs(withoutYaml)).toThrow(InputError)
  })
})

describe('drift and max-rejections', () => {
  const policy = (inputs: Record<string, string>): ReturnType<typeof parseInputs>['policy'] => parseInputs(source({ 'allowed-account-ids': '111111111111', ...inputs })).policy

  it('report drift by default, with no limit', () => {
    expect(policy({})).toStrictEqual({ allowedAccountIds: ['111111111111'], source: 'input allowed-account-ids', drift: 'report' })
    expect(parseInputs(source({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids: []' })).policy?.drift).toBe('report')
  })

  it.each(['report', 'reject', 'ignore'])('take drift: %s', (mode) => {
    expect(policy({ drift: ` ${mode} ` })?.drift).toBe(mode)
    expect(parseInputs(source({ 'policy-file': 'p.yml', drift: mode }, undefined, { '/ws/p.yml': 'allowed-account-ids: []' })).policy?.drift).toBe(mode)
  })

  it('refuse another drift mode', () => {
    expect(problemsOf({ 'allowed-account-ids': '111111111111', drift: 'Reject' })).toEqual([expect.stringMatching(/^drift: "Reject"/)])
  })

  it('take max-rejections from 0 up', () => {
    expect(policy({ 'max-rejections': '0' })?.maxRejections).toBe(0)
    expect(policy({ 'max-rejections': ' 25 ' })?.maxRejections).toBe(25)
    expect(policy({ 'max-rejections': '1000000' })?.maxRejections).toBe(1_000_000)
    expect(policy({})).not.toHaveProperty('maxRejections')
    expect(problemsOf({ 'allowed-account-ids': '111111111111', 'max-rejections': '-1' })).toEqual([expect.stringMatching(/^max-rejections: /)])
    expect(problemsOf({ 'allowed-account-ids': '111111111111', 'max-rejections': '1000001' })).toEqual([expect.stringMatching(/^max-rejections: /)])
  })

  it('are ignored with connection-id, with a warning, except the default drift', () => {
    const config = parseInputs(source({ 'connection-id': ID_A, drift: 'reject', 'max-rejections': '3' }))
    expect(config.policy).toBeUndefined()
    expect(config.warnings).toEqual([expect.stringMatching(/^drift: /), expect.stringMatching(/^max-rejections: /)])
    expect(parseInputs(source({ 'connection-id': ID_A, drift: 'report' })).warnings).toEqual([])
    expect(parseInputs(source({ 'connection-id': ID_A, 'max-rejections': '0' })).warnings).toEqual([expect.stringMatching(/^max-rejections: applies to the policy mode only/)])
  })

  it('give no warning in the policy mode, from either input or file', () => {
    const given = { drift: 'reject', 'max-rejections': '3' }
    expect(parseInputs(source({ 'allowed-account-ids': '111111111111', ...given })).warnings).toEqual([])
    expect(parseInputs(source({ 'policy-file': 'p.yml', ...given }, undefined, { '/ws/p.yml': 'allowed-account-ids: []' })).warnings).toEqual([])
  })
})

describe('the region from the environment', () => {
  it('is trimmed', () => {
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_REGION: ' us-east-2 ' })).region).toBe('us-east-2')
    expect(parseInputs(source({ 'connection-id': ID_A }, { AWS_DEFAULT_REGION: ' eu-west-2\n' })).region).toBe('eu-west-2')
  })
})

describe('a proxy without a scheme', () => {
  it('is an http:// proxy even when :// appears later in it', () => {
    expect(parseInputs(source({ 'connection-id': ID_A, 'http-proxy': 'proxy.internal:3128/x://y' })).proxy?.url).toBe('http://proxy.internal:3128/x://y')
  })
})

describe('a policy key with no value at all', () => {
  it('is refused as empty, like a blank value, in either form YAML has for it', () => {
    for (const text of ['? allowed-account-ids\n', '{allowed-account-ids}\n']) {
      const problems: string[] = []
      expect(parsePolicyText(yaml, text, 'p.yml', problems)).toBeUndefined()
      expect(problems).toEqual([expect.stringMatching(/^policy-file: p\.yml: "allowed-account-ids" is empty \(blank, null, or every entry commented out\); give the accounts/)])
    }
  })
})

const EMPTY_LIST =
  'policy-file: p.yml: "allowed-account-ids" is empty (blank, null, or every entry commented out); give the accounts to allow as a list:\nallowed-account-ids:\n  - "123456789012"\nor, to allow no account at all (every pending connection is rejected), say so explicitly:\nallowed-account-ids: []'

describe('a flow list whose entries are all commented out', () => {
  const parse = (text: string): { ids: string[] | undefined; problems: string[] } => {
    const problems: string[] = []
    return { ids: parsePolicyText(yaml, text, 'p.yml', problems), problems }
  }

  it.each([
    ['over lines', "allowed-account-ids: [\n  # '600000000001',\n]\n"],
    ['with a comment after the bracket', 'allowed-account-ids: [ # none yet\n]\n'],
    ['with a [] in its comment', 'allowed-account-ids: [ # was []\n]\n'],
    ['in JSON', '{ "allowed-account-ids": [\n  # "600000000001"\n] }\n'],
    ['tagged as a list', 'allowed-account-ids: !!seq [ # none yet\n]\n'],
    ['with an anchor', 'allowed-account-ids: &l [ # none yet\n]\n'],
    ['reached through an alias', 'lists: &l [ # none yet\n]\nallowed-account-ids: *l\n']
  ])('is refused as an empty list (%s)', (_form, text) => {
    expect(parse(text)).toEqual({ ids: undefined, problems: [EMPTY_LIST] })
  })

  it.each([
    ['[]', 'allowed-account-ids: []\n'],
    ['spaces', 'allowed-account-ids: [  ]\n'],
    ['a tab', 'allowed-account-ids: [\t]\n'],
    ['line breaks', 'allowed-account-ids: [\r\n\n]\n'],
    ['JSON', '{ "allowed-account-ids": [ ] }\n'],
    ['a tag', 'allowed-account-ids: !!seq [ ]\n'],
    ['an alias of []', 'lists: &l [ ]\nallowed-account-ids: *l\n'],
    ['a comment after the list', 'allowed-account-ids: [ ] # none yet\n'],
    ['a commented-out list under another key before it', 'before: [ # x\n]\nallowed-account-ids: []\n']
  ])('is not a literal [], which allows no account (%s)', (_form, text) => {
    expect(parse(text)).toEqual({ ids: [], problems: [] })
  })

  it('is refused through policy-file, with no policy made', () => {
    expect(problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': 'allowed-account-ids: [ # none yet\n]\n' })).toEqual([EMPTY_LIST])
  })
})

describe('a commented-out list in the allowed-account-ids input', () => {
  const NONE = 'names no account: every entry is commented out; give the account IDs to allow, like 123456789012, or [] to allow none (every pending connection is then rejected)'
  const COMMENT = 'has a comment (#), which this input does not read; give only account IDs, like 123456789012, or put the list in a policy-file, where comments are allowed'

  it.each([
    ["[\n  # '600000000001',\n]", '"[\\n  # \'600000000001\',\\n]"'],
    ['[ # none yet\n]', '"[ # none yet\\n]"'],
    ['[# none yet\n]', '"[# none yet\\n]"'],
    ['# 600000000001', '"# 600000000001"'],
    ['#600000000001\n  # 600000000002', '"#600000000001\\n  # 600000000002"'],
    ['"", # 600000000001', '"\\"\\", # 600000000001"']
  ])('%j names no account', (text, shown) => {
    const problems: string[] = []
    expect(parseAllowedAccountIds(text, problems)).toEqual([])
    expect(problems).toEqual([`allowed-account-ids: ${shown} ${NONE}`])
  })

  it.each([
    ['600000000001 # prod', '"600000000001 # prod"'],
    ['# old\n600000000001', '"# old\\n600000000001"'],
    ['600000000001,# old', '"600000000001,# old"'],
    ['[600000000001, # old\n]', '"[600000000001, # old\\n]"']
  ])('%j is refused for its comment, no account taken', (text, shown) => {
    const problems: string[] = []
    expect(parseAllowedAccountIds(text, problems)).toEqual([])
    expect(problems).toEqual([`allowed-account-ids: ${shown} ${COMMENT}`])
  })

  it('is refused through the input, with no policy made', () => {
    expect(problemsOf({ 'allowed-account-ids': '[ # none yet\n]' })).toEqual([`allowed-account-ids: "[ # none yet\\n]" ${NONE}`])
  })

  it('counts a # inside a value as part of the value, not as a comment', () => {
    const problems: string[] = []
    expect(parseAllowedAccountIds('60000#000001 "#600000000002"', problems)).toEqual([])
    expect(problems).toEqual([
      'allowed-account-ids: "60000#000001" is not an AWS account ID; expected exactly 12 digits, like 123456789012',
      'allowed-account-ids: "#600000000002" is not an AWS account ID; expected exactly 12 digits, like 123456789012'
    ])
  })
})

describe('keys of a policy file that are not plain or quoted text', () => {
  const parse = (text: string): { ids: string[] | undefined; problems: string[]; warnings: string[] } => {
    const problems: string[] = []
    const warnings: string[] = []
    return { ids: parsePolicyText(yaml, text, 'p.yml', problems, warnings), problems, warnings }
  }
  const refused = (written: string, line: number, form: string): string =>
    `policy-file: p.yml: the key ${written} on line ${line} is ${form}; write each key as plain or quoted text, like allowed-account-ids (an alias, a merge key <<, a tag or a complex key is not read)`

  it('are refused when an alias would replace the list, and no key is called ignored', () => {
    const aliased = parse("x: &k allowed-account-ids\nallowed-account-ids: ['600000000001']\n*k : ['600000000002']\n")
    expect(aliased).toEqual({ ids: undefined, problems: [refused('"*k"', 3, 'an alias')], warnings: [] })
  })

  it.each([
    ['an alias alone', "x: &k allowed-account-ids\n*k : ['600000000002']\n", '"*k"', 2, 'an alias'],
    ['a merge key', "<<: { allowed-account-ids: ['600000000002'] }\nallowed-account-ids: ['600000000001']\n", '"<<"', 1, 'a merge key'],
    ['a merge key of a nested mapping', "allowed-account-ids: ['600000000001']\nextra:\n  <<: { a: b }\n", '"<<"', 3, 'a merge key'],
    ['a tag', "!!str allowed-account-ids: ['600000000001']\n", '"!!str allowed-account-ids"', 1, 'a tagged key'],
    ['a tag written out', "!<tag:yaml.org,2002:str> allowed-account-ids: ['600000000001']\n", '"!!str allowed-account-ids"', 1, 'a tagged key'],
    ['the non-specific tag', "! allowed-account-ids: ['600000000001']\n", '"! allowed-account-ids"', 1, 'a tagged key'],
    ['a tag on a quoted key', "!!str \"allowed-account-ids\": ['600000000001']\n", '"!!str \\"allowed-account-ids\\""', 1, 'a tagged key'],
    ['a flow list', "allowed-account-ids: ['600000000001']\n? [a,\n   b]\n: x\n", '"[a,\\n   b]"', 2, 'a complex key (a list or a mapping)'],
    ['a block list', "allowed-account-ids: ['600000000001']\n? - a\n: x\n", '"- a\\n"', 2, 'a complex key (a list or a mapping)'],
    ['a mapping', "allowed-account-ids: ['600000000001']\n? { a: b }\n: x\n", '"{ a: b }"', 2, 'a complex key (a list or a mapping)'],
    ['a literal block scalar', "? |-\n  allowed-account-ids\n: ['600000000001']\n", '"|-\\n  allowed-account-ids\\n"', 1, 'a block scalar (| or >)'],
    ['a folded block scalar', "? >-\n  allowed-account-ids\n: ['600000000001']\n", '">-\\n  allowed-account-ids\\n"', 1, 'a block scalar (| or >)'],
    ['a long key, cut short', `allowed-account-ids: []\n? [${'a'.repeat(100)}]\n: x\n`, `"[${'a'.repeat(79)}…"`, 2, 'a complex key (a list or a mapping)']
  ])('are refused, naming the key as written and its line (%s)', (_form, text, written, line, form) => {
    expect(parse(text)).toEqual({ ids: undefined, problems: [refused(written, line, form)], warnings: [] })
  })

  it('are named once, the first of them', () => {
    expect(parse('allowed-account-ids: []\n!!str a: 1\n*b : 2\n').problems).toEqual([refused('"!!str a"', 2, 'a tagged key')])
  })

  it('are refused before the list is read, also when the file has no allowed-account-ids key', () => {
    expect(parse('x: &k allowed-account-ids\n*k : []\n').problems).toEqual([refused('"*k"', 2, 'an alias')])
  })

  it.each([
    ['plain', "allowed-account-ids: ['600000000001']\n"],
    ['double-quoted (JSON)', '{ "allowed-account-ids": ["600000000001"] }\n'],
    ['single-quoted', "'allowed-account-ids': ['600000000001']\n"],
    ['after ?', "? allowed-account-ids\n: ['600000000001']\n"],
    ['with an anchor', "&k allowed-account-ids: ['600000000001']\n"],
    ['with an alias as its value', "x: &a ['600000000001']\nallowed-account-ids: *a\n"]
  ])('that are plain or quoted text are read (%s)', (_form, text) => {
    const { ids, problems } = parse(text)
    expect(problems).toEqual([])
    expect(ids).toEqual(['600000000001'])
  })

  it('include a quoted "<<", which is no merge key, only a key the action does not know', () => {
    expect(parse('allowed-account-ids: []\n"<<": x\n')).toEqual({
      ids: [],
      problems: [],
      warnings: ['policy-file: p.yml has the key "<<", which the action does not know; it ignores them and reads only: allowed-account-ids']
    })
  })

  it('are refused through policy-file, with no policy made', () => {
    expect(problemsOf({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': '*k : []\n' })).toEqual([
      'policy-file: p.yml: the key "*k" on line 1 is an alias; write each key as plain or quoted text, like allowed-account-ids (an alias, a merge key <<, a tag or a complex key is not read)'
    ])
  })
})

describe('a policy file outside the workspace', () => {
  /**
   * A file system in memory: `links` maps a path to where its link leads; realPath follows them in
   * every component, as realpath does, and fails with ENOENT for a path that is not there.
   */
  function linked(inputs: Record<string, string>, files: Record<string, string>, links: Record<string, string> = {}, workspace = '/ws') {
    const calls: string[] = []
    const isDir = (path: string): boolean => path === '/' || Object.keys(files).some((f) => f.startsWith(`${path}/`))
    const realPath = (path: string): string => {
      calls.push(`realPath ${path}`)
      let real = ''
      for (const part of path.split('/').filter((p) => p !== '')) {
        real = `${real === '/' ? '' : real}/${part}`
        for (let hops = 0; links[real] !== undefined && hops < 10; hops++) real = links[real] as string
      }
      real ||= '/'
      if (files[real] === undefined && !isDir(real)) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return real
    }
    const readFile = (path: string): string => {
      calls.push(`readFile ${path}`)
      if (isDir(path)) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return text
    }
    return { source: { ...fakeSource(inputs), workspace, realPath, readFile }, calls }
  }
  const POLICY = 'allowed-account-ids: ["600000000001"]\n'
  const problemsFrom = (s: ReturnType<typeof linked>['source']): string[] => {
    try {
      parseInputs(s)
    } catch (error) {
      return [...(error as InputError).problems]
    }
    throw new Error('expected an InputError')
  }
  const outside = (path: string, workspace = '/ws'): string =>
    `policy-file: ${path} is outside the workspace; the policy file must be inside the workspace (${workspace}): give its path relative to the workspace, like proton/account-policy.yml, or an absolute path inside it`
  const leads = (path: string, to: string, workspace = '/ws'): string =>
    `policy-file: ${path} leads outside the workspace, to "${to}", through a symbolic link; the policy file must be inside the workspace (${workspace}): give the path of the file itself, like proton/account-policy.yml, not of a link out of the workspace`

  it.each([
    ['an absolute path elsewhere', '/etc/passwd'],
    ['.. that leaves it', '../p.yml'],
    ['.. that leaves it after going in', 'proton/../../p.yml'],
    ['a directory next to it whose name starts with its name', '/ws-other/p.yml'],
    ['the directory above it', '..']
  ])('is refused as written, before anything is looked up or read (%s)', (_form, path) => {
    const { source: s, calls } = linked({ 'policy-file': path }, { '/etc/passwd': POLICY, '/p.yml': POLICY, '/ws-other/p.yml': POLICY, '/ws/p.yml': POLICY })
    expect(problemsFrom(s)).toEqual([outside(path)])
    expect(calls).toEqual(['realPath /ws'])
  })

  it('is refused when a link leads out, as the file or as a directory on the way, and it is not read', () => {
    const files = { '/etc/p.yml': POLICY, '/ws/proton/p.yml': POLICY }
    for (const [path, links] of [
      ['p.yml', { '/ws/p.yml': '/etc/p.yml' }],
      ['up/etc/p.yml', { '/ws/up': '/' }],
      ['proton/p.yml', { '/ws/proton': '/etc' }],
      ['/ws/p.yml', { '/ws/p.yml': '/etc/p.yml' }]
    ] as const) {
      const { source: s, calls } = linked({ 'policy-file': path }, files, links)
      expect(problemsFrom(s)).toEqual([leads(path, '/etc/p.yml')])
      expect(calls.filter((c) => c.startsWith('readFile'))).toEqual([])
    }
  })

  it('is refused when it leads to a directory next to the workspace whose name starts with its name', () => {
    const { source: s } = linked({ 'policy-file': 'p.yml' }, { '/ws-other/p.yml': POLICY }, { '/ws/p.yml': '/ws-other/p.yml' })
    expect(problemsFrom(s)).toEqual([leads('p.yml', '/ws-other/p.yml')])
  })

  it('shows where the link leads quoted, with its control characters visible', () => {
    const { source: s } = linked({ 'policy-file': 'p.yml' }, { '/etc/a\nb.yml': POLICY }, { '/ws/p.yml': '/etc/a\nb.yml' })
    expect(problemsFrom(s)).toEqual([leads('p.yml', '/etc/a\\nb.yml')])
  })

  it('is read where its links lead, inside the workspace, and by that path', () => {
    const { source: s, calls } = linked({ 'policy-file': 'current.yml' }, { '/ws/proton/p.yml': POLICY }, { '/ws/current.yml': '/ws/proton/p.yml' })
    expect(parseInputs(s).policy).toEqual({ allowedAccountIds: ['600000000001'], source: 'current.yml', drift: 'report' })
    expect(calls).toEqual(['realPath /ws', 'realPath /ws/current.yml', 'readFile /ws/proton/p.yml'])
  })

  it('is read in a workspace that is itself reached through a link, by a relative path or an absolute one on either side', () => {
    for (const path of ['p.yml', '/link/p.yml', '/real/p.yml']) {
      const { source: s, calls } = linked({ 'policy-file': path }, { '/real/p.yml': POLICY }, { '/link': '/real' }, '/link')
      expect(parseInputs(s).policy?.allowedAccountIds).toEqual(['600000000001'])
      expect(calls[calls.length - 1]).toBe('readFile /real/p.yml')
    }
  })

  it('names the workspace as given, normalized', () => {
    const { source: s } = linked({ 'policy-file': '/etc/passwd' }, {}, {}, '/ws/./sub/')
    expect(problemsFrom(s)).toEqual([outside('/etc/passwd', '/ws/sub')])
  })

  it('is read in a workspace at the root of the file system', () => {
    const { source: s } = linked({ 'policy-file': 'p.yml' }, { '/p.yml': POLICY }, {}, '/')
    expect(parseInputs(s).policy?.allowedAccountIds).toEqual(['600000000001'])
  })

  it('is the workspace itself for ., which is a directory, not a file', () => {
    const { source: s } = linked({ 'policy-file': '.' }, { '/ws/p.yml': POLICY })
    expect(problemsFrom(s)).toEqual(['policy-file: cannot read .: it is a directory; give the path of the policy file in it'])
  })

  it('that does not exist still says so, from the look-up of its links', () => {
    const { source: s, calls } = linked({ 'policy-file': 'proton/missing.yml' }, { '/ws/p.yml': POLICY })
    expect(problemsFrom(s)).toEqual(['policy-file: cannot read proton/missing.yml: it does not exist in the workspace; check out the repository first (actions/checkout) and check the path'])
    expect(calls).toEqual(['realPath /ws', 'realPath /ws/proton/missing.yml'])
  })

  it('in a workspace that is not there is one that does not exist, not a crash', () => {
    const { source: s } = linked({ 'policy-file': 'p.yml' }, {}, {}, '/gone')
    expect(problemsFrom(s)).toEqual(['policy-file: cannot read p.yml: it does not exist in the workspace; check out the repository first (actions/checkout) and check the path'])
  })

  it('is checked as written when the source resolves no links', () => {
    expect(problemsOf({ 'policy-file': '/etc/passwd' }, undefined, { '/etc/passwd': POLICY })).toEqual([outside('/etc/passwd')])
    expect(parseInputs(source({ 'policy-file': 'p.yml' }, undefined, { '/ws/p.yml': POLICY })).policy?.allowedAccountIds).toEqual(['600000000001'])
  })
})

describe('comment-key', () => {
  const key = (text: string): string | undefined => parseInputs(source({ 'connection-id': ID_A, 'comment-key': text })).commentKey
  const problem = (shown: string): string =>
    `comment-key: ${shown} is not valid; expected at most 100 characters of A-Z, a-z, 0-9 and . _ / -, like proton/prod (the same key in the plan workflow and the apply workflow)`

  it('is none when not given or blank', () => {
    expect(parseInputs(source({ 'connection-id': ID_A })).commentKey).toBeUndefined()
    expect(parseInputs(source({ 'connection-id': ID_A, 'comment-key': ' \n ' }))).not.toHaveProperty('commentKey')
  })

  it('is trimmed, in either mode', () => {
    expect(key('  proton/prod\n')).toBe('proton/prod')
    expect(parseInputs(source({ 'allowed-account-ids': '111111111111', 'comment-key': ' k ' })).commentKey).toBe('k')
  })

  it('takes every letter, digit and ._/-, up to 100 characters', () => {
    const all = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._/-'
    expect(key(all)).toBe(all)
    expect(key('a'.repeat(100))).toBe('a'.repeat(100))
    expect(key('.')).toBe('.')
  })

  it('refuses 101 characters', () => {
    expect(problemsOf({ 'connection-id': ID_A, 'comment-key': 'a'.repeat(101) })).toEqual([problem(`"${'a'.repeat(80)}…"`)])
  })

  it.each([
    ['prod eu', '"prod eu"'],
    ['prod-->', '"prod-->"'],
    ['a>b', '"a>b"'],
    ['<!--', '"<!--"'],
    ['a!b', '"a!b"'],
    ['a:b', '"a:b"'],
    ['a\\b', '"a\\\\b"'],
    ['é', '"é"'],
    ['a\nb', '"a\\nb"'],
    ['a"b', '"a\\"b"'],
    ['*', '"*"']
  ])('refuses %j, naming the input and what is valid', (text, shown) => {
    expect(problemsOf({ 'connection-id': ID_A, 'comment-key': text })).toEqual([problem(shown)])
  })
})

describe('the plan comment\'s facts', () => {
  const WORKFLOW = { AWS_REGION: 'us-east-1', GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/policy.yml@refs/pull/7/merge', GITHUB_WORKFLOW: 'Policy' }
  const POLICY = { '/ws/proton/policy.yml': 'allowed-account-ids:\n  - "111111111111"\n' }
  const ROLE = 'arn:aws:iam::123456789012:role/path/R'
  const factsOf = (inputs: Record<string, string>, env: Record<string, string> = WORKFLOW, files: Record<string, string> = POLICY) => {
    try {
      return parseInputs(source(inputs, env, files)).comment
    } catch (error) {
      return { thrown: (error as InputError).comment }
    }
  }

  it('key an inline list by its workflow file without the ref, a policy file by its path, and comment-key over both', () => {
    expect(factsOf({ 'allowed-account-ids': '111111111111' })).toEqual({ region: 'us-east-1', key: 'octo-org/octo-repo/.github/workflows/policy.yml' })
    expect(factsOf({ 'policy-file': 'proton/policy.yml' })).toEqual({ region: 'us-east-1', key: 'proton/policy.yml' })
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'comment-key': 'prod' })).toEqual({ region: 'us-east-1', key: 'prod' })
    expect(factsOf({ 'allowed-account-ids': '111111111111', 'comment-key': 'prod', 'role-to-assume': ROLE })).toEqual({ region: 'us-east-1', key: 'prod', account: '123456789012' })
    expect(factsOf({ 'connection-id': ID_A })).toBeUndefined()
  })

  it('key a policy file by its path in the workspace, however it is written', () => {
    for (const written of ['proton/policy.yml', './proton/policy.yml', 'proton//policy.yml', 'proton/./policy.yml', 'other/../proton/policy.yml', '/ws/proton/policy.yml', '/ws//proton/policy.yml']) {
      expect([written, factsOf({ 'policy-file': written })]).toEqual([written, { region: 'us-east-1', key: 'proton/policy.yml' }])
    }
  })

  it('fall back to the workflow\'s name, and have no key without either', () => {
    expect(factsOf({ 'allowed-account-ids': '111111111111' }, { AWS_REGION: 'us-east-1', GITHUB_WORKFLOW: 'Policy' })).toEqual({ region: 'us-east-1', key: 'Policy' })
    expect(factsOf({ 'allowed-account-ids': '111111111111' }, { AWS_REGION: 'us-east-1' })).toBeUndefined()
    expect(workflowFile({ GITHUB_WORKFLOW_REF: ' o/r/.github/workflows/a@b.yml@refs/heads/main ' })).toBe('o/r/.github/workflows/a@b.yml')
    expect(workflowFile({ GITHUB_WORKFLOW_REF: '', GITHUB_WORKFLOW: ' W ' })).toBe('W')
    expect(workflowFile({})).toBeUndefined()
  })

  it('are known when other inputs are invalid, so that a failed plan finds its comment', () => {
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'max-attempts': 'lots' })).toEqual({ thrown: { region: 'us-east-1', key: 'proton/policy.yml' } })
    // The policy file's content is invalid: its path still names the comment.
    expect(factsOf({ 'policy-file': 'proton/policy.yml' }, WORKFLOW, { '/ws/proton/policy.yml': 'allowed-account-ids: [ # none\n]\n' })).toEqual({ thrown: { region: 'us-east-1', key: 'proton/policy.yml' } })
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'role-to-assume': ROLE, 'dry-run': 'perhaps' })).toEqual({ thrown: { region: 'us-east-1', key: 'proton/policy.yml', account: '123456789012' } })
    // A role ARN that is not one names no account.
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'role-to-assume': 'arn:aws:iam::1234:role/R' })).toEqual({ thrown: { region: 'us-east-1', key: 'proton/policy.yml' } })
  })

  it('are unknown when the region or the policy source is itself invalid', () => {
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'aws-region': 'not a region' })).toEqual({ thrown: undefined })
    expect(factsOf({ 'policy-file': '../outside.yml' })).toEqual({ thrown: undefined })
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'allowed-account-ids': '111111111111' })).toEqual({ thrown: undefined })
    // An invalid comment-key names no comment: neither the one meant nor another run's.
    expect(factsOf({ 'policy-file': 'proton/policy.yml', 'comment-key': 'a b', 'max-attempts': 'x' })).toEqual({ thrown: undefined })
    expect(factsOf({ 'allowed-account-ids': '111111111111', 'comment-key': 'prod env' })).toEqual({ thrown: undefined })
    expect(factsOf({ 'allowed-account-ids': '111111111111' }, { GITHUB_WORKFLOW: 'Policy' })).toEqual({ thrown: undefined })
  })
})
