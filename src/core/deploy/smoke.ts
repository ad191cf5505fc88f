/**
 * Smoke checks (pure part): what a deployed server must answer, judged from the HTTP answers the
 * adapter collected, and the report in text, markdown (job summary) and JSON.
 *
 *   health      GET <health_path> answers 200 before the deadline (retried with backoff);
 *   modules     GET <modules_path> answers 200 with `{"manifest_hash": "sha256:…", "modules":
 *               [{"slug": …}, …]}` (what the generated registry's MANIFEST_HASH and the compiled
 *               modules give, see examples/shop/apps/server) — the same manifest_hash as the
 *               release and exactly its modules;
 *   migrations  (optional) GET <migrations_path> answers 200 with `{"pending": []}` or
 *               `{"pending": 0}`: no pending migration.
 */
import { escapeCell } from '../release/record.js'

export const SMOKE_CHECKS = ['health', 'modules', 'migrations'] as const
export type SmokeCheckName = (typeof SMOKE_CHECKS)[number]

export interface SmokeExpectation {
  /** The release(s) the server must run (for the report). */
  release_ids: string[]
  manifest_hash: string
  /** Slugs, sorted. */
  modules: string[]
}

export interface SmokeCheck {
  name: SmokeCheckName
  ok: boolean
  url: string
  /** HTTP status of the last answer; null when none came (refused, timed out). */
  status: number | null
  attempts: number
  elapsed_ms: number
  message: string
}

export interface SmokeReport {
  ok: boolean
  base_url: string
  expected: SmokeExpectation | null
  observed: { manifest_hash: string | null; modules: string[] | null }
  checks: SmokeCheck[]
}

/** One HTTP answer the adapter got (body read up to a limit). */
export interface HttpAnswer {
  status: number
  body: string
}

/**
 * Waits before each retry of the health check: `initial` ms, doubling up to `max`, while the next
 * attempt can still start before the deadline. Pure, so the schedule is tested without a clock.
 */
export function backoffDelays(deadlineMs: number, initialMs: number, maxMs: number): number[] {
  const out: number[] = []
  let spent = 0
  let next = Math.max(1, initialMs)
  while (spent + next < deadlineMs && out.length < 1000) {
    out.push(next)
    spent += next
    next = Math.min(maxMs, next * 2)
  }
  return out
}

const short = (text: string, n = 200) => (text.length > n ? `${text.slice(0, n)}…` : text)

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

/** Reads a /modules answer: its manifest_hash and module slugs (sorted), or why it is not one. */
export function readModulesBody(body: string): { manifest_hash: string; modules: string[] } | string {
  const data = parseJson(body)
  if (data === undefined) return `not JSON: ${JSON.stringify(short(body, 80))}`
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'not a JSON object'
  const o = data as { manifest_hash?: unknown; modules?: unknown }
  if (typeof o.manifest_hash !== 'string') return 'has no string "manifest_hash"'
  if (!Array.isArray(o.modules)) return 'has no "modules" array'
  const slugs: string[] = []
  for (const m of o.modules) {
    const slug = typeof m === 'string' ? m : m && typeof m === 'object' ? (m as { slug?: unknown }).slug : undefined
    if (typeof slug !== 'string') return '"modules" holds an entry without a string "slug"'
    slugs.push(slug)
  }
  return { manifest_hash: o.manifest_hash, modules: slugs.sort() }
}

