/** `workflows generate|check`, `init`: the generated GitHub workflows on disk. */
import { tomlValue } from '../core/manifest/toml-write.js'
import { EMBED_FEATURES } from '../core/codegen/features.js'
import { presetFor, PRESET_SIGNAL_FILE } from '../core/codegen/rustok/index.js'
import { CONFIG_FILE, type Config, type Preset } from '../core/config/schema.js'
import { isTable, parseToml } from '../core/manifest/toml.js'
import { DiagnosticError, sortDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { checkWorkflows, configHash, planWorkflows, type PlannedWorkflow, type StaleWorkflow } from '../core/workflows/generate.js'
import { loadConfig } from './config.js'
import { dockerfileCandidates, imagesToml } from '../core/config/images.js'
import { readSnapshot, writeChanged } from '../adapters/fs/fs.js'
import { TARGETS, type TargetName } from '../core/values/values.js'

export interface WorkflowsContext {
  config: Config | null
  planned: PlannedWorkflow[] | null
  diagnostics: Diagnostic[]
}

export function planFromConfig(config: Config): { planned: PlannedWorkflow[] | null; diagnostics: Diagnostic[] } {
  try {
    return { planned: planWorkflows({ workflows: config.workflows, codegen: config.codegen, ...(config.images ? { images: config.images } : {}) }, configHash(config)), diagnostics: [] }
  } catch (err) {
    if (err instanceof DiagnosticError) return { planned: null, diagnostics: err.diagnostics }
    throw err
  }
}

export async function planWorkflowsOnDisk(root: string): Promise<WorkflowsContext> {
  const { config, diagnostics } = await loadConfig(root)
  if (!config) return { config, planned: null, diagnostics }
  const plan = planFromConfig(config)
  return { config, planned: plan.planned, diagnostics: sortDiagnostics([...diagnostics, ...plan.diagnostics]) }
}

/** Writes the planned workflows whose content changed; returns the written and unchanged paths. */
export async function writeWorkflows(root: string, planned: readonly PlannedWorkflow[]): Promise<{ written: string[]; unchanged: string[] }> {
  const changed = new Set((await changedWorkflows(root, planned)).map((c) => c.path))
  return writeChanged(root, planned, changed)
}

/** The planned workflows whose file differs from the plan (missing, or other content). */
export async function changedWorkflows(root: string, planned: readonly PlannedWorkflow[]): Promise<Array<{ path: string; content: string }>> {
  const current = await readSnapshot(root, planned.map((p) => p.path))
  const stale = new Set(checkWorkflows(planned, current).stale.map((s) => s.path))
  return planned.filter((p) => stale.has(p.path)).map((p) => ({ path: p.path, content: p.content }))
}

export async function checkWorkflowsOnDisk(root: string, ctx?: WorkflowsContext): Promise<WorkflowsContext & { stale: StaleWorkflow[] }> {
  const c = ctx ?? (await planWorkflowsOnDisk(root))
  if (!c.planned || !c.config) return { ...c, stale: [] }
  const current = await readSnapshot(root, c.planned.map((p) => p.path))
  const checked = checkWorkflows(c.planned, current, c.config.allow_dirty)
  return { ...c, stale: checked.stale, diagnostics: sortDiagnostics([...c.diagnostics, ...checked.diagnostics]) }
}

/** The codegen preset `init` writes: "rustok" when apps/server/build.rs generates RusToK's registry files. */
export async function detectPreset(root: string): Promise<Preset> {
  return presetFor((await readSnapshot(root, [PRESET_SIGNAL_FILE])).get(PRESET_SIGNAL_FILE) ?? null)
}

/** The modules-rebuild.toml `init` writes: every section present, commented, RusToK's defaults; `preset` from `detectPreset`, base features read from the apps' Cargo.toml. */
export function initialConfig(action: string, version: string, preset: Preset = 'default', baseFeatures: Partial<Record<TargetName, string[]>> = {}, images: ReadonlyArray<{ target: TargetName; dockerfile: string }> = []): string {
  const base = TARGETS.filter((a) => baseFeatures[a]?.length).map((a) => `${a} = ${tomlValue(baseFeatures[a]!)}`)
  return `#:schema ${schemaUrl(action)}
# modules-rebuild configuration (schema 1). Every key is optional; the defaults fit RusToK's layout.
# Reference: the README's "modules-rebuild.toml" table, or schema/modules-rebuild.schema.json.
schema = 1
# true: the findings about the hand-maintained Cargo.toml (feature-drift, feature-declaration) are
# errors instead of warnings, so check and plan fail until it agrees with modules.toml.
strict = false

[codegen]
${preset === 'rustok' ? '# apps/server/build.rs generates the registry into OUT_DIR: write the same files, committed (README "Presets").\npreset = "rustok"' : '# preset = "default"   # or "rustok": the files RusToK\'s build scripts generate'}
# package_manifests = ["rustok-module.toml", "module.toml"]
# feature_prefix = "mod-"
# api_crate = "rustok_api"
# [codegen.server] output = "apps/server/src/modules/generated.rs", cargo_toml = "apps/server/Cargo.toml"

[features]
# "auto": rewrite the managed region of [features] default where its markers exist, else build
# with --no-default-features --features … computed from modules.toml.
mode = "auto"

[features.base_features]
# Features besides the module features that every build keeps${base.length ? ' (read from [features] default of the apps\' Cargo.toml)' : ''}.
${base.length ? base.join('\n') : '# server = ["redis-cache"]'}

[workflows]
# The modules-rebuild action the generated workflows call, pinned to a commit.
action = ${JSON.stringify(action)}
action_version = ${JSON.stringify(version)}
# default_branch = "main"
# runs_on = "ubuntu-latest"
# modules-change.yml: the least role a requester needs, and a secret holding a GitHub App token
# whose pushes start workflows (GITHUB_TOKEN's do not; the workflow then dispatches the rebuild).
# change_minimum_permission = "maintain"
# change_token_secret = "MODULES_BOT_TOKEN"
# The deploy job's GitHub environment (its variable MODULES_SMOKE_URL: the smoke checks' URL),
# and modules-prune.yml: releases kept per component, schedule, scheduled runs only report.
# deploy_environment = "production"
# prune_keep = 10
# prune_schedule = "27 4 * * 1"
# prune_dry_run = true

# [rbac]
# Who may start what (write | maintain | admin), checked in dispatched runs and pushed tags.
# rebuild = "admin"
# deploy = "maintain"
# rollback = "maintain"
# prune = "admin"

${imagesToml(images)}`
}

/** The Dockerfile of each target that has one (`apps/<target>/Dockerfile.release`, else `apps/<target>/Dockerfile`). */
export async function detectDockerfiles(root: string): Promise<Array<{ target: TargetName; dockerfile: string }>> {
  const candidates = TARGETS.flatMap((t) => dockerfileCandidates(t))
  const found = await readSnapshot(root, candidates)
  return TARGETS.flatMap((target) => {
    const dockerfile = dockerfileCandidates(target).find((c) => found.get(c) != null)
    return dockerfile ? [{ target, dockerfile }] : []
  })
}

/**
 * Where an editor finds the JSON Schema without installing anything: the schema file of the
 * modules-rebuild repository at the commit `action` pins (`owner/repo@sha`).
 */
export function schemaUrl(action: string): string {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@([0-9a-f]{40})$/.exec(action)
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}/schema/modules-rebuild.schema.json` : 'https://raw.githubusercontent.com/OWNER/modules-rebuild/COMMIT/schema/modules-rebuild.schema.json'
}

/** The non-module, non-embed entries of `[features] default` of an app's Cargo.toml: its base features. */
export function defaultBaseFeatures(cargoText: string | null, prefix: string): string[] {
  if (cargoText === null) return []
  try {
    const doc = parseToml(cargoText, 'Cargo.toml')
    const def = isTable(doc.features) && Array.isArray(doc.features.default) ? doc.features.default : []
    return def.filter((f): f is string => typeof f === 'string' && !f.startsWith(prefix) && !f.startsWith('dep:') && !(EMBED_FEATURES as readonly string[]).includes(f))
  } catch {
    return []
  }
}

export { CONFIG_FILE }
