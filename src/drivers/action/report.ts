/** Diagnostics in the action: the first annotations on the exact line, everything in the job summary. */
import * as core from '@actions/core'
import { error, warning } from './log.js'
import path from 'node:path'
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js'
import { summaryLine } from '../../core/diagnostics/render.js'
import { escapeHtml } from '../../core/diagnostics/output.js'

export const MAX_ANNOTATIONS = 10

export { escapeHtml }

/**
 * Where a finding's file is, relative to the workspace (GitHub attaches annotations only to
 * workspace-relative paths). `root` is the absolute directory the diagnostics are relative to.
 */
export function workspacePath(file: string, root: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(root, file))
  return rel.split(path.sep).join('/')
}

/**
 * Text for inside <pre><code> (core.summary.addCodeBlock inserts it raw): `<`, `>`, `&` escaped,
 * line breaks kept. Unescaped, Rust like `register::<shop_blog::BlogModule>()` loses the generic as
 * an unknown HTML tag, and a committed file containing `</pre>` would end the block.
 */
export const escapeCode = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))

/** Annotates the first MAX_ANNOTATIONS findings (errors first); returns how many were annotated. */
export function annotate(diagnostics: readonly Diagnostic[], where: (file: string) => string): number {
  const ordered = [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity === 'warning')]
  const shown = ordered.slice(0, MAX_ANNOTATIONS)
  for (const d of shown) {
    const props: core.AnnotationProperties = { title: d.rule, ...(d.file === null ? {} : { file: where(d.file) }) }
    if (d.line !== null) {
      props.startLine = d.line
      if (d.column !== null) props.startColumn = d.column
    }
    const text = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message
    if (d.severity === 'error') error(text, props)
    else warning(text, props)
  }
  return shown.length
}

/** Adds the findings table to the job summary (all of them, escaped). */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], annotated: number, where: (file: string) => string): void {
  core.summary.addRaw(`<p>${escapeHtml(summaryLine(diagnostics))}${diagnostics.length > annotated ? ` — ${annotated} shown as annotations, all listed below` : ''}</p>`, true)
  if (diagnostics.length === 0) return
  core.summary.addTable([
    [
      { data: 'Location', header: true },
      { data: 'Severity', header: true },
      { data: 'Rule', header: true },
      { data: 'Message', header: true }
    ],
    ...diagnostics.map((d) => [
      escapeHtml(d.file === null ? '' : d.line === null ? where(d.file) : `${where(d.file)}:${d.line}:${d.column ?? 1}`),
      d.severity,
      escapeHtml(d.rule),
      escapeHtml(d.hint ? `${d.message} — hint: ${d.hint}` : d.message)
    ])
  ])
}
