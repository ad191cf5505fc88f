/**
 * `catalog list|search`, `install`, `uninstall`: the adapter around src/catalog/ (reads the
 * catalog from a file or an https:// URL, the manifest and the package manifests; plans in memory;
 * writes modules.toml and the generated files, or nothing at all) and the commands.
 *
 * install / uninstall are all-or-nothing: the edited manifest is validated with every package
 * manifest it points at and the generation is planned in memory first; any blocking error refuses
 * the change before a byte is written. `--dry-run` prints the unified diff of every file that would
 * change and writes nothing.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { unifiedDiff } from '../diagnostics/compare.js'
import { blockingErrors, generateOnDisk } from '../adapters/codegen.js'
import { loadConfig } from '../adapters/config.js'
import { locateManifest, readSnapshot, readText, UsageError, type ManifestLocation } from '../adapters/fs.js'
import { DEFAULT_CATALOG, readCatalog, searchCatalog, type LoadedCatalog } from '../catalog/catalog.js'
import { catalogPackageFiles, planInstall, planUninstall, type EditPlan, type PlannedModule } from '../catalog/install.js'
import { checkGeneration, filesForGeneration, planGeneration } from '../codegen/generate.js'
import { DEFAULT_CONFIG } from '../config/config.js'
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { jsonReport, renderText, summaryLine } from '../diagnostics/render.js'
import { parseCargoReq } from '../manifest/cargo-semver.js'
import { isTable, parseToml } from '../manifest/toml.js'
import { completeProject, filesNeeded, readManifest, type ProjectResult } from '../project/project.js'
import { COMMON, type CliIo, type Command } from './command.js'

// ───────────────────────────── catalog source ─────────────────────────────

export interface FetchOptions {
  /** Whole request, body included. */
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
}

export const CATALOG_LIMITS = { timeoutMs: 15_000, maxBytes: 8 * 1024 * 1024, maxRedirects: 5 } as const

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Which catalog URLs are fetched: https:// from anywhere; http:// only from the loopback interface
 * (a catalog served on the same machine, and the tests); nothing else.
 */
export function catalogUrlProblem(url: URL): string | null {
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:') return LOOPBACK.has(url.hostname) ? null : 'uses http:// to a host other than 127.0.0.1, [::1] or localhost; use https://'
  return `uses ${url.protocol} — catalogs are fetched over https:// only`
}

const isUrl = (spec: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec)

