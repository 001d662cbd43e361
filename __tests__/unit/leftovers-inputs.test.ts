import { describe, expect, it } from '@jest/globals'
import { InputError, PROTON_REGIONS } from '../../src/inputs.js'
import { accountRoleArn, accountsToRead, ACCOUNTS_MAX, iamSigningRegion, KEEP_ROLES_MAX, keptRolesOf, otherAccountsProblem, parseLeftoversInputs } from '../../src/leftovers-inputs.js'
import { fakeSource } from './input-source.js'

const parse = (inputs: Record<string, string>, env: Record<string, string> = { AWS_REGION: 'us-east-1' }) => parseLeftoversInputs(fakeSource(inputs, env))

function problemsOf(inputs: Record<string, string>, env?: Record<string, string>): readonly string[] {
  try {
    parse(inputs, env)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}

describe('leftovers inputs', () => {
  it('takes accounts separated by newlines, commas or spaces, each once, in their first order', () => {
    const config = parse({ 'account-ids': '222222222222, 111111111111\n222222222222 333333333333', 'account-role-name': 'audit/ProtonLeftovers' })
    expect(config.accountIds).toEqual(['222222222222', '111111111111', '333333333333'])
    expect(config.accountRoleName).toBe('audit/ProtonLeftovers')
  })

  it('defaults: no account (the signed-in one), no role, every region AWS Proton served, the shared defaults', () => {
    const config = parse({})
    expect(config.accountIds).toEqual([])
    expect(config.accountRoleName).toBeUndefined()
    expect(config.regions).toEqual(PROTON_REGIONS)
    expect(config).toMatchObject({ region: 'us-east-1', maxConcurrency: 8, maxAttempts: 5, warnings: [], endpoints: {} })
    expect(config.role).toBeUndefined()
  })

  it('names each bad account ID and what is valid', () => {
    expect(problemsOf({ 'account-ids': '12345 222222222222 abc' })).toEqual([
      'account-ids: "12345" is not an AWS account ID; expected exactly 12 digits, like 123456789012',
      'account-ids: "abc" is not an AWS account ID; expected exactly 12 digits, like 123456789012'
    ])
  })

  it(`refuses more than ${ACCOUNTS_MAX} accounts, with the way to split them`, () => {
    const many = Array.from({ length: ACCOUNTS_MAX + 1 }, (_, i) => String(100000000000 + i)).join(' ')
    expect(problemsOf({ 'account-ids': many, 'account-role-name': 'R' })).toEqual([`account-ids: ${ACCOUNTS_MAX + 1} accounts, more than the ${ACCOUNTS_MAX} one run checks; split them over several jobs (a matrix of lists)`])
    const most = Array.from({ length: ACCOUNTS_MAX }, (_, i) => String(100000000000 + i)).join(' ')
    expect(parse({ 'account-ids': most, 'account-role-name': 'R' }).accountIds).toHaveLength(ACCOUNTS_MAX)
  })

  it('takes a role name with a path, a leading slash dropped; refuses what IAM would not', () => {
    expect(parse({ 'account-role-name': '/audit/team/ProtonLeftovers' }).accountRoleName).toBe('audit/team/ProtonLeftovers')
    expect(parse({ 'account-role-name': 'a+=,.@-_b' }).accountRoleName).toBe('a+=,.@-_b')
    for (const bad of ['audit//x', 'has space', 'x'.repeat(65), 'audit/', 'a:b']) {
      expect(problemsOf({ 'account-role-name': bad })).toEqual([
        `account-role-name: ${JSON.stringify(bad)} is not a role name; expected a name like ProtonLeftovers, with a path if the role has one, like audit/ProtonLeftovers`
      ])
    }
    expect(parse({ 'account-role-name': `${'p/'.repeat(16)}${'x'.repeat(64)}` }).accountRoleName).toHaveLength(96)
    expect(problemsOf({ 'account-role-name': `${'p/'.repeat(17)}x` })).toHaveLength(1)
    expect(problemsOf({ 'account-role-name': `${'p'.repeat(520)}/${'x'.repeat(60)}` })).toHaveLength(1)
  })

  it('takes regions once each, refuses one that is not a region, and one AWS Proton did not serve (a typo, most likely)', () => {
    const config = parse({ regions: 'eu-west-1, us-east-1 eu-west-1\nap-northeast-2' })
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1', 'ap-northeast-2'])
    expect(config.warnings).toEqual([])
    expect(problemsOf({ regions: 'us-est-1 sa-east-1' })).toEqual([
      `regions: AWS Proton was not offered in us-est-1, so it left no stack there; expected regions among ${PROTON_REGIONS.join(', ')} (empty: all of them)`,
      `regions: AWS Proton was not offered in sa-east-1, so it left no stack there; expected regions among ${PROTON_REGIONS.join(', ')} (empty: all of them)`
    ])
    expect(problemsOf({ regions: 'us-east-1 Mars' })).toEqual([
      'regions: "Mars" is not an AWS region; expected names like us-east-1, separated by newlines, commas or spaces (empty: every region AWS Proton served)'
    ])
    expect(parse({ regions: 'us-east-1' }).warnings).toEqual([])
  })

  it('checks the shared inputs as the main action does', () => {
    expect(problemsOf({}, {})).toEqual(['aws-region: no region; set the aws-region input (like us-east-1) or AWS_REGION in the environment'])
    expect(problemsOf({ 'role-to-assume': 'nope', 'max-concurrency': '0' })).toEqual([
      'role-to-assume: "nope" is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName',
      'max-concurrency: "0" is not valid; expected a whole number from 1 to 64'
    ])
  })

  it('reads the SDK endpoint variables, and refuses one that is not a URL', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_CLOUDFORMATION: 'https://cfn.example' }
    expect(parse({}, env).endpoints).toEqual({ AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_CLOUDFORMATION: 'https://cfn.example' })
    expect(problemsOf({}, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_STS: 'ftp://x' })).toEqual(['AWS_ENDPOINT_URL_STS: "ftp://x" must start with https:// (or http:// for a local emulator)'])
  })

  it('with role-to-assume and no account-role-name, refuses another account before any call', () => {
    const role = 'arn:aws:iam::111111111111:role/Audit'
    expect(problemsOf({ 'role-to-assume': role, 'account-ids': '111111111111 222222222222' })).toEqual([
      'account-ids: 222222222222 is not the signed-in account (111111111111), and account-role-name is empty; set account-role-name to the audit role deployed in each account (like ProtonLeftovers), or list only the signed-in account'
    ])
    expect(parse({ 'role-to-assume': role, 'account-ids': '111111111111' }).accountIds).toEqual(['111111111111'])
    expect(parse({ 'role-to-assume': role, 'account-ids': '222222222222', 'account-role-name': 'Audit' }).accountIds).toEqual(['222222222222'])
  })
})

