/**
 * `modules-rebuild plan`: the orchestrator the CLI command and the action call. It validates the
 * project ([core]), runs the stale check ([codegen]) and refuses — ok=false, no file written —
 * when either has an error. Then it gathers the facts the pure core needs (input paths, git object
 * ids, existing releases, the base revision) and writes release-plan.json.
 *
 * The plan records no time: the same checkout, options and store give the same bytes.
 */
import path from 'node:path'
import { checkPlanned, filesForGeneration, planGeneration, type GenerationPlan } from '../core/codegen/generate.js'
import { DEFAULT_CONFIG, packageLookup, readConfig } from '../core/config/config.js'
import { CONFIG_FILE } from '../core/config/constants.js'
import type { Config } from '../core/config/schema.js'
import { locateManifest, openSnapshot, readManifestText } from '../adapters/fs/fs.js'
import { assertConfigReadable } from './config.js'
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { repoPathProblem } from '../core/manifest/identifiers.js'
import { cargoPackageName } from '../core/manifest/packages.js'
import { PACKAGE_MANIFEST_NAMES } from '../core/manifest/package-lookup.js'
import { locate } from '../core/manifest/shape.js'
import { isTable, parseToml, TomlCache } from '../core/manifest/toml.js'
import { completeProject, filesNeeded, readManifest, type ManifestStage, type ProjectResult } from '../core/project/project.js'
import type { FoundBuild, ReleaseStore } from '../core/release/store.js'
import type { Manifest } from '../core/manifest/schema.js'
import type { PlanConfig } from '../core/config/plan.js'
import { moduleDelta, modulesOf, modulesOfDocument, type ModuleInfo } from '../core/plan/delta.js'
import { idsAt, openRepo, readAt, resolveCommit, worktreeObjectIds, type GitRepo } from '../adapters/git/git.js'
import { CargoPaths, knownPackages, nestedExclusions, targetInputs, type ReadFiles } from '../core/plan/inputs.js'
import { assemblePlan, planOutputs, type BaseComparison, type Lookups } from '../core/plan/assemble.js'
import {
  computeKeys,
  contractOf,
  enabledTargets,
  keyRequests,
  packageVersion,
  planComponents,
  profileFeatures,
  releasePrefix,
  resolveProfile,
  unmetRequirements,
  targetSpecs,
  type KeyedTarget,
  type ProfileChoice
} from '../core/plan/plan.js'
import { serializePlan } from '../core/plan/format.js'
import type { ReleasePlan } from '../core/plan/schema.js'
import { refusedSummary, summaryMarkdown } from '../core/plan/summary.js'
import { worktreeIds } from '../adapters/git/worktree.js'
import type { PathRequest } from '../core/plan/git-objects.js'
import type { ProfileOption, TargetName } from '../core/values/values.js'

export interface RunPlanOptions {
  /** The platform's repository root. */
  root: string
  /** The manifest, relative to root (default modules.toml). */
  manifest?: string
  /** Overrides [build.server] embed_admin / embed_storefront for this plan. */
  profile?: ProfileOption
  /** PR mode: a git ref to compute the module delta and the changed key inputs against. */
  base?: string
  /** Where to write release-plan.json (resolved against the working directory). Not written when the plan is refused. */
  out?: string
  /** Where existing releases are looked up; null: offline, every target counts as unbuilt. */
  store: ReleaseStore | null
  /** `owner/name` (GITHUB_REPOSITORY): the default image repositories of [images]. */
  githubRepository?: string | null
}

export interface RunPlanResult {
  ok: boolean
  plan: ReleasePlan | null
  /** The exact bytes of release-plan.json (also when `out` is not given); null when refused. */
  json: string | null
  diagnostics: Diagnostic[]
  /** Job summary (markdown with HTML blocks, escaped); for core.summary.addRaw. */
  summary: string
  /** Action outputs: manifest_hash, release_id, matrix, build_needed, existing_release, plan_path. */
  outputs: Record<string, string>
}

/** One revision as far as it loads: its manifest stage and project (null: no manifest), the findings, and — when everything loaded — what planning needs. */
interface Side {
  stage: ManifestStage | null
  project: ProjectResult | null
  diagnostics: Diagnostic[]
  /** Set when the configuration read, the project validated and the generation was planned (the generation may still have findings). */
  ready: ReadySide | null
}

/** A revision whose configuration, project and generation plan all exist. */
interface ReadySide {
  config: Config
  planConfig: PlanConfig
  manifest: Manifest
  manifestHash: string
  packages: ProjectResult['packages']
  generation: GenerationPlan
}

