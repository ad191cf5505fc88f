/**
 * `[rbac]` of modules-rebuild.toml: the single definition of the section (mounted into ConfigSchema
 * as `rbac`). Only loaded to word findings and to publish the JSON Schema; the roles, minimums and
 * the gate's rules are in rbac.ts.
 */
import { z } from 'zod'
import { DEFAULT_MINIMUMS, type GatedOperation } from './rbac.js'
import { MINIMUM_PERMISSIONS } from '../values/values.js'

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
