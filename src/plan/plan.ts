/**
 * The pure core of the release plan: profile, per-target build specs, build keys, components and
 * release ids, cache keys, the matrix and the assembled release-plan.json. No I/O: the adapter
 * (run.ts) gathers the facts (files, git object ids, store lookups) and passes them in.
 *
 *   resolveProfile → targetSpecs → computeKeys → planComponents → (store lookups) → assemblePlan
 */
import { cargoArgsFor, EMBED_FEATURES, type FeatureSet } from '../codegen/features.js'
import type { AppName, Config } from '../config/schema.js'
import { parseCargoReq, satisfiesCargo } from '../manifest/cargo-semver.js'
import type { Manifest } from '../manifest/schema.js'
import { isTable, parseToml } from '../manifest/toml.js'
import type { FoundBuild } from '../release/store.js'
import { VERSION } from '../version.js'
import { requestKey, type PathRequest } from './worktree.js'
import { expandCommand, fill, shellQuote, type CommandContext } from './command.js'
import { TARGETS, type PlanConfig, type TargetName } from './config.js'
import type { ModuleInfo } from './delta.js'
import { digestJson, type Json } from './json.js'
import { defaultPrefix, releaseId, sanitizePrefix, shortKey } from './release-id.js'
import {
  PLAN_SCHEMA_VERSION,
  type Component,
  type Contract,
  type Delta,
  type KeyInputs,
  type MatrixEntry,
  type PlanTarget,
  type Profile,
  type ProfileOption,
  type ReleasePlan
} from './schema.js'

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
}

export interface SpecInput {
  manifest: Manifest
  codegen: Config
  plan: PlanConfig
  featureSets: Record<AppName, FeatureSet>
  profile: ProfileChoice
  /** [package] name of each app's Cargo.toml (null when unreadable). */
  packages: Partial<Record<TargetName, string | null>>
  /** Input paths per target (inputs.ts). */
  inputs: Partial<Record<TargetName, string[]>>
  /** Excluded nested packages per target (inputs.ts nestedExclusions). */
  excluded?: Partial<Record<TargetName, string[]>>
}

/** The enabled targets, in TARGETS order: the apps [codegen] generates for. */
export const enabledTargets = (codegen: Config): TargetName[] => TARGETS.filter((t) => codegen.codegen[t].enabled)

/**
 * The server's feature set under the profile: [codegen]'s set with the embed features the profile
 * asks for. When that differs from what modules.toml selects (a --profile override), the features
 * are passed explicitly (`--no-default-features --features …`), whatever the feature mode.
 */
