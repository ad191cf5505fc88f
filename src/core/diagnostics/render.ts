/** The three renderings of a Diagnostic: terminal text, JSON, and (in the action) annotations. */
import type { Diagnostic } from './diagnostic.js'

/** `modules.toml:15:1: error[unknown-dependency]: message` and the hint on the next line. */
export function renderText(d: Diagnostic): string {
  const where = d.file === null ? '' : d.line === null ? `${d.file}: ` : `${d.file}:${d.line}:${d.column ?? 1}: `
  const head = `${where}${d.severity}[${d.rule}]: ${d.message}`
  return d.hint ? `${head}\n  hint: ${d.hint}` : head
}

export interface JsonDiagnostic {
  file: string | null
  line: number | null
  column: number | null
  rule: string
  message: string
  hint: string | null
}

export function toJson(d: Diagnostic): JsonDiagnostic {
  return { file: d.file, line: d.line, column: d.column, rule: d.rule, message: d.message, hint: d.hint }
}

/** The `--format json` report: one object, errors and warnings apart. */
export function jsonReport(ok: boolean, manifestHash: string | null, diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ok,
    manifest_hash: manifestHash,
    errors: diagnostics.filter((d) => d.severity === 'error').map(toJson),
    warnings: diagnostics.filter((d) => d.severity === 'warning').map(toJson),
    ...extra
  }, null, 2)
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const e = diagnostics.filter((d) => d.severity === 'error').length
  const w = diagnostics.length - e
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`
}
