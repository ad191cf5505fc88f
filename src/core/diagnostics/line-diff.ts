/**
 * unifiedDiff: the diff `check` prints for a stale file. Its own module, so the `diff` library
 * loads only when some file differs.
 *
 * The unified diff of two texts when one only adds lines to the other (or only removes lines from
 * it) — what `check` shows for a registry file that does not exist yet, or a feature region that
 * gained or lost modules — in linear time, byte for byte what the `diff` library's
 * createTwoFilesPatch prints, which takes time quadratic in the number of added lines (13 s for
 * the 20,000-line registry of 5,000 modules).
 *
 * Why the same: the library runs Myers' algorithm, growing the furthest-reaching path on every
 * diagonal one edit at a time. When the old lines are a subsequence of the new ones, the shortest
 * edit script has exactly (new − old) edits, all additions, and the only path with that many
 * additions and no removal is the one on the outermost diagonal, which the algorithm extends by
 * adding the next new line and then taking every line the two sides have in common: so the script
 * is the greedy one below (take a common line whenever the next lines are equal, else add). The
 * same holds for removals, mirrored. Anything else (lines both added and removed) is left to the
 * library. __tests__/line-diff.test.ts compares both on random texts.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff'

/** A unified diff (3 lines of context) from `have` to `want`; null: the file does not exist (before) / is deleted (after). */
export function unifiedDiff(file: string, have: string | null, want: string | null): string {
  const oldFileName = have === null ? '/dev/null' : `a/${file}`
  const newFileName = want === null ? '/dev/null' : `b/${file}`
  // Lines only added or only removed (a new file, a region that gained modules): linear, same bytes.
  const hunks = oneWayHunks(have ?? '', want ?? '', 3)
  if (hunks) return formatPatch({ oldFileName, newFileName, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY)
  return createTwoFilesPatch(oldFileName, newFileName, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY })
}

/** The library's lines: split after each `\n` (a `\r\n` is one separator), no empty last line. */
function tokens(text: string): string[] {
  const parts = text.split(/(\n|\r\n)/)
  if (!parts[parts.length - 1]) parts.pop()
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    if (i % 2) out[out.length - 1] = out[out.length - 1]! + parts[i]!
    else out.push(parts[i]!)
  }
  return out.filter((t) => t !== '')
}

interface Run {
  /** ' ' common, '+' added, '-' removed. */
  mark: ' ' | '+' | '-'
  lines: string[]
}

/**
 * The runs of the greedy script from `from` to `to` when `from` is a subsequence of `to` (`mark`
 * for the lines only `to` has); null when it is not.
 */
function greedy(from: string[], to: string[], mark: '+' | '-'): Run[] | null {
  if (from.length > to.length) return null
  const runs: Run[] = []
  let i = 0
  let start = 0
  let common = true
  const close = (end: number) => {
    if (end > start) runs.push({ mark: common ? ' ' : mark, lines: splitLines(to.slice(start, end).join('')) })
    start = end
  }
  for (let j = 0; j < to.length; j++) {
    const same = i < from.length && from[i] === to[j]
    if (same !== common) {
      close(j)
      common = same
    }
    if (same) i++
  }
  close(to.length)
  return i === from.length ? runs : null
}

/** A run's value as the library splits it into patch lines: each keeps its `\n`, except an unterminated last one. */
function splitLines(text: string): string[] {
  const out = text.split('\n').map((line) => line + '\n')
  if (text.endsWith('\n')) out.pop()
  else out.push(out.pop()!.slice(0, -1))
  return out
}

/** The hunks of the patch from `oldText` to `newText` (`context` lines around changes), or null when lines are both added and removed. */
export function oneWayHunks(oldText: string, newText: string, context: number): StructuredPatchHunk[] | null {
  const a = tokens(oldText)
  const b = tokens(newText)
  const runs = greedy(a, b, '+') ?? greedy(b, a, '-')
  return runs === null ? null : hunks(runs, context)
}

/** Runs → hunks: changes with up to `context` common lines around them; changes closer than 2 × context share a hunk. */
function hunks(runs: Run[], context: number): StructuredPatchHunk[] {
  const all = [...runs, { mark: ' ' as const, lines: [] }]
  const out: StructuredPatchHunk[] = []
  let oldStart = 0
  let newStart = 0
  let lines: string[] = []
  let oldLine = 1
  let newLine = 1
  for (let i = 0; i < all.length; i++) {
    const run = all[i]!
    if (run.mark !== ' ') {
      if (!oldStart) {
        const prev = all[i - 1]
        oldStart = oldLine
        newStart = newLine
        if (prev) {
          lines = context > 0 ? prev.lines.slice(-context).map((l) => ' ' + l) : []
          oldStart -= lines.length
          newStart -= lines.length
        }
      }
      for (const l of run.lines) lines.push(run.mark + l)
      if (run.mark === '+') newLine += run.lines.length
      else oldLine += run.lines.length
      continue
    }
    if (oldStart) {
      if (run.lines.length <= context * 2 && i < all.length - 2) {
        for (const l of run.lines) lines.push(' ' + l)
      } else {
        const size = Math.min(run.lines.length, context)
        for (const l of run.lines.slice(0, size)) lines.push(' ' + l)
        out.push({ oldStart, oldLines: oldLine - oldStart + size, newStart, newLines: newLine - newStart + size, lines })
        oldStart = 0
        newStart = 0
        lines = []
      }
    }
    oldLine += run.lines.length
    newLine += run.lines.length
  }
  // Lines lose their `\n`; a line without one is followed by the "no newline" marker.
  for (const h of out) {
    const marked: string[] = []
    for (const l of h.lines) {
      if (l.endsWith('\n')) marked.push(l.slice(0, -1))
      else marked.push(l, '\\ No newline at end of file')
    }
    h.lines = marked
  }
  return out
}
