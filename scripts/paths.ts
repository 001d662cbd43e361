import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the build and documentation scripts find the project: from this file, not from the emulator's test runner. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DIST = join(ROOT, 'dist')
