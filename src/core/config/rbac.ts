/**
 * RBAC policy (seed §2C.3: only admins may trigger a rebuild), pure: the repository roles, the
 * minimums an operation may require (one list, imported by the config schema, the action, the
 * CLI and the permission check), the built-in minimum of each operation, the `[rbac]` table of
 * modules-rebuild.toml, and which runs are checked at all.
 *
 * Checked runs: someone chose to start them — `workflow_dispatch`, `repository_dispatch`, and a
 * `push` of a tag (modules-rollback.yml's `deploy/<environment>/<release_id>`). A push to a branch
 * and a pull request are governed by branch protection and review, a schedule by whoever
 * committed it; their runs are not checked. The CLI checks whenever it is given an actor.
 */
import { z } from 'zod'
import { MINIMUM_PERMISSIONS, type MinimumPermission } from '../values/values.js'

/** Repository roles from least to most access. */
export const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number]

export const rank = (level: PermissionLevel): number => PERMISSION_LEVELS.indexOf(level)

/** The operations behind the gate (`change` has its own minimum: [workflows] change_minimum_permission). */
export const GATED_OPERATIONS = ['rebuild', 'deploy', 'rollback', 'prune'] as const
export type GatedOperation = (typeof GATED_OPERATIONS)[number]

/** Built-in minimums: a rebuild and a prune need admin, a deploy or rollback maintain. */
export const DEFAULT_MINIMUMS: Record<GatedOperation, MinimumPermission> = { rebuild: 'admin', deploy: 'maintain', rollback: 'maintain', prune: 'admin' }

const minimum = (op: GatedOperation, what: string) =>
  z
    .enum(MINIMUM_PERMISSIONS)
    .optional()
    .describe(`The least role (write, maintain or admin) whoever starts ${what} must hold on the repository, read through the API. Default "${DEFAULT_MINIMUMS[op]}".`)

/** `[rbac]` of modules-rebuild.toml: optional, keys without defaults, so a configuration that sets none keeps its config hash. */
export const RbacConfigSchema = z
  .object({
    rebuild: minimum('rebuild', 'a rebuild (modules-rebuild.yml by workflow_dispatch or repository_dispatch: plan and build)'),
    deploy: minimum('deploy', 'a deploy'),
    rollback: minimum('rollback', 'a rollback (modules-rollback.yml)'),
    prune: minimum('prune', 'a prune (modules-prune.yml)')
  })
  .describe('Who may start what: the least repository role per operation, checked for runs someone chose to start (workflow_dispatch, repository_dispatch, a pushed tag) and by the CLI when given --actor.')
export type RbacConfig = z.output<typeof RbacConfigSchema>

/** The minimum of `op`: the explicit one (an action input, a CLI option), else `[rbac]`, else the built-in one. */
export function minimumFor(op: GatedOperation, rbac: RbacConfig | undefined, explicit?: MinimumPermission): MinimumPermission {
  return explicit ?? rbac?.[op] ?? DEFAULT_MINIMUMS[op]
}

/** Whether a run of `event` on `ref` is checked (see the module comment). */
export function isGatedEvent(event: string | null | undefined, ref: string | null | undefined): boolean {
  if (event === 'workflow_dispatch' || event === 'repository_dispatch') return true
  return event === 'push' && typeof ref === 'string' && ref.startsWith('refs/tags/')
}