describe('the accounts a run reads', () => {
  it('says which accounts are not the signed-in one, at most five by number', () => {
    expect(otherAccountsProblem(['111111111111'], '111111111111')).toBeUndefined()
    expect(otherAccountsProblem([], '111111111111')).toBeUndefined()
    const many = ['1', '2', '3', '4', '5', '6', '7'].map((d) => d.repeat(12))
    expect(otherAccountsProblem(many, '111111111111')).toMatch(/^account-ids: 222222222222, 333333333333, 444444444444, 555555555555, 666666666666 and 1 more are not the signed-in account \(111111111111\)/)
    expect(otherAccountsProblem(many.slice(0, 6), '999999999999')).toMatch(/^account-ids: 111111111111, 222222222222, 333333333333, 444444444444, 555555555555 and 1 more are not/)
    expect(otherAccountsProblem(many.slice(0, 5), '999999999999')).toMatch(/^account-ids: 111111111111, 222222222222, 333333333333, 444444444444, 555555555555 are not/)
  })

  it('reads the listed accounts, or the signed-in one alone', () => {
    expect(accountsToRead({ accountIds: [] }, '111111111111')).toEqual(['111111111111'])
    expect(accountsToRead({ accountIds: ['222222222222', '333333333333'] }, '111111111111')).toEqual(['222222222222', '333333333333'])
  })

  it('names each account role in the partition signed in to, and signs IAM in its global region', () => {
    expect(accountRoleArn('aws', '222222222222', 'audit/ProtonLeftovers')).toBe('arn:aws:iam::222222222222:role/audit/ProtonLeftovers')
    expect(accountRoleArn('aws-us-gov', '222222222222', 'R')).toBe('arn:aws-us-gov:iam::222222222222:role/R')
    expect(iamSigningRegion('aws')).toBe('us-east-1')
    expect(iamSigningRegion('aws-us-gov')).toBe('us-gov-west-1')
    expect(iamSigningRegion('aws-cn')).toBe('cn-north-1')
  })

  it('remove: report only by default; quarantine and delete need max-removals', () => {
    expect(parse({})).toMatchObject({ remove: 'false', quarantineDays: 7, dryRun: false, keepRoles: [] })
    expect(parse({}).maxRemovals).toBeUndefined()
    expect(parse({ remove: 'quarantine', 'max-removals': '0' })).toMatchObject({ remove: 'quarantine', maxRemovals: 0 })
    expect(parse({ remove: 'delete', 'max-removals': '10000', 'quarantine-days': '0', 'dry-run': 'true' })).toMatchObject({ remove: 'delete', maxRemovals: 10_000, quarantineDays: 0, dryRun: true, warnings: [] })
    expect(parse({ 'max-removals': '3' }).maxRemovals).toBe(3)
    expect(problemsOf({ remove: 'delete' })).toEqual(['max-removals: required when remove is delete; give the most roles one run may change (quarantined, removed or trust-edited, over all accounts), like 10'])
    expect(problemsOf({ remove: 'quarantine' })).toEqual(['max-removals: required when remove is quarantine; give the most roles one run may change (quarantined, removed or trust-edited, over all accounts), like 10'])
    expect(problemsOf({ remove: 'yes' })).toEqual(['remove: "yes" is not valid; expected false (the default: report only), quarantine or delete'])
    expect(problemsOf({ remove: 'delete', 'max-removals': '10001' })).toEqual(['max-removals: "10001" is not valid; expected a whole number from 0 to 10000'])
    expect(problemsOf({ 'quarantine-days': '-1' })).toEqual(['quarantine-days: "-1" is not valid; expected a whole number from 0 to 3650'])
    expect(problemsOf({ 'quarantine-days': '3651' })).toHaveLength(1)
    expect(parse({ 'quarantine-days': '3650', remove: 'delete', 'max-removals': '1' }).quarantineDays).toBe(3650)
    expect(problemsOf({ 'dry-run': 'maybe' })).toEqual(['dry-run: "maybe" is not a boolean; expected true or false'])
  })

  it('warns of settings that mean nothing without remove', () => {
    expect(parse({ 'max-removals': '3', 'keep-roles': '222222222222:A', 'dry-run': 'true' }).warnings).toEqual([
      'max-removals: applies only with remove: quarantine or delete; with remove: false the run only reports, and changes nothing',
      'keep-roles: applies only with remove: quarantine or delete; with remove: false the run only reports, and changes nothing',
      'dry-run: applies only with remove: quarantine or delete; with remove: false the run only reports, and changes nothing'
    ])
    expect(parse({ 'dry-run': 'False', 'quarantine-days': '7' }).warnings).toEqual([])
    expect(parse({ remove: 'delete', 'max-removals': '3', 'keep-roles': '222222222222:A', 'dry-run': 'true', 'quarantine-days': '7' }).warnings).toEqual([])
    // Not read without remove: a report never fails on it.
    expect(parse({ 'keep-roles-file': 'missing.yml' }).warnings).toEqual(['keep-roles-file: applies only with remove: quarantine or delete; with remove: false the run only reports, and changes nothing'])
  })

  it('warns that quarantine-days applies with delete only', () => {
    expect(parse({ 'quarantine-days': '3', remove: 'quarantine', 'max-removals': '1' }).warnings).toEqual(['quarantine-days: applies only with remove: delete; with remove: quarantine it is ignored'])
    expect(parse({ 'quarantine-days': '3' }).warnings).toEqual(['quarantine-days: applies only with remove: delete; with remove: false it is ignored'])
  })

  it('keep-roles: ARNs or ACCOUNT:NAME, each once; anything else named', () => {
    const config = parse({ 'keep-roles': 'arn:aws:iam::222222222222:role/proton/Svc, 222222222222:Svc\n333333333333:Other arn:aws-cn:iam::444444444444:role/X' })
    expect(config.keepRoles).toEqual([
      { account: '222222222222', name: 'Svc', entry: 'arn:aws:iam::222222222222:role/proton/Svc' },
      { account: '333333333333', name: 'Other', entry: '333333333333:Other' },
      { account: '444444444444', name: 'X', entry: 'arn:aws-cn:iam::444444444444:role/X' }
    ])
    const problems: string[] = []
    expect(keptRolesOf(['Svc', '22222222222:Svc', 'arn:aws:iam::222222222222:user/Svc', 'x222222222222:Svc', '222222222222:Svc x', 'arn:aws:iam::222222222222:role/', 'xarn:aws:iam::222222222222:role/Svc', 'arn:aws:iam::222222222222:role/Svc;x', 'arn:aws:iam::2222222222222:role/Svc'], 'keep-roles', problems)).toEqual([])
    expect(problems).toHaveLength(9)
    expect(problems[0]).toBe('keep-roles: "Svc" is not a role; expected a role ARN like arn:aws:iam::123456789012:role/ProtonServiceRole, or ACCOUNT:NAME like 123456789012:ProtonServiceRole')
    expect(keptRolesOf([`222222222222:${'a'.repeat(65)}`], 'k', [])).toEqual([])
    expect(keptRolesOf([`222222222222:${'a'.repeat(64)}`], 'k', [])).toHaveLength(1)
  })

  it('keep-roles-file: the same list from YAML in the workspace, by the policy file rules', () => {
    const read = (text: string, inputs: Record<string, string> = {}) => parseLeftoversInputs(fakeSource({ 'keep-roles-file': 'keep.yml', remove: 'quarantine', 'max-removals': '1', ...inputs }, { AWS_REGION: 'us-east-1' }, { '/ws/keep.yml': text }))
    expect(read('keep-roles:\n  - "222222222222:A"\n  - 333333333333:B\n', { 'keep-roles': '222222222222:A 222222222222:C' }).keepRoles.map((k) => `${k.account}:${k.name}`)).toEqual(['222222222222:A', '222222222222:C', '333333333333:B'])
    expect(read('keep-roles: []\n').keepRoles).toEqual([])
    // Its one key is known: no warning for it; another is named.
    expect(read('keep-roles: []\n').warnings).toEqual([])
    expect(read('keep-roles: []\nkeep: []\n').warnings).toEqual(['keep-roles-file: keep.yml has the key "keep", which the action does not know; it ignores them and reads only: keep-roles'])
    const problems = (text: string, path = 'keep.yml'): readonly string[] => {
      try {
        parseLeftoversInputs(fakeSource({ 'keep-roles-file': path, remove: 'delete', 'max-removals': '1' }, { AWS_REGION: 'us-east-1' }, { '/ws/keep.yml': text }))
      } catch (error) {
        return (error as InputError).problems
      }
      return []
    }
    expect(problems('keep-roles:\n  # - 222222222222:A\n')[0]).toMatch(/^keep-roles-file: keep.yml: "keep-roles" is empty \(blank, null, or every entry commented out\); give the roles to keep as a list:\nkeep-roles:/)
    expect(problems('roles: []\n')[0]).toBe('keep-roles-file: keep.yml has no "keep-roles" key (its keys: "roles"); expected a mapping like:\nkeep-roles:\n  - "222222222222:ProtonServiceRole"'.replace('222222222222', '123456789012'))
    expect(problems('keep-roles:\n  - nope\n')).toEqual(['keep-roles-file: keep.yml: "nope" is not a role; expected a role ARN like arn:aws:iam::123456789012:role/ProtonServiceRole, or ACCOUNT:NAME like 123456789012:ProtonServiceRole'])
    expect(problems('keep-roles: 222222222222:A\n')).toEqual(['keep-roles-file: keep.yml: "keep-roles" must be a list of role ARNs or ACCOUNT:NAME pairs'])
    expect(problems('', '../keep.yml')[0]).toMatch(/^keep-roles-file: \.\.\/keep.yml is outside the workspace; the keep-roles file must be inside the workspace \(\/ws\): give its path relative to the workspace, like proton\/keep-roles.yml/)
    expect(problems('', 'other.yml')[0]).toMatch(/^keep-roles-file: cannot read other.yml: it does not exist in the workspace/)
    const tooBig = (code: string): readonly string[] => {
      try {
        parseLeftoversInputs({ ...fakeSource({ 'keep-roles-file': 'keep.yml', remove: 'delete', 'max-removals': '1' }), readFile: () => { throw Object.assign(new Error('x'), { code }) } })
      } catch (error) {
        return (error as InputError).problems
      }
      return []
    }
    expect(tooBig('EFBIG')[0]).toMatch(/far more than any list of roles needs/)
    expect(tooBig('EISDIR')[0]).toBe('keep-roles-file: cannot read keep.yml: it is a directory; give the path of the keep-roles file in it')
  })

  it('bounds keep-roles', () => {
    const many = Array.from({ length: KEEP_ROLES_MAX + 1 }, (_, i) => `222222222222:R${i}`).join(' ')
    expect(problemsOf({ 'keep-roles': many })).toEqual([`keep-roles: ${KEEP_ROLES_MAX + 1} roles, more than the ${KEEP_ROLES_MAX} read`])
    expect(problemsOf({ 'keep-roles': many.split(' ').slice(1).join(' ') })).toEqual([])
  })
})
