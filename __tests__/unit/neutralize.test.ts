import { describe, expect, it } from '@jest/globals'
import { defused, LOG_VALUE_MAX, logLine, oneLine, quoted, truncate } from '../../src/neutralize.js'

describe('logLine', () => {
  it.each([
    ['::error title=X::forged', '› ::error title=X::forged'],
    ['  ::stop-commands::token', '›   ::stop-commands::token'],
    ['\t::set-output name=a::b', '› \t::set-output name=a::b'],
    ['##[error]old form', '#\u200b#[error]old form'],
    ['id: prod ##[error title=x]Forged', 'id: prod #\u200b#[error title=x]Forged'],
    ['id: ::error::later in the line', 'id: ::error::later in the line'],
    ['plain text', 'plain text']
  ])('%j is logged as %j', (input, expected) => {
    expect(logLine(input)).toBe(expected)
  })

  it('keeps a value on one line, whatever line break it holds', () => {
    for (const br of ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085']) {
      const line = logLine(`ok${br}::error::forged`)
      expect(line).toBe('ok ⏎ ::error::forged')
      expect(line.split(/[\r\n\u2028\u2029\u0085]/)).toHaveLength(1)
    }
  })

  it('shows other control characters as escapes, and keeps tabs', () => {
    expect(oneLine('a\u001b[31mred\u0000\tb\u007f')).toBe('a\\u001b[31mred\\u0000\tb\\u007f')
  })
})

describe('defused', () => {
  it('breaks ##[ anywhere with a zero-width space, and leaves the rest of an annotation as it is', () => {
    expect(defused('a ##[error]b\n##[group]x')).toBe('a #\u200b#[error]b\n#\u200b#[group]x')
    expect(defused('# [x] #[y] ::warning::z')).toBe('# [x] #[y] ::warning::z')
  })
})

describe('oneLine by default', () => {
  it('keeps twice LOG_VALUE_MAX characters, then cuts', () => {
    expect(oneLine('y'.repeat(2 * LOG_VALUE_MAX))).toBe('y'.repeat(2 * LOG_VALUE_MAX))
    expect(oneLine('y'.repeat(10 * LOG_VALUE_MAX))).toBe(`${'y'.repeat(2 * LOG_VALUE_MAX - 1)}…`)
  })
})

describe('truncate and quoted', () => {
  it('cuts at the limit with an ellipsis, and leaves shorter text alone', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abcd', 4)).toBe('abcd')
    expect(truncate('x'.repeat(10_000), 100)).toHaveLength(100)
    expect(oneLine('y'.repeat(10_000), 50)).toHaveLength(50)
  })

  it('quotes in JSON syntax, bounded', () => {
    expect(quoted('a"b\nc')).toBe('"a\\"b\\nc"')
    expect(quoted('z'.repeat(200), 10)).toBe(`"${'z'.repeat(9)}…"`)
  })
})
