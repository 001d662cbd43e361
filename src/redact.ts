import { inspect } from 'node:util'

/**
 * Secrets this process knows, removed from anything it logs itself. `core.setSecret` only masks
 * what the runner shows; this keeps them out of the step's output stream too.
 */
export class Redactor {
  private readonly secrets = new Set<string>()

  add(secret: string | undefined): void {
    // Very short values would blank out ordinary words.
    if (secret && secret.length >= 8) this.secrets.add(secret)
  }

  apply(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }

  /** A logger for the AWS SDK that writes through `debug`, redacted. */
  logger(debug: (message: string) => void): { debug: (...a: unknown[]) => void; info: (...a: unknown[]) => void; warn: (...a: unknown[]) => void; error: (...a: unknown[]) => void } {
    const write = (...args: unknown[]): void =>
      debug(this.apply(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6, breakLength: Infinity }))).join(' ')))
    return { debug: write, info: write, warn: write, error: write }
  }
}
