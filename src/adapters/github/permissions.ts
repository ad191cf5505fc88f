/**
 * RBAC for everything that changes a platform (a module change, later deploy and rollback): the
 * actor's permission on the repository, read through the API
 * (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`), must reach a configured
 * minimum. The answer of that endpoint has three views of one fact, and they are combined:
 *
 *   user.permissions  {admin, maintain, push, triage, pull} booleans — the base level of any role,
 *                     custom roles included: admin → admin, maintain → maintain, push → write,
 *                     triage → triage, pull → read.
 *   role_name         admin | maintain | write | triage | read, or the name of a custom role.
 *   permission        the legacy level: admin | write | read | none; maintain is reported as
 *                     write and triage as read, so alone it can never prove maintain.
 *
 * The level is the highest any view proves (each is a lower bound of the truth); a custom role
 * counts for its base role. A user the API does not know (404) has no access. Minimums are
 * admin, maintain or write: triage and read can change nothing in the repository.
 */
import { PERMISSION_LEVELS, rank, type PermissionLevel } from '../../core/config/rbac.js'
import { MINIMUM_PERMISSIONS, type MinimumPermission } from '../../core/values/values.js'
import { diagnostic, type Diagnostic } from '../../core/diagnostics/diagnostic.js'
import { httpStatus, type Octokit } from './client.js'

export { PERMISSION_LEVELS, rank, type PermissionLevel }

/** What the permission endpoint answers (the fields read here). */
export interface CollaboratorPermission {
  permission: string
  role_name: string
  user: { permissions?: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean } } | null
}

/** The level an answer of the permission endpoint proves (see the module comment). */
export function permissionLevel(answer: CollaboratorPermission): PermissionLevel {
  const candidates: PermissionLevel[] = ['none']
  const p = answer.user?.permissions
  if (p) {
    if (p.admin) candidates.push('admin')
    else if (p.maintain) candidates.push('maintain')
    else if (p.push) candidates.push('write')
    else if (p.triage) candidates.push('triage')
    else if (p.pull) candidates.push('read')
  }
  if ((PERMISSION_LEVELS as readonly string[]).includes(answer.role_name)) candidates.push(answer.role_name as PermissionLevel)
  if (['admin', 'write', 'read'].includes(answer.permission)) candidates.push(answer.permission as PermissionLevel)
  return candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a))
}

export interface PermissionRequest {
  owner: string
  repo: string
  username: string
  minimum: MinimumPermission
  /** What is asked for, for the refusal: `a rebuild`, `a deploy`, … (default `this`). */
  what?: string
}

export type PermissionCheck =
  | { ok: true; username: string; level: PermissionLevel; role_name: string | null }
  | { ok: false; username: string; level: PermissionLevel; role_name: string | null; minimum: MinimumPermission; diagnostic: Diagnostic }

/** Rule id of a refusal (src/core/diagnostics/rules.ts). */
export const PERMISSION_RULE = 'permission-denied'

/**
 * Reads `username`'s permission on owner/repo and compares it with `minimum`. Resolves to a
 * grant or a refusal (a Diagnostic naming the actual level); rejects only when the API cannot
 * answer (the token may not read collaborators, the network, …).
 */
export async function requirePermission(octokit: Octokit, r: PermissionRequest): Promise<PermissionCheck> {
  if (!(MINIMUM_PERMISSIONS as readonly string[]).includes(r.minimum)) throw new TypeError(`minimum must be one of ${MINIMUM_PERMISSIONS.join(', ')}, not '${r.minimum}'`)
  if (!r.username) throw new TypeError('username is empty: nobody to check the permission of')
  let level: PermissionLevel = 'none'
  let roleName: string | null = null
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: r.owner, repo: r.repo, username: r.username })
    level = permissionLevel(data)
    roleName = data.role_name
  } catch (err) {
    if (httpStatus(err) !== 404) throw new Error(`cannot read ${r.username}'s permission on ${r.owner}/${r.repo}: ${(err as Error).message}`, { cause: err })
  }
  if (rank(level) >= rank(r.minimum)) return { ok: true, username: r.username, level, role_name: roleName }
  const role = roleName && roleName !== level ? ` (role '${roleName}')` : ''
  return {
    ok: false,
    username: r.username,
    level,
    role_name: roleName,
    minimum: r.minimum,
    diagnostic: diagnostic(
      'error',
      PERMISSION_RULE,
      `${r.owner}/${r.repo}`,
      null,
      `${r.username} has ${level === 'none' ? 'no access' : `'${level}' permission`}${role} on ${r.owner}/${r.repo}; ${r.what ?? 'this'} needs at least '${r.minimum}'`,
      `Ask a repository admin to give ${r.username} the ${r.minimum} role (Settings → Collaborators and teams), or have someone with it make the request.`
    )
  }
}
