/**
 * The pure core of the release plan: profile, per-target build specs, build keys, components and
 * release ids and cache keys (assemble.ts builds release-plan.json from them). No I/O: the adapter
 * (run.ts) gathers the facts (files, git object ids, store lookups) and passes them in.
 *
 *   resolveProfile → targetSpecs → computeKeys → planComponents → (store lookups) → assemblePlan
 */
import { cargoArgsFor, EMBED_FEATURES, type FeatureSet } from '../codegen/features.js'
import type { Config } from '../config/schema.js'
import { defaultImageRepository, type ImageConfig } from '../config/images.js'
import { satisfiesCargo } from '../manifest/cargo-semver.js'
import type { Manifest } from '../manifest/schema.js'
import { isTable, TomlCache } from '../manifest/toml.js'
import { VERSION } from '../../version.js'
import { requestKey, type PathRequest } from './git-objects.js'
import { expandCommand, fill, shellQuote, type CommandContext } from './command.js'
import { type PlanConfig } from '../config/plan.js'
import type { ModuleInfo } from './delta.js'
import { digestJson, type Json } from './json.js'
import { defaultPrefix, releaseId, sanitizePrefix, shortKey } from './release-id.js'
import type { Contract, KeyInputs, PlanTarget } from './schema.js'
import { TARGETS, type Profile, type ProfileOption, type TargetName } from '../values/values.js'

export const GENERATOR = `modules-rebuild ${VERSION}`

// ── profile ────────────────────────────────────────────────────────────────────────────────────

export interface ProfileChoice {
  profile: Profile
  source: 'modules.toml' | 'option'
  embed: { admin: boolean; storefront: boolean }
}

/**
 * The profile of this plan. `--profile monolith|headless` overrides [build.server] embed_admin /
 * embed_storefront of modules.toml for this plan only (monolith: both embedded; headless: none);
 * without it the profile is what modules.toml says, including the two mixed forms.
 */
export function resolveProfile(m: Manifest, option?: ProfileOption): ProfileChoice {
  if (option === 'monolith') return { profile: 'monolith', source: 'option', embed: { admin: true, storefront: true } }
  if (option === 'headless') return { profile: 'headless', source: 'option', embed: { admin: false, storefront: false } }
  const { embed_admin: a, embed_storefront: s } = m.build.server
  const profile: Profile = a && s ? 'monolith' : a ? 'server-with-admin' : s ? 'server-with-storefront' : 'headless'
  return { profile, source: 'modules.toml', embed: { admin: a, storefront: s } }
}

// ── target specs ───────────────────────────────────────────────────────────────────────────────

export interface TargetSpec {
  target: TargetName
  package: string
  argv: string[]
  shell: string
  features: string[]
  featureMode: 'managed' | 'flags' | null
  env: Record<string, string>
  /** Input paths of the build key (sorted, none inside another). */
  inputs: string[]
  /** Package directories nested inside `inputs` that this target does not build: left out of their ids. */
  excluded: string[]
  outputPath: string
  /** `server` when the server embeds this UI target. */
  embeddedIn: 'server' | null
  imageName: string
  /** [images.<target>] of modules-rebuild.toml, when the target has an image (and is not embedded). */
  image: ImageConfig | null
}

export interface SpecInput {
  manifest: Manifest
  codegen: Config
  plan: PlanConfig
  featureSets: Record<TargetName, FeatureSet>
  profile: ProfileChoice
  /** [package] name of each app's Cargo.toml (null when unreadable). */
  packages: Partial<Record<TargetName, string | null>>
  /** Input paths per target (inputs.ts). */
  inputs: Partial<Record<TargetName, string[]>>
  /** Excluded nested packages per target (inputs.ts nestedExclusions). */
  excluded?: Partial<Record<TargetName, string[]>>
  /** `owner/name` of the GitHub repository (GITHUB_REPOSITORY): the default image repository of [images]. */
  githubRepository?: string | null
}

/** The enabled targets, in TARGETS order: the apps [codegen] generates for. */
export const enabledTargets = (codegen: Config): TargetName[] => TARGETS.filter((t) => codegen.codegen[t].enabled)

/**
 * The server's feature set under the profile: [codegen]'s set with the embed features the profile
 * asks for. When that differs from what modules.toml selects (a --profile override), the features
 * are passed explicitly (`--no-default-features --features …`), whatever the feature mode: base
 * features first, then the non-module default features whose module/embed features the profile
 * still selects, the embed features, the module features.
 */
