/**
 * Comparing before and after: a generated file with the checkout (where they first differ; the
 * unified diff is line-diff.ts, loaded only when a file differs), and the findings of a tree
 * before and after a change.
 */
import type { Diagnostic } from './diagnostic.js'

/** Line endings ignored: generated files are compared as LF text. */
export const lf = (text: string): string => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text)

/** 1-based line of `have` where it first differs from `want`. */
export function firstDifference(have: string, want: string): number {
  const a = have.split('\n')
  const b = want.split('\n')
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return Math.min(i + 1, a.length)
}

/** What a finding is, wherever it sits: edits move lines, so the line is not part of it. */
const findingKey = (d: Diagnostic): string => `${d.severity}\0${d.rule}\0${d.file}\0${d.message}`

/**
 * The findings `after` a change, split by origin: `preexisting` ones the tree already had `before`
 * (same severity, rule, file and message), and the ones the change `introduced`. A command that
 * applied its change fails only on introduced errors.
 */
export function splitByOrigin(before: readonly Diagnostic[], after: readonly Diagnostic[]): { preexisting: Diagnostic[]; introduced: Diagnostic[] } {
  const had = new Set(before.map(findingKey))
  const preexisting: Diagnostic[] = []
  const introduced: Diagnostic[] = []
  for (const d of after) (had.has(findingKey(d)) ? preexisting : introduced).push(d)
  return { preexisting, introduced }
}

/** "N findings existed before this change" (errors and warnings counted apart), or null for none. */
export function preexistingLine(preexisting: readonly Diagnostic[]): string | null {
  if (!preexisting.length) return null
  const e = preexisting.filter((d) => d.severity === 'error').length
  const w = preexisting.length - e
  const parts = [e ? `${e} error${e === 1 ? '' : 's'}` : '', w ? `${w} warning${w === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')
  return `${preexisting.length} finding${preexisting.length === 1 ? '' : 's'} (${parts}) existed before this change`
}
