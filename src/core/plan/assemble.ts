/**
 * Assembling release-plan.json from the pieces plan.ts computed: targets with their reasons, the
 * stages and the matrix (overall and per stage), components, and the action outputs. Pure.
 */
import { fillBuildArg, type ImageConfig } from '../config/images.js'
import { VERSION } from '../../version.js'
import type { ModuleInfo } from './delta.js'
import { cacheEntries, keyDifferences, stageOf, type ComponentPlan, type KeyedTarget, type ProfileChoice } from './plan.js'
import { shortKey } from './release-id.js'
import { PLAN_SCHEMA_VERSION } from './version.js'
import type { Component, Contract, Delta, MatrixEntry, PlanTarget, ReleasePlan } from './schema.js'
import type { Manifest } from '../manifest/schema.js'
import { TARGETS, type TargetName } from '../values/values.js'

/** A build an existing release already holds: what the release store answers (core/release/store.ts FoundBuild). */
export interface HeldBuild {
  release_id: string
  artifact: { name: string }
}

// ── assembly ───────────────────────────────────────────────────────────────────────────────────

export interface Lookups {
  store: 'none' | 'local' | 'github'
  /** By build key: where an artifact with it exists. */
  builds: ReadonlyMap<string, HeldBuild | null>
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
      image: s.embeddedIn ? null : { name: s.imageName, tag: comp.release_id, ref: `${s.imageName}:${comp.release_id}`, build: s.image ? imageBuild(s.image, { source_commit: a.source.commit, release_id: comp.release_id, target: t }) : null },
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
    image_repository: t.image?.build ? t.image.name : '',
    image_dockerfile: t.image?.build?.dockerfile ?? '',
    image_context: t.image?.build?.context ?? '',
    image_platforms: t.image?.build?.platforms.join(',') ?? '',
    image_build_args: Object.entries(t.image?.build?.build_args ?? {}).map(([k, v]) => `${k}=${v}`).join('\n'),
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

/** targets.<t>.image.build: [images.<target>] with the build_args placeholders filled in. */
function imageBuild(c: ImageConfig, facts: { source_commit: string | null; release_id: string; target: string }): { dockerfile: string; context: string; platforms: string[]; build_args: Record<string, string> } {
  return { dockerfile: c.dockerfile, context: c.context, platforms: c.platforms ?? [], build_args: Object.fromEntries(Object.entries(c.build_args).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, fillBuildArg(v, facts)])) }
}
