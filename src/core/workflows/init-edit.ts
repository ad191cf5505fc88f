/**
 * `init` on a repository that already has modules-rebuild.toml: sets `[workflows] action` and
 * `action_version` from the command line, surgically (every other byte kept), adding the
 * `[workflows]` table when the file has none. Pure: text in, text (or the refusal) out.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isTable, type TomlTable } from '../manifest/toml.js'
import { loadForEdit, refusal, tomlString, verifyEdit } from '../manifest/toml-write.js'
import type { KeyVal } from '../manifest/toml-scan.js'
import { imagesToml } from '../config/images.js'
import { type TargetName } from '../values/values.js'

export type PinEdit = { ok: true; text: string; changed: string[] } | { ok: false; diagnostics: Diagnostic[] }

export function setWorkflowsPins(text: string, file: string, pins: { action?: string; action_version?: string }): PinEdit {
  const doc = loadForEdit(text, file)
  if (Array.isArray(doc)) return { ok: false, diagnostics: doc }
  const current = doc.data.workflows
  if (current !== undefined && !isTable(current)) return { ok: false, diagnostics: [diagnostic('error', 'invalid-type', file, null, '`workflows` is not a table', 'Make it a [workflows] table.')] }
  const wanted = Object.entries(pins).filter(([key, v]) => v !== undefined && current?.[key] !== v) as Array<[string, string]>
  if (!wanted.length) return { ok: true, text, changed: [] }
  const intended: TomlTable = structuredClone(doc.data)
  intended.workflows = { ...(isTable(current) ? current : {}), ...Object.fromEntries(wanted) }

  const header = doc.stmts.find((s) => s.kind === 'header' && !s.array && s.path.length === 1 && s.path[0] === 'workflows')
  const own = doc.stmts.filter((s): s is KeyVal => s.kind === 'keyval' && s.path.length === 2 && s.path[0] === 'workflows')
  const edits: Array<{ at: number; end: number; text: string }> = []
  const adds: string[] = []
  for (const [key, value] of wanted) {
    const kv = own.find((s) => s.path[1] === key)
    if (kv) edits.push({ at: kv.valueStart, end: kv.valueEnd, text: tomlString(value) })
    else adds.push(`${key} = ${tomlString(value)}${doc.eol}`)
  }
  if (adds.length) {
    if (header && header.kind === 'header') {
      const last = own.filter((s) => s.table.length === 1).at(-1)
      const at = last ? last.lineEnd : header.lineEnd
      const before = text.slice(0, at)
      edits.push({ at, end: at, text: (before.endsWith('\n') || at === 0 ? '' : doc.eol) + adds.join('') })
    } else if (current === undefined) {
      const sep = text === '' || text.endsWith('\n') ? '' : doc.eol
      edits.push({ at: text.length, end: text.length, text: `${sep}${doc.eol}[workflows]${doc.eol}${adds.join('')}` })
    } else return { ok: false, diagnostics: [refusal(file, '`workflows` is written as a dotted key or an inline table')] }
  }
  let out = text
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end)
  const verified = verifyEdit(file, out, intended)
  if (!verified.ok) return { ok: false, diagnostics: verified.diagnostics }
  return { ok: true, text: out, changed: wanted.map(([k]) => k) }
}

/**
 * `init` on an existing modules-rebuild.toml without `[images]`: appends the `[images.*]` tables of
 * the Dockerfiles found (every other byte kept). A file that mentions `images` already is left alone.
 */
export function addImages(text: string, file: string, found: ReadonlyArray<{ target: TargetName; dockerfile: string }>): PinEdit {
  if (!found.length) return { ok: true, text, changed: [] }
  const doc = loadForEdit(text, file)
  if (Array.isArray(doc)) return { ok: false, diagnostics: doc }
  if (doc.data.images !== undefined) return { ok: true, text, changed: [] }
  const intended: TomlTable = structuredClone(doc.data)
  intended.images = Object.fromEntries(found.map((f) => [f.target, { dockerfile: f.dockerfile }]))
  const sep = text === '' || text.endsWith('\n') ? '' : doc.eol
  const out = `${text}${sep}${doc.eol}${imagesToml(found, doc.eol)}`
  const verified = verifyEdit(file, out, intended)
  if (!verified.ok) return { ok: false, diagnostics: verified.diagnostics }
  return { ok: true, text: out, changed: found.map((f) => `images.${f.target}`) }
}
