import { describe, expect, it } from '@jest/globals'
import { actionMatches, allowsAction, DOCUMENT_MAX, hasAdministratorRights, isProtonPrincipal, ITEMS_MAX, protonTrust, readDocument, withoutProtonPrincipals, type Statement } from '../../src/policy-document.js'

/** AWS Proton user guide, "AWS Proton IAM service role policy examples": the service role's trust. */
const PROTON_TRUST = {
  Version: '2012-10-17',
  Statement: {
    Effect: 'Allow',
    Principal: { Service: 'proton.amazonaws.com' },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'aws:SourceAccount': '123456789012' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:proton:us-east-1:123456789012:environment/*' }
    }
  }
}

/** The same guide's service role policy: everything but organizations and account, on every resource. */
const PROTON_SERVICE_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', NotAction: ['organizations:*', 'account:*'], Resource: '*' },
    { Effect: 'Allow', Action: ['organizations:DescribeOrganization', 'account:ListRegions'], Resource: '*' }
  ]
}

/** As IAM returns a document: URL-encoded JSON. */
const encoded = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc))
const read = (doc: unknown): Statement[] => readDocument(encoded(doc)) as Statement[]

describe('a policy document as IAM returns it', () => {
  it('reads URL-encoded JSON and plain JSON alike, a Statement that is one object or a list', () => {
    const one = read(PROTON_TRUST)
    expect(one).toEqual([
      {
        effect: 'Allow',
        principals: ['Service:proton.amazonaws.com'],
        actions: ['sts:AssumeRole'],
        resources: [],
        conditions: { 'aws:sourceaccount': ['123456789012'], 'aws:sourcearn': ['arn:aws:proton:us-east-1:123456789012:environment/*'] }
      }
    ])
    expect(readDocument(JSON.stringify(PROTON_TRUST))).toEqual(one)
    expect(readDocument(`  ${JSON.stringify(PROTON_TRUST)}`)).toEqual(one)
    const many = read(PROTON_SERVICE_POLICY)
    expect(many).toEqual([
      { effect: 'Allow', principals: [], actions: [], notActions: ['organizations:*', 'account:*'], resources: ['*'], conditions: {} },
      { effect: 'Allow', principals: [], actions: ['organizations:DescribeOrganization', 'account:ListRegions'], resources: ['*'], conditions: {} }
    ])
  })

  it('reads every form of principal, and NotResource', () => {
    const [s] = read({ Statement: { Effect: 'Deny', Principal: { Service: ['a.amazonaws.com', 'b.amazonaws.com'], AWS: 'arn:aws:iam::1:root' }, Action: '*', NotResource: 'arn:x' } })
    expect(s).toEqual({ effect: 'Deny', principals: ['Service:a.amazonaws.com', 'Service:b.amazonaws.com', 'AWS:arn:aws:iam::1:root'], actions: ['*'], resources: [], notResources: ['arn:x'], conditions: {} })
    expect(read({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] })[0]?.principals).toEqual(['*'])
  })

  it('gathers condition values under lower-cased keys, over every operator, booleans and numbers as text', () => {
    const [s] = read({
      Statement: {
        Effect: 'Allow',
        Action: '*',
        Condition: {
          StringEquals: { 'aws:SourceAccount': ['1', '2'] },
          StringLike: { 'AWS:SOURCEACCOUNT': '3' },
          Bool: { 'aws:SecureTransport': true },
          NumericLessThan: { 'x:n': 5 },
          Null: { 'x:o': { nested: 1 } },
          Broken: 'not a block'
        }
      }
    })
    expect(s?.conditions).toEqual({ 'aws:sourceaccount': ['1', '2', '3'], 'aws:securetransport': ['true'], 'x:n': ['5'] })
  })

  it('is not read when it is not a policy document', () => {
    const bad: unknown[] = [
      undefined,
      42,
      '',
      '%E0%A4%A',
      encodeURIComponent('not json'),
      encoded([PROTON_TRUST]),
      encoded({ Version: '2012-10-17' }),
      encoded({ Statement: 'Allow' }),
      encoded({ Statement: [{ Principal: '*', Action: '*' }] }),
      encoded({ Statement: [{ Effect: 'allow', Action: '*' }] }),
      encoded({ Statement: [{ Effect: 'Allow', Principal: '*' }] }),
      encoded({ Statement: [{ Effect: 'Allow', Action: 7 }] }),
      encoded({ Statement: [{ Effect: 'Allow', Action: ['a', 7] }] }),
      encoded({ Statement: [{ Effect: 'Allow', Principal: 'someone', Action: '*' }] }),
      encoded({ Statement: [{ Effect: 'Allow', Principal: ['*'], Action: '*' }] }),
      encoded({ Statement: [{ Effect: 'Allow', Principal: { Service: 5 }, Action: '*' }] }),
      encoded({ Statement: [{ Effect: 'Allow', Action: '*' }, 'junk'] })
    ]
    for (const raw of bad) expect(readDocument(raw)).toBeUndefined()
  })

  it('reads a document up to DOCUMENT_MAX characters, and none longer', () => {
    const base = JSON.stringify({ Statement: { Effect: 'Allow', Action: '*', Sid: '' } })
    const fits = base.replace('"Sid":""', `"Sid":"${'x'.repeat(DOCUMENT_MAX - base.length)}"`)
    expect(fits).toHaveLength(DOCUMENT_MAX)
    expect(readDocument(fits)).toHaveLength(1)
    expect(readDocument(`${fits} `)).toBeUndefined()
  })

  it('reads at most ITEMS_MAX statements, principals and values', () => {
    const statements = Array.from({ length: ITEMS_MAX + 5 }, () => ({ Effect: 'Allow', Action: 'a' }))
    expect(readDocument(JSON.stringify({ Statement: statements }))).toHaveLength(ITEMS_MAX)
    const services = Array.from({ length: ITEMS_MAX + 5 }, (_, i) => `s${i}.amazonaws.com`)
    const [s] = readDocument(JSON.stringify({ Statement: { Effect: 'Allow', Principal: { Service: services, AWS: 'x' }, Action: services, Condition: { StringEquals: { k: services } } } })) as Statement[]
    expect(s?.principals).toHaveLength(ITEMS_MAX)
    expect(s?.principals.at(-1)).toBe(`Service:s${ITEMS_MAX - 1}.amazonaws.com`)
    expect(s?.actions).toHaveLength(ITEMS_MAX)
    expect(s?.conditions.k).toHaveLength(ITEMS_MAX)
  })
})