export function profileFeatures(set: FeatureSet, base: readonly string[], embed: ProfileChoice['embed']): { features: string[]; args: string[]; mode: FeatureSet['mode']; overridden: boolean } {
  const wanted = EMBED_FEATURES.filter((f) => (f === 'embed-admin' ? embed.admin : embed.storefront))
  const rest = set.features.filter((f) => !(EMBED_FEATURES as readonly string[]).includes(f))
  const head = rest.filter((f) => base.includes(f))
  const tail = rest.filter((f) => !base.includes(f))
  const features = [...new Set([...head, ...wanted, ...tail])]
  if (features.join(',') === set.features.join(',')) return { features: set.features, args: set.cargoArgs, mode: set.mode, overridden: false }
  return { features, args: cargoArgsFor(features), mode: 'flags', overridden: true }
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
    }
    const pkg = tc.package ?? (t === 'server' ? i.manifest.app : (i.packages[t] ?? null))
    const cargoDir = i.codegen.codegen[t].cargo_toml.replace(/\/?Cargo\.toml$/, '')
    const packageName = pkg ?? (cargoDir.split('/').pop() || t)
    if (pkg === null) notes.push(`${t}: no [package] name in ${i.codegen.codegen[t].cargo_toml}; building package '${packageName}' (set [plan.${t}] package).`)
    const ctx: CommandContext = { package: packageName, profile: i.manifest.build.profile, triple: i.manifest.build.target || undefined, featureArgs: args, features }
    const argv = expandCommand(tc.command, ctx)
    const embedded = t !== 'server' && serverOn && i.profile.embed[t]
    const registry = i.plan.image_registry.replace(/\/+$/, '')
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
      imageName: (tc.image ?? (registry ? `${registry}/${packageName}` : packageName)).toLowerCase()
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
    consumes
  }
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
export function packageVersion(cargoText: string | null, workspaceText: string | null): string | null {
  const read = (text: string | null) => {
    if (text === null) return null
    try {
      return parseToml(text, 'Cargo.toml')
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
  const valid = reqs.filter((r) => parseCargoReq(r.server).ok)
  return {
    server_release_id: serverReleaseId,
    server_version: serverVersion,
    manifest_hash: manifestHash,
    modules: modules.map((m) => (m.version === null ? m.slug : `${m.slug}@${m.version}`)),
    requirements: reqs,
    server_requirement: reqs.length ? reqs.map((r) => r.server).join(', ') : null,
    satisfied: serverVersion === null || !reqs.length ? null : valid.length === reqs.length && valid.every((r) => safeSatisfies(serverVersion, r.server))
  }
}

function safeSatisfies(version: string, req: string): boolean {
  try {
    return satisfiesCargo(version, req)
  } catch {
    return false
  }
}

// ── assembly ───────────────────────────────────────────────────────────────────────────────────

export interface Lookups {
  store: 'none' | 'local' | 'github'
  /** By build key: where an artifact with it exists. */
  builds: ReadonlyMap<string, FoundBuild | null>
  /** By release id: whether the release exists. */
  releases: ReadonlyMap<string, boolean>
}

export interface BaseComparison {
  delta: Pick<Delta, 'base_ref' | 'base_commit' | 'base_manifest_hash' | 'entries' | 'text'>
  /** Key inputs of every target at the base; null when the base could not be planned. */
  keys: ReadonlyMap<TargetName, KeyedTarget> | null
}

export interface AssembleInput {
  manifest: Manifest
  manifestHash: string
  profile: ProfileChoice
  prefix: string
  keys: ReadonlyMap<TargetName, KeyedTarget>
  components: ComponentPlan[]
  releaseId: string
  modules: ModuleInfo[]
  contract: Contract | null
  source: { commit: string | null; state: ReleasePlan['source_state']; dirty: string[] }
  lookups: Lookups
  base: BaseComparison | null
  notes: string[]
}

const LOOKUP_NOTE: Record<Lookups['store'], string> = {
  none: 'Offline: no release store was consulted, so every target counts as unbuilt. Pass a token (GitHub) or a local store to skip builds that already exist.',
  local: 'Existing releases were looked up in a local release store.',
  github: 'Existing releases were looked up in the GitHub releases of the repository.'
}

export function assemblePlan(a: AssembleInput): ReleasePlan {
  const specs = [...a.keys.values()].map((k) => k.spec)
  const componentOf = new Map<TargetName, ComponentPlan>()
  for (const c of a.components) for (const t of c.targets) componentOf.set(t, c)
  const targets: Partial<Record<TargetName, PlanTarget>> = {}
  const artifactName = (t: TargetName) => `${a.prefix}-${t}-${shortKey(a.keys.get(t)!.key)}`

  for (const t of TARGETS) {
    const k = a.keys.get(t)
    if (!k) continue
    const s = k.spec
    const comp = componentOf.get(t)!
    const found = a.lookups.builds.get(k.key) ?? null
    const reasons: string[] = []
    if (found) reasons.push(`release ${found.release_id} holds artifact ${found.artifact.name} with this build key`)
    else if (a.lookups.store === 'none') reasons.push('offline: no release store consulted, counted as unbuilt')
    else reasons.push(`no release in the ${a.lookups.store} store holds an artifact with this build key`)
    let changed: string[] | null = null
    if (a.base) {
      const b = a.base.keys?.get(t)
      if (!a.base.keys) reasons.push(`the base ${a.base.delta.base_ref} could not be planned (see notes)`)
      else if (!b) {
        changed = ['target']
        reasons.push(`not a target at ${a.base.delta.base_ref}`)
      } else {
        changed = keyDifferences(b.inputs, k.inputs)
        reasons.push(changed.length ? `changed since ${a.base.delta.base_ref}: ${changed.join(', ')}` : `build key unchanged since ${a.base.delta.base_ref}`)
      }
    }
    const consumes = specs
      .filter((x) => x.embeddedIn === t)
      .map((x) => {
        const ck = a.keys.get(x.target)!
        const at = a.lookups.builds.get(ck.key) ?? null
        return { target: x.target, build_key: ck.key, artifact: at ? at.artifact.name : artifactName(x.target), path: x.outputPath, release_id: at ? at.release_id : null }
      })
    targets[t] = {
      package: s.package,
      component: comp.name,
      release_id: comp.release_id,
      embedded_in: s.embeddedIn,
      stage: stageOf(s, specs),
      needs: specs.filter((x) => x.embeddedIn === t).map((x) => x.target),
      build_key: k.key,
      key_inputs: k.inputs,
      command: { argv: s.argv, shell: s.shell },
      features: s.features,
      feature_mode: s.featureMode,
      env: s.env,
      artifact: { name: artifactName(t), path: s.outputPath },
      consumes,
      image: s.embeddedIn ? null : { name: s.imageName, tag: comp.release_id, ref: `${s.imageName}:${comp.release_id}` },
      cache: cacheEntries(k, a.manifest),
      rebuild: found === null,
      reasons,
      existing: found ? { release_id: found.release_id, artifact: found.artifact.name } : null,
      changed_since_base: changed
    }
  }

  // A target that embeds others needs their artifacts in this run: until released artifacts can be
  // fetched (the publish step), a rebuilt server rebuilds what it embeds — same key, same bytes.
  for (const t of TARGETS) {
    const tt = targets[t]
    if (!tt?.rebuild) continue
    for (const c of tt.consumes) {
      const ct = targets[c.target]
      if (ct && !ct.rebuild) {
        ct.rebuild = true
        ct.reasons.push(`embedded by ${t}, which rebuilds: built again in this run so ${t} can embed it`)
        c.artifact = ct.artifact.name
        c.release_id = null
      }
    }
  }
  const order = TARGETS.filter((t) => targets[t]).sort((x, y) => targets[x]!.stage - targets[y]!.stage)
  const stageCount = Math.max(0, ...order.map((t) => targets[t]!.stage + 1))
  const stages = Array.from({ length: stageCount }, (_, i) => order.filter((t) => targets[t]!.stage === i))
  const include = order.filter((t) => targets[t]!.rebuild).map((t) => matrixEntry(t, targets[t]!))
  const components: Component[] = a.components.map((c) => ({ ...c, existing: a.lookups.releases.get(c.release_id) ?? false }))
  const allExist = components.length > 0 && components.every((c) => c.existing)

  return {
    schema: PLAN_SCHEMA_VERSION,
    generator: { name: 'modules-rebuild', version: VERSION },
    manifest_hash: a.manifestHash,
    source_commit: a.source.commit,
    source_state: a.source.state,
    dirty_paths: a.source.dirty,
    profile: a.profile.profile,
    profile_source: a.profile.source,
    release_id: a.releaseId,
    build_needed: include.length > 0,
    existing_release: allExist ? a.releaseId : null,
    lookup: { store: a.lookups.store, note: LOOKUP_NOTE[a.lookups.store] },
    modules: a.modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: m.depends_on })),
    components,
    contract: a.contract,
    targets,
    stages,
    matrix: { include },
    matrix_stages: stages.map((s) => ({ include: include.filter((e) => s.includes(e.target)) })),
    delta: a.base ? { ...a.base.delta, base_keys: Object.fromEntries(order.map((t) => [t, a.base!.keys?.get(t)?.key ?? null])) } : null,
    notes: a.notes
  }
}

