import { startEmulator } from './server.js'

/** A standalone emulator: `npm run emulator -- [port] [pending connections]`. Stop with Ctrl-C. */
const port = Number(process.argv[2] ?? 4566)
const count = Number(process.argv[3] ?? 1)
const emulator = await startEmulator({ port })
emulator.trustRole('arn:aws:iam::111111111111:role/ProtonConnectionGuard')
for (let i = 0; i < count; i++) {
  // The first ID is fixed so that .env.example can name it.
  const c = emulator.seed({
    ...(i === 0 && { id: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b' }),
    environmentAccountId: String(222222222222 + i),
    environmentName: `env-${i + 1}`
  })
  console.log(`pending connection ${c.id} (account ${c.environmentAccountId})`)
}
console.log(`\nAWS Proton, STS and GitHub OIDC emulator on ${emulator.url}. To reach it:\n`)
for (const [key, value] of Object.entries({ ...emulator.awsEnv, ...emulator.oidcEnv })) console.log(`export ${key}=${value}`)
console.log(`\nControl: POST ${emulator.url}/_emulator/reset | /_emulator/seed | /_emulator/faults; GET /_emulator/connections | /_emulator/calls`)
const stop = (): void => void emulator.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