/** The modules check of one answer against the expectation (null: only that the answer is well-formed). */
export function judgeModules(answer: HttpAnswer, expected: SmokeExpectation | null): { ok: boolean; message: string; observed: SmokeReport['observed'] } {
  const none = { manifest_hash: null, modules: null }
  if (answer.status !== 200) return { ok: false, message: `answered HTTP ${answer.status}, not 200`, observed: none }
  const body = readModulesBody(answer.body)
  if (typeof body === 'string') return { ok: false, message: `the answer ${body}`, observed: none }
  const observed = { manifest_hash: body.manifest_hash, modules: body.modules }
  if (!expected) return { ok: true, message: `reports manifest_hash ${body.manifest_hash} and ${body.modules.length} modules (nothing expected to compare with)`, observed }
  const problems: string[] = []
  if (body.manifest_hash !== expected.manifest_hash) problems.push(`reports manifest_hash ${body.manifest_hash}, the release has ${expected.manifest_hash}`)
  const have = new Set(body.modules)
  const want = new Set(expected.modules)
  const missing = expected.modules.filter((m) => !have.has(m))
  const extra = body.modules.filter((m) => !want.has(m))
  const dup = body.modules.filter((m, i) => body.modules.indexOf(m) !== i)
  if (missing.length) problems.push(`lacks modules of the release: ${missing.join(', ')}`)
  if (extra.length) problems.push(`runs modules the release does not have: ${extra.join(', ')}`)
  if (dup.length) problems.push(`lists modules twice: ${[...new Set(dup)].join(', ')}`)
  return problems.length ? { ok: false, message: problems.join('; '), observed } : { ok: true, message: `manifest_hash ${body.manifest_hash} and the ${body.modules.length} modules of the release`, observed }
}

/** The migrations check of one answer: `pending` must be an empty array or 0. */
export function judgeMigrations(answer: HttpAnswer): { ok: boolean; message: string } {
  if (answer.status !== 200) return { ok: false, message: `answered HTTP ${answer.status}, not 200` }
  const data = parseJson(answer.body)
  const pending = data && typeof data === 'object' && !Array.isArray(data) ? (data as { pending?: unknown }).pending : undefined
  if (Array.isArray(pending)) return pending.length === 0 ? { ok: true, message: 'no pending migration' } : { ok: false, message: `${pending.length} pending migration(s): ${short(pending.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(', '))}` }
  if (typeof pending === 'number' && Number.isInteger(pending) && pending >= 0) return pending === 0 ? { ok: true, message: 'no pending migration' } : { ok: false, message: `${pending} pending migration(s)` }
  return { ok: false, message: 'the answer has no "pending" (an array of migrations, or a count)' }
}

/** The expectation of a set of releases: they must agree on manifest_hash (a headless platform's components do); modules are their union. */
export function expectationOf(releases: ReadonlyArray<{ release_id: string; manifest_hash: string; modules: ReadonlyArray<{ slug: string }> }>): SmokeExpectation | string {
  if (releases.length === 0) return 'no release to compare with'
  const hashes = [...new Set(releases.map((r) => r.manifest_hash))]
  if (hashes.length > 1) return `the releases ${releases.map((r) => r.release_id).join(', ')} have different manifest_hash values (${hashes.join(', ')}); smoke one server's release at a time`
  return { release_ids: releases.map((r) => r.release_id), manifest_hash: hashes[0]!, modules: [...new Set(releases.flatMap((r) => r.modules.map((m) => m.slug)))].sort() }
}

export function smokeText(r: SmokeReport): string {
  const lines = [`smoke ${r.ok ? 'passed' : 'FAILED'}: ${r.base_url}${r.expected ? ` (release ${r.expected.release_ids.join(', ')}, ${r.expected.manifest_hash})` : ''}`]
  for (const c of r.checks) lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(10)} ${c.url}: ${c.message} (${c.attempts} attempt${c.attempts === 1 ? '' : 's'}, ${c.elapsed_ms} ms)`)
  return lines.join('\n')
}

/** The job summary section: a heading line and a table, every cell escaped. */
export function smokeMarkdown(r: SmokeReport): string {
  const lines = [`### Smoke checks ${r.ok ? 'passed' : 'failed'}: ${escapeCell(r.base_url)}`, '']
  if (r.expected) lines.push(`Expected release ${escapeCell(r.expected.release_ids.join(', '))}, manifest_hash ${escapeCell(r.expected.manifest_hash)}, modules ${escapeCell(r.expected.modules.join(', '))}.`, '')
  lines.push('| check | result | URL | HTTP | attempts | ms | detail |', '|---|---|---|---|---|---|---|')
  for (const c of r.checks) lines.push(`| ${c.name} | ${c.ok ? 'ok' : '**failed**'} | ${escapeCell(c.url)} | ${c.status ?? '—'} | ${c.attempts} | ${c.elapsed_ms} | ${escapeCell(c.message)} |`)
  return lines.join('\n') + '\n'
}
