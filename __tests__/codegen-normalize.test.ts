// normalizeOutput and lf skip their regex passes when there is nothing to replace; these
// properties hold them to the regex definitions on texts made of the characters that matter.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { normalizeOutput } from '../src/core/codegen/render.js'
import { lf } from '../src/core/diagnostics/compare.js'

const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\n\n', 'fn x() {}'), { maxLength: 30 }).map((parts) => parts.join(''))

describe('normalizeOutput', () => {
  it('gives LF line endings and exactly one final newline, as the two regex replacements do', () => {
    fc.assert(fc.property(text, (t) => expect(normalizeOutput(t)).toBe(t.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n'))), { numRuns: 500 })
  })
})

describe('lf', () => {
  it('turns CRLF into LF and leaves lone CRs', () => {
    fc.assert(fc.property(text, (t) => expect(lf(t)).toBe(t.replace(/\r\n/g, '\n'))), { numRuns: 500 })
  })
})
