/**
 * What an install adds to the apps' Cargo.tomls so the change compiles, and what an uninstall
 * takes back (examples/shop/GENERATED.md §7). For each installed module and each enabled app that compiles it
 * in — the server always; admin / storefront when the module has their UI crate:
 *
 *  - the dependency: `{ workspace = true }` when the workspace declares the crate, else
 *    `{ path = "<relative>" }` (path modules), `{ version = "<req>" }` (crates-io), `{ git, rev }`
 *    (git); `optional = true` when the app gates the module on its feature. registry modules are
 *    left to the user (modules.toml does not name the registry);
 *  - for a gated, non-required module the feature `<prefix><slug> = ["dep:<crate>", …]` (server:
 *    plus the features of its optional dependencies) — what checkDeclarations asks for.
 *
 * Anything already declared is left alone. Uninstall removes the lines of a crates-io / git
 * module, whose crate reaches the build only through them, where they read exactly as install
 * writes them; a path module's crate stays a workspace member, and so do its declarations.
 * Pure: the Cargo.tomls come in a snapshot; the edited texts go out.
 */
import { posix } from 'node:path'
import { type Config } from '../config/schema.js'
import { gatesModules } from '../codegen/features.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { FileSnapshot, LoadedPackage } from '../manifest/packages.js'
import type { ModuleEntry } from '../manifest/schema.js'
import { isTable, parseToml, type TomlTable } from '../manifest/toml.js'
import { addCargoDeclarations, removeCargoDeclarations, type CargoDeclarations } from './cargo-edit.js'
import { TARGETS, type TargetName } from '../values/values.js'

/** The workspace manifest, whose `[workspace.dependencies]` decides between `workspace = true` and a path. */
export const WORKSPACE_CARGO_TOML = 'Cargo.toml'

export interface DeclareInput {
  config: Config
  /** The modules to declare (install) or undeclare (uninstall), with their entries and package manifests. */
  modules: ReadonlyArray<{ slug: string; entry: ModuleEntry; pkg: LoadedPackage | undefined }>
  /** Every module of the manifest (after an install, before an uninstall): which dependencies are optional. */
  all: Readonly<Record<string, ModuleEntry>>
  /** The enabled apps' Cargo.toml and the workspace Cargo.toml (declarationFiles). */
  files: FileSnapshot
}

export interface DeclarePlan {
  /** Edited Cargo.tomls (only those that change). */
  writes: Array<{ path: string; content: string }>
  /** What changed, e.g. `apps/server/Cargo.toml: [dependencies] shop-newsletter`. */
  changes: string[]
  diagnostics: Diagnostic[]
}

export function declarationFiles(config: Config): string[] {
  return [...new Set([WORKSPACE_CARGO_TOML, ...TARGETS.filter((a) => config.codegen[a].enabled).map((a) => config.codegen[a].cargo_toml)])]
}

export function planDeclarations(input: DeclareInput): DeclarePlan {
  return run(input, 'add')
}

export function planUndeclarations(input: DeclareInput): DeclarePlan {
  return run(input, 'remove')
}

function run(input: DeclareInput, op: 'add' | 'remove'): DeclarePlan {
  const { config, files } = input
  const out: DeclarePlan = { writes: [], changes: [], diagnostics: [] }
  const workspace = workspaceDependencies(files.get(WORKSPACE_CARGO_TOML) ?? null)
  const prefix = config.codegen.feature_prefix
  const edits = new Map<string, string>()
  for (const app of TARGETS) {
    const a = config.codegen[app]
    const original = files.get(a.cargo_toml)
    if (!a.enabled || typeof original !== 'string') continue // a missing Cargo.toml is generation's finding
    let text = edits.get(a.cargo_toml) ?? original
    const gated = gatesModules(app, a.gate, prefix, original)
    for (const { slug, entry: e, pkg } of input.modules) {
      if (op === 'remove' && e.source === 'path') continue
      const crate = crateOf(app, e, pkg)
      if (crate === undefined) continue
      const optional = gated && !(app === 'server' && e.required)
      const table = dependencyTable(app, a.cargo_toml, e, workspace.has(crate))
      if (!table) continue
      const decl: CargoDeclarations = { dependency: { key: crate, table: optional ? { ...table, optional: true } : table } }
      if (optional) {
        const deps = app === 'server' ? e.depends_on.filter((d) => input.all[d] && !input.all[d]!.required).map((d) => prefix + d) : []
        decl.feature = { name: prefix + slug, items: [`dep:${crate}`, ...deps] }
      }
      const r = op === 'add' ? addCargoDeclarations(text, a.cargo_toml, decl) : removeCargoDeclarations(text, a.cargo_toml, decl)
      if (!r.ok) {
        out.diagnostics.push(...r.diagnostics)
        continue
      }
      text = r.text
      out.changes.push(...r.changes.map((c) => `${a.cargo_toml}: ${c}`))
    }
    if (text !== original) edits.set(a.cargo_toml, text)
  }
  out.writes = [...edits].map(([path, content]) => ({ path, content }))
  return out
}

/** The crate an app depends on for a module: the module crate (server) or its UI crate. */
function crateOf(app: TargetName, e: ModuleEntry, pkg: LoadedPackage | undefined): string | undefined {
  if (app === 'server') return e.crate
  const provides = pkg?.manifest.provides
  return app === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate
}

/** How the app's Cargo.toml reaches the crate; null when modules.toml does not say enough (registry). */
function dependencyTable(app: TargetName, cargoToml: string, e: ModuleEntry, inWorkspace: boolean): TomlTable | null {
  if (inWorkspace) return { workspace: true }
  switch (e.source) {
    case 'path': {
      const dir = app === 'server' ? e.path! : `${e.path!.replace(/\/+$/, '')}/${app}`
      return { path: posix.relative(posix.dirname(cargoToml), dir) || '.' }
    }
    case 'crates-io':
      return { version: e.version! }
    case 'git':
      return { git: e.git!, rev: e.rev! }
    default:
      return null
  }
}

function workspaceDependencies(text: string | null): Set<string> {
  if (text === null) return new Set()
  try {
    const data = parseToml(text, WORKSPACE_CARGO_TOML)
    const deps = isTable(data.workspace) && isTable(data.workspace.dependencies) ? data.workspace.dependencies : {}
    return new Set(Object.entries(deps).map(([k, v]) => (isTable(v) && typeof v.package === 'string' ? v.package : k)))
  } catch {
    return new Set()
  }
}