/** GETs a catalog: redirects followed (each hop checked), the size bounded, the whole request timed out. */
export async function fetchCatalogText(spec: string, options: FetchOptions = {}): Promise<string> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...CATALOG_LIMITS, ...options }
  let url: URL
  try {
    url = new URL(spec)
  } catch {
    throw new UsageError(`${spec}: not a valid URL`)
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    for (let hop = 0; ; hop++) {
      const problem = catalogUrlProblem(url)
      if (problem) throw new UsageError(`${url.href}: refusing to fetch the catalog: it ${problem}`)
      const res = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/toml, text/plain;q=0.9, */*;q=0.1' } })
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel()
        if (hop >= maxRedirects) throw new UsageError(`${spec}: more than ${maxRedirects} redirects`)
        url = new URL(res.headers.get('location')!, url)
        continue
      }
      if (!res.ok) {
        await res.body?.cancel()
        throw new UsageError(`${url.href}: cannot read the catalog: HTTP ${res.status}`)
      }
      const declared = Number(res.headers.get('content-length') ?? NaN)
      if (declared > maxBytes) {
        await res.body?.cancel()
        throw new UsageError(`${url.href}: the catalog is larger than ${maxBytes} bytes`)
      }
      const chunks: Uint8Array[] = []
      let size = 0
      if (res.body) {
        const reader = res.body.getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          size += value.byteLength
          if (size > maxBytes) {
            await reader.cancel()
            throw new UsageError(`${url.href}: the catalog is larger than ${maxBytes} bytes`)
          }
          chunks.push(value)
        }
      }
      return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
    }
  } catch (err) {
    if (err instanceof UsageError) throw err
    if (controller.signal.aborted) throw new UsageError(`${spec}: cannot read the catalog: no complete answer within ${timeoutMs} ms`)
    const cause = (err as { cause?: { code?: string; message?: string } }).cause
    throw new UsageError(`${spec}: cannot read the catalog: ${cause?.code ?? cause?.message ?? (err as Error).message}`)
  } finally {
    clearTimeout(timer)
  }
}

/** The catalog named by --catalog: a URL, or a file relative to the root (default marketplace.toml). */
export async function loadCatalog(root: string, spec: string = DEFAULT_CATALOG, options: FetchOptions = {}): Promise<LoadedCatalog> {
  if (isUrl(spec)) return readCatalog(spec, await fetchCatalogText(spec, options))
  const loc = await locateManifest(root, spec)
  return readCatalog(loc.file, await readText(loc.absolute, loc.file))
}

// ───────────────────────────── planning in memory ─────────────────────────────

export interface ChangedFile {
  path: string
  diff: string
}

export interface EditOutcome {
  plan: EditPlan
  ok: boolean
  /** The change was refused (plan refused, or the edited project has a blocking error): nothing written. */
  refused: boolean
  applied: boolean
  manifestHash: string | null
  diagnostics: Diagnostic[]
  files: ChangedFile[]
  written: string[]
}

interface Edited {
  project: ProjectResult | null
  diagnostics: Diagnostic[]
  files: ChangedFile[]
}

/** Validates the edited manifest (and the package manifests it points at) and plans the generation: nothing written. */
async function planEdited(root: string, loc: ManifestLocation, before: string, after: string): Promise<Edited> {
  const { config, diagnostics: configDiagnostics } = await loadConfig(root)
  const manifestDiff: ChangedFile = { path: loc.file, diff: unifiedDiff(loc.file, before, after) }
  if (!config) return { project: null, diagnostics: configDiagnostics, files: [manifestDiff] }
  const names = config.codegen.package_manifests
  const stage = readManifest(loc.file, after)
  const project = completeProject(stage, await readSnapshot(root, filesNeeded(stage, names)), names)
  const plan = planGeneration({ project, config, files: await readSnapshot(root, filesForGeneration(config)), manifestFile: loc.file })
  const current = await readSnapshot(root, plan.files.map((f) => f.path))
  const { stale } = checkGeneration(plan, current)
  return { project, diagnostics: sortDiagnostics([...configDiagnostics, ...plan.diagnostics]), files: [manifestDiff, ...stale.map((s) => ({ path: s.path, diff: s.diff }))] }
}


/** Runs an edit plan: validate + plan generation in memory; then (not dry) write the manifest and generate. */
async function carryOut(root: string, loc: ManifestLocation, manifestArg: string, before: string, plan: EditPlan, dryRun: boolean): Promise<EditOutcome> {
  const base = { plan, applied: false, refused: false, written: [] as string[] }
  if (!plan.ok || plan.text === null) return { ...base, refused: true, ok: false, manifestHash: null, diagnostics: plan.diagnostics, files: [] }
  if (!plan.changed) return { ...base, ok: true, manifestHash: readManifest(loc.file, before).manifestHash, diagnostics: plan.diagnostics, files: [] }
  const edited = await planEdited(root, loc, before, plan.text)
  const diagnostics = sortDiagnostics([...plan.diagnostics, ...edited.diagnostics])
  const hash = edited.project?.manifestHash ?? null
  if (!edited.project || blockingErrors(diagnostics).length) return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics, files: dryRun ? edited.files : [] }
  if (dryRun) return { ...base, ok: !hasErrors(diagnostics), manifestHash: hash, diagnostics, files: edited.files }

  // The plan is only right for the text it was made from.
  if ((await readText(loc.absolute, loc.file)) !== before) throw new UsageError(`${loc.file} changed while the ${plan.added.length ? 'install' : 'uninstall'} was planned; run it again`)
  await fs.writeFile(loc.absolute, plan.text)
  let generated: Awaited<ReturnType<typeof generateOnDisk>>
  try {
    generated = await generateOnDisk(root, manifestArg)
  } catch (err) {
    await fs.writeFile(loc.absolute, before)
    throw err
  }
  if (blockingErrors(generated.diagnostics).length) {
    // Not expected (the same inputs were planned above), but never leave a half-done change.
    await fs.writeFile(loc.absolute, before)
    return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics: sortDiagnostics([...plan.diagnostics, ...generated.diagnostics]), files: [] }
  }
  const all = sortDiagnostics([...plan.diagnostics, ...generated.diagnostics])
  return { plan, applied: true, refused: false, ok: !hasErrors(all), manifestHash: generated.project?.manifestHash ?? hash, diagnostics: all, files: edited.files, written: [loc.file, ...generated.written] }
}

async function readManifestAt(root: string, manifest: string): Promise<{ loc: ManifestLocation; text: string }> {
  const loc = await locateManifest(root, manifest)
  return { loc, text: await readText(loc.absolute, loc.file) }
}

