// @ts-check
// dist/index.js, the file the runner starts. Two things must happen before the action's code loads:
// 1. The runner's SIGINT and SIGTERM are caught from the first moment: loading the bundle takes a
//    fifth of a second, and a signal then would otherwise kill the process before it writes outputs,
//    a results file or a summary. Signals caught here are handed to the action's cancellation
//    (src/cancel.ts), which takes them over when it starts listening.
// 2. Node 24 can keep compiled code between runs (in the temporary directory, or NODE_COMPILE_CACHE):
//    self-hosted runners keep it, and a run then starts about 30 ms sooner (npm run bench). The cache
//    must be on before the action's code is compiled. A directory that cannot be written only means
//    no cache.
import module from 'node:module'

/** @type {Array<'SIGINT' | 'SIGTERM'>} */
const signals = []
const keepInt = () => void signals.push('SIGINT')
const keepTerm = () => void signals.push('SIGTERM')
process.on('SIGINT', keepInt)
process.on('SIGTERM', keepTerm)
Object.defineProperty(globalThis, Symbol.for('proton-reject-connection-action.early-signals'), {
  value: {
    signals,
    release() {
      process.off('SIGINT', keepInt)
      process.off('SIGTERM', keepTerm)
    }
  }
})

try {
  // Node 22.1 and later; the types this project builds with predate it.
  /** @type {{ enableCompileCache?: () => unknown }} */ (module).enableCompileCache?.()
} catch {
  // No cache; nothing else changes.
}
// Beside this file in dist/ only (the bundle npm run build makes), hence not a literal to resolve now.
const bundle = './main/index.js'
await import(bundle)