async function loadSide(read: ReadFiles, manifestFile: string, manifestText: string | null, toml: TomlCache): Promise<Side> {
  const configText = (await read([CONFIG_FILE])).get(CONFIG_FILE) ?? null
  const cfg = readConfig(configText)
  const diagnostics = [...cfg.diagnostics]
  if (manifestText === null) return { stage: null, project: null, diagnostics, ready: null }
  const stage = readManifest(manifestFile, manifestText)
  const lookup = packageLookup(cfg.config ?? DEFAULT_CONFIG)
  const project = completeProject(stage, await read(filesNeeded(stage, lookup)), lookup)
  const { manifest, manifestHash } = project
  if (!cfg.config || !project.ok || !manifest || manifestHash === null) return { stage, project, diagnostics: [...diagnostics, ...project.diagnostics], ready: null }
  const generation = planGeneration({ project, config: cfg.config, files: await read(filesForGeneration(cfg.config, manifest)), manifestFile, toml })
  const ready = { config: cfg.config, planConfig: cfg.config.plan, manifest, manifestHash, packages: project.packages, generation }
  return { stage, project, diagnostics: [...diagnostics, ...generation.diagnostics], ready }
}

interface Keyed {
  keys: Map<TargetName, KeyedTarget>
  profile: ProfileChoice
  notes: string[]
  dirty: string[]
}

/** Input paths, specs and keys of a loaded side; `ids` gives object ids of root-relative paths. */
async function keySide(side: ReadySide, read: ReadFiles, toml: TomlCache, option: ProfileOption | undefined, ids: (requests: PathRequest[]) => Promise<{ ids: Map<string, string | null>; dirty: string[]; notes: string[] }>, githubRepository: string | null = null): Promise<Keyed> {
  const { manifest: m, config, planConfig: pc } = side
  const notes: string[] = []
  const profile = resolveProfile(m, option)
  const cargo = new CargoPaths(read, pc.workspace_manifest, toml)
  const targets = enabledTargets(config)
  const inputs: Partial<Record<TargetName, string[]>> = {}
  const reach: Partial<Record<TargetName, string[]>> = {}
  const packages: Partial<Record<TargetName, string | null>> = {}
  const cargoFiles = await read(targets.map((t) => config.codegen[t].cargo_toml))
  const sets = side.generation.featureSets
  for (const t of targets) {
    const set = t === 'server' ? profileFeatures(sets.server, config.features.base_features.server, profile.embed) : { features: sets[t].features, args: sets[t].cargoArgs }
    const enabled = { features: set.features, noDefault: set.args.includes('--no-default-features') }
    const cargoToml = config.codegen[t].cargo_toml
    const appDir = cargoToml.includes('/') ? cargoToml.slice(0, cargoToml.lastIndexOf('/')) : ''
    const r = await targetInputs({ target: t, appDir, manifest: m, packages: side.packages, explicit: pc[t].inputs, extra: pc[t].extra_inputs, cargo, enabled })
    inputs[t] = r.paths
    if (pc[t].inputs === undefined) reach[t] = r.reach
    notes.push(...r.notes)
    const text = cargoFiles.get(cargoToml) ?? null
    packages[t] = text === null ? null : (cargoPackageName(text) ?? null)
  }
  notes.push(...cargo.notes)
  const candidates = [...knownPackages(m, side.packages, await cargo.members()), ...Object.values(reach).flat()]
  const excluded: Partial<Record<TargetName, string[]>> = {}
  for (const t of targets) {
    const [paths, reached] = [inputs[t], reach[t]]
    if (paths && reached) excluded[t] = nestedExclusions(paths, reached, candidates)
  }
  const spec = targetSpecs({ manifest: m, codegen: config, plan: pc, featureSets: side.generation.featureSets, profile, packages, inputs, excluded, githubRepository })
  notes.push(...spec.notes)
  const found = await ids(keyRequests(spec.specs, pc))
  notes.push(...found.notes)
  const keys = computeKeys(spec.specs, { manifestHash: side.manifestHash, ids: found.ids, plan: pc })
  return { keys, profile, notes, dirty: found.dirty }
}