describe('actions, as IAM matches them', () => {
  it('match exactly, case-insensitively, with * for any run and ? for one character', () => {
    const yes: Array<[string, string]> = [
      ['sts:AssumeRole', 'sts:AssumeRole'],
      ['STS:assumerole', 'sts:AssumeRole'],
      ['*', 'sts:AssumeRole'],
      ['sts:*', 'sts:AssumeRole'],
      ['sts:Assume*', 'sts:AssumeRole'],
      ['sts:AssumeRol?', 'sts:AssumeRole'],
      ['s*s:*Role', 'sts:AssumeRole'],
      ['*:*', 'sts:AssumeRole'],
      ['**', ''],
      ['sts:*Role*', 'sts:AssumeRole'],
      ['*e', 'sts:AssumeRole']
    ]
    const no: Array<[string, string]> = [
      ['sts:AssumeRole?', 'sts:AssumeRole'],
      ['sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'],
      ['ec2:*', 'sts:AssumeRole'],
      ['sts:Assume', 'sts:AssumeRole'],
      ['', 'sts:AssumeRole'],
      ['?', ''],
      ['*x', 'sts:AssumeRole'],
      ['sts:*x*', 'sts:AssumeRole'],
      ['sts:AssumeRole', 'sts:AssumeRol']
    ]
    for (const [pattern, action] of yes) expect([pattern, actionMatches(pattern, action)]).toEqual([pattern, true])
    for (const [pattern, action] of no) expect([pattern, actionMatches(pattern, action)]).toEqual([pattern, false])
  })

  it('take their time from the lengths, not from the pattern: 100,000 stars answer at once', () => {
    const started = performance.now()
    expect(actionMatches(`${'*a'.repeat(50_000)}x`, 'a'.repeat(40))).toBe(false)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('are taken in by Action, or by a NotAction that leaves them out', () => {
    const [withAction, withNot, withNotOther] = read({
      Statement: [
        { Effect: 'Allow', Action: ['ec2:*', 'sts:Assume*'] },
        { Effect: 'Allow', NotAction: 'sts:*' },
        { Effect: 'Allow', NotAction: ['iam:*'] }
      ]
    }) as [Statement, Statement, Statement]
    expect(allowsAction(withAction, 'sts:AssumeRole')).toBe(true)
    expect(allowsAction(withAction, 's3:GetObject')).toBe(false)
    expect(allowsAction(withNot, 'sts:AssumeRole')).toBe(false)
    expect(allowsAction(withNotOther, 'sts:AssumeRole')).toBe(true)
  })
})

describe('the trust of a role that AWS Proton left', () => {
  it('names Proton principals: its service principal and its own, never another type or a look-alike', () => {
    for (const p of ['Service:proton.amazonaws.com', 'Service:sync.proton.amazonaws.com', 'Service:Proton.AmazonAWS.com']) expect([p, isProtonPrincipal(p)]).toEqual([p, true])
    for (const p of ['AWS:proton.amazonaws.com', 'Service:notproton.amazonaws.com', 'Service:proton.amazonaws.com.evil', 'Service:codebuild.amazonaws.com', '*', 'Service:'])
      expect([p, isProtonPrincipal(p)]).toEqual([p, false])
  })

  it('of AWS\'s example: Proton may assume it, for the management account its conditions name', () => {
    expect(protonTrust(read(PROTON_TRUST))).toEqual({
      proton: ['proton.amazonaws.com'],
      others: [],
      sourceAccounts: ['123456789012'],
      sourceArns: ['arn:aws:proton:us-east-1:123456789012:environment/*']
    })
  })

  it('with other principals beside Proton lists them, in its own statement or another', () => {
    const trust = read({
      Statement: [
        { Effect: 'Allow', Principal: { Service: ['proton.amazonaws.com', 'codebuild.amazonaws.com'] }, Action: ['sts:AssumeRole', 'sts:TagSession'] },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Service: 'sync.proton.amazonaws.com' }, Action: 'sts:*' },
        { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }
      ]
    })
    expect(protonTrust(trust)).toEqual({
      proton: ['proton.amazonaws.com', 'sync.proton.amazonaws.com'],
      others: ['Service:codebuild.amazonaws.com', 'AWS:arn:aws:iam::210987654321:root'],
      sourceAccounts: [],
      sourceArns: []
    })
  })

  it('is not Proton\'s when no Allow statement lets a Proton principal assume the role', () => {
    const cases: unknown[] = [
      { Statement: { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' } },
      { Statement: { Effect: 'Deny', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' } },
      { Statement: { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:TagSession' } },
      { Statement: { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, NotAction: 'sts:AssumeRole' } },
      { Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' } }
    ]
    for (const doc of cases) expect(protonTrust(read(doc))).toBeUndefined()
  })

  it('is Proton\'s with any action that takes in sts:AssumeRole', () => {
    for (const action of ['*', 'sts:*', 'STS:AssumeRole', ['sts:TagSession', 'sts:Assume*']]) {
      expect(protonTrust(read({ Statement: { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: action } }))?.proton).toEqual(['proton.amazonaws.com'])
    }
    expect(protonTrust(read({ Statement: { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, NotAction: 'iam:*' } }))?.proton).toEqual(['proton.amazonaws.com'])
  })

  it('takes the source conditions of Proton\'s statements only, each value once', () => {
    const trust = read({
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ['1', '1'] } } },
        { Effect: 'Allow', Principal: { AWS: 'x' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '2', 'aws:SourceArn': 'a' } } }
      ]
    })
    expect(protonTrust(trust)).toMatchObject({ sourceAccounts: ['1'], sourceArns: [] })
  })
})

describe('administrator rights', () => {
  const policy = (...statements: unknown[]): Statement[] => read({ Statement: statements })

  it('are AWS\'s AdministratorAccess in any partition, never a customer policy of that name', () => {
    for (const partition of ['aws', 'aws-cn', 'aws-us-gov']) expect(hasAdministratorRights([`arn:${partition}:iam::aws:policy/AdministratorAccess`], [])).toBe(true)
    expect(hasAdministratorRights(['arn:aws:iam::123456789012:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AdministratorAccess-Amplify'], [])).toBe(false)
    expect(hasAdministratorRights([], [])).toBe(false)
  })

  it('are AWS\'s Proton service role policy: a NotAction on every resource', () => {
    expect(hasAdministratorRights([], [read(PROTON_SERVICE_POLICY)])).toBe(true)
  })

  it('are every action on every resource, with a condition or without', () => {
    expect(hasAdministratorRights([], [policy({ Effect: 'Allow', Action: '*', Resource: '*' })])).toBe(true)
    expect(hasAdministratorRights([], [policy({ Effect: 'Allow', Action: ['s3:GetObject', '*:*'], Resource: ['arn:x', '*'] })])).toBe(true)
    expect(hasAdministratorRights([], [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:x' }), policy({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': true } } })])).toBe(true)
  })

  it('are not a narrower grant, a denial, or a NotResource', () => {
    const narrow = [
      policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      policy({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/*' }),
      policy({ Effect: 'Deny', Action: '*', Resource: '*' }),
      policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }),
      policy({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::bucket' }),
      policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:x' })
    ]
    for (const p of narrow) expect(hasAdministratorRights([], [p])).toBe(false)
  })
})

describe('a trust with AWS Proton taken out', () => {
  it('keeps every other principal, statement, action, condition and key order, and names what it took', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Both', Effect: 'Allow', Principal: { Service: ['proton.amazonaws.com', 'codebuild.amazonaws.com'], AWS: 'arn:aws:iam::1:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'aws:SourceAccount': '1' } } },
        { Sid: 'ProtonOnly', Effect: 'Allow', Principal: { Service: 'sync.proton.amazonaws.com' }, Action: 'sts:AssumeRole' },
        { Sid: 'Deny', Effect: 'Deny', Principal: { Service: 'proton.amazonaws.com' }, Action: 'sts:AssumeRole' },
        { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }
      ]
    }
    const edit = withoutProtonPrincipals(encoded(doc))
    expect(edit).toEqual({
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Both', Effect: 'Allow', Principal: { Service: ['codebuild.amazonaws.com'], AWS: 'arn:aws:iam::1:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'aws:SourceAccount': '1' } } },
          doc.Statement[2],
          doc.Statement[3]
        ]
      },
      removed: ['proton.amazonaws.com', 'sync.proton.amazonaws.com'],
      protonOnly: false
    })
    expect(Object.keys((edit?.document.Statement as Array<Record<string, unknown>>)[0] as object)).toEqual(['Sid', 'Effect', 'Principal', 'Action', 'Condition'])
    expect(Object.keys((edit?.document.Statement as Array<{ Principal: object }>)[0]?.Principal as object)).toEqual(['Service', 'AWS'])
    // The reader agrees: no Proton principal is let in, the others still are.
    const after = readDocument(JSON.stringify(edit?.document)) as Statement[]
    expect(protonTrust(after)).toBeUndefined()
    expect(after.flatMap((st) => (st.effect === 'Allow' ? st.principals : []))).toEqual(['Service:codebuild.amazonaws.com', 'AWS:arn:aws:iam::1:root', '*'])
  })

  it('keeps a one-statement document as one statement, and a string principal as a string', () => {
    const doc = { Statement: { Effect: 'Allow', Principal: { Service: ['PROTON.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' } }
    expect(withoutProtonPrincipals(JSON.stringify(doc))).toEqual({ document: { Statement: { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' } }, removed: ['PROTON.amazonaws.com'], protonOnly: false })
    const two = { Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com', AWS: 'arn:aws:iam::1:role/R' }, Action: 'sts:AssumeRole' }] }
    expect(withoutProtonPrincipals(JSON.stringify(two))?.document).toEqual({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:role/R' }, Action: 'sts:AssumeRole' }] })
  })

  it('says a role is Proton\'s alone when no Allow statement would be left, and changes nothing it does not have to', () => {
    const only = withoutProtonPrincipals(encoded(PROTON_TRUST))
    expect(only).toMatchObject({ removed: ['proton.amazonaws.com'], protonOnly: true })
    expect(only?.document.Statement).toEqual([])
    const denyLeft = withoutProtonPrincipals(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'proton.amazonaws.com' }, Action: '*' }, { Effect: 'Deny', Principal: '*', Action: '*' }] }))
    expect(denyLeft?.protonOnly).toBe(true)
    const none = { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: { AWS: 'x' }, Action: 'sts:AssumeRole' }] }
    expect(withoutProtonPrincipals(JSON.stringify(none))).toEqual({ document: none, removed: [], protonOnly: false })
    expect(withoutProtonPrincipals('not a document')).toBeUndefined()
    expect(withoutProtonPrincipals(42)).toBeUndefined()
  })
})
