/**
 * The adapter around src/catalog/: reads the catalog from a file or an https:// URL, the manifest
 * and the package manifests; plans install / uninstall in memory; writes modules.toml, the vendored
 * package manifests and the generated files, or nothing at all.
 *
 * install / uninstall are all-or-nothing: the edited manifest is validated with every package
 * manifest it points at (the vendored ones as they will be) and the generation is planned in
 * memory first; any blocking error refuses the change before a byte is written. A failure while
 * writing puts every touched file back. A dry run returns the unified diff of every file that
 * would change and writes nothing.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { DEFAULT_CATALOG, readCatalog, type LoadedCatalog } from '../core/catalog/catalog.js'
import { declarationFiles, planDeclarations, planUndeclarations } from '../core/catalog/declare.js'
import { catalogPackageFiles, planInstall, planUninstall, uninstallPackageFiles, type EditPlan } from '../core/catalog/install.js'
import { filesForGeneration, planGeneration } from '../core/codegen/generate.js'
import { DEFAULT_CONFIG, packageLookup, type ConfigResult } from '../core/config/config.js'
import { lf, splitByOrigin } from '../core/diagnostics/compare.js'
import { unifiedDiff } from '../core/diagnostics/line-diff.js'
import { diagnostic, DiagnosticError, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { isTable, parseToml } from '../core/manifest/toml.js'
import { completeProject, filesNeeded, readManifest, type ProjectResult } from '../core/project/project.js'
import { cargoUpdateWorkspace } from '../adapters/cargo/cargo.js'
import { blockingErrors, planOnDisk, type GenerateResult } from './codegen.js'
import { loadConfig } from './config.js'
import { fetchCatalogText, type FetchOptions } from '../adapters/fetch/fetch.js'
import { locateManifest, readManifestText, readSnapshot, readText, type ManifestLocation } from '../adapters/fs/fs.js'
import { CatalogFetchError, IoError, ToolError } from '../core/diagnostics/errors.js'
import { applyChanges, recoverInterrupted, type Change } from '../adapters/fs/write.js'

export { CATALOG_LIMITS, catalogUrlProblem, fetchCatalogText, type FetchOptions } from '../adapters/fetch/fetch.js'

// ───────────────────────────── catalog source ─────────────────────────────

const isUrl = (spec: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec)

/** The catalog named by --catalog: a URL, or a file relative to the root (default marketplace.toml). */
export async function loadCatalog(root: string, spec: string = DEFAULT_CATALOG, options: FetchOptions = {}): Promise<LoadedCatalog> {
  if (isUrl(spec)) return readCatalog(spec, await fetchCatalogText(spec, options))
  const loc = await locateManifest(root, spec, 'allow')
  if (!(await fs.stat(loc.absolute).then(() => true, () => false))) {
    throw new CatalogFetchError(`${loc.file}: cannot read the catalog: no such file in ${path.dirname(loc.absolute)}; name the catalog with --catalog FILE|URL (a marketplace.toml, or an https:// URL)`)
  }
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
  /** Declarations added to (install) or removed from (uninstall) the apps' Cargo.tomls. */
  declared: string[]
  /** Files written, root-relative (Cargo.lock too when it was updated). */
  written: string[]
  /** Files deleted (a vendored package manifest on uninstall). */
  deleted: string[]
  /** Findings after the change that the tree already had before it: reported, but they do not make `ok` false. */
  preexisting: Diagnostic[]
}

/** How install / uninstall go about it. */
export interface EditOptions {
  dryRun?: boolean
  /** Run `cargo update --workspace` when Cargo.toml declarations changed, so Cargo.lock follows. */
  updateLockfile?: boolean
  /** Pass --offline to cargo. */
  offline?: boolean
}

