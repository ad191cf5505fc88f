/**
 * Explains a manifest_hash: which top-level inputs it covers (each with its own hash) and, given
 * an earlier document, what changed between the two — per module for `modules`, and one level
 * below every other top-level table (`build.server`, `settings.default_enabled`).
 */
import { isTable, type TomlTable, type TomlValue } from '../manifest/toml.js'
import { digestCanonical } from './hash.js'
import { canonicalJson, formatKey, formatPath } from './jcs.js'

export interface HashInput {
  /** Top-level key (quoted when it is not a bare key). */
  path: string
  /** `sha256:` hash of the canonical JSON of the key's value. */
  hash: string
  /** Number of entries, for collection tables (`modules`, or a table whose values are all tables). */
  entries?: number
}

export type ChangeKind = 'added' | 'removed' | 'changed'

export interface HashChange {
  path: string
  kind: ChangeKind
  /** For a changed table entry (e.g. a module): the keys whose values differ, sorted. */
  keys?: string[]
}

export interface HashExplanation {
  manifest_hash: string
  inputs: HashInput[]
  /** null when no `against` document was given; [] when the documents hash alike. */
  changes: HashChange[] | null
}

/**
 * Explains the hash of `doc`; with `against` (the earlier document) also lists the changes that
 * lead from `against` to `doc` (`added` = only in `doc`). Throws DiagnosticError like manifestHash.
 */
export function explainHash(doc: TomlTable, against?: TomlTable, file?: string): HashExplanation {
  const keys = Object.keys(doc).sort()
  const members: string[] = []
  const inputs: HashInput[] = []
  for (const key of keys) {
    const value = doc[key] as TomlValue
    const json = canonicalJson(value, file)
    members.push(JSON.stringify(key) + ':' + json)
    const input: HashInput = { path: formatKey(key), hash: digestCanonical(json) }
    const entries = collectionSize(key, value)
    if (entries !== null) input.entries = entries
    inputs.push(input)
  }
  // Same bytes as canonicalJson(doc): the members are already canonical and in JCS order.
  const manifest_hash = digestCanonical('{' + members.join(',') + '}')
  const changes = against === undefined ? null : diffDocuments(against, doc, file)
  return { manifest_hash, inputs, changes }
}

function collectionSize(key: string, value: TomlValue): number | null {
  if (!isTable(value)) return null
  const values = Object.values(value)
  if (key === 'modules') return values.length
  return values.length > 0 && values.every(isTable) ? values.length : null
}

function has(t: TomlTable, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(t, k)
}

function unionKeys(a: TomlTable, b: TomlTable): string[] {
  const set = new Set(Object.keys(a))
  for (const k of Object.keys(b)) set.add(k)
  return [...set]
}

/** Changes from `before` to `after`: top-level keys, one level deeper inside tables. */
function diffDocuments(before: TomlTable, after: TomlTable, file?: string): HashChange[] {
  const same = (x: TomlValue, y: TomlValue) => canonicalJson(x, file) === canonicalJson(y, file)
  const changes: HashChange[] = []
  for (const key of unionKeys(before, after)) {
    const path = [key]
    if (!has(before, key)) changes.push({ path: formatPath(path), kind: 'added' })
    else if (!has(after, key)) changes.push({ path: formatPath(path), kind: 'removed' })
    else {
      const b = before[key] as TomlValue
      const a = after[key] as TomlValue
      // Two tables are compared entry by entry (no whole-table pass: it would double the work).
      if (isTable(b) && isTable(a)) diffTable(b, a, path, changes, same)
      else if (!same(b, a)) changes.push({ path: formatPath(path), kind: 'changed' })
    }
  }
  return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
}

/** One entry per differing key of two tables; a changed entry that is a table in both names its keys. */
function diffTable(
  before: TomlTable,
  after: TomlTable,
  parent: string[],
  changes: HashChange[],
  same: (x: TomlValue, y: TomlValue) => boolean
): void {
  for (const key of unionKeys(before, after)) {
    const path = formatPath([...parent, key])
    if (!has(before, key)) changes.push({ path, kind: 'added' })
    else if (!has(after, key)) changes.push({ path, kind: 'removed' })
    else {
      const b = before[key] as TomlValue
      const a = after[key] as TomlValue
      if (same(b, a)) continue
      const change: HashChange = { path, kind: 'changed' }
      if (isTable(b) && isTable(a)) {
        change.keys = unionKeys(b, a)
          .filter((k) => !has(b, k) || !has(a, k) || !same(b[k] as TomlValue, a[k] as TomlValue))
          .sort()
      }
      changes.push(change)
    }
  }
}

const COVERS =
  'covers the whole parsed document (every key and value); comments, whitespace, key order, ' +
  'inline-vs-table form and CRLF line endings do not count'

/** Human-readable text of an explanation (no trailing newline). */
export function renderExplanation(e: HashExplanation): string {
  const lines = [`manifest_hash ${e.manifest_hash}`, COVERS, '', 'inputs:']
  const keyWidth = Math.max(3, ...e.inputs.map((i) => i.path.length))
  const entryWidth = Math.max(7, ...e.inputs.map((i) => String(i.entries ?? '').length))
  lines.push(`  ${'key'.padEnd(keyWidth)}  ${'entries'.padStart(entryWidth)}  hash`)
  for (const i of e.inputs) {
    lines.push(`  ${i.path.padEnd(keyWidth)}  ${String(i.entries ?? '').padStart(entryWidth)}  ${i.hash}`)
  }
  if (e.changes !== null) {
    lines.push('')
    if (e.changes.length === 0) lines.push('no changes')
    else {
      lines.push('changes:')
      const sign = { added: '+', removed: '-', changed: '~' } as const
      for (const c of e.changes) {
        const keys = c.keys && c.keys.length > 0 ? ` (${c.keys.map(formatKey).join(', ')})` : ''
        lines.push(`  ${sign[c.kind]} ${c.path}${keys}`)
      }
    }
  }
  return lines.join('\n')
}