export function profileFeatures(set: FeatureSet, base: readonly string[], embed: ProfileChoice['embed']): { features: string[]; args: string[]; mode: FeatureSet['mode']; overridden: boolean; dropped: string[] } {
  const isEmbed = (f: string) => (EMBED_FEATURES as readonly string[]).includes(f)
  const wanted = EMBED_FEATURES.filter((f) => (f === 'embed-admin' ? embed.admin : embed.storefront))
  if (set.features.filter(isEmbed).join(',') === wanted.join(',')) return { features: set.features, args: set.cargoArgs, mode: set.mode, overridden: false, dropped: [] }
  const keptNames = new Set(set.kept.map((k) => k.feature))
  const rest = set.features.filter((f) => !isEmbed(f) && !keptNames.has(f))
  const head = rest.filter((f) => base.includes(f))
  const tail = rest.filter((f) => !base.includes(f))
  const allowed = new Set([...wanted, ...tail])
  const kept = set.kept.filter((k) => k.enables.every((e) => allowed.has(e))).map((k) => k.feature)
  const dropped = set.kept.map((k) => k.feature).filter((f) => !kept.includes(f))
  const features = [...new Set([...head, ...kept, ...wanted, ...tail])]
  return { features, args: cargoArgsFor(features), mode: 'flags', overridden: true, dropped }
}

export function targetSpecs(i: SpecInput): { specs: TargetSpec[]; notes: string[] } {
  const notes: string[] = []
  const targets = enabledTargets(i.codegen)
  const serverOn = targets.includes('server')
  const specs: TargetSpec[] = []
  for (const t of targets) {
    const tc = i.plan[t]
    const set = i.featureSets[t]
    let features = set.features
    let args = set.cargoArgs
    let mode = set.mode
    if (t === 'server') {
      const p = profileFeatures(set, i.codegen.features.base_features.server, i.profile.embed)
      ;({ features, args, mode } = p)
      if (p.overridden) notes.push(`server: the profile's features differ from those modules.toml selects, so they are passed explicitly: ${features.join(',') || '(none)'}.`)
      if (p.dropped.length) notes.push(`server: left out ${p.dropped.join(', ')} of [features] default: ${p.dropped.length === 1 ? 'it enables' : 'they enable'} features the profile does not select.`)
    }
    if (set.mode === 'flags' && set.kept.length) {
      const kept = set.kept.map((k) => k.feature).filter((f) => features.includes(f))
      if (kept.length) notes.push(`${t}: keeps ${kept.join(', ')} of [features] default (not module features; --no-default-features would drop them). List them in [features] base_features.${t} of modules-rebuild.toml to make this explicit.`)
    }
    if (set.alwaysCompiled.length) notes.push(`${t}: ${set.alwaysCompiled.join(', ')} ${set.alwaysCompiled.length === 1 ? 'is' : 'are'} compiled in whatever the features say (non-optional dependencies).`)
    const pkg = tc.package ?? (t === 'server' ? i.manifest.app : (i.packages[t] ?? null))
    const cargoDir = i.codegen.codegen[t].cargo_toml.replace(/\/?Cargo\.toml$/, '')
    const packageName = pkg ?? (cargoDir.split('/').pop() || t)
    if (pkg === null) notes.push(`${t}: no [package] name in ${i.codegen.codegen[t].cargo_toml}; building package '${packageName}' (set [plan.${t}] package).`)
    const ctx: CommandContext = { package: packageName, profile: i.manifest.build.profile, triple: i.manifest.build.target || undefined, featureArgs: args, features }
    const argv = expandCommand(tc.command, ctx)
    const embedded = t !== 'server' && serverOn && i.profile.embed[t]
    const registry = i.plan.image_registry.replace(/\/+$/, '')
    const image = embedded ? null : (i.codegen.images?.[t] ?? null)
    const imageName = image ? (image.repository ?? (i.githubRepository ? defaultImageRepository(i.githubRepository, t) : '')) : (tc.image ?? (registry ? `${registry}/${packageName}` : packageName)).toLowerCase()
    specs.push({
      target: t,
      package: packageName,
      argv,
      shell: shellQuote(argv),
      features,
      featureMode: mode,
      env: sortRecord(tc.env),
      inputs: i.inputs[t] ?? [],
      excluded: i.excluded?.[t] ?? [],
      outputPath: fill(tc.output ?? '{target_dir}/{profile_dir}/{package}', ctx),
      embeddedIn: embedded ? 'server' : null,
      imageName,
      image
    })
  }
  return { specs, notes }
}

function sortRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

// ── build keys ─────────────────────────────────────────────────────────────────────────────────

export interface KeyFacts {
  manifestHash: string
  /** Object id of every request of keyRequests, by requestKey. */
  ids: ReadonlyMap<string, string | null>
  plan: PlanConfig
  generator?: string
}

const inputRequest = (spec: TargetSpec, p: string): PathRequest => ({ path: p, exclude: spec.excluded.filter((x) => x.startsWith(p + '/')) })