export async function runPlan(o: RunPlanOptions): Promise<RunPlanResult> {
  const loc = await locateManifest(o.root, o.manifest)
  const root = loc.root
  // One reader for the whole plan: it reads the tree many times over and writes only at the end.
  const snapshot = openSnapshot(root)
  const read: ReadFiles = (paths) => snapshot.read(paths)
  await assertConfigReadable(root, snapshot)
  // Parsed once per revision: a Cargo.toml serves the feature planner, the path dependencies and the version.
  const toml = new TomlCache()
  const head = await loadSide(read, loc.file, await readManifestText(loc), toml)
  const diagnostics = [...head.diagnostics]
  const hash = head.project?.manifestHash ?? null
  const refuse = (): RunPlanResult => {
    const sorted = sortDiagnostics(diagnostics)
    return { ok: false, plan: null, json: null, diagnostics: sorted, summary: refusedSummary(sorted), outputs: planOutputs(null, hash, null) }
  }
  const ready = head.ready
  if (!ready || hasErrors(diagnostics)) return refuse()

  // [codegen] stale check: generated files must be what modules.toml generates.
  const current = await read(ready.generation.files.map((f) => f.path))
  diagnostics.push(...(await checkPlanned(ready.generation, current, ready.config.allow_dirty)).diagnostics)
  if (hasErrors(diagnostics)) return refuse()

  const { manifest: m, planConfig: pc, packages, manifestHash } = ready
  const notes: string[] = []
  const { repo, note: gitNote } = await openRepo(root)
  if (!repo) notes.push(`${gitNote}: input paths were hashed from the files as git would hash them (target/ and .git/ skipped); source_commit is unknown.`)
  const keyed = await keySide(ready, read, toml, o.profile, async (requests) => (repo ? worktreeObjectIds(repo, root, requests) : { ids: await worktreeIds(root, requests), dirty: [], notes: [] }), o.githubRepository ?? null)
  for (const k of keyed.keys.values()) {
    if (k.spec.image && k.spec.imageName === '')
      diagnostics.push(diagnostic('error', 'image-repository-unknown', CONFIG_FILE, null, `[images.${k.spec.target}] sets no repository, and the default ghcr.io/<owner>/<repo>-${k.spec.target} needs the GitHub repository, which is unknown here`, `Set \`repository\` in [images.${k.spec.target}] (e.g. "ghcr.io/owner/platform-${k.spec.target}"), or run where GITHUB_REPOSITORY is set (the action; the CLI reads it too).`))
  }
  if (hasErrors(diagnostics)) return refuse()
  notes.push(...keyed.notes)
  if (keyed.dirty.length) notes.push(`${keyed.dirty.length} input path(s) differ from HEAD (${keyed.dirty.join(', ')}): their build keys cover the working-tree content, as git would store it if committed.`)
  if (keyed.profile.source === 'option') notes.push(`--profile ${keyed.profile.profile} overrides [build.server] embed_admin / embed_storefront of modules.toml for this plan.`)

  if (keyed.keys.size === 0) {
    diagnostics.push(diagnostic('error', 'no-targets', CONFIG_FILE, null, 'Nothing to plan: every app of [codegen] is disabled', 'Enable at least one of [codegen.server], [codegen.admin], [codegen.storefront].'))
    return refuse()
  }
  const prefix = releasePrefix(pc, m)
  const { components, releaseId } = planComponents(keyed.keys, keyed.profile.profile, prefix)
  const modules = modulesOf(m, packages)

  // The contract: the server version against every module's [compat] server.
  const requirements: Array<{ slug: string; server: string }> = []
  for (const [slug, p] of packages) if (p.manifest.compat?.server !== undefined) requirements.push({ slug, server: p.manifest.compat.server })
  const serverCargo = ready.config.codegen.server.cargo_toml
  const cargoTexts = await read([serverCargo, pc.workspace_manifest])
  const serverVersion = packageVersion(cargoTexts.get(serverCargo) ?? null, cargoTexts.get(pc.workspace_manifest) ?? null, toml)
  // keys is not empty, so neither is components: its first one stands in when no component builds the server.
  const serverComponent = components.find((c) => c.targets.includes('server')) ?? components[0]
  const contract = contractOf(serverComponent?.release_id ?? releaseId, serverVersion, manifestHash, modules, requirements)
  if (contract.satisfied === false && serverVersion !== null) {
    for (const r of unmetRequirements(serverVersion, contract.requirements)) {
      const pkg = packages.get(r.slug)
      if (!pkg) continue
      diagnostics.push(diagnostic('error', 'incompatible-server', pkg.doc.file, locate(pkg.doc, ['compat', 'server']), `Module '${r.slug}' requires server ${r.server}, but the server (${serverCargo}) is version ${serverVersion}`, `Upgrade the module to a version built for server ${serverVersion}, or change [compat] server if it was wrong.`))
    }
    return refuse()
  }

  // Existing releases.
  let lookups: Lookups = { store: 'none', builds: new Map(), releases: new Map() }
  if (o.store) {
    try {
      const builds = new Map<string, FoundBuild | null>()
      for (const k of keyed.keys.values()) builds.set(k.key, await o.store.findBuild(k.key))
      const releases = new Map<string, boolean>()
      for (const c of components) releases.set(c.release_id, (await o.store.find(c.release_id)) !== null)
      lookups = { store: o.store.kind, builds, releases }
    } catch (err) {
      diagnostics.push(diagnostic('error', 'release-store-error', o.store.label, null, `Cannot look up existing releases: ${(err as Error).message}`, 'Fix the store (or its token) and rerun; without the lookup the plan cannot tell which builds already exist. Run without a store to plan offline.'))
      return refuse()
    }
  }

  // PR mode.
  let base: BaseComparison | null = null
  if (o.base !== undefined) {
    const r = await compareBase(o.base, repo, root, loc.file, o.profile, modules)
    if ('error' in r) {
      diagnostics.push(r.error)
      return refuse()
    }
    base = r.base
    notes.push(...r.notes)
  }

  const plan = assemblePlan({
    manifest: m,
    manifestHash,
    profile: keyed.profile,
    prefix,
    keys: keyed.keys,
    components,
    releaseId,
    modules,
    contract: components.length > 1 ? contract : null,
    source: { commit: repo?.head ?? null, state: !repo ? 'no-git' : !repo.head ? 'no-commit' : keyed.dirty.length ? 'dirty' : 'clean', dirty: keyed.dirty },
    lookups,
    base,
    notes
  })
  const json = serializePlan(plan)
  let planPath: string | null = null
  if (o.out !== undefined) {
    planPath = path.resolve(o.out)
    await (await import('../adapters/fs/write.js')).writeFileAt(planPath, json) // the writer loads only when a plan is written
  }
  return { ok: true, plan, json, diagnostics: sortDiagnostics(diagnostics), summary: summaryMarkdown(plan), outputs: planOutputs(plan, hash, planPath) }
}