export function matrixEntry(target: TargetName, t: PlanTarget): MatrixEntry {
  return {
    target,
    stage: t.stage,
    needs: t.needs,
    component: t.component,
    release_id: t.release_id,
    build_key: t.build_key,
    package: t.package,
    command: t.command.shell,
    argv: t.command.argv,
    features: t.features.join(','),
    env: t.env,
    artifact: t.artifact.name,
    artifact_path: t.artifact.path,
    consumes: t.consumes,
    image: t.image?.ref ?? '',
    cache_registry_key: t.cache.registry.key,
    cache_registry_restore_keys: t.cache.registry.restore_keys.join('\n'),
    cache_registry_paths: t.cache.registry.paths.join('\n'),
    cache_target_key: t.cache.target.key,
    cache_target_restore_keys: t.cache.target.restore_keys.join('\n'),
    cache_target_paths: t.cache.target.paths.join('\n')
  }
}

/** The action outputs of a plan. */
export function planOutputs(plan: ReleasePlan | null, manifestHash: string | null, planPath: string | null): Record<string, string> {
  return {
    manifest_hash: plan?.manifest_hash ?? manifestHash ?? '',
    release_id: plan?.release_id ?? '',
    matrix: JSON.stringify(plan?.matrix ?? { include: [] }),
    // The workflow runs one build job per stage (a matrix cannot order its own entries).
    matrix_stage0: JSON.stringify(plan?.matrix_stages[0] ?? { include: [] }),
    matrix_stage1: JSON.stringify(plan?.matrix_stages[1] ?? { include: [] }),
    stage0_needed: String((plan?.matrix_stages[0]?.include.length ?? 0) > 0),
    stage1_needed: String((plan?.matrix_stages[1]?.include.length ?? 0) > 0),
    build_needed: plan ? String(plan.build_needed) : 'false',
    existing_release: plan?.existing_release ?? '',
    plan_path: plan && planPath ? planPath : ''
  }
}
