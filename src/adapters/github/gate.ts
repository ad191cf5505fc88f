/**
 * THE gate before a rebuild, deploy, rollback or prune: the actor's permission on the repository
 * (src/github/permissions.ts) against the operation's minimum. The action (drivers/action/gate.ts)
 * and the CLI (drivers/cli/gate.ts) both call `gateOperation`; they differ only in where the
 * event, actor, token and minimum come from.
 */
import type { GatedOperation } from '../../core/config/rbac.js'
import type { MinimumPermission } from '../../core/values/values.js'
import { createOctokit, type ClientOptions } from './client.js'
import { requirePermission, type PermissionCheck } from './permissions.js'

export interface GateRequest {
  operation: GatedOperation
  /** `owner/repo`. */
  repository: string
  actor: string
  minimum: MinimumPermission
  token: string
  /** API base URL (GitHub Enterprise, or the test double); default GITHUB_API_URL, else api.github.com. */
  baseUrl?: string
  client?: Partial<Omit<ClientOptions, 'token' | 'baseUrl'>>
}

const WHAT: Record<GatedOperation, string> = { rebuild: 'a rebuild', deploy: 'a deploy', rollback: 'a rollback', prune: 'a prune' }

/** Resolves to a grant or a refusal (its diagnostic names actor, level and minimum); rejects when the API cannot answer. */
export async function gateOperation(r: GateRequest): Promise<PermissionCheck> {
  const [owner, repo, ...rest] = r.repository.split('/')
  if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got '${r.repository}'`)
  if (!r.token) throw new Error(`checking ${r.actor}'s permission for ${WHAT[r.operation]} needs a token (GITHUB_TOKEN is enough: the permission endpoint needs only metadata: read)`)
  const octokit = createOctokit({ ...r.client, token: r.token, ...(r.baseUrl ? { baseUrl: r.baseUrl } : {}) })
  return requirePermission(octokit, { owner, repo, username: r.actor, minimum: r.minimum, what: WHAT[r.operation] })
}

/** One line for logs: who, their level, what was required. */
export function gateLine(op: GatedOperation, c: PermissionCheck, minimum: MinimumPermission): string {
  return c.ok ? `RBAC: ${c.username} has '${c.level}' permission; ${WHAT[op]} needs '${minimum}': allowed` : c.diagnostic.message
}
