/**
 * Deployments and deployment statuses of the GitHub API double, as GitHub behaves:
 *   - `ref` is a branch, a tag or a commit sha, resolved to `sha` when the deployment is created;
 *   - environment defaults to "production", production_environment to (environment ===
 *     "production"), task to "deploy", payload to "";
 *   - the double keeps no commit statuses, so `required_contexts` always pass, and it never
 *     auto-merges the default branch into `ref` (GitHub's 202 "Auto-merged" answer does not occur);
 *   - a `success` status with auto_inactive (default true) adds an `inactive` status to every
 *     earlier non-transient, non-production deployment of the same environment whose latest
 *     status is success (GitHub's documented rule: production deployments are not touched);
 *   - lists are newest first; list-deployments filters by sha, ref, task and environment.
 */
import type { Views } from './json.js'
import { fail, NOW, page, type Deployment, type DeploymentState, type Handler, type World } from './model.js'

export function deploymentOps(w: World, v: Views): Record<string, Handler> {
  const s = w.state
  const git = s.git

  const deployment = (id: unknown) => {
    const d = s.deployments.find((x) => x.id === Number(id))
    if (!d) fail(404, 'Not Found')
    return d!
  }
  const resolve = (ref: string): string | null =>
    git.refs.get(ref.startsWith('refs/') ? ref.slice('refs/'.length) : `heads/${ref}`) ?? git.refs.get(`tags/${ref}`) ?? (git.commits.has(ref) ? ref : null)

  return {
    'repos/create-deployment': ({ body, token }) => {
      const ref = String(body.ref)
      const sha = resolve(ref)
      if (!sha) fail(422, `No ref found for: ${ref}`, [{ resource: 'Deployment', code: 'invalid', field: 'ref' }])
      const environment = typeof body.environment === 'string' ? body.environment : 'production'
      const now = NOW()
      const d: Deployment = {
        id: w.nextId(),
        sha: sha!,
        ref,
        task: typeof body.task === 'string' ? body.task : 'deploy',
        payload: (body.payload as Deployment['payload'] | undefined) ?? '',
        environment,
        description: typeof body.description === 'string' ? body.description : null,
        transient_environment: body.transient_environment === true,
        production_environment: typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
        creator: token.login,
        created_at: now,
        updated_at: now,
        statuses: []
      }
      s.deployments.push(d)
      return { status: 201, body: v.deploymentJson(d), headers: { location: `${v.deploymentJson(d).url}` } }
    },

    'repos/list-deployments': ({ query }) => {
      const list = [...s.deployments]
        .reverse()
        .filter((d) => (query.sha === undefined || d.sha === query.sha) && (query.ref === undefined || d.ref === query.ref) && (query.task === undefined || d.task === query.task))
        .filter((d) => query.environment === undefined || query.environment === null || d.environment === query.environment)
      return { status: 200, body: page(list, query).map(v.deploymentJson) }
    },

    'repos/get-deployment': ({ params }) => ({ status: 200, body: v.deploymentJson(deployment(params.deployment_id)) }),

    'repos/create-deployment-status': ({ params, body, token }) => {
      const d = deployment(params.deployment_id)
      const state = body.state as DeploymentState
      const logUrl = typeof body.log_url === 'string' ? body.log_url : typeof body.target_url === 'string' ? body.target_url : ''
      const now = NOW()
      const add = (dep: Deployment, st: DeploymentState, by: string, description: string) => {
        const status = { id: w.nextId(), state: st, description, environment: dep.environment, target_url: logUrl, log_url: logUrl, environment_url: '', creator: by, created_at: now }
        dep.statuses.push(status)
        dep.updated_at = now
        return status
      }
      if (typeof body.environment === 'string') d.environment = body.environment
      const status = add(d, state, token.login, typeof body.description === 'string' ? body.description : '')
      status.environment_url = typeof body.environment_url === 'string' ? body.environment_url : ''
      if (state === 'success' && body.auto_inactive !== false) {
        for (const other of s.deployments) {
          if (other === d || other.environment !== d.environment || other.transient_environment || other.production_environment) continue
          if (other.id > d.id || other.statuses.at(-1)?.state !== 'success') continue
          const inactive = add(other, 'inactive', token.login, '')
          inactive.target_url = inactive.log_url = ''
        }
      }
      return { status: 201, body: v.statusJson(d, status), headers: { location: v.statusJson(d, status).url } }
    },

    'repos/list-deployment-statuses': ({ params, query }) => {
      const d = deployment(params.deployment_id)
      return { status: 200, body: page([...d.statuses].reverse(), query).map((x) => v.statusJson(d, x)) }
    }
  }
}
