import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readManifest, type RunResult } from '../../emulator/runner.js'
import { errorLines, rows, useEmulator } from './harness.js'

/** The policy as the user wrote it, read as they meant it: commented lists, keys, where the file is, and comment-key. */

const h = useEmulator()
const policyRun = (policy: string, inputs: Record<string, string> = {}) =>
  h.run({ 'policy-file': 'policy.yml', ...inputs }, { files: { 'policy.yml': policy } })
const warningLines = (r: RunResult): string[] => r.stdout.split('\n').filter((l) => l.startsWith('::warning'))
const EMPTY = '::error title=Invalid input::policy-file: policy.yml: "allowed-account-ids" is empty (blank, null, or every entry commented out); give the accounts to allow as a list:'

/** A pending request of an account the list names, and one it does not. */
function pendingPair() {
  return {
    first: h.emulator.seed({ environmentAccountId: '600000000001' }),
    second: h.emulator.seed({ environmentAccountId: '600000000002' })
  }
}

/** Nothing was called and both requests are still pending. */
function untouched(w: ReturnType<typeof pendingPair>): void {
  expect(h.emulator.calls).toHaveLength(0)
  expect(h.emulator.proton.connections.get(w.first.id)?.status).toBe('PENDING')
  expect(h.emulator.proton.connections.get(w.second.id)?.status).toBe('PENDING')
}

describe('a list whose entries are all commented out', () => {
  it.each([
    ['a flow list over lines', "allowed-account-ids: [\n  # '600000000001',\n]\n"],
    ['a flow list with a comment after the bracket', 'allowed-account-ids: [ # none yet\n]\n'],
    ['JSON', '{ "allowed-account-ids": [\n  # "600000000001"\n] }\n'],
    ['a block list', 'allowed-account-ids:\n  # - "600000000001"\n']
  ])('in %s is refused with the message of a blank list; nothing is listed or rejected', async (_form, policy) => {
    const w = pendingPair()
    const r = await policyRun(policy)
    expect(r.code).toBe(1)
    expect(errorLines(r)).toHaveLength(1)
    expect(errorLines(r)[0]?.startsWith(EMPTY)).toBe(true)
    expect(errorLines(r)[0]).toContain('allowed-account-ids: []')
    untouched(w)
  })

  it('in the allowed-account-ids input is refused too, naming the input', async () => {
    const w = pendingPair()
    const r = await h.run({ 'allowed-account-ids': "[\n  # '600000000001',\n]" })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      '::error title=Invalid input::allowed-account-ids: "[\\n  # \'600000000001\',\\n]" names no account: every entry is commented out; give the account IDs to allow, like 123456789012, or [] to allow none (every pending connection is then rejected)'
    ])
    untouched(w)
  })

  it('is not the literal [], which still means that no account is allowed', async () => {
    const w = pendingPair()
    const r = await policyRun('allowed-account-ids: [ ]\n')
    expect(r.code).toBe(0)
    expect(r.outputs['rejected-count']).toBe('2')
    expect(h.emulator.proton.connections.get(w.first.id)?.status).toBe('REJECTED')
    expect(h.emulator.proton.connections.get(w.second.id)?.status).toBe('REJECTED')
  })
})

describe('keys written as anything but plain or quoted text', () => {
  it('an alias key that would replace the list is refused, named, and never called ignored', async () => {
    const w = pendingPair()
    const r = await policyRun("x: &k allowed-account-ids\nallowed-account-ids: ['600000000001']\n*k : ['600000000002']\n")
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      '::error title=Invalid input::policy-file: policy.yml: the key "*k" on line 3 is an alias; write each key as plain or quoted text, like allowed-account-ids (an alias, a merge key <<, a tag or a complex key is not read)'
    ])
    expect(warningLines(r).filter((l) => l.includes('ignores'))).toEqual([])
    untouched(w)
  })

  it.each([
    ['a merge key', "<<: { allowed-account-ids: ['600000000002'] }\nallowed-account-ids: ['600000000001']\n", '"<<" on line 1 is a merge key'],
    ['a tag', "!!str allowed-account-ids: ['600000000001']\n", '"!!str allowed-account-ids" on line 1 is a tagged key'],
    ['a complex key', "allowed-account-ids: ['600000000001']\n? [a, b]\n: ['600000000002']\n", '"[a, b]" on line 2 is a complex key (a list or a mapping)']
  ])('%s is refused, named', async (_form, policy, named) => {
    const w = pendingPair()
    const r = await policyRun(policy)
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      `::error title=Invalid input::policy-file: policy.yml: the key ${named}; write each key as plain or quoted text, like allowed-account-ids (an alias, a merge key <<, a tag or a complex key is not read)`
    ])
    untouched(w)
  })
})

