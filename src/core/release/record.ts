/**
 * The pure parts of a release: SHA256SUMS, the build record, the module delta against the
 * previous release, and the release body (a markdown table of the record). No I/O.
 */
import { moduleDelta, type ModuleInfo } from '../plan/delta.js'
import type { ReleasePlan } from '../plan/schema.js'
import type { BuildRecord, ReleaseManifest, ReleaseManifestV2 } from './manifest.js'

/** coreutils `sha256sum` format: `<hex>  <name>` per line, sorted by name (byte order), final newline. */
export function sha256sums(assets: ReadonlyArray<{ name: string; sha256: string }>): string {
  const sorted = [...assets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const a of sorted) if (/[\r\n\\]/.test(a.name)) throw new Error(`asset name ${JSON.stringify(a.name)} cannot be listed in SHA256SUMS`)
  return sorted.map((a) => `${a.sha256}  ${a.name}\n`).join('')
}

/** The run a publish belongs to, from the Actions environment (all null outside Actions). */
export interface RunContext {
  build_id: string | null
  logs_url: string | null
  requested_by: string | null
  event: string | null
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  const v = (k: string) => (env[k] ? env[k] : null)
  const runId = v('GITHUB_RUN_ID')
  const server = v('GITHUB_SERVER_URL')
  const repo = v('GITHUB_REPOSITORY')
  return {
    build_id: runId ? `${runId}.${v('GITHUB_RUN_ATTEMPT') ?? '1'}` : null,
    logs_url: runId && server && repo ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}` : null,
    requested_by: v('GITHUB_ACTOR'),
    event: v('GITHUB_EVENT_NAME')
  }
}

/** Plan modules as the delta module compares them (the entry fields the plan does not carry are left out). */
const infos = (modules: ReleaseManifestV2['modules']): ModuleInfo[] => modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on], fields: {} }))

/** The delta from `previous` to the plan's modules; null when there is no previous release or it predates schema 2 (no modules). */
export function deltaAgainst(previous: ReleaseManifest | null, plan: ReleasePlan): ReleaseManifestV2['delta'] {
  if (!previous || previous.schema !== 2) return null
  const entries = moduleDelta(infos(previous.modules), infos(plan.modules))
  return { text: entries.map((e) => e.text).join(','), entries: entries.map((e) => ({ op: e.op, slug: e.slug, version: e.version, text: e.text, changes: e.changes })) }
}

/**
 * One cell of a markdown table: backslash, `|` and markdown punctuation escaped, `<`, `>`, `&` as
 * entities (no HTML gets through), line breaks as `<br>`; empty → an em dash.
 */
export function escapeCell(text: string | null): string {
  if (text === null || text === '') return '—'
  return text
    .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** The release body: title line, the build record as a two-column table, artifacts and images. */
export function releaseBody(m: ReleaseManifestV2): string {
  const b: BuildRecord = m.build
  const rows: Array<[string, string | null]> = [
    ['release_id', m.release_id],
    ['component', m.component],
    ['profile', m.profile],
    ['manifest_hash', m.manifest_hash],
    ['source commit', m.source_commit],
    ['build id', b.build_id],
    ['status', b.status],
    ['started', b.started_at],
    ['finished', b.finished_at],
    ['requested by', b.requested_by],
    ['event', b.event],
    ['reason', b.reason],
    ['previous release', m.previous_release],
    ['modules delta', b.modules_delta],
    ['logs', b.logs_url]
  ]
  const lines = [`Release ${escapeCell(m.release_id)} of ${escapeCell(m.component)}.`, '', '| field | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '']
  lines.push('| artifact | target | build key | in release |', '|---|---|---|---|')
  for (const a of m.artifacts) lines.push(`| ${escapeCell(a.name)} | ${escapeCell(a.target)} | ${escapeCell(a.build_key)} | ${escapeCell(a.release_id ?? m.release_id)} |`)
  if (m.images.length) {
    lines.push('', '| image | digest |', '|---|---|')
    for (const i of m.images) lines.push(`| ${escapeCell(`${i.repository}:${i.tag}`)} | ${escapeCell(i.digest)} |`)
  }
  lines.push('', `Verify the assets with \`sha256sum -c SHA256SUMS\`.`, '')
  return lines.join('\n')
}
