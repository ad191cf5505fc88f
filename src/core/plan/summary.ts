/**
 * Human views of a release plan: the job summary (HTML blocks + a mermaid graph, every untrusted
 * string escaped — core.summary does not escape) and the terminal text. Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { escapeHtml } from '../diagnostics/output.js'
import { renderText } from '../diagnostics/render.js'
import type { DeltaEntry, ReleasePlan } from './schema.js'
import { TARGETS } from '../values/values.js'

export { escapeHtml }


/**
 * A mermaid label, quoted: every character but ASCII letters, digits, space and `_.@+-` becomes a
 * mermaid entity code (`#60;`), so nothing can end the label, the statement or the code block.
 */
export function mermaidLabel(text: string): string {
  let out = ''
  for (const ch of text) out += /^[A-Za-z0-9 _.@+-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  return `"${out}"`
}

const code = (s: string) => `<code>${escapeHtml(s)}</code>`
const short = (key: string) => key.replace(/^sha256:/, '').slice(0, 12)

export const MAX_GRAPH_NODES = 200

export interface GraphNode {
  slug: string
  version: string | null
  depends_on: readonly string[]
  kind: 'added' | 'removed' | 'changed' | 'same'
}

/** The module graph with the delta's added / removed / changed modules marked. */
export function graphNodes(plan: Pick<ReleasePlan, 'modules' | 'delta'>): GraphNode[] {
  const ops = new Map<string, DeltaEntry>((plan.delta?.entries ?? []).map((e) => [e.slug, e]))
  const nodes: GraphNode[] = plan.modules.map((m) => {
    const op = ops.get(m.slug)?.op
    return { slug: m.slug, version: m.version, depends_on: m.depends_on, kind: op === '+' ? 'added' : op === '~' ? 'changed' : 'same' }
  })
  for (const e of plan.delta?.entries ?? []) if (e.op === '-') nodes.push({ slug: e.slug, version: e.version, depends_on: e.depends_on, kind: 'removed' })
  return nodes
}

/**
 * `graph LR` of the module dependencies, dependents pointing at their dependencies. Past
 * MAX_GRAPH_NODES modules only the changed ones and their neighbours are drawn; null when even
 * that is too many.
 */
export function mermaidGraph(nodes: readonly GraphNode[]): { text: string; partial: boolean } | null {
  let shown = nodes
  let partial = false
  if (nodes.length > MAX_GRAPH_NODES) {
    const changed = new Set(nodes.filter((n) => n.kind !== 'same').map((n) => n.slug))
    const keep = new Set(changed)
    for (const n of nodes) {
      if (changed.has(n.slug)) n.depends_on.forEach((d) => keep.add(d))
      if (n.depends_on.some((d) => changed.has(d))) keep.add(n.slug)
    }
    shown = nodes.filter((n) => keep.has(n.slug))
    partial = true
    if (shown.length > MAX_GRAPH_NODES || shown.length === 0) return null
  }
  const id = new Map<string, string>()
  shown.forEach((n, i) => id.set(n.slug, `m${i}`))
  const lines = ['graph LR']
  for (const n of shown) lines.push(`  ${id.get(n.slug)}[${mermaidLabel(n.version === null ? n.slug : `${n.slug}@${n.version}`)}]`)
  for (const n of shown) for (const d of n.depends_on) if (id.has(d)) lines.push(`  ${id.get(n.slug)} --> ${id.get(d)}`)
  lines.push('  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:2px')
  lines.push('  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3')
  lines.push('  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px')
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const ids = shown.filter((n) => n.kind === kind).map((n) => id.get(n.slug)!)
    if (ids.length) lines.push(`  class ${ids.join(',')} ${kind}`)
  }
  return { text: lines.join('\n'), partial }
}

