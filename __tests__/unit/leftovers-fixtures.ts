import type { RoleFinding } from '../../src/leftovers-findings.js'

/** A role only AWS Proton can assume, as leftovers/ finds it, with any field replaced. */
export const roleFinding = (over: Partial<RoleFinding> = {}): RoleFinding => ({
  account: '222222222222',
  name: 'ProtonServiceRole',
  path: '/',
  arn: `arn:aws:iam::${over.account ?? '222222222222'}:role/${over.name ?? 'ProtonServiceRole'}`,
  created: '2024-03-11T09:20:00.000Z',
  foundBy: 'trust',
  protonPrincipals: ['proton.amazonaws.com'],
  otherPrincipals: [],
  sourceAccounts: ['111111111111'],
  sourceArns: [],
  attachedPolicies: [],
  inlinePolicies: [],
  protonManagedPolicies: [],
  administrator: false,
  serviceLinked: false,
  tags: {},
  trustDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' }] })),
  ...over
})