/** Every object id the keys need: the lockfile, toolchain files, workspace manifest and each target's inputs. */
export function keyRequests(specs: readonly TargetSpec[], plan: PlanConfig): PathRequest[] {
  const all = new Map<string, PathRequest>()
  const add = (r: PathRequest) => all.set(requestKey(r), r)
  for (const p of [plan.lockfile, plan.workspace_manifest, ...plan.toolchain_files]) add({ path: p, exclude: [] })
  for (const s of specs) for (const p of s.inputs) add(inputRequest(s, p))
  for (const s of specs) if (s.image) add({ path: s.image.dockerfile, exclude: [] })
  return [...all.values()].sort((a, b) => (requestKey(a) < requestKey(b) ? -1 : 1))
}

export function keyInputs(spec: TargetSpec, f: KeyFacts, consumes: Record<string, string>): KeyInputs {
  const id = (p: string) => f.ids.get(requestKey({ path: p, exclude: [] })) ?? null
  const toolchain: Record<string, string | null> = {}
  for (const p of [...f.plan.toolchain_files].sort()) if (id(p) !== null) toolchain[p] = id(p)
  return {
    generator: f.generator ?? GENERATOR,
    manifest_hash: f.manifestHash,
    lockfile: id(f.plan.lockfile),
    toolchain,
    workspace_manifest: id(f.plan.workspace_manifest),
    command: spec.shell,
    env: spec.env,
    paths: Object.fromEntries(spec.inputs.map((p) => [p, f.ids.get(requestKey(inputRequest(spec, p))) ?? null])),
    excluded: spec.excluded,
    consumes,
    // Only a target with an image has this field, so the keys of the others stay as they were.
    ...(spec.image ? { image: imageKey(spec.image, id(spec.image.dockerfile)) } : {})
  }
}

/**
 * What the build key covers of [images.<target>]: the settings as written (a default repository,
 * derived from GITHUB_REPOSITORY, is not: a fork builds the same image) and the Dockerfile's object
 * id. The rest of the context is not covered: what the image copies belongs in the target's inputs.
 */
function imageKey(c: ImageConfig, dockerfileId: string | null): NonNullable<KeyInputs['image']> {
  return { dockerfile: c.dockerfile, dockerfile_id: dockerfileId, context: c.context, repository: c.repository ?? null, platforms: c.platforms ?? [], build_args: sortRecord(c.build_args) }
}

export const buildKey = (ki: KeyInputs): string => 'sha256:' + digestJson(ki as unknown as Json)

export interface KeyedTarget {
  spec: TargetSpec
  inputs: KeyInputs
  key: string
}

/** Keys of every target; the embedded UIs first, because the server's key covers theirs. */
export function computeKeys(specs: readonly TargetSpec[], f: KeyFacts): Map<TargetName, KeyedTarget> {
  const out = new Map<TargetName, KeyedTarget>()
  const ordered = [...specs].sort((a, b) => stageOf(a, specs) - stageOf(b, specs))
  for (const spec of ordered) {
    const consumes: Record<string, string> = {}
    for (const s of specs) if (s.embeddedIn === spec.target) consumes[s.target] = out.get(s.target)!.key
    const ki = keyInputs(spec, f, consumes)
    out.set(spec.target, { spec, inputs: ki, key: buildKey(ki) })
  }
  return out
}

/** Stage 0: everything that embeds nothing; stage 1: a server that embeds a UI. */
export function stageOf(spec: TargetSpec, specs: readonly TargetSpec[]): number {
  return specs.some((s) => s.embeddedIn === spec.target) ? 1 : 0
}

/** Which key inputs differ between `base` and `head`: field names, changed paths, consumed targets. */
export function keyDifferences(base: KeyInputs, head: KeyInputs): string[] {
  const out: string[] = []
  for (const k of ['generator', 'manifest_hash', 'lockfile', 'workspace_manifest', 'command'] as const) if (base[k] !== head[k]) out.push(k)
  const diffRecord = (b: Record<string, unknown>, h: Record<string, unknown>, show: (k: string) => string) => {
    for (const k of [...new Set([...Object.keys(b), ...Object.keys(h)])].sort()) if (b[k] !== h[k]) out.push(show(k))
  }
  diffRecord(base.toolchain, head.toolchain, (k) => k)
  diffRecord(base.env, head.env, (k) => `env ${k}`)
  diffRecord(base.paths, head.paths, (k) => k)
  if (base.excluded.join('\0') !== head.excluded.join('\0')) out.push('excluded')
  diffRecord(base.consumes, head.consumes, (k) => `${k} (embedded)`)
  return out
}

// ── components and release ids ─────────────────────────────────────────────────────────────────

export interface ComponentPlan {
  name: string
  release_id: string
  targets: TargetName[]
}

