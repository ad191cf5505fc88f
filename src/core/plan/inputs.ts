/**
 * The input paths of each target's build key. Derived unless `[plan.<target>] inputs` says
 * otherwise: the app directory, every Cargo path dependency reachable from the app's Cargo.toml
 * (through `workspace = true` and `[workspace.dependencies]`, plus every `[patch.*]` path of the
 * workspace), and the module crates the app compiles in (server: every path module; admin /
 * storefront: each module's `admin/` / `storefront/` UI crate). Dev-dependencies are left out: they
 * do not reach `cargo build`, and neither do optional dependencies of the app that its feature set
 * does not activate (a headless server does not compile the admin it could embed). Deeper down
 * every dependency counts, optional or not: over-approximation costs a rebuild, a missing path a
 * stale artifact.
 *
 * I/O-free: files come through `read` (root-relative paths → text or null), called once per round.
 */
import { posix } from 'node:path'
import type { LoadedPackage } from '../manifest/packages.js'
import type { Manifest } from '../manifest/schema.js'
import { isTable, TomlCache, type TomlTable } from '../manifest/toml.js'
import { type TargetName } from '../values/values.js'

export type ReadFiles = (paths: readonly string[]) => Promise<ReadonlyMap<string, string | null>>

export interface InputsResult {
  /** Input paths, none inside another (sorted). */
  paths: string[]
  /** Every package directory the target builds (before coverPaths), for nestedExclusions. */
  reach: string[]
  notes: string[]
}

/** Root-relative POSIX join; null when the result leaves the root or is the root itself. */
export function joinRel(dir: string, rel: string): string | null {
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return null
  const joined = posix.join(dir === '' ? '.' : dir, rel.replace(/\\/g, '/')).replace(/\/+$/, '') // join normalizes
  if (joined === '.' || joined === '' || joined === '..' || joined.startsWith('../')) return null
  return joined
}

/** Drops paths inside another path of the list (its tree covers them); sorted. */
export function coverPaths(paths: Iterable<string>): string[] {
  const sorted = [...new Set(paths)].sort()
  const kept = new Set<string>()
  for (const p of sorted) if (!hasAncestorIn(p, kept)) kept.add(p)
  return [...kept]
}

/** Whether a proper ancestor of `p` (`q` with `p.startsWith(q + '/')`) is in `set`. */
function hasAncestorIn(p: string, set: ReadonlySet<string>): boolean {
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) if (set.has(p.slice(0, i))) return true
  return false
}

/** Module directories an app compiles in. */
export function moduleInputs(target: TargetName, m: Manifest, packages: ReadonlyMap<string, LoadedPackage>): string[] {
  const out: string[] = []
  for (const [slug, e] of Object.entries(m.modules)) {
    if (e.source !== 'path' || !e.path) continue
    const dir = e.path.replace(/\/+$/, '')
    if (target === 'server') out.push(dir)
    else {
      const provides = packages.get(slug)?.manifest.provides
      const ui = target === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate
      if (ui !== undefined) out.push(`${dir}/${target}`)
    }
  }
  return out
}

type Dep = { path?: string; workspace?: boolean; optional?: boolean }

/** The features a build enables: `features`, plus `default` unless --no-default-features. */
export interface EnabledFeatures {
  features: readonly string[]
  noDefault: boolean
}

/**
 * The optional dependencies of a package that `enabled` activates, following [features]
 * transitively: `dep:x`, `x/feat`, and a bare name that is not a feature (the implicit feature of
 * an optional dependency). `x?/feat` does not activate x.
 */
