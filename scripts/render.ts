import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * GitHub's Markdown renderer for job summaries and comments: cmark-gfm with the extensions GitHub
 * enables (Debian package cmark-gfm). Raw HTML passes through (`--unsafe`), as on GitHub, whose
 * sanitizer then drops what it does not allow; the tagfilter extension escapes the dangerous tags.
 */
export const CMARK_GFM = [process.env.CMARK_GFM, '/usr/bin/cmark-gfm', '/usr/local/bin/cmark-gfm'].find((p): p is string => !!p && existsSync(p))

export function renderGfm(markdown: string): string {
  if (!CMARK_GFM) throw new Error('cmark-gfm is not installed (apt-get install cmark-gfm)')
  return execFileSync(CMARK_GFM, ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
}
