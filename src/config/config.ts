/**
 * Reading modules-rebuild.toml: shape (zod, via checkShape), then paths and identifiers. Pure: the
 * adapter passes the file's text, or null when the repository has no such file (all defaults).
 */
import { DiagnosticError, diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { repoPathProblem, rustPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import type { PackageLookup } from '../manifest/package-schema.js'
import { checkShape, formatPath, locate } from '../manifest/shape.js'
import { checkPlanConfig } from '../plan/config.js'
import { checkWorkflowsConfig } from '../workflows/config.js'
import { APPS, CONFIG_FILE, ConfigSchema, FEATURE_PATTERN, RUSTOK_OUTPUT_KEYS, RUSTOK_OUTPUTS, type AppName, type Config } from './schema.js'

export interface ConfigResult {
  /** The complete configuration (defaults filled in), or null when the file has errors. */
  config: Config | null
  diagnostics: Diagnostic[]
}

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({})

/** Where this configuration looks for package manifests. */
export function packageLookup(c: Config): PackageLookup {
  return { names: c.codegen.package_manifests, dir: c.codegen.package_dir }
}

const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/
const FEATURE = new RegExp(FEATURE_PATTERN)

export function readConfig(text: string | null, file: string = CONFIG_FILE): ConfigResult {
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
  const shape = checkShape(ConfigSchema, doc)
  diagnostics.push(...shape.diagnostics)
  if (shape.data) diagnostics.push(...checkValues(doc, shape.data), ...checkWorkflowsConfig(shape.data.workflows, file, (p) => locate(doc, p)), ...checkPlanConfig(shape.data.plan, file, (p) => locate(doc, p)))
  return { config: shape.data && !hasErrors(diagnostics) ? shape.data : null, diagnostics }
}

function checkValues(doc: TomlDocument, c: Config): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: string, path: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, locate(doc, path), message, hint))
  const path = (p: KeyPath, value: string) => {
    const problem = repoPathProblem(value)
    if (problem) err('config-invalid-path', p, `\`${formatPath(p)}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server/src/modules/generated.rs".')
  }
  c.codegen.package_manifests.forEach((name, i) => path(['codegen', 'package_manifests', i], name))
  path(['codegen', 'package_dir'], c.codegen.package_dir)
  for (const app of APPS) {
    const a = c.codegen[app]
    path(['codegen', app, 'output'], a.output)
    path(['codegen', app, 'cargo_toml'], a.cargo_toml)
    if (a.template !== undefined) path(['codegen', app, 'template'], a.template)
    if (a.template !== undefined && c.codegen.preset === 'rustok') {
      err('config-conflict', ['codegen', app, 'template'], `\`codegen.${app}.template\` does not apply to preset "rustok", whose files must equal what RusToK's build.rs writes`, 'Remove `template`, or set `codegen.preset = "default"` to render your own template.')
    }
  }
  for (const k of RUSTOK_OUTPUT_KEYS) path(['codegen', 'rustok', k], c.codegen.rustok[k])
  if (c.codegen.preset === 'rustok' && c.codegen.feature_prefix !== 'mod-') {
    err('config-conflict', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' does not apply to preset "rustok": RusToK's build script gates every module with the feature mod-<slug>`, 'Remove `feature_prefix` (default "mod-"), or use preset "default".')
  }

  const api = rustPathProblem(c.codegen.api_crate)
  if (api) err('config-invalid-identifier', ['codegen', 'api_crate'], `\`codegen.api_crate\` '${c.codegen.api_crate}' ${api}`, `Write the crate as Rust spells it in a \`use\` line, e.g. "${c.codegen.api_crate.replace(/-/g, '_') || 'rustok_api'}".`)
  if (!PREFIX.test(c.codegen.feature_prefix)) {
    err('config-invalid-identifier', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' cannot start a Cargo feature name`, 'Use ASCII letters, digits, `_`, `-`, `+` or `.`, starting with a letter, digit or `_`; the default is "mod-".')
  }
  for (const app of APPS) {
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
  const on = (app: AppName) => c.codegen[app].enabled
  for (const app of APPS) {
    if (!on(app)) continue
    if (c.codegen.preset === 'default') out.push([[app, 'output'], c.codegen[app].output])
    out.push([[app, 'cargo_toml'], c.codegen[app].cargo_toml])
  }
  if (c.codegen.preset === 'rustok') {
    for (const k of RUSTOK_OUTPUT_KEYS) if (on(RUSTOK_OUTPUTS[k].app)) out.push([['rustok', k], c.codegen.rustok[k]])
  }
  return out
}