export async function installOnDisk(root: string, opts: { manifest?: string; catalog?: string; slug: string; versionReq?: string; dryRun?: boolean; fetch?: FetchOptions }): Promise<EditOutcome> {
  const manifestArg = opts.manifest ?? 'modules.toml'
  const { loc, text } = await readManifestAt(root, manifestArg)
  const catalog = await loadCatalog(loc.root, opts.catalog, opts.fetch)
  const { config } = await loadConfig(loc.root)
  const names = (config ?? DEFAULT_CONFIG).codegen.package_manifests
  const files = await readSnapshot(loc.root, catalogPackageFiles(catalog, names))
  const plan = planInstall({ manifestFile: loc.file, manifestText: text, catalog, slug: opts.slug, versionReq: opts.versionReq, files, names })
  return carryOut(loc.root, loc, manifestArg, text, plan, opts.dryRun ?? false)
}

export async function uninstallOnDisk(root: string, opts: { manifest?: string; slug: string; dryRun?: boolean }): Promise<EditOutcome> {
  const manifestArg = opts.manifest ?? 'modules.toml'
  const { loc, text } = await readManifestAt(root, manifestArg)
  const plan = planUninstall({ manifestFile: loc.file, manifestText: text, slug: opts.slug })
  return carryOut(loc.root, loc, manifestArg, text, plan, opts.dryRun ?? false)
}

// ───────────────────────────── commands ─────────────────────────────

const CATALOG_OPTION = { catalog: { type: 'string', default: DEFAULT_CATALOG } } as const
const DRY_RUN = { 'dry-run': { type: 'boolean', default: false } } as const

function describe(p: PlannedModule): string {
  const s = p.spec
  const where = s.source === 'path' ? s.path : s.source === 'git' ? `${s.git}@${s.rev}` : s.version
  return `${p.slug} (${s.source} ${where})${p.dependencyOf ? `, needed by ${p.dependencyOf}` : ''}`
}

function addedJson(p: PlannedModule): Record<string, unknown> {
  return { slug: p.slug, crate: p.spec.crate, source: p.spec.source, version: p.version, path: p.spec.path ?? null, git: p.spec.git ?? null, rev: p.spec.rev ?? null, depends_on: p.spec.depends_on ?? [], dependency_of: p.dependencyOf }
}

function report(io: CliIo, format: unknown, r: EditOutcome, dryRun: boolean): number {
  const p = r.plan
  if (format === 'json') {
    io.stdout(
      jsonReport(r.ok, r.manifestHash, r.diagnostics, {
        applied: r.applied,
        refused: r.refused,
        dry_run: dryRun,
        message: p.message,
        added: p.ok ? p.added.map(addedJson) : [],
        removed: p.ok ? p.removed : [],
        disabled: p.ok ? p.disabled : [],
        files: r.files,
        written: r.written
      })
    )
  } else {
    for (const d of r.diagnostics) io.stderr(renderText(d))
    if (p.message) io.stdout(p.message)
    if (dryRun) for (const f of r.files) io.stdout(f.diff)
    if (r.refused) io.stderr(`refused: nothing written (${summaryLine(r.diagnostics)})`)
    else if (p.changed) {
      for (const a of p.added) io.stdout(`${dryRun ? 'would add' : 'added'} ${describe(a)}`)
      for (const s of p.removed) io.stdout(`${dryRun ? 'would remove' : 'removed'} ${s}${p.disabled.includes(s) ? ' (and from settings.default_enabled)' : ''}`)
      if (dryRun) io.stdout(`dry run: nothing written; ${r.files.length} file${r.files.length === 1 ? ' would' : 's would'} change (${summaryLine(r.diagnostics)})`)
      else {
        for (const f of r.written) io.stdout(`wrote ${f}`)
        io.stdout(`${r.written.length} file${r.written.length === 1 ? '' : 's'} written (${summaryLine(r.diagnostics)})`)
      }
    }
  }
  return r.ok ? 0 : 1
}

