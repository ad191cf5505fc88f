/**
 * `[plan]` of modules-rebuild.toml: how release-plan.json names, builds and caches each target.
 * The single definition of the section; the lead mounts `PlanConfigSchema` into ConfigSchema as
 * `plan`. Every key is optional: without the section, targets are built with plain cargo from
 * RusToK's layout and their inputs are derived from the Cargo path dependencies.
 */
import { z } from 'zod'
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { repoPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import { TARGETS, type TargetName } from '../values/values.js'


/** `[A-Za-z0-9_.-]`, starting with a letter or digit, no `..`, not ending in `.`: valid in git tags and OCI tags. */
export const RELEASE_PREFIX_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.(?!\\.))*[A-Za-z0-9_-]$|^[A-Za-z0-9]$'

/** Placeholders of `command` (see DEFAULT_COMMAND); the `*_args` ones expand to zero or more arguments. */
export const PLACEHOLDERS = ['{package}', '{profile_args}', '{target_args}', '{feature_args}', '{features}', '{profile}', '{target}'] as const

export const DEFAULT_COMMAND = ['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'] as const

const repoPath = (description: string) => z.string().meta({ description: `${description} Repository-relative, '/' between directories.` })

const targetSchema = (target: TargetName) =>
  z
    .object({
      package: z
        .string()
        .optional()
        .describe(
          target === 'server'
            ? 'Cargo package to build. Default: `app` of modules.toml.'
            : `Cargo package to build. Default: [package] name of [codegen.${target}] cargo_toml.`
        ),
      command: z
        .array(z.string())
        .min(1)
        .default([...DEFAULT_COMMAND])
        .describe(
          'The build command as an argument vector (never run through a shell). Placeholders: {package}; {profile_args} → `--release` or `--profile <name>` ([build] profile); {target_args} → `--target <triple>` or nothing ([build] target); {feature_args} → the cargo arguments [codegen] decides (nothing in managed mode, `--no-default-features --features …` in flags mode); {features} → the feature list joined with commas; {profile}; {target}. Examples: `["trunk", "build", "--release", "--features", "{features}"]`, `["cargo", "leptos", "build", "--release"]`.'
        ),
      inputs: z
        .array(repoPath('A file or directory whose content decides the build.'))
        .optional()
        .describe('Replaces the derived input paths of the build key. Default (derived): the app directory, the directory of every Cargo path dependency reachable from its Cargo.toml (through [workspace.dependencies] and [patch]), and the module crates the app compiles in.'),
      extra_inputs: z
        .array(repoPath('A file or directory whose content decides the build.'))
        .default([])
        .describe('Added to the input paths, e.g. assets or a Trunk.toml outside the app directory.'),
      output: repoPath('What the build produces, packed as the artifact.')
        .optional()
        .describe('Build output to pack as the artifact (placeholders as in `command`, plus {target_dir}: `target/<triple>` or `target`, and {profile_dir}: `release`, `debug` for dev, else the profile name). Default: `{target_dir}/{profile_dir}/{package}` (the binary).'),
      image: z
        .string()
        .optional()
        .describe('Container image name (without tag) when this target is deployed on its own. Default: `<image_registry>/<package>`, lowercased. The tag is the release_id.'),
      env: z.record(z.string(), z.string()).default({}).describe('Environment variables of the build (e.g. RUSTFLAGS, SOURCE_DATE_EPOCH); part of the build key.')
    })
    .describe(`How the ${target} target is built.`)

export const PlanConfigSchema = z
  .object({
    release_prefix: z
      .string()
      .optional()
      .meta({ pattern: RELEASE_PREFIX_PATTERN, description: 'First part of every release_id (≤ 64 characters). Default: `app` of modules.toml without a trailing `-server` (`rustok-server` → `rustok`).' }),
    image_registry: z.string().default('').describe('Registry and namespace put before image names, e.g. "ghcr.io/rustokrs". Empty: bare names.'),
    workspace_manifest: repoPath('The Cargo workspace manifest.').default('Cargo.toml'),
    lockfile: repoPath('The Cargo lockfile; part of every build key and of the registry cache key.').default('Cargo.lock'),
    toolchain_files: z
      .array(repoPath('A toolchain file.'))
      .default(['rust-toolchain.toml', 'rust-toolchain'])
      .describe('Files that pin the Rust toolchain; all that exist are part of every build key.'),
    server: targetSchema('server').prefault({}),
    admin: targetSchema('admin').prefault({}),
    storefront: targetSchema('storefront').prefault({})
  })
  .describe('How `modules-rebuild plan` keys, names and builds the targets (release-plan.json).')

export type PlanConfig = z.output<typeof PlanConfigSchema>
export type TargetConfig = PlanConfig[TargetName]

export const DEFAULT_PLAN_CONFIG: PlanConfig = PlanConfigSchema.parse({})

/**
 * Checks beyond shape of `[plan]` (paths, the release prefix, env names); readConfig calls it with
 * a locator into modules-rebuild.toml.
 */
export function checkPlanConfig(c: PlanConfig, file: string, where: (path: KeyPath) => Location | null = () => null): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const locate = (p: KeyPath) => where(['plan', ...p])
  const err = (path: KeyPath, message: string, hint: string) => diagnostics.push(diagnostic('error', 'config-invalid-path', file, locate(path), message, hint))
  const paths: Array<[KeyPath, string]> = [
    [['workspace_manifest'], c.workspace_manifest],
    [['lockfile'], c.lockfile],
    ...c.toolchain_files.map((p, i): [KeyPath, string] => [['toolchain_files', i], p])
  ]
  for (const t of TARGETS) {
    c[t].inputs?.forEach((p, i) => paths.push([[t, 'inputs', i], p]))
    c[t].extra_inputs.forEach((p, i) => paths.push([[t, 'extra_inputs', i], p]))
  }
  for (const [p, value] of paths) {
    const problem = repoPathProblem(value) ?? (value.includes('\n') ? 'contains a line break' : null)
    if (problem) err(p, `\`plan.${p.join('.')}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server".')
  }
  if (c.release_prefix !== undefined && (c.release_prefix.length > 64 || !new RegExp(RELEASE_PREFIX_PATTERN).test(c.release_prefix))) {
    diagnostics.push(
      diagnostic('error', 'config-invalid-identifier', file, locate(['release_prefix']), `\`plan.release_prefix\` '${c.release_prefix}' cannot start a git tag and an OCI tag`, 'Use at most 64 ASCII letters, digits, `_`, `-` and single `.`, starting with a letter or digit and not ending in `.`, e.g. "rustok".')
    )
  }
  for (const t of TARGETS) {
    for (const k of Object.keys(c[t].env)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) diagnostics.push(diagnostic('error', 'config-invalid-identifier', file, locate([t, 'env', k]), `\`plan.${t}.env\` key '${k}' is not an environment variable name`, 'Use ASCII letters, digits and `_`, not starting with a digit.'))
    }
  }
  return diagnostics
}
