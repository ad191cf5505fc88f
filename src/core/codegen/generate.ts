/**
 * The plan of generated outputs, and the check of a checkout against it. Pure: the adapter reads
 * the files `filesForGeneration` names (Cargo.tomls, user templates) and, for `check`, the planned
 * paths; `generate` writes `plan.files`, `check` fails on `stale`.
 *
 *   generate: planGeneration → write plan.files
 *   check:    planGeneration → read plan.files' paths → upToDate, else checkGeneration (check.ts)
 */
import { lf } from '../diagnostics/compare.js'
import type { DirtyKind } from '../config/constants.js'
import type { CheckResult } from './check.js'
import type { Config } from '../config/schema.js'
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { FileSnapshot } from '../manifest/packages.js'
import type { ProjectResult } from '../project/project.js'
import type { Manifest } from '../manifest/schema.js'
import type { TomlCache } from '../manifest/toml.js'
import { planAppFeatures, type FeatureSet } from './features.js'
import { buildModel, canonicalOrder, generatedHeader, type CodegenModel } from './model.js'
import { builtinTemplate, renderRegistry, type TemplateSource } from './render.js'
import { planRustok, rustokFiles } from './rustok/index.js'
import { TARGETS, type TargetName } from '../values/values.js'

export type OutputKind = 'registry' | 'features'

export interface PlannedFile {
  /** Root-relative POSIX path. */
  path: string
  content: string
  kind: OutputKind
}

export interface GenerationPlan {
  /** Everything that could be planned; empty when the project is invalid. */
  files: PlannedFile[]
  featureSets: Record<TargetName, FeatureSet>
  /** The project's diagnostics followed by the generator's own, sorted. */
  diagnostics: Diagnostic[]
}

export interface GenerationInput {
  project: Pick<ProjectResult, 'ok' | 'manifest' | 'manifestHash' | 'packages' | 'diagnostics' | 'missingPackages'>
  config: Config
  /** The contents of the paths `filesForGeneration(config)` names; null for a missing file. */
  files: FileSnapshot
  /** Root-relative path of the manifest, shown in the header line (default `modules.toml`). */
  manifestFile?: string
  /** The command's parsed files, shared with its other steps (plan: the path-dependency walk). */
  toml?: TomlCache
}

/**
 * The files planGeneration reads besides the project: each enabled app's Cargo.toml and user
 * template; for preset "rustok" also the crate files RusToK's server build script probes.
 */
export function filesForGeneration(config: Config, manifest: Manifest | null = null): string[] {
  const out: string[] = config.codegen.preset === 'rustok' && manifest ? rustokFiles(manifest) : []
  for (const app of TARGETS) {
    const a = config.codegen[app]
    if (!a.enabled) continue
    out.push(a.cargo_toml)
    if (a.template !== undefined) out.push(a.template)
  }
  return [...new Set(out)]
}

const disabled = (): FeatureSet => ({ enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] })

export function planGeneration(input: GenerationInput): GenerationPlan {
  const { project, config } = input
  const featureSets: Record<TargetName, FeatureSet> = { server: disabled(), admin: disabled(), storefront: disabled() }
  const diagnostics = [...project.diagnostics, ...project.missingPackages]
  const { manifest, manifestHash } = project
  if (!project.ok || !manifest || !manifestHash || hasErrors(diagnostics)) return { files: [], featureSets, diagnostics: sortDiagnostics(diagnostics) }

  const files: PlannedFile[] = []
  if (config.codegen.preset === 'rustok') {
    const header = generatedHeader(input.manifestFile ?? 'modules.toml', manifestHash)
    const r = planRustok({ manifest, packages: project.packages, files: input.files, config, header })
    diagnostics.push(...r.diagnostics)
    for (const f of r.files) files.push({ path: f.path, content: f.content, kind: 'registry' })
  }
  const order = canonicalOrder(manifest)
  const built = config.codegen.preset === 'rustok' ? { model: null, diagnostics: [] } : buildModel({ manifest, packages: project.packages, manifestHash, config, order, ...(input.manifestFile ? { manifestFile: input.manifestFile } : {}) })
  diagnostics.push(...built.diagnostics)
  for (const app of TARGETS) {
    const a = config.codegen[app]
    if (!a.enabled) continue
    const f = planAppFeatures({ app, manifest, packages: project.packages, order, config, cargoText: input.files.get(a.cargo_toml) ?? null, ...(input.toml ? { toml: input.toml } : {}) })
    featureSets[app] = f.set
    diagnostics.push(...f.diagnostics)
    if (built.model) {
      const template = templateFor(app, config, input.files, diagnostics)
      if (template) {
        const r = renderRegistry(f.set.gated ? built.model : ungated(built.model), template)
        diagnostics.push(...r.diagnostics)
        if (r.content !== null) files.push({ path: a.output, content: r.content, kind: 'registry' })
      }
    }
    if (f.file) files.push({ ...f.file, kind: 'features' })
  }
  return { files, featureSets, diagnostics: sortDiagnostics(diagnostics) }
}

/** The model with every gate removed: the app compiles all installed modules in (config `gate`). */
function ungated(model: CodegenModel): CodegenModel {
  const off = <T extends { gated: boolean }>(x: T): T => ({ ...x, gated: false })
  return {
    ...model,
    modules: model.modules.map((m) => ({ ...off(m), graphql: m.graphql.map(off), http: m.http.map(off), admin: m.admin && off(m.admin), storefront: m.storefront && off(m.storefront) })),
    registrations: model.registrations.map(off),
    graphql: model.graphql.map(off),
    http: model.http.map(off),
    admin: model.admin.map(off),
    storefront: model.storefront.map(off)
  }
}

function templateFor(app: TargetName, config: Config, files: FileSnapshot, out: Diagnostic[]): TemplateSource | null {
  const path = config.codegen[app].template
  if (path === undefined) return builtinTemplate(app)
  const text = files.get(path)
  if (typeof text === 'string') return { file: path, text }
  out.push(diagnostic('error', 'template-error', path, null, `Template ${path} ([codegen.${app}] template of modules-rebuild.toml) does not exist`, `Create it (start from the built-in template, see docs/templates.md) or remove \`template\` from [codegen.${app}].`))
  return null
}

/**
 * checkGeneration (check.ts) of the planned files against the checkout (`current`: path → text,
 * null when missing). check.ts and the `diff` library it prints stale files with load only when
 * some file differs: an up-to-date checkout has nothing to report.
 */
export async function checkPlanned(plan: Pick<GenerationPlan, 'files'>, current: ReadonlyMap<string, string | null>, allowDirty: readonly DirtyKind[] = []): Promise<CheckResult> {
  if (upToDate(plan, current)) return { stale: [], diagnostics: [] }
  return (await import('./check.js')).checkGeneration(plan, current, allowDirty)
}

/** Whether every planned file is in the checkout as planned, line endings ignored. */
export function upToDate(plan: Pick<GenerationPlan, 'files'>, current: ReadonlyMap<string, string | null>): boolean {
  return plan.files.every((f) => {
    const now = current.get(f.path) ?? null
    return now !== null && lf(now) === lf(f.content)
  })
}
