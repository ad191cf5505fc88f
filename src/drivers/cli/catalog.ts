/**
 * The commands `catalog list|search`, `install` and `uninstall`; the work is done by
 * src/app/catalog.ts.
 */
import path from 'node:path'
import { installedSlugs, installOnDisk, loadCatalog, uninstallOnDisk, type EditOutcome } from '../../app/catalog.js'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { DEFAULT_CATALOG, searchCatalog } from '../../core/catalog/catalog.js'
import type { PlannedModule } from '../../core/catalog/install.js'
import { hasErrors, sortDiagnostics } from '../../core/diagnostics/diagnostic.js'
import { jsonReport, renderText, summaryLine } from '../../core/diagnostics/render.js'
import { parseCargoReq } from '../../core/manifest/cargo-semver.js'
import { COMMON, type CliIo, type Command } from './command.js'
import { preexistingLine } from '../../core/diagnostics/compare.js'

const CATALOG_OPTION = { catalog: { type: 'string', default: DEFAULT_CATALOG }, 'allow-private-catalog': { type: 'boolean', default: false } } as const

/** --allow-private-catalog: a catalog URL may reach loopback / private addresses, and http:// to loopback. */
const fetchOptions = (values: Record<string, unknown>) => ({ allowPrivate: values['allow-private-catalog'] === true })
const EDIT_OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  'update-lockfile': { type: 'boolean', default: false },
  offline: { type: 'boolean', default: false }
} as const

const editOptions = (values: Record<string, unknown>) => ({ dryRun: values['dry-run'] === true, updateLockfile: values['update-lockfile'] === true, offline: values.offline === true })

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
        vendored: p.ok ? [...p.writes.map((w) => w.path), ...p.deletes] : [],
        declared: r.declared,
        files: r.files,
        written: r.written,
        deleted: r.deleted,
        preexisting: r.preexisting.length
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
      for (const w of p.writes) io.stdout(`${dryRun ? 'would vendor' : 'vendored'} its package manifest: ${w.path}`)
      for (const d of p.deletes) io.stdout(`${dryRun ? 'would remove' : 'removed'} its vendored package manifest: ${d}`)
      for (const c of r.declared) io.stdout(`${dryRun ? 'would ' : ''}${p.removed.length ? (dryRun ? 'undeclare' : 'undeclared') : dryRun ? 'declare' : 'declared'} ${c}`)
      if (dryRun) io.stdout(`dry run: nothing written; ${r.files.length} file${r.files.length === 1 ? ' would' : 's would'} change (${summaryLine(r.diagnostics)})`)
      else {
        for (const f of r.written) io.stdout(`wrote ${f}`)
        for (const f of r.deleted) io.stdout(`deleted ${f}`)
        const n = r.written.length + r.deleted.length
        const before = preexistingLine(r.preexisting)
        io.stdout(`${n} file${n === 1 ? '' : 's'} ${r.deleted.length ? 'written or deleted' : 'written'} (${summaryLine(r.diagnostics)}${before ? `; ${before}` : ''})`)
      }
    }
  }
  return r.ok ? 0 : 1
}

function oneSlug(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new ArgumentError(`${command} takes exactly one module slug (got ${positionals.length ? positionals.join(' ') : 'none'})`)
  return positionals[0]!
}

export const installCommand: Command = {
  usage: 'modules-rebuild install SLUG [--catalog FILE|URL [--allow-private-catalog]] [--version REQ] [--dry-run] [--update-lockfile [--offline]] [--root DIR] [--manifest FILE] [--format text|json]',
  summary:
    "Add the catalog's module (and the missing dependencies the catalog offers) to modules.toml, surgically; vendor the package manifest of a crates-io / git module; declare the dependency and feature in the apps' Cargo.toml; then generate. Refuses unknown or invalid modules, missing dependencies, an unsatisfied --version, and any change that would not validate; writes everything or nothing. --dry-run prints the diffs; --update-lockfile runs `cargo update --workspace`.",
  options: { ...COMMON, ...CATALOG_OPTION, ...EDIT_OPTIONS, version: { type: 'string' } },
  positionals: true,
  async run(values, io, positionals) {
    const slug = oneSlug('install', positionals)
    const opts = editOptions(values)
    if (typeof values.version === 'string') {
      const req = parseCargoReq(values.version)
      if (!req.ok) throw new ArgumentError(`--version ${req.reason}`)
    }
    const r = await installOnDisk(path.resolve(io.cwd, String(values.root)), {
      manifest: String(values.manifest),
      catalog: String(values.catalog),
      slug,
      fetch: fetchOptions(values),
      ...opts,
      ...(typeof values.version === 'string' ? { versionReq: values.version } : {})
    })
    return report(io, values.format, r, opts.dryRun)
  }
}

