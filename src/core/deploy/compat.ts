/**
 * The headless version contract, as a preflight before a UI release (admin, storefront) is
 * deployed next to the server release an environment runs (seed §1.2). Pure.
 *
 * A UI module is incompatible with a server release when
 *   - `server-version`: its `compat.server` requirement (recorded in the UI release's
 *     release-manifest.json `compat.requirements`) is not satisfied by the server release's
 *     version (`compat.server_version`), or that version is unknown;
 *   - `missing`: the server release does not have the module at all;
 *   - `module-version`: the server release has another version of the module (the UI calls
 *     the API of the version it was built with).
 * The incompatible modules are what `--allow-degraded` reports as `disabled_ui_modules`: the UI
 * features to switch off until the versions align.
 */
import { satisfiesCargo } from '../manifest/cargo-semver.js'
import type { ReleaseManifest } from '../release/manifest.js'

export const UI_COMPONENTS = ['admin', 'storefront'] as const

export type IncompatibleReason = 'server-version' | 'missing' | 'module-version'

export interface IncompatibleModule {
  slug: string
  reason: IncompatibleReason
  /** What is wrong, for people: `requires server >=0.2, <0.3; server is 0.1.4`. */
  detail: string
}

export type CompatResult =
  | { status: 'compatible'; ui_release: string; server_release: string; server_version: string | null; modules: [] }
  | { status: 'incompatible'; ui_release: string; server_release: string; server_version: string | null; modules: IncompatibleModule[] }

/** A release that is not one (schema 1) or not a UI / server component: the preflight cannot judge it. */
export class CompatInputError extends Error {
  override name = 'CompatInputError'
}

const componentOf = (m: ReleaseManifest) => (m.schema === 2 ? m.component : null)

/** Whether `ui` may run against `server` (see the module comment). */
export function checkCompat(ui: ReleaseManifest, server: ReleaseManifest): CompatResult {
  if (ui.schema !== 2 || !(UI_COMPONENTS as readonly string[]).includes(ui.component)) throw new CompatInputError(`${ui.release_id} is not a UI release (component ${componentOf(ui) ?? 'unknown, schema 1'}): only admin and storefront releases are checked against a server`)
  if (server.schema !== 2 || server.component !== 'server') throw new CompatInputError(`${server.release_id} is not a server release (component ${componentOf(server) ?? 'unknown, schema 1'})`)
  const serverVersion = server.compat?.server_version ?? null
  const serverModules = new Map(server.modules.map((m) => [m.slug, m.version]))
  const bad = new Map<string, IncompatibleModule>()
  for (const r of ui.compat?.requirements ?? []) {
    if (serverVersion === null) bad.set(r.slug, { slug: r.slug, reason: 'server-version', detail: `requires server ${r.server}; the version of server release ${server.release_id} is unknown` })
    else if (!satisfiesCargo(serverVersion, r.server)) bad.set(r.slug, { slug: r.slug, reason: 'server-version', detail: `requires server ${r.server}; server is ${serverVersion}` })
  }
  for (const m of ui.modules) {
    if (bad.has(m.slug)) continue
    if (!serverModules.has(m.slug)) bad.set(m.slug, { slug: m.slug, reason: 'missing', detail: `not installed in server release ${server.release_id}` })
    else if (serverModules.get(m.slug) !== m.version) bad.set(m.slug, { slug: m.slug, reason: 'module-version', detail: `UI built with ${m.version ?? '(unknown)'}, server has ${serverModules.get(m.slug) ?? '(unknown)'}` })
  }
  const base = { ui_release: ui.release_id, server_release: server.release_id, server_version: serverVersion }
  const modules = [...bad.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return modules.length === 0 ? { ...base, status: 'compatible', modules: [] } : { ...base, status: 'incompatible', modules }
}

/** The refusal (or, degraded, the warning) for people: one line per module. */
export function compatMessage(r: CompatResult): string {
  if (r.status === 'compatible') return `${r.ui_release} is compatible with server release ${r.server_release}${r.server_version ? ` (${r.server_version})` : ''}`
  return [`${r.ui_release} breaks the version contract with server release ${r.server_release}${r.server_version ? ` (${r.server_version})` : ''}:`, ...r.modules.map((m) => `  ${m.slug}: ${m.detail}`)].join('\n')
}

/** `disabled_ui_modules` of a degraded deploy: the incompatible slugs, comma-separated. */
export const disabledUiModules = (r: CompatResult): string[] => r.modules.map((m) => m.slug)