interface Edited {
  project: ProjectResult | null
  diagnostics: Diagnostic[]
  /** Every file that changes, as a diff from the checkout to the result. */
  files: ChangedFile[]
  /** The apps' Cargo.tomls with the module's dependency and feature declared (or removed). */
  declarations: Array<{ path: string; content: string }>
  /** What the declarations changed, e.g. `apps/server/Cargo.toml: [dependencies] shop-newsletter`. */
  declared: string[]
  /** The new content of every file in `files` (null: deleted). */
  contents: ReadonlyMap<string, string | null>
}

const overlay = (snapshot: Map<string, string | null>, changes: ReadonlyMap<string, string | null>) => {
  for (const [p, content] of changes) if (snapshot.has(p)) snapshot.set(p, content)
  return snapshot
}

/**
 * Validates the edited project (vendored package manifests as planned), plans the Cargo.toml
 * declarations and the generation on top: nothing written.
 */
async function planEdited(root: string, loc: ManifestLocation, before: string, plan: EditPlan, { config, diagnostics: configDiagnostics }: ConfigResult): Promise<Edited> {
  const own = new Map<string, string | null>([[loc.file, plan.text], ...plan.writes.map((w) => [w.path, w.content] as const), ...plan.deletes.map((d) => [d, null] as const)])
  const diffs = async (result: ReadonlyMap<string, string | null>): Promise<ChangedFile[]> => {
    const disk = await readSnapshot(root, [...result.keys()].filter((p) => p !== loc.file))
    disk.set(loc.file, before)
    return [...result].filter(([p, content]) => disk.get(p) !== content).map(([p, content]) => ({ path: p, diff: unifiedDiff(p, disk.get(p) ?? null, content) }))
  }
  const none = { declarations: [], declared: [], contents: own }
  if (!config) return { project: null, diagnostics: configDiagnostics, files: await diffs(own), ...none }
  const lookup = packageLookup(config)
  const load = async (text: string, changes: ReadonlyMap<string, string | null>) => {
    const stage = readManifest(loc.file, text)
    return completeProject(stage, overlay(await readSnapshot(root, filesNeeded(stage, lookup)), changes), lookup)
  }
  const project = await load(plan.text!, own)
  if (!project.manifest) return { project, diagnostics: sortDiagnostics([...configDiagnostics, ...project.diagnostics]), files: await diffs(own), ...none }

  const removing = plan.removed.length > 0
  const side = removing ? await load(before, new Map()) : project
  const modules = (removing ? plan.removed : plan.added.map((a) => a.slug)).flatMap((slug) => {
    const entry = side.manifest?.modules[slug]
    return entry ? [{ slug, entry, pkg: side.packages.get(slug) }] : []
  })
  const input = { config, modules, all: side.manifest?.modules ?? {}, files: await readSnapshot(root, declarationFiles(config)) }
  const decl = removing ? planUndeclarations(input) : planDeclarations(input)
  for (const w of decl.writes) own.set(w.path, w.content)

  const generation = planGeneration({ project, config, files: overlay(await readSnapshot(root, filesForGeneration(config, project.manifest)), own), manifestFile: loc.file })
  const result = new Map(own)
  const current = overlay(await readSnapshot(root, generation.files.map((f) => f.path)), own)
  for (const f of generation.files) {
    const base = current.get(f.path)
    // Generated files are compared as LF text (check does the same); only a real change is one.
    if (base === null || base === undefined || lf(base) !== lf(f.content)) result.set(f.path, f.content)
  }
  return {
    project,
    diagnostics: sortDiagnostics([...configDiagnostics, ...decl.diagnostics, ...generation.diagnostics]),
    files: await diffs(result),
    declarations: decl.writes,
    declared: decl.changes,
    contents: result
  }
}