export function activatedOptionalDeps(doc: TomlTable, enabled: EnabledFeatures): Set<string> {
  const table = isTable(doc.features) ? doc.features : {}
  const out = new Set<string>()
  const seen = new Set<string>()
  const stack = [...enabled.features, ...(enabled.noDefault ? [] : ['default'])]
  while (stack.length) {
    const f = stack.pop()!
    if (seen.has(f)) continue
    seen.add(f)
    if (f.startsWith('dep:')) {
      out.add(f.slice(4))
      continue
    }
    const slash = f.indexOf('/')
    if (slash >= 0) {
      if (f[slash - 1] !== '?') out.add(f.slice(0, slash))
      continue
    }
    const next = table[f]
    if (Array.isArray(next)) stack.push(...next.filter((x): x is string => typeof x === 'string'))
    else out.add(f) // not a feature: the implicit feature of an optional dependency
  }
  return out
}

function depTables(doc: TomlTable): TomlTable[] {
  const out: TomlTable[] = []
  for (const k of ['dependencies', 'build-dependencies']) if (isTable(doc[k])) out.push(doc[k])
  if (isTable(doc.target)) {
    for (const t of Object.values(doc.target)) {
      if (!isTable(t)) continue
      for (const k of ['dependencies', 'build-dependencies']) if (isTable(t[k])) out.push(t[k])
    }
  }
  return out
}

/**
 * Walks Cargo path dependencies from the packages at `starts` (directories), breadth-first, one
 * `read` per round. Shared state caches parsed manifests across targets.
 */
export class CargoPaths {
  private readonly parsed = new Map<string, TomlTable | null>()
  private workspace: { deps: Map<string, string>; patches: string[]; members: string[] } | null = null
  readonly notes: string[] = []

  constructor(
    private readonly read: ReadFiles,
    private readonly workspaceManifest: string,
    private readonly toml: TomlCache = new TomlCache()
  ) {}

  private async load(files: readonly string[]): Promise<void> {
    const wanted = files.filter((f) => !this.parsed.has(f))
    if (!wanted.length) return
    const texts = await this.read(wanted)
    for (const f of wanted) {
      const text = texts.get(f) ?? null
      if (text === null) {
        this.parsed.set(f, null)
        continue
      }
      try {
        this.parsed.set(f, this.toml.parse(text, f))
      } catch {
        this.parsed.set(f, null)
        this.notes.push(`${f} is not valid TOML: its path dependencies are not followed (the directory still counts).`)
      }
    }
  }

  /** Literal (non-glob) `[workspace] members` of the workspace manifest, root-relative. */
  async members(): Promise<string[]> {
    return (await this.ws()).members
  }

