/**
 * The module delta between two module sets, in RusToK's `builds.modules_delta` form:
 * `+slug@ver` added, `-slug` removed, `~slug@ver` changed. Pure.
 */
import type { LoadedPackage } from '../manifest/packages.js'
import type { Manifest } from '../manifest/schema.js'
import { isTable, type TomlTable } from '../manifest/toml.js'
import type { DeltaEntry } from './schema.js'

export interface ModuleInfo {
  slug: string
  crate: string
  source: string
  version: string | null
  required: boolean
  depends_on: string[]
  /** Other entry fields compared for `~` (path, git, rev, runtime, features). */
  fields: Record<string, string>
}

/** The version a module is built at: [module] version for path modules, `version` for registries, `rev` for git. */
export function moduleVersion(e: Manifest['modules'][string], pkg: LoadedPackage | undefined): string | null {
  if (e.source === 'path') return pkg?.manifest.module.version ?? null
  if (e.source === 'git') return e.rev ?? null
  return e.version ?? null
}

export function modulesOf(m: Manifest, packages: ReadonlyMap<string, LoadedPackage>): ModuleInfo[] {
  return Object.entries(m.modules)
    .map(([slug, e]) => ({
      slug,
      crate: e.crate,
      source: e.source,
      version: moduleVersion(e, packages.get(slug)),
      required: e.required,
      depends_on: [...e.depends_on],
      fields: { path: e.path ?? '', git: e.git ?? '', rev: e.rev ?? '', runtime: e.runtime, features: e.features.join(',') }
    }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * Best effort for a base manifest that does not validate: the `[modules]` table as written, with
 * versions from `packages` (path → package manifest text already parsed by the caller) when known.
 */
export function modulesOfDocument(doc: TomlTable, versionOf: (slug: string) => string | null): ModuleInfo[] {
  const modules = isTable(doc.modules) ? doc.modules : {}
  return Object.entries(modules)
    .filter(([, e]) => isTable(e))
    .map(([slug, raw]) => {
      const e = raw as TomlTable
      const source = str(e.source)
      const version = source === 'path' ? versionOf(slug) : source === 'git' ? str(e.rev) || null : str(e.version) || null
      return {
        slug,
        crate: str(e.crate),
        source,
        version,
        required: e.required === true,
        depends_on: Array.isArray(e.depends_on) ? e.depends_on.filter((d): d is string => typeof d === 'string') : [],
        fields: { path: str(e.path), git: str(e.git), rev: str(e.rev), runtime: str(e.runtime) || 'module', features: Array.isArray(e.features) ? e.features.filter((f) => typeof f === 'string').join(',') : '' }
      }
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}

const at = (slug: string, v: string | null) => (v === null ? slug : `${slug}@${v}`)

/** Added, removed and changed modules, by slug. */
export function moduleDelta(base: readonly ModuleInfo[], head: readonly ModuleInfo[]): DeltaEntry[] {
  const before = new Map(base.map((m) => [m.slug, m]))
  const after = new Map(head.map((m) => [m.slug, m]))
  const slugs = [...new Set([...before.keys(), ...after.keys()])].sort()
  const out: DeltaEntry[] = []
  for (const slug of slugs) {
    const b = before.get(slug)
    const a = after.get(slug)
    if (a && !b) out.push({ op: '+', slug, version: a.version, text: `+${at(slug, a.version)}`, changes: [], depends_on: a.depends_on })
    else if (b && !a) out.push({ op: '-', slug, version: b.version, text: `-${slug}`, changes: [], depends_on: b.depends_on })
    else if (a && b) {
      const changes: string[] = []
      if (a.version !== b.version) changes.push(`version ${b.version ?? '?'} → ${a.version ?? '?'}`)
      if (a.crate !== b.crate) changes.push('crate')
      if (a.source !== b.source) changes.push('source')
      if (a.required !== b.required) changes.push('required')
      if ([...a.depends_on].sort().join(',') !== [...b.depends_on].sort().join(',')) changes.push('depends_on')
      for (const k of Object.keys(a.fields).sort()) if (a.fields[k] !== b.fields[k]) changes.push(k)
      if (changes.length) out.push({ op: '~', slug, version: a.version, text: `~${at(slug, a.version)}`, changes, depends_on: a.depends_on })
    }
  }
  return out
}