/** Runs an edit plan: validate + plan generation in memory; then (not dry) write the manifest and vendored files, and generate. */
async function carryOut(root: string, loc: ManifestLocation, manifestArg: string, before: string, plan: EditPlan, cfg: ConfigResult, opts: EditOptions): Promise<EditOutcome> {
  const dryRun = opts.dryRun ?? false
  const base = { plan, applied: false, refused: false, written: [] as string[], deleted: [] as string[], declared: [] as string[], preexisting: [] as Diagnostic[] }
  if (!plan.ok || plan.text === null) return { ...base, refused: true, ok: false, manifestHash: null, diagnostics: plan.diagnostics, files: [] }
  if (!plan.changed) return { ...base, ok: true, manifestHash: readManifest(loc.file, before).manifestHash, diagnostics: plan.diagnostics, files: [] }
  const edited = await planEdited(root, loc, before, plan, cfg)
  const diagnostics = sortDiagnostics([...plan.diagnostics, ...edited.diagnostics])
  const hash = edited.project?.manifestHash ?? null
  if (!edited.project || blockingErrors(diagnostics).length) return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics, files: dryRun ? edited.files : [] }
  // The tree's findings before the change: the change fails only on errors it introduces.
  const prior = (await planOnDisk(root, manifestArg)).diagnostics
  if (dryRun) {
    const { preexisting, introduced } = splitByOrigin(prior, diagnostics)
    return { ...base, ok: !hasErrors(introduced), manifestHash: hash, diagnostics, files: edited.files, declared: edited.declared, preexisting }
  }

  // The plan is only right for the text it was made from.
  if ((await readText(loc.absolute, loc.file)) !== before) throw new IoError(`${loc.file} changed while the ${plan.removed.length ? 'uninstall' : 'install'} was planned; run it again`)
  const lockfile = opts.updateLockfile === true && edited.declared.length > 0
  const dir = packageLookup(cfg.config ?? DEFAULT_CONFIG).dir.replace(/\/+$/, '')
  // One transaction (write.ts): the manifest, the vendored package manifests, the Cargo.toml
  // declarations and the generated files all change, or none does.
  const changes: Change[] = edited.files.map((f) => {
    const content = edited.contents.get(f.path) ?? null
    return content === null ? { path: f.path, delete: true, prune: dir } : { path: f.path, content }
  })
  const lockBefore = lockfile ? ((await readSnapshot(root, [LOCKFILE])).get(LOCKFILE) ?? null) : null
  let generated: GenerateResult | null = null
  let refusal: Diagnostic[] = []
  const applied = await applyChanges(root, changes, {
    ...(lockfile ? { preserve: [LOCKFILE] } : {}),
    beforeCommit: async () => {
      // Not expected (the same inputs were planned above), but never keep a half-valid change.
      const after = await planOnDisk(root, manifestArg)
      if (blockingErrors(after.diagnostics).length) {
        refusal = after.diagnostics
        return false
      }
      generated = { ...after, written: [], unchanged: [], preexisting: [], ok: true }
      if (!lockfile) return true
      const run = await cargoUpdateWorkspace(root, { offline: opts.offline ?? false })
      if (!run.ok) refusal = [diagnostic('error', 'lockfile-update-failed', LOCKFILE, null, `\`cargo update --workspace\` failed, so ${LOCKFILE} cannot follow the change; nothing was kept:\n${run.output}`, 'Fix what cargo reports (a network or registry problem, a version no registry has), or run without --update-lockfile and update Cargo.lock yourself.')]
      return run.ok
    }
  })
  if (!applied.committed || !generated) return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics: sortDiagnostics([...plan.diagnostics, ...refusal]), files: [] }
  const done = generated as GenerateResult
  const notes: Diagnostic[] = []
  const lock: string[] = []
  if (lockfile) {
    if ((await readSnapshot(root, [LOCKFILE])).get(LOCKFILE) !== lockBefore) lock.push(LOCKFILE)
  } else if (edited.declared.length && (await readSnapshot(root, [LOCKFILE])).get(LOCKFILE)) {
    notes.push(diagnostic('warning', 'lockfile-outdated', LOCKFILE, null, `${LOCKFILE} does not follow the dependencies this change ${plan.removed.length ? 'removed' : 'declared'} (${edited.declared.join('; ')}), so \`cargo build --locked\` refuses it until it is updated`, 'Run `cargo update --workspace` (it adds or drops only these), or pass --update-lockfile next time.'))
  }
  // Reported in the order the change reads: the manifest, the vendored files and declarations, the generated files.
  const order = [loc.file, ...plan.writes.map((w) => w.path), ...edited.declarations.map((w) => w.path), ...changes.map((c) => c.path)]
  const written = [...new Set(order)].filter((p) => applied.written.includes(p))
  const all = sortDiagnostics([...plan.diagnostics, ...done.diagnostics, ...notes])
  const { preexisting, introduced } = splitByOrigin(prior, all)
  return { plan, applied: true, refused: false, ok: !hasErrors(introduced), preexisting, manifestHash: done.project?.manifestHash ?? hash, diagnostics: all, files: edited.files, declared: edited.declared, written: [...written, ...lock], deleted: applied.deleted }
}

