/** Comparing a generated file with the checkout: the unified diff and where they first differ. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'

/** Line endings ignored: generated files are compared as LF text. */
export const lf = (text: string): string => text.replace(/\r\n/g, '\n')

/** A unified diff (3 lines of context) from `have` to `want`; null: the file does not exist (before) / is deleted (after). */
export function unifiedDiff(file: string, have: string | null, want: string | null): string {
  return createTwoFilesPatch(have === null ? '/dev/null' : `a/${file}`, want === null ? '/dev/null' : `b/${file}`, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY })
}

/** 1-based line of `have` where it first differs from `want`. */
export function firstDifference(have: string, want: string): number {
  const a = have.split('\n')
  const b = want.split('\n')
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return Math.min(i + 1, a.length)
}