/** The job summary of a plan (markdown with HTML blocks; add it with core.summary.addRaw). */
export function summaryMarkdown(plan: ReleasePlan): string {
  const out: string[] = []
  out.push(`<h2>modules-rebuild plan: ${code(plan.release_id)}</h2>`)
  const source = plan.source_commit ? `${code(plan.source_commit.slice(0, 12))} (${escapeHtml(plan.source_state)})` : escapeHtml(plan.source_state)
  out.push(`<p>Profile <b>${escapeHtml(plan.profile)}</b> (from ${escapeHtml(plan.profile_source === 'option' ? '--profile' : 'modules.toml')}) · manifest_hash ${code(plan.manifest_hash)} · source ${source}</p>`)
  const targets = plan.stages.flat().filter((t) => plan.targets[t])
  const status = plan.build_needed
    ? `<b>Build needed</b>: ${plan.matrix.include.length} of ${targets.length} target${targets.length === 1 ? '' : 's'}.`
    : plan.existing_release
      ? `<b>Nothing to build</b>: release ${code(plan.existing_release)} already exists.`
      : '<b>Nothing to build</b>: every artifact already exists.'
  out.push(`<p>${status} ${escapeHtml(plan.lookup.note)}</p>`)
  if (plan.components.length > 1) out.push(`<p>Components: ${plan.components.map((c) => `${escapeHtml(c.name)} ${code(c.release_id)}`).join(' · ')}</p>`)

  const rows = targets.map((t) => {
    const x = plan.targets[t]!
    return `<tr><td>${escapeHtml(t)}</td><td>${x.stage}</td><td>${code(short(x.build_key))}</td><td>${x.rebuild ? 'yes' : 'no'}</td><td>${escapeHtml(x.reasons.join('; '))}</td></tr>`
  })
  out.push(`<table><tr><th>Target</th><th>Stage</th><th>Build key</th><th>Rebuild?</th><th>Why</th></tr>${rows.join('')}</table>`)

  if (plan.delta) {
    const d = plan.delta
    out.push(`<h3>Module delta against ${code(d.base_ref)} (${code(d.base_commit.slice(0, 12))})</h3>`)
    if (!d.entries.length) out.push('<p>The module set is unchanged.</p>')
    else out.push(`<ul>${d.entries.map((e) => `<li>${code(e.text)}${e.changes.length ? ` — ${escapeHtml(e.changes.join(', '))}` : ''}</li>`).join('')}</ul>`)
  }

  const graph = mermaidGraph(graphNodes(plan))
  out.push('<h3>Module dependencies</h3>')
  if (graph) {
    if (graph.partial) out.push(`<p>${plan.modules.length} modules: only the changed modules and their neighbours are drawn.</p>`)
    out.push('```mermaid\n' + graph.text + '\n```')
  } else out.push(`<p>${plan.modules.length} modules: too many to draw.</p>`)

  if (plan.notes.length) out.push(`<details><summary>Notes</summary><ul>${plan.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></details>`)
  return out.join('\n\n') + '\n'
}

/** The job summary of a plan that was refused. */
export function refusedSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  return [
    '<h2>modules-rebuild plan: refused</h2>',
    `<p>${errors.length} error${errors.length === 1 ? '' : 's'}: nothing is planned or built until they are fixed.</p>`,
    `<ul>${errors.map((d) => `<li>${escapeHtml(renderText(d))}</li>`).join('')}</ul>`
  ].join('\n\n') + '\n'
}

/** Terminal view of a plan (`plan --format text`). */
export function planText(plan: ReleasePlan): string {
  const lines: string[] = []
  lines.push(`release_id: ${plan.release_id} (${plan.profile}, from ${plan.profile_source === 'option' ? '--profile' : 'modules.toml'})`)
  lines.push(`manifest_hash: ${plan.manifest_hash}`)
  lines.push(`source: ${plan.source_commit ?? '-'} (${plan.source_state}${plan.dirty_paths.length ? `: ${plan.dirty_paths.join(', ')}` : ''})`)
  lines.push(`lookup: ${plan.lookup.store} — ${plan.lookup.note}`)
  for (const c of plan.components.length > 1 ? plan.components : []) lines.push(`component ${c.name}: ${c.release_id}${c.existing ? ' (exists)' : ''}`)
  for (const t of TARGETS) {
    const x = plan.targets[t]
    if (!x) continue
    lines.push(`${t}: ${x.rebuild ? 'build' : 'skip'} (stage ${x.stage}) key ${short(x.build_key)} — ${x.reasons.join('; ')}`)
    lines.push(`  $ ${x.command.shell}`)
  }
  if (plan.delta) lines.push(`delta against ${plan.delta.base_ref}: ${plan.delta.text || '(no module change)'}`)
  lines.push(plan.build_needed ? `build needed: ${plan.matrix.include.map((e) => e.target).join(', ')}` : `nothing to build${plan.existing_release ? `: release ${plan.existing_release} exists` : ''}`)
  for (const n of plan.notes) lines.push(`note: ${n}`)
  return lines.join('\n') + '\n'
}