/** The lockfile `cargo update --workspace` maintains, at the root (the workspace of the manifest). */
const LOCKFILE = 'Cargo.lock'

async function readManifestAt(root: string, manifest: string): Promise<{ loc: ManifestLocation; text: string }> {
  const loc = await locateManifest(root, manifest)
  return { loc, text: await readManifestText(loc) }
}

export async function installOnDisk(root: string, opts: EditOptions & { manifest?: string; catalog?: string; slug: string; versionReq?: string; fetch?: FetchOptions }): Promise<EditOutcome> {
  const manifestArg = opts.manifest ?? 'modules.toml'
  await recoverInterrupted(root)
  const { loc, text } = await readManifestAt(root, manifestArg)
  const catalog = await loadCatalog(loc.root, opts.catalog, opts.fetch)
  const cfg = await loadConfig(loc.root, manifestArg)
  const lookup = packageLookup(cfg.config ?? DEFAULT_CONFIG)
  const files = await readSnapshot(loc.root, catalogPackageFiles(catalog, lookup))
  const plan = planInstall({ manifestFile: loc.file, manifestText: text, catalog, slug: opts.slug, versionReq: opts.versionReq, files, lookup })
  return carryOut(loc.root, loc, manifestArg, text, plan, cfg, opts)
}

export async function uninstallOnDisk(root: string, opts: EditOptions & { manifest?: string; slug: string }): Promise<EditOutcome> {
  const manifestArg = opts.manifest ?? 'modules.toml'
  await recoverInterrupted(root)
  const { loc, text } = await readManifestAt(root, manifestArg)
  const cfg = await loadConfig(loc.root, manifestArg)
  const lookup = packageLookup(cfg.config ?? DEFAULT_CONFIG)
  const files = await readSnapshot(loc.root, uninstallPackageFiles(loc.file, text, opts.slug, lookup))
  const plan = planUninstall({ manifestFile: loc.file, manifestText: text, slug: opts.slug, files, lookup })
  return carryOut(loc.root, loc, manifestArg, text, plan, cfg, opts)
}

/**
 * Installed slugs of the manifest. null when there is no manifest to read (catalog list works
 * without one); a manifest that is not valid TOML is reported (toml-syntax, … at its line and
 * column) with slugs null: which modules are installed is then unknown.
 */
export async function installedSlugs(root: string, manifest: string): Promise<{ slugs: Set<string> | null; diagnostics: Diagnostic[] }> {
  let read: { loc: ManifestLocation; text: string }
  try {
    read = await readManifestAt(root, manifest)
  } catch (err) {
    if (err instanceof ToolError) return { slugs: null, diagnostics: [] }
    throw err
  }
  try {
    const data = parseToml(read.text, read.loc.file)
    return { slugs: new Set(isTable(data.modules) ? Object.keys(data.modules) : []), diagnostics: [] }
  } catch (err) {
    if (err instanceof DiagnosticError) return { slugs: null, diagnostics: err.diagnostics }
    throw err
  }
}
