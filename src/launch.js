// dist/index.js, the file the runner starts. Node 24 can keep compiled code between runs (in the
// temporary directory, or NODE_COMPILE_CACHE): self-hosted runners keep it, and a run then starts
// about 30 ms sooner (npm run bench). The cache must be on before the action's code is compiled,
// hence this separate file, which loads the bundle only after. A directory that cannot be written
// only means no cache.
import module from 'node:module'

try {
  module.enableCompileCache?.()
} catch {
  // No cache; nothing else changes.
}
await import('./main/index.js')
