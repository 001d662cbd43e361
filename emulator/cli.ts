import { startEmulator } from './server.js'
import { JOB_REPOSITORY } from './runner.js'

/** A standalone emulator: `npm run emulator -- [port] [pending connections]`. Stop with Ctrl-C. */
export const DEFAULT_PORT = 28457
const port = Number(process.argv[2] ?? DEFAULT_PORT)
const count = Number(process.argv[3] ?? 1)
let emulator
try {
  emulator = await startEmulator({ port })
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(code === 'EADDRINUSE' ? `port ${port} is taken; start on another: npm run emulator -- <port>` : `cannot start the emulator on port ${port}: ${(error as Error).message}`)
  process.exit(1)
}
// A repository created today: its tokens carry the immutable subject, which the role trusts exactly.
const subject = `repo:${JOB_REPOSITORY.owner}@${JOB_REPOSITORY.ownerId}/${JOB_REPOSITORY.name}@${JOB_REPOSITORY.id}:ref:refs/heads/main`
emulator.trustRole('arn:aws:iam::111111111111:role/ProtonConnectionGuard', subject)
for (let i = 0; i < count; i++) {
  // The first ID is fixed so that .env.example can name it.
  const c = emulator.seed({
    ...(i === 0 && { id: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b' }),
    environmentAccountId: String(222222222222 + i),
    environmentName: `env-${i + 1}`
  })
  console.log(`pending connection ${c.id} (account ${c.environmentAccountId})`)
}
// The OIDC variables of a manual run on main of octo-org/octo-repo, as the runner would give that job.
const job = {
  repository: `${JOB_REPOSITORY.owner}/${JOB_REPOSITORY.name}`,
  ownerId: JOB_REPOSITORY.ownerId,
  repositoryId: JOB_REPOSITORY.id,
  subjectForm: 'immutable' as const,
  eventName: 'workflow_dispatch',
  ref: 'refs/heads/main'
}
console.log(`\nAWS Proton, STS and GitHub OIDC emulator on ${emulator.url}. To reach it:\n`)
for (const [key, value] of Object.entries({ ...emulator.awsEnv, ...emulator.oidcEnvFor(job) })) console.log(`export ${key}=${value}`)
console.log(`\nControl: POST ${emulator.url}/_emulator/reset | /_emulator/seed | /_emulator/faults; GET /_emulator/connections | /_emulator/calls`)
const running = emulator
const stop = (): void => void running.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
