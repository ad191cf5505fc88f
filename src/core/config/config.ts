/**
 * Reading modules-rebuild.toml: shape (checkShape: the generated parser, zod for findings), then paths and identifiers. Pure: the
 * adapter passes the file's text, or null when the repository has no such file (all defaults).
 */
import { DiagnosticError, diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { repoPathProblem, rustPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import type { PackageLookup } from '../manifest/package-schema.js'
import { checkShape, formatPath, locate } from '../manifest/shape.js'
import { checkDeployConfig } from './deploy.js'
import { checkPlanConfig } from './plan.js'
import { checkImagesConfig } from './images.js'
import { checkWorkflowsConfig } from './workflows.js'
import { RESERVED_WORKFLOWS, WORKFLOWS_DIR } from '../actions/constants.js'
import { APP_DEFAULTS, CONFIG_FILE, FEATURE_PATTERN, RUSTOK_OUTPUT_KEYS, RUSTOK_OUTPUTS } from './constants.js'
import type { Config } from './schema.js'
import { TARGETS, type TargetName } from '../values/values.js'
import { FAST_CONFIG } from '../manifest/shapes.generated.js'
import { lazySchema, parseWith } from '../manifest/zod-registry.js'
import type { RuleId } from '../diagnostics/rules.js'

export interface ConfigResult {
  /** The complete configuration (defaults filled in), or null when the file has errors. */
  config: Config | null
  diagnostics: Diagnostic[]
}

const CONFIG = lazySchema<Config>('ConfigSchema', FAST_CONFIG)

export const DEFAULT_CONFIG: Config = parseWith(CONFIG, {})

/** Where this configuration looks for package manifests. */
export function packageLookup(c: Config): PackageLookup {
  return { names: c.codegen.package_manifests, dir: c.codegen.package_dir }
}

const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/
const FEATURE = new RegExp(FEATURE_PATTERN)

export function readConfig(text: string | null, file: string = CONFIG_FILE, opts: { manifest?: string } = {}): ConfigResult {
  if (text === null) return { config: structuredClone(DEFAULT_CONFIG), diagnostics: [] }
  let doc: TomlDocument
  try {
    doc = readDocument(file, text, { schema: 1 })
  } catch (err) {
    if (err instanceof DiagnosticError) {
      // A config file holding only comments means "all defaults", not an error.
      if (err.diagnostics.every((d) => d.rule === 'empty-file')) return { config: structuredClone(DEFAULT_CONFIG), diagnostics: [] }
      return { config: null, diagnostics: err.diagnostics }
    }
    throw err
  }
  const diagnostics: Diagnostic[] = []
  if (doc.data.schema !== undefined && doc.data.schema !== 1) {
    diagnostics.push(diagnostic('error', 'unsupported-schema', file, locate(doc, ['schema']), `Unsupported ${file} schema: ${typeof doc.data.schema === 'string' ? JSON.stringify(doc.data.schema) : String(doc.data.schema)}`, 'This version of modules-rebuild reads `schema = 1`.'))
    return { config: null, diagnostics }
  }
  const shape = checkShape(CONFIG, doc)
  diagnostics.push(...shape.diagnostics)
  if (shape.data) diagnostics.push(...checkValues(doc, shape.data, opts.manifest ?? 'modules.toml'), ...checkWorkflowsConfig(shape.data.workflows, file, (p) => locate(doc, p)), ...checkPlanConfig(shape.data.plan, file, (p) => locate(doc, p)), ...checkDeployConfig(shape.data.deploy, file, (p) => locate(doc, p)), ...checkImagesConfig(shape.data.images ?? {}, file, (p) => locate(doc, p)))
  return { config: shape.data && !hasErrors(diagnostics) ? shape.data : null, diagnostics }
}

function checkValues(doc: TomlDocument, c: Config, manifest: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: RuleId, path: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, locate(doc, path), message, hint))
  const path = (p: KeyPath, value: string) => {
    const problem = repoPathProblem(value)
    if (problem) err('config-invalid-path', p, `\`${formatPath(p)}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server/src/modules/generated.rs".')
  }
  c.codegen.package_manifests.forEach((name, i) => path(['codegen', 'package_manifests', i], name))
  path(['codegen', 'package_dir'], c.codegen.package_dir)
  for (const app of TARGETS) {
    const a = c.codegen[app]
    path(['codegen', app, 'output'], a.output)
    path(['codegen', app, 'cargo_toml'], a.cargo_toml)
    if (a.template !== undefined) path(['codegen', app, 'template'], a.template)
    for (const key of ['output', 'cargo_toml'] as const) {
      const why = repoPathProblem(a[key]) === null ? reservedTarget(a[key], key, manifest, c) : null
      if (why) err('config-reserved-path', ['codegen', app, key], `\`codegen.${app}.${key}\` '${a[key].length > 80 ? `${a[key].slice(0, 80)}…` : a[key]}' ${why}`, `Name a file of the app of its own, e.g. "${APP_DEFAULTS[app][key]}".`)
    }
    if (a.template !== undefined && c.codegen.preset === 'rustok') {
      err('config-conflict', ['codegen', app, 'template'], `\`codegen.${app}.template\` does not apply to preset "rustok", whose files must equal what RusToK's build.rs writes`, 'Remove `template`, or set `codegen.preset = "default"` to render your own template.')
    }
  }
  for (const k of RUSTOK_OUTPUT_KEYS) {
    const file = c.codegen.rustok[k]
    path(['codegen', 'rustok', k], file)
    const why = repoPathProblem(file) === null ? reservedTarget(file, 'output', manifest, c) : null
    if (why) err('config-reserved-path', ['codegen', 'rustok', k], `\`codegen.rustok.${k}\` '${file.length > 80 ? `${file.slice(0, 80)}…` : file}' ${why}`, `Name a generated file of its own, e.g. "${RUSTOK_OUTPUTS[k].path}".`)
  }
  for (const app of TARGETS) {
    if (c.images?.[app]?.repository !== undefined && c.plan[app].image !== undefined)
      err('config-conflict', ['images', app, 'repository'], `\`images.${app}.repository\` and \`plan.${app}.image\` both name the image of ${app}`, `Keep \`images.${app}.repository\` and remove \`plan.${app}.image\`.`)
  }
  if (c.codegen.preset === 'rustok' && c.codegen.feature_prefix !== 'mod-') {
    err('config-conflict', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' does not apply to preset "rustok": RusToK's build script gates every module with the feature mod-<slug>`, 'Remove `feature_prefix` (default "mod-"), or use preset "default".')
  }

  const api = rustPathProblem(c.codegen.api_crate)
  if (api) err('config-invalid-identifier', ['codegen', 'api_crate'], `\`codegen.api_crate\` '${c.codegen.api_crate}' ${api}`, `Write the crate as Rust spells it in a \`use\` line, e.g. "${c.codegen.api_crate.replace(/-/g, '_') || 'rustok_api'}".`)
  if (!PREFIX.test(c.codegen.feature_prefix)) {
    err('config-invalid-identifier', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' cannot start a Cargo feature name`, 'Use ASCII letters, digits, `_`, `-`, `+` or `.`, starting with a letter, digit or `_`; the default is "mod-".')
  }
  for (const app of TARGETS) {
    c.features.base_features[app].forEach((f, i) => {
      if (!FEATURE.test(f)) err('config-invalid-identifier', ['features', 'base_features', app, i], `\`features.base_features.${app}[${i}]\` '${f}' is not a Cargo feature name`, 'Write a feature such as "ssr" or "dep-crate/feature".')
    })
  }

  const written = new Map<string, string>()
  for (const [at, file] of writtenFiles(c)) {
    const other = written.get(file)
    if (other !== undefined) err('config-duplicate-output', ['codegen', ...at], `\`codegen.${at.join('.')}\` '${file}' is also \`codegen.${other}\``, 'Give every enabled app its own output files and Cargo.toml.')
    else written.set(file, at.join('.'))
  }
  return out
}

/** The files code generation writes or rewrites, each with its key under [codegen]: per enabled app its Cargo.toml and its preset's outputs. */
function writtenFiles(c: Config): Array<[[string, string], string]> {
  const out: Array<[[string, string], string]> = []
  const on = (app: TargetName) => c.codegen[app].enabled
  for (const app of TARGETS) {
    if (!on(app)) continue
    if (c.codegen.preset === 'default') out.push([[app, 'output'], c.codegen[app].output])
    out.push([[app, 'cargo_toml'], c.codegen[app].cargo_toml])
  }
  if (c.codegen.preset === 'rustok') {
    for (const k of RUSTOK_OUTPUT_KEYS) if (on(RUSTOK_OUTPUTS[k].app)) out.push([['rustok', k], c.codegen.rustok[k]])
  }
  return out
}

/** Longest file or directory name a generated path may have (file systems allow 255 bytes; the write path's temp names need the rest). */
export const MAX_NAME_BYTES = 200

/**
 * Why a file `generate` writes (an app's output or Cargo.toml) may not be `target`: the root, a
 * name too long, or a file another part of the program (or git) owns. Null when it may.
 */
export function reservedTarget(target: string, key: 'output' | 'cargo_toml', manifest: string, c: Config): string | null {
  const norm = (p: string) => p.split('/').filter((s) => s !== '' && s !== '.').join('/')
  const t = norm(target)
  if (t === '') return 'names the repository root, not a file'
  const long = t.split('/').find((s) => Buffer.byteLength(s) > MAX_NAME_BYTES)
  if (long !== undefined) return `has a name longer than ${MAX_NAME_BYTES} bytes ('${long.slice(0, 24)}…')`
  const lower = t.toLowerCase()
  if (lower === '.git' || lower.startsWith('.git/')) return 'is inside .git/, which only git may write'
  const owned: Array<[string, string]> = [
    [norm(manifest), 'is the manifest'],
    [CONFIG_FILE, 'is this configuration file'],
    ['Cargo.lock', "is Cargo's lockfile"],
    ...RESERVED_WORKFLOWS.map((w): [string, string] => [`${WORKFLOWS_DIR}/${w}`, 'is a workflow `workflows generate` writes'])
  ]
  if (key === 'output') owned.push(['Cargo.toml', "is the workspace's Cargo.toml"])
  for (const [file, why] of owned) if (t === file) return why
  for (const [file] of owned) if (t.startsWith(`${file}/`)) return `is inside ${file}, which is a file`
  const dir = norm(c.codegen.package_dir)
  if (dir !== '' && (t === dir || t.startsWith(`${dir}/`))) return `is inside \`codegen.package_dir\` (${dir}), where install keeps the vendored package manifests`
  const base = t.split('/').at(-1)!
  if (c.codegen.package_manifests.includes(base)) return 'is named like a package manifest (`codegen.package_manifests`)'
  return null
}
