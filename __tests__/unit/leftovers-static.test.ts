import { describe, expect, it } from '@jest/globals'
import { POLICY_FILE } from '../../src/inputs.js'
import { recreateCommands, type RoleRecord } from '../../src/leftovers-plan.js'

/** Module-level values the other tests share: each pinned, so that a change to one is seen. */

describe('the one-list files', () => {
  it('name the policy file in its own words', () => {
    expect(POLICY_FILE).toMatchObject({ input: 'policy-file', noun: 'policy file', examplePath: 'proton/account-policy.yml', key: 'allowed-account-ids', exampleEntry: '"123456789012"', entries: '12-digit account IDs', listOf: 'accounts' })
  })
})

describe('the commands that make a role again', () => {
  const record: RoleRecord = { arn: 'a', roleId: 'r', name: 'Svc', path: '/', created: '', tags: {}, trust: {}, attachedPolicies: ['arn:aws-cn:iam::aws:policy/ReadOnlyAccess', 'arn:aws-us-gov:iam::123456789012:policy/team/b/Mine'], inlinePolicies: {}, instanceProfiles: [] }
  it('take the root path, several path parts, and every partition', () => {
    expect(recreateCommands(record)).toHaveLength(3)
    expect(recreateCommands({ ...record, path: '/a/b/' })[0]).toContain('--path /a/b/')
    expect(recreateCommands({ ...record, path: '/' })[0]).toContain('--path / ')
  })
})
