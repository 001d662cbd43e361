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
