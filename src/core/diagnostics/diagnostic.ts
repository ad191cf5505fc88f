/**
 * The one error type of modules-rebuild. Every problem the tool finds in user input is a
 * Diagnostic: where (file relative to the root, POSIX separators; 1-based line and column, or null
 * when there is no location), what (a stable rule id and a message) and how to fix it (a hint).
 * It is rendered three ways: terminal text, JSON and GitHub annotations (see render.ts).
 */
import type { RuleId } from './rules.js'

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  severity: Severity
  /** Stable kebab-case rule id, e.g. `unknown-dependency`. Documented in the README. */
  rule: RuleId
  /** null when the problem is in no file (a command-line argument, an action input, a URL). */
  file: string | null
  line: number | null
  column: number | null
  message: string
  hint: string | null
}

export interface Location {
  line: number
  column: number
}

export function diagnostic(
  severity: Severity,
  rule: RuleId,
  file: string | null,
  loc: Location | null | undefined,
  message: string,
  hint?: string | null
): Diagnostic {
  return {
    severity,
    rule,
    file,
    line: loc?.line ?? null,
    column: loc?.column ?? null,
    message,
    hint: hint ?? null
  }
}

/**
 * Raised by pure functions that must stop at the first problem (for example parsing a document
 * that is not TOML). Carries the diagnostics so callers can report them like any other finding.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: Diagnostic[]
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('; '))
    this.name = 'DiagnosticError'
    this.diagnostics = diagnostics
  }
}

/** Orders diagnostics by file, line, column, then rule, so output is stable across runs. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export const hasErrors = (list: readonly Diagnostic[]): boolean =>
  list.some((d) => d.severity === 'error')

/**
 * `out.push(...more)` for lists of any length: a spread passes every element as an argument,
 * and a few hundred thousand findings (5,000 modules, each reaching thousands of others) exceed
 * the engine's stack. Returns `out`.
 */
export function pushAll<T>(out: T[], more: readonly T[]): T[] {
  for (let i = 0; i < more.length; i++) out.push(more[i]!)
  return out
}
