import type { RoleFinding } from '../../src/leftovers-findings.js'
import type { Connection } from '../../src/proton.js'

/** A connection as the gateway returns it, with any field replaced. */
export const connectionFixture = (over: Partial<Connection> = {}): Connection => ({
  id: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
  arn: 'arn:aws:proton:us-east-1:111111111111:environment-account-connection/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
  managementAccountId: '111111111111',
  environmentAccountId: '222222222222',
  roleArn: 'arn:aws:iam::222222222222:role/R',
  environmentName: 'staging',
  requestedAt: new Date('2026-09-01T12:00:00Z'),
  lastModifiedAt: new Date('2026-09-02T12:00:00Z'),
  status: 'REJECTED',
  ...over
})

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