  private async ws(): Promise<{ deps: Map<string, string>; patches: string[]; members: string[] }> {
    if (this.workspace) return this.workspace
    await this.load([this.workspaceManifest])
    const doc = this.parsed.get(this.workspaceManifest)
    const dir = posix.dirname(this.workspaceManifest) === '.' ? '' : posix.dirname(this.workspaceManifest)
    const deps = new Map<string, string>()
    const patches: string[] = []
    const wsTable = doc && isTable(doc.workspace) ? doc.workspace : null
    if (wsTable && isTable(wsTable.dependencies)) {
      for (const [name, spec] of Object.entries(wsTable.dependencies)) {
        const p = isTable(spec) && typeof (spec as Dep).path === 'string' ? joinRel(dir, (spec as Dep).path!) : null
        if (p) deps.set(name, p)
      }
    }
    if (doc && isTable(doc.patch)) {
      for (const source of Object.values(doc.patch)) {
        if (!isTable(source)) continue
        for (const spec of Object.values(source)) {
          const p = isTable(spec) && typeof (spec as Dep).path === 'string' ? joinRel(dir, (spec as Dep).path!) : null
          if (p) patches.push(p)
        }
      }
    }
    const members: string[] = []
    if (wsTable && Array.isArray(wsTable.members)) {
      for (const m of wsTable.members) {
        const p = typeof m === 'string' && !/[*?[]/.test(m) ? joinRel(dir, m) : null
        if (p) members.push(p)
      }
    }
    this.workspace = { deps, patches, members }
    return this.workspace
  }

  /**
   * The directories of every package reachable from `starts` through path dependencies, plus
   * [patch] paths. With `top`, the optional dependencies of the start packages count only when
   * those features activate them (deeper down, every dependency counts).
   */
  async closure(starts: readonly string[], top?: EnabledFeatures): Promise<string[]> {
    const ws = await this.ws()
    const seen = new Set<string>(starts)
    let frontier = [...starts]
    while (frontier.length) {
      const manifests = frontier.map((d) => `${d}/Cargo.toml`)
      await this.load(manifests)
      const next: string[] = []
      for (const dir of frontier) {
        const doc = this.parsed.get(`${dir}/Cargo.toml`)
        if (!doc) continue
        const active = top && starts.includes(dir) ? activatedOptionalDeps(doc, top) : null
        for (const table of depTables(doc)) {
          for (const [name, spec] of Object.entries(table)) {
            if (!isTable(spec)) continue
            const d = spec as Dep
            if (active && d.optional === true && !active.has(name)) continue
            let p: string | null = null
            if (typeof d.path === 'string') {
              p = joinRel(dir, d.path)
              if (p === null) this.notes.push(`${dir}/Cargo.toml: path dependency '${name}' (${d.path}) is outside the root or is the root; not an input.`)
            } else if (d.workspace === true) p = ws.deps.get(name) ?? null
            if (p !== null && !seen.has(p)) {
              seen.add(p)
              next.push(p)
            }
          }
        }
      }
      frontier = next
    }
    for (const p of ws.patches) seen.add(p)
    return [...seen]
  }
}

export interface TargetInputsOptions {
  target: TargetName
  /** Directory of the app's Cargo.toml. */
  appDir: string
  manifest: Manifest
  packages: ReadonlyMap<string, LoadedPackage>
  explicit: readonly string[] | undefined
  extra: readonly string[]
  cargo: CargoPaths
  /** The features of the build: optional dependencies of the app that they do not activate are not inputs. */
  enabled: EnabledFeatures
}

export async function targetInputs(o: TargetInputsOptions): Promise<InputsResult> {
  const notes: string[] = []
  if (o.explicit !== undefined) return { paths: coverPaths([...o.explicit, ...o.extra]), reach: [], notes: [`${o.target}: input paths from [plan.${o.target}] inputs.`] }
  const closure = o.appDir === '' ? [] : await o.cargo.closure([o.appDir], o.enabled)
  if (o.appDir === '') notes.push(`${o.target}: the app's Cargo.toml is at the root; only module crates and extra_inputs are inputs (the root tree would include modules.toml). Set [plan.${o.target}] inputs.`)
  const reach = [...closure, ...moduleInputs(o.target, o.manifest, o.packages), ...o.extra]
  return { paths: coverPaths(reach), reach, notes }
}

/** Every known package directory: module UI crates and literal workspace members. */
export function knownPackages(m: Manifest, packages: ReadonlyMap<string, LoadedPackage>, members: readonly string[]): string[] {
  return [...moduleInputs('admin', m, packages), ...moduleInputs('storefront', m, packages), ...members]
}

/**
 * Known package directories nested inside a target's input paths that the target does not build
 * (e.g. `crates/blog/admin` inside the server's `crates/blog`): their content is left out of the
 * input's id. Nothing the target reaches is left out, nor anything that contains what it reaches.
 */
export function nestedExclusions(paths: readonly string[], reach: readonly string[], candidates: Iterable<string>): string[] {
  // Set lookups of each path's ancestors instead of comparing every pair (quadratic: ~25 ms on RusToK).
  const inside = new Set(paths)
  const reached = new Set(reach)
  const containsReached = new Set<string>()
  for (const r of reach) for (let i = r.indexOf('/'); i >= 0; i = r.indexOf('/', i + 1)) containsReached.add(r.slice(0, i))
  const out = new Set([...new Set(candidates)].filter((k) => hasAncestorIn(k, inside) && !reached.has(k) && !containsReached.has(k)))
  return [...out].filter((k) => !hasAncestorIn(k, out)).sort()
}