function oneSlug(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one module slug (got ${positionals.length ? positionals.join(' ') : 'none'})`)
  return positionals[0]!
}

export const installCommand: Command = {
  usage: 'modules-rebuild install SLUG [--catalog FILE|URL] [--version REQ] [--dry-run] [--root DIR] [--manifest FILE] [--format text|json]',
  summary: "Add the catalog's module (and the missing dependencies the catalog offers) to modules.toml, surgically, then generate. Refuses unknown or invalid modules, missing dependencies, an unsatisfied --version, and any change that would not validate; writes everything or nothing. --dry-run prints the diffs.",
  options: { ...COMMON, ...CATALOG_OPTION, ...DRY_RUN, version: { type: 'string' } },
  positionals: true,
  async run(values, io, positionals) {
    const slug = oneSlug('install', positionals)
    const dryRun = values['dry-run'] === true
    if (typeof values.version === 'string') {
      const req = parseCargoReq(values.version)
      if (!req.ok) throw new UsageError(`--version ${req.reason}`)
    }
    const r = await installOnDisk(path.resolve(io.cwd, String(values.root)), {
      manifest: String(values.manifest),
      catalog: String(values.catalog),
      slug,
      dryRun,
      ...(typeof values.version === 'string' ? { versionReq: values.version } : {})
    })
    return report(io, values.format, r, dryRun)
  }
}

export const uninstallCommand: Command = {
  usage: 'modules-rebuild uninstall SLUG [--dry-run] [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'Remove an optional module that nothing depends on from modules.toml (and from settings.default_enabled), surgically, then generate. Refuses required modules and modules with dependents (naming them). --dry-run prints the diffs.',
  options: { ...COMMON, ...DRY_RUN },
  positionals: true,
  async run(values, io, positionals) {
    const slug = oneSlug('uninstall', positionals)
    const dryRun = values['dry-run'] === true
    const r = await uninstallOnDisk(path.resolve(io.cwd, String(values.root)), { manifest: String(values.manifest), slug, dryRun })
    return report(io, values.format, r, dryRun)
  }
}

/** Installed slugs of the manifest, or null when there is no readable manifest (list works without one). */
async function installedSlugs(root: string, manifest: string): Promise<Set<string> | null> {
  try {
    const { loc, text } = await readManifestAt(root, manifest)
    const data = parseToml(text, loc.file)
    return new Set(isTable(data.modules) ? Object.keys(data.modules) : [])
  } catch {
    return null
  }
}

export const catalogCommand: Command = {
  usage: 'modules-rebuild catalog list|search [QUERY] [--catalog FILE|URL] [--tag TAG] [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'List the modules a catalog (marketplace.toml, or an https:// URL) offers, or search them (case-insensitive, over slug, name, description and tags); --tag filters. Invalid entries are left out with a warning.',
  options: { ...COMMON, ...CATALOG_OPTION, tag: { type: 'string' } },
  positionals: true,
  async run(values, io, positionals) {
    const [sub, ...rest] = positionals
    if (sub !== 'list' && sub !== 'search') throw new UsageError(`catalog takes a subcommand, list or search (got ${positionals.join(' ') || 'none'})`)
    if (sub === 'list' && rest.length) throw new UsageError('catalog list takes no query; use catalog search QUERY')
    const root = path.resolve(io.cwd, String(values.root))
    const catalog = await loadCatalog(root, String(values.catalog))
    const installed = await installedSlugs(root, String(values.manifest))
    const found = catalog.ok ? searchCatalog(catalog, { query: rest.join(' '), tag: typeof values.tag === 'string' ? values.tag : undefined }) : []
    // Broken entries do not stop the listing: their findings become warnings and they are left out.
    const skipped = catalog.items.filter((i) => !i.valid)
    const diagnostics = sortDiagnostics([...catalog.diagnostics, ...skipped.flatMap((i) => i.diagnostics.map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message} (entry '${i.key}' is not offered)` })))])
    const ok = catalog.ok
    const modules = found.map((i) => {
      const e = i.entry!
      return { slug: e.slug, name: e.name, description: e.description ?? null, source: e.source, crate: e.crate, version: e.version ?? null, path: e.path ?? null, git: e.git ?? null, rev: e.rev ?? null, depends_on: e.depends_on, tags: e.tags, installed: installed ? installed.has(e.slug) : null }
    })
    if (values.format === 'json') {
      io.stdout(jsonReport(ok, null, diagnostics, { catalog: catalog.file, modules }))
    } else {
      for (const d of diagnostics) io.stderr(renderText(d))
      const width = Math.max(4, ...modules.map((m) => m.slug.length))
      for (const m of modules) {
        const where = m.version ?? (m.source === 'git' ? m.rev?.slice(0, 12) : m.path) ?? ''
        io.stdout(`${m.slug.padEnd(width)}  ${`${m.source} ${where}`.padEnd(24)}  ${m.name}${m.description ? ` — ${m.description}` : ''}${m.tags.length ? ` [${m.tags.join(', ')}]` : ''}${m.installed ? ' (installed)' : ''}`)
      }
      if (ok) io.stdout(`${modules.length} of ${catalog.items.length - skipped.length} module${catalog.items.length - skipped.length === 1 ? '' : 's'} in ${catalog.file}${skipped.length ? ` (${skipped.length} invalid entr${skipped.length === 1 ? 'y' : 'ies'} left out)` : ''}`)
      else io.stderr(`${catalog.file}: invalid catalog (${summaryLine(diagnostics)})`)
    }
    return ok ? 0 : 1
  }
}