describe('the policy file is inside the workspace', () => {
  /** A workspace of our own, with the policy in it and another outside it, given as GITHUB_WORKSPACE. */
  function layout() {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'policy-input-')))
    const workspace = join(base, 'ws')
    mkdirSync(join(workspace, 'proton'), { recursive: true })
    writeFileSync(join(workspace, 'proton', 'policy.yml'), 'allowed-account-ids: ["600000000001"]\n')
    writeFileSync(join(base, 'outside.yml'), 'allowed-account-ids: ["600000000002"]\n')
    return { base, workspace }
  }
  const inWorkspace = (workspace: string, inputs: Record<string, string>) => h.run(inputs, { env: { GITHUB_WORKSPACE: workspace } })

  it.each([
    ['an absolute path elsewhere', '/etc/passwd'],
    ['.. that leaves it', '../outside.yml'],
    ['.. that leaves it after going in', 'proton/../../outside.yml']
  ])('%s is an input error that says so, before anything is read', async (_form, path) => {
    const { workspace } = layout()
    const w = pendingPair()
    const r = await inWorkspace(workspace, { 'policy-file': path })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      `::error title=Invalid input::policy-file: ${path} is outside the workspace; the policy file must be inside the workspace (${workspace}): give its path relative to the workspace, like proton/account-policy.yml, or an absolute path inside it`
    ])
    untouched(w)
  })

  it('a symbolic link out of the workspace, as the file or as a directory on the way, is refused', async () => {
    const { base, workspace } = layout()
    symlinkSync(join(base, 'outside.yml'), join(workspace, 'link.yml'))
    symlinkSync(base, join(workspace, 'up'))
    const w = pendingPair()
    for (const path of ['link.yml', 'up/outside.yml']) {
      const r = await inWorkspace(workspace, { 'policy-file': path })
      expect(r.code).toBe(1)
      expect(errorLines(r)).toEqual([
        `::error title=Invalid input::policy-file: ${path} leads outside the workspace, to "${join(base, 'outside.yml')}", through a symbolic link; the policy file must be inside the workspace (${workspace}): give the path of the file itself, like proton/account-policy.yml, not of a link out of the workspace`
      ])
    }
    untouched(w)
  })

  it('an absolute path inside it, a link within it, and a workspace reached through a link are read', async () => {
    const { base, workspace } = layout()
    symlinkSync(join(workspace, 'proton', 'policy.yml'), join(workspace, 'current.yml'))
    symlinkSync(workspace, join(base, 'ws-link'))
    for (const [ws, path] of [
      [workspace, join(workspace, 'proton', 'policy.yml')],
      [workspace, 'current.yml'],
      [join(base, 'ws-link'), 'proton/policy.yml']
    ] as const) {
      h.emulator.forgetEverything()
      pendingPair()
      const r = await inWorkspace(ws, { 'policy-file': path, 'dry-run': 'true' })
      expect(r.code).toBe(0)
      expect(rows(r).map((x) => [x['environment-account-id'], x.outcome]).sort()).toEqual([
        ['600000000001', 'skipped'],
        ['600000000002', 'would-reject']
      ])
    }
  })

  it('a file in it that is not a regular file is still refused before it is read', async () => {
    const { workspace } = layout()
    execFileSync('mkfifo', [join(workspace, 'proton', 'pipe.yml')])
    const r = await inWorkspace(workspace, { 'policy-file': 'proton/pipe.yml' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      '::error title=Invalid input::policy-file: cannot read proton/pipe.yml: it is not a regular file (a device, a pipe or a socket, or a link to one); give the path of the policy file itself'
    ])
    expect(r.durationMs).toBeLessThan(10_000)
  })

  it('a file that does not exist in it still says so', async () => {
    const { workspace } = layout()
    const r = await inWorkspace(workspace, { 'policy-file': 'proton/missing.yml' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      '::error title=Invalid input::policy-file: cannot read proton/missing.yml: it does not exist in the workspace; check out the repository first (actions/checkout) and check the path'
    ])
  })
})

describe('comment-key', () => {
  it('is declared, optional and empty by default', () => {
    expect(readManifest().inputs?.['comment-key']).toMatchObject({ default: '' })
  })

  it('is accepted with letters, digits and ._/-', async () => {
    h.emulator.seed({ environmentAccountId: '600000000002' })
    const r = await policyRun('allowed-account-ids: ["600000000001"]\n', { 'comment-key': ' proton/prod_eu-1.yml ', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs['would-reject-count']).toBe('1')
  })

  it.each([
    ['a character that could end the marker', 'prod-->x', '"prod-->x"'],
    ['a space', 'prod eu', '"prod eu"'],
    ['101 characters', 'k'.repeat(101), `"${'k'.repeat(80)}…"`]
  ])('with %s is an input error naming the input and what is valid', async (_form, key, shown) => {
    const w = pendingPair()
    const r = await policyRun('allowed-account-ids: ["600000000001"]\n', { 'comment-key': key })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      `::error title=Invalid input::comment-key: ${shown} is not valid; expected at most 100 characters of A-Z, a-z, 0-9 and . _ / -, like proton/prod (the same key in the plan workflow and the apply workflow)`
    ])
    untouched(w)
  })
})
