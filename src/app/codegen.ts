/**
 * generate / check on disk: reads the config, the project and the files the generator needs, runs
 * the pure planner, and (generate) writes only files whose content changed.
 */
import { checkPlanned, filesForGeneration, planGeneration, type GenerationPlan } from '../core/codegen/generate.js'
import type { StaleFile } from '../core/codegen/check.js'
import { packageLookup } from '../core/config/config.js'
import type { Config } from '../core/config/schema.js'
import { splitByOrigin } from '../core/diagnostics/compare.js'
import { hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import type { ProjectResult } from '../core/project/project.js'
import { loadConfig } from './config.js'
import { readSnapshot, writeChanged } from '../adapters/fs/fs.js'
import { loadProject } from './project.js'
import { recoverInterrupted } from '../adapters/fs/write.js'

export interface CodegenContext {
  config: Config | null
  project: ProjectResult | null
  plan: GenerationPlan | null
  diagnostics: Diagnostic[]
}

/** Problems in Cargo.toml that `generate` reports but that do not stop it writing the registry. */
const CARGO_SIDE = new Set(['feature-drift', 'feature-declaration', 'missing-feature-markers'])

export async function planOnDisk(root: string, manifest?: string): Promise<CodegenContext> {
  return (await planWithInputs(root, manifest)).ctx
}

/** planOnDisk and the files it was planned from (the Cargo.tomls it read). */
async function planWithInputs(root: string, manifest?: string): Promise<{ ctx: CodegenContext; inputs: ReadonlyMap<string, string | null> }> {
  const { config, diagnostics } = await loadConfig(root, manifest)
  if (!config) return { ctx: { config, project: null, plan: null, diagnostics }, inputs: new Map() }
  const project = await loadProject(root, manifest, packageLookup(config))
  const files = await readSnapshot(root, filesForGeneration(config, project.manifest))
  const plan = planGeneration({ project, config, files, ...(manifest ? { manifestFile: manifest } : {}) })
  return { ctx: { config, project, plan, diagnostics: sortDiagnostics([...diagnostics, ...plan.diagnostics]) }, inputs: files }
}

/** Errors that make generation unsafe: anything but the Cargo.toml-side findings. */
export function blockingErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && !CARGO_SIDE.has(d.rule))
}

export interface GenerateResult extends CodegenContext {
  written: string[]
  unchanged: string[]
  /** Findings after generation that the tree already had before it (they do not fail generate). */
  preexisting: Diagnostic[]
  /** Whether generate did its job: nothing blocked it and it introduced no error. */
  ok: boolean
}

/**
 * Writes the planned files (only changed ones); writes nothing at all when a blocking error exists.
 * `prior`: the findings of the tree before the change this generation is part of (install /
 * uninstall pass the tree before their edit); default: the tree before generating.
 */
export async function generateOnDisk(root: string, manifest?: string, prior?: readonly Diagnostic[]): Promise<GenerateResult> {
  await recoverInterrupted(root)
  const ctx = await planOnDisk(root, manifest)
  if (!ctx.plan || blockingErrors(ctx.diagnostics).length) return { ...ctx, written: [], unchanged: [], preexisting: [], ok: false }
  const current = await readSnapshot(root, ctx.plan.files.map((f) => f.path))
  const { stale } = await checkPlanned(ctx.plan, current)
  const staleSet = new Set(stale.map((s) => s.path))
  const { written, unchanged } = await writeChanged(root, ctx.plan.files, staleSet)
  // Drift is judged against the files as now written.
  const after = await planOnDisk(root, manifest)
  const { preexisting, introduced } = splitByOrigin(prior ?? ctx.diagnostics, after.diagnostics)
  return { ...after, written, unchanged, preexisting, ok: !hasErrors(introduced) }
}

export interface CheckOnDiskResult extends CodegenContext {
  stale: Array<Omit<StaleFile, 'kind'> & { kind: StaleFile['kind'] | 'workflows' }>
}

/**
 * `check`: the generated registry code and feature regions, and — once `[workflows] action` is
 * configured — the generated workflows too.
 */
export async function checkOnDisk(root: string, manifest?: string): Promise<CheckOnDiskResult> {
  const { ctx, inputs } = await planWithInputs(root, manifest)
  if (!ctx.plan || !ctx.config || blockingErrors(ctx.diagnostics).length) return { ...ctx, stale: [] }
  // A planned file the plan was made from (an app's Cargo.toml, with its feature region) was read
  // a moment ago by the same reader: its text is the checkout's, not read (and decoded) again.
  const paths = ctx.plan.files.map((f) => f.path)
  const current = await readSnapshot(root, paths.filter((p) => !inputs.has(p)))
  for (const p of paths) if (inputs.has(p)) current.set(p, inputs.get(p)!)
  const checked = await checkPlanned(ctx.plan, current, ctx.config.allow_dirty)
  const stale: CheckOnDiskResult['stale'] = [...checked.stale]
  const diagnostics = [...ctx.diagnostics, ...checked.diagnostics]
  if (ctx.config.workflows.action !== undefined) {
    // The workflow generator (and yaml) loads only for a repository whose workflows are generated.
    const { checkWorkflowsOnDisk, planFromConfig } = await import('./workflows.js')
    const plan = planFromConfig(ctx.config)
    const wf = await checkWorkflowsOnDisk(root, { config: ctx.config, planned: plan.planned, diagnostics: plan.diagnostics })
    stale.push(...wf.stale.map((s) => ({ ...s, kind: 'workflows' as const })))
    diagnostics.push(...wf.diagnostics)
  }
  return { ...ctx, stale, diagnostics: sortDiagnostics(diagnostics) }
}

/**
 * The command line that regenerates what is stale, as the user should type it: `generate` rewrites
 * registry code and feature regions, `workflows generate` the workflows (both, joined by `&&`).
 */
export function fixCommand(root: string, manifest: string, stale: ReadonlyArray<{ kind: string }> = []): string {
  const q = (s: string) => (/^[A-Za-z0-9_./@:=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)
  const rootArg = root === '.' ? '' : `--root ${q(root)}`
  const code = ['modules-rebuild generate', rootArg, manifest === 'modules.toml' ? '' : `--manifest ${q(manifest)}`].filter(Boolean).join(' ')
  const workflows = ['modules-rebuild workflows generate', rootArg].filter(Boolean).join(' ')
  const kinds = new Set(stale.map((s) => s.kind))
  if (!kinds.has('workflows')) return code
  return kinds.size === 1 ? workflows : `${code} && ${workflows}`
}
