/**
 * `[plan]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `plan`). Only loaded to word findings and to publish the JSON Schema; the
 * constants and checks the plan needs are in config.ts.
 */
import { z } from 'zod'
import { DEFAULT_COMMAND, RELEASE_PREFIX_PATTERN } from './plan.js'
import type { TargetName } from '../values/values.js'

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
