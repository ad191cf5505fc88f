/**
 * `[plan]` of modules-rebuild.toml: how release-plan.json names, builds and caches each target.
 * Every key is optional: without the section, targets are built with plain cargo from RusToK's
 * layout and their inputs are derived from the Cargo path dependencies. The section's zod schema
 * is in plan-schema.ts (mounted into ConfigSchema as `plan`); this module holds what the plan
 * needs without loading zod.
 */
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { repoPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import { TARGETS } from '../values/values.js'
import type { PlanConfig } from './plan-schema.js'

export type { PlanConfig, TargetConfig } from './plan-schema.js'


/** `[A-Za-z0-9_.-]`, starting with a letter or digit, no `..`, not ending in `.`: valid in git tags and OCI tags. */
export const RELEASE_PREFIX_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.(?!\\.))*[A-Za-z0-9_-]$|^[A-Za-z0-9]$'

/** Placeholders of `command` (see DEFAULT_COMMAND); the `*_args` ones expand to zero or more arguments. */
export const PLACEHOLDERS = ['{package}', '{profile_args}', '{target_args}', '{feature_args}', '{features}', '{profile}', '{target}'] as const

export const DEFAULT_COMMAND = ['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'] as const


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