export const uninstallCommand: Command = {
  usage: 'modules-rebuild uninstall SLUG [--dry-run] [--update-lockfile [--offline]] [--root DIR] [--manifest FILE] [--format text|json]',
  summary:
    "Remove an optional module that nothing depends on from modules.toml (and from settings.default_enabled), surgically, with a crates-io / git module's vendored package manifest and Cargo.toml declarations; then generate. Refuses required modules and modules with dependents (naming them). --dry-run prints the diffs; --update-lockfile runs `cargo update --workspace`.",
  options: { ...COMMON, ...EDIT_OPTIONS },
  positionals: true,
  async run(values, io, positionals) {
    const slug = oneSlug('uninstall', positionals)
    const opts = editOptions(values)
    const r = await uninstallOnDisk(path.resolve(io.cwd, String(values.root)), { manifest: String(values.manifest), slug, ...opts })
    return report(io, values.format, r, opts.dryRun)
  }
}

export const catalogCommand: Command = {
  usage: 'modules-rebuild catalog list|search [QUERY] [--catalog FILE|URL [--allow-private-catalog]] [--tag TAG] [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'List the modules a catalog (marketplace.toml, or an https:// URL) offers, or search them (case-insensitive, over slug, name, description and tags); --tag filters. Invalid entries are left out with a warning.',
  options: { ...COMMON, ...CATALOG_OPTION, tag: { type: 'string' } },
  positionals: true,
  async run(values, io, positionals) {
    const [sub, ...rest] = positionals
    if (sub !== 'list' && sub !== 'search') throw new ArgumentError(`catalog takes a subcommand, list or search (got ${positionals.join(' ') || 'none'})`)
    if (sub === 'list' && rest.length) throw new ArgumentError('catalog list takes no query; use catalog search QUERY')
    const root = path.resolve(io.cwd, String(values.root))
    const catalog = await loadCatalog(root, String(values.catalog), fetchOptions(values))
    const { slugs: installed, diagnostics: manifestFindings } = await installedSlugs(root, String(values.manifest))
    const found = catalog.ok ? searchCatalog(catalog, { query: rest.join(' '), tag: typeof values.tag === 'string' ? values.tag : undefined }) : []
    // Broken entries do not stop the listing: their findings become warnings and they are left out.
    const skipped = catalog.items.filter((i) => !i.valid)
    const diagnostics = sortDiagnostics([...catalog.diagnostics, ...manifestFindings, ...skipped.flatMap((i) => i.diagnostics.map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message} (entry '${i.key}' is not offered)` })))])
    // A manifest that does not parse fails the listing too: which modules are installed is unknown.
    const ok = catalog.ok && !hasErrors(manifestFindings)
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
      if (catalog.ok) io.stdout(`${modules.length} of ${catalog.items.length - skipped.length} module${catalog.items.length - skipped.length === 1 ? '' : 's'} in ${catalog.file}${skipped.length ? ` (${skipped.length} invalid entr${skipped.length === 1 ? 'y' : 'ies'} left out)` : ''}`)
      if (!catalog.ok) io.stderr(`${catalog.file}: invalid catalog (${summaryLine(diagnostics)})`)
      else if (!ok) io.stderr(`${String(values.manifest)}: cannot tell which modules are installed (${summaryLine(manifestFindings)})`)
    }
    return ok ? 0 : 1
  }
}
