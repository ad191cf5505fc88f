/**
 * The value sets every layer shares — one list per enumeration, imported by the zod schemas
 * (whose enums and published JSON Schemas derive from them), the action's inputs, the CLI's
 * options and the workflow rendering — and the one boolean parser. A leaf of the core: it
 * imports nothing, so any area may use it without a cycle.
 */

/** The build targets (apps) of a platform, in build and report order. */
export const TARGETS = ['server', 'admin', 'storefront'] as const
export type TargetName = (typeof TARGETS)[number]

/** What a server embeds, as release-plan.json `profile` records it. */
export const PROFILES = ['monolith', 'headless', 'server-with-admin', 'server-with-storefront'] as const
export type Profile = (typeof PROFILES)[number]
/** The profiles one can ask for (`--profile`, input `profile`, the dispatch input, schema-1 `deployment_profile`). */
export const PROFILE_OPTIONS = ['monolith', 'headless'] as const satisfies readonly Profile[]
export type ProfileOption = (typeof PROFILE_OPTIONS)[number]
export const isProfileOption = (v: unknown): v is ProfileOption => typeof v === 'string' && (PROFILE_OPTIONS as readonly string[]).includes(v)

/** The least repository role an operation may require: triage and read can change nothing in the repository. */
export const MINIMUM_PERMISSIONS = ['write', 'maintain', 'admin'] as const
export type MinimumPermission = (typeof MINIMUM_PERMISSIONS)[number]
export const isMinimumPermission = (v: unknown): v is MinimumPermission => typeof v === 'string' && (MINIMUM_PERMISSIONS as readonly string[]).includes(v)
/** The minimum of a module change (input `minimum-permission` of `change`, `[workflows] change_minimum_permission`). */
export const DEFAULT_CHANGE_MINIMUM: MinimumPermission = 'maintain'

/** `a, b or c`: an enumeration as the messages name it. */
export const oneOf = (values: readonly string[]): string => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`)

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/**
 * The one boolean parser: the YAML 1.2 core schema's booleans, as @actions/core's
 * getBooleanInput reads them (`true | True | TRUE | false | False | FALSE`). Anything else,
 * the empty string included, is null: the caller decides what a missing value means.
 */
export function parseBoolean(text: string): boolean | null {
  if (TRUE.includes(text)) return true
  if (FALSE.includes(text)) return false
  return null
}
