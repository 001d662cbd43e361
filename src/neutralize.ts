/**
 * Text from outside the action (AWS, GitHub, a policy file) made safe to log. The runner reads a
 * line as a workflow command when, after leading spaces, it starts with `::`, and its older parser
 * finds `##[` anywhere in a line (actions/runner, ActionCommand.TryParse): either could forge an
 * annotation, set an output or stop command processing. So a logged line is kept to one line,
 * control characters are shown as escapes, every `##[` gets a zero-width space after its first `#`,
 * and a line that would start a command is prefixed. Annotations need none of this: @actions/core
 * escapes them.

/** Controls other than tab, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g
const NEWLINE = /\r\n|[\r\n\u0085\u2028\u2029]/g
const COMMAND_START = /^\s*(::|##\[)/
const OLD_COMMAND = /##\[/g

/** The longest piece of outside text one log line shows. */
export const LOG_VALUE_MAX = 2_000

/** At most `max` characters, the cut marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text
}

/** One line: line breaks shown as ⏎, other controls as \uXXXX escapes, bounded. */
export function oneLine(text: string, max = LOG_VALUE_MAX * 2): string {
  const flat = text
    .replace(NEWLINE, ' ⏎ ')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(OLD_COMMAND, '#\u200b#[')
  return truncate(flat, max)
}

/**
 * An annotation's text: @actions/core escapes line breaks in it, and the runner reads a line that
 * starts with `::` with its newer parser only; `##[` is defused all the same, for any older reader.
 */
export const defused = (text: string): string => text.replace(OLD_COMMAND, '#\u200b#[')

/** A whole log line: one line that cannot start a workflow command. */
export function logLine(text: string): string {
  const line = oneLine(text)
  return COMMAND_START.test(line) ? `› ${line}` : line
}

/** An outside value quoted for a message: JSON string syntax, bounded. */
export function quoted(value: unknown, max = 80): string {
  return JSON.stringify(truncate(String(value), max))
}