/** The base revision: its module set (the delta) and, when it plans cleanly, its build keys. */
async function compareBase(
  ref: string,
  repo: GitRepo | null,
  root: string,
  manifestFile: string,
  option: ProfileOption | undefined,
  headModules: ModuleInfo[]
): Promise<{ base: BaseComparison; notes: string[] } | { error: Diagnostic }> {
  const hint = 'Fetch the base first: actions/checkout with `fetch-depth: 0`, or `git fetch origin <base>`; pass a branch, tag or commit.'
  if (!repo) return { error: diagnostic('error', 'base-unavailable', manifestFile, null, `--base ${ref}: ${root} is not a git repository`, 'Run plan inside a git checkout for PR mode.') }
  const commit = await resolveCommit(repo, ref)
  if (!commit) return { error: diagnostic('error', 'base-unavailable', manifestFile, null, `--base ${ref}: no such commit in this repository`, hint) }
  const read: ReadFiles = (paths) => readAt(repo, commit, paths.filter((p) => repoPathProblem(p) === null))
  const notes: string[] = []
  const text = (await read([manifestFile])).get(manifestFile) ?? null
  const toml = new TomlCache()
  const side = await loadSide(read, manifestFile, text, toml)
  let modules: ModuleInfo[] = []
  const baseHash = side.stage?.manifestHash ?? null
  let keys: Map<TargetName, KeyedTarget> | null = null
  if (text === null) notes.push(`${manifestFile} does not exist at ${ref}: every module counts as added.`)
  else if (side.ready && !hasErrors(side.diagnostics)) {
    modules = modulesOf(side.ready.manifest, side.ready.packages)
    const k = await keySide(side.ready, read, toml, option, async (requests) => ({ ids: (await idsAt(repo, [commit], requests)).get(commit) ?? new Map(), dirty: [], notes: [] }))
    keys = k.keys
  } else {
    const doc = side.stage?.doc?.data ?? (() => {
      try {
        return parseToml(text, manifestFile)
      } catch {
        return null
      }
    })()
    if (doc) {
      const dirs = new Map<string, string>()
      if (isTable(doc.modules)) for (const [slug, e] of Object.entries(doc.modules)) if (isTable(e) && typeof e.path === 'string' && repoPathProblem(e.path) === null) dirs.set(slug, e.path.replace(/\/+$/, ''))
      const files = await read([...dirs.values()].map((d) => `${d}/${PACKAGE_MANIFEST_NAMES[0]}`))
      modules = modulesOfDocument(doc, (slug) => {
        const t = dirs.has(slug) ? files.get(`${dirs.get(slug)}/${PACKAGE_MANIFEST_NAMES[0]}`) : null
        if (!t) return null
        try {
          const p = parseToml(t, 'rustok-module.toml')
          return isTable(p.module) && typeof p.module.version === 'string' ? p.module.version : null
        } catch {
          return null
        }
      })
    }
    const first = side.diagnostics.find((d) => d.severity === 'error')
    notes.push(`The base ${ref} does not plan cleanly${first ? ` (${first.file}: ${first.message})` : ''}: its build keys are unknown, so every target counts as changed.`)
  }
  const entries = moduleDelta(modules, headModules)
  return {
    base: { delta: { base_ref: ref, base_commit: commit, base_manifest_hash: baseHash, entries, text: entries.map((e) => e.text).join(',') }, keys },
    notes
  }
}