export function releasePrefix(plan: PlanConfig, m: Manifest): string {
  return plan.release_prefix !== undefined ? sanitizePrefix(plan.release_prefix) : defaultPrefix(m.app)
}

/**
 * The server with what it embeds is one component; every standalone UI is another. One component
 * (monolith): release_id = `<prefix>-<profile>-<hash>`. Several: each is `<prefix>-<name>-<hash>`,
 * and release_id names the set, `<prefix>-<profile>-<hash of the component ids>`.
 */
export function planComponents(keys: ReadonlyMap<TargetName, KeyedTarget>, profile: Profile, prefix: string): { components: ComponentPlan[]; releaseId: string } {
  const specs = [...keys.values()].map((k) => k.spec)
  const groups: TargetName[][] = []
  const server = specs.find((s) => s.target === 'server')
  if (server) groups.push([...specs.filter((s) => s.embeddedIn === 'server').map((s) => s.target), 'server'])
  for (const s of specs) if (s.target !== 'server' && s.embeddedIn === null) groups.push([s.target])
  const single = groups.length === 1
  const components = groups.map((targets) => {
    const name = single ? profile : server && targets.includes('server') ? 'server' : targets[0]!
    const parts: Json = { profile, component: name, keys: Object.fromEntries(targets.map((t) => [t, keys.get(t)!.key])) }
    return { name, release_id: releaseId(prefix, name, parts), targets }
  })
  const id = single ? components[0]!.release_id : releaseId(prefix, profile, { profile, components: Object.fromEntries(components.map((c) => [c.name, c.release_id])) })
  return { components, releaseId: id }
}

// ── cache keys ─────────────────────────────────────────────────────────────────────────────────

export const CACHE_PREFIX = 'modules-rebuild-v1'
export const REGISTRY_PATHS = ['~/.cargo/registry/index/', '~/.cargo/registry/cache/', '~/.cargo/git/db/']

export function cacheEntries(k: KeyedTarget, m: Manifest): PlanTarget['cache'] {
  const lock = (k.inputs.lockfile ?? 'none').slice(0, 16)
  const deps = digestJson({ lockfile: k.inputs.lockfile, toolchain: k.inputs.toolchain }).slice(0, 16)
  const word = (v: string) => v.replace(/[^A-Za-z0-9_.-]/g, '-')
  const base = `${CACHE_PREFIX}-cargo-target-${k.spec.target}-${word(m.build.target || 'host')}-${word(m.build.profile)}`
  return {
    registry: { key: `${CACHE_PREFIX}-cargo-registry-${lock}`, restore_keys: [`${CACHE_PREFIX}-cargo-registry-`], paths: REGISTRY_PATHS },
    target: { key: `${base}-${deps}-${shortKey(k.key)}`, restore_keys: [`${base}-${deps}-`, `${base}-`], paths: ['target'] }
  }
}

// ── contract ───────────────────────────────────────────────────────────────────────────────────

/** [package] version of a Cargo.toml, following `version.workspace = true` to [workspace.package]. */
export function packageVersion(cargoText: string | null, workspaceText: string | null, toml: TomlCache = new TomlCache()): string | null {
  const read = (text: string | null) => {
    if (text === null) return null
    try {
      return toml.parse(text, 'Cargo.toml')
    } catch {
      return null
    }
  }
  const doc = read(cargoText)
  const pkg = doc && isTable(doc.package) ? doc.package : null
  if (!pkg) return null
  if (typeof pkg.version === 'string') return pkg.version
  if (isTable(pkg.version) && pkg.version.workspace === true) {
    const ws = read(workspaceText)
    const wp = ws && isTable(ws.workspace) && isTable(ws.workspace.package) ? ws.workspace.package : null
    return wp && typeof wp.version === 'string' ? wp.version : null
  }
  return null
}

export function contractOf(serverReleaseId: string, serverVersion: string | null, manifestHash: string, modules: readonly ModuleInfo[], requirements: ReadonlyArray<{ slug: string; server: string }>): Contract {
  const reqs = [...requirements].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return {
    server_release_id: serverReleaseId,
    server_version: serverVersion,
    manifest_hash: manifestHash,
    modules: modules.map((m) => (m.version === null ? m.slug : `${m.slug}@${m.version}`)),
    requirements: reqs,
    server_requirement: reqs.length ? reqs.map((r) => r.server).join(', ') : null,
    satisfied: serverVersion === null || !reqs.length ? null : unmetRequirements(serverVersion, reqs).length === 0
  }
}

/** The [compat] server requirements `serverVersion` does not satisfy; an invalid requirement (or version) satisfies nothing. */
export function unmetRequirements<R extends { server: string }>(serverVersion: string, requirements: readonly R[]): R[] {
  return requirements.filter((r) => !satisfiesCargo(serverVersion, r.server))
}
