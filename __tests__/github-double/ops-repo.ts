/**
 * Repository, collaborator permission, git database, pull request and dispatch operations of the
 * GitHub API double. Tags of immutable releases cannot move or go (nor come back once burned).
 */
import type { Mode, Person, TreeEntry } from './git.js'
import type { Views } from './json.js'
import { apiUrl, fail, htmlUrl, NOW, page, type Handler, type Pull, type World } from './model.js'

/** `heads/x` / `refs/heads/x` → `heads/x` (the key of git.refs). */
export const refKey = (ref: string) => ref.replace(/^refs\//, '')

export function repoOps(w: World, v: Views): Record<string, Handler> {
  const git = w.state.git

  /** Refuses to create, move or delete the tag of an immutable release. */
  const lockedTag = (key: string, what: 'create' | 'update' | 'delete') => {
    if (!key.startsWith('tags/')) return
    const tag = key.slice('tags/'.length)
    if (what === 'create' && w.state.burnedTags.has(tag)) fail(422, 'Cannot create ref due to creations being restricted.')
    if (what !== 'create' && w.state.releases.some((r) => r.immutable && r.tag_name === tag)) fail(422, `Cannot ${what} ref '${key}': it is the tag of an immutable release.`)
  }

  /** A moved branch moves its open pull requests' head. */
  const touchPulls = (key: string) => {
    for (const p of w.state.pulls) if (p.state === 'open' && `heads/${p.head}` === key) p.updated_at = NOW()
  }

  return {
    'repos/get': () => ({ status: 200, body: v.fullRepository() }),

    'repos/get-collaborator-permission-level': ({ params }) => {
      const login = String(params.username)
      const u = w.state.users.get(login)
      if (!u || u.type === 'Organization') fail(404, 'Not Found')
      const role = u!.role
      const level = typeof role === 'object' ? role.base : role
      const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(level)
      const legacy = level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level
      const roleName = typeof role === 'object' ? role.custom : role
      const permissions = { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 }
      return { status: 200, body: { permission: legacy, role_name: roleName, user: { ...v.user(login), email: null, name: null, permissions, role_name: roleName } } }
    },

    'git/get-ref': ({ params }) => {
      const key = refKey(String(params.ref))
      if (!git.refs.has(key)) fail(404, 'Not Found')
      return { status: 200, body: v.refJson(key) }
    },

    'git/create-ref': ({ body }) => {
      const ref = String(body.ref)
      if (!/^refs\/(heads|tags)\/.+/.test(ref)) fail(422, `Reference name is not valid: ${ref}`)
      const key = refKey(ref)
      if (git.refs.has(key)) fail(422, 'Reference already exists')
      lockedTag(key, 'create')
      if (!git.commits.has(String(body.sha))) fail(422, 'Object does not exist')
      git.refs.set(key, String(body.sha))
      return { status: 201, body: v.refJson(key), headers: { location: v.refJson(key).url } }
    },

    'git/update-ref': ({ params, body }) => {
      const key = refKey(String(params.ref))
      const current = git.refs.get(key)
      if (!current) fail(422, 'Reference does not exist')
      lockedTag(key, 'update')
      const sha = String(body.sha)
      if (!git.commits.has(sha)) fail(422, 'Object does not exist')
      if (body.force !== true && !git.isAncestor(current!, sha)) fail(422, 'Update is not a fast forward')
      git.refs.set(key, sha)
      touchPulls(key)
      return { status: 200, body: v.refJson(key) }
    },

    'git/get-commit': ({ params }) => {
      const sha = String(params.commit_sha)
      if (!git.commits.has(sha)) fail(404, 'Not Found')
      return { status: 200, body: v.commitJson(sha) }
    },

    'git/create-tree': ({ body }) => {
      const files = new Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>()
      if (body.base_tree !== undefined) {
        const baseTree = String(body.base_tree)
        if (!git.trees.has(baseTree)) fail(404, 'Not Found')
        for (const [k, v] of git.flatten(baseTree)) files.set(k, v)
      }
      for (const e of body.tree as Array<{ path?: string; mode?: Mode; type?: TreeEntry['type']; sha?: string | null; content?: string }>) {
        if (!e.path || !e.mode || !e.type) fail(422, 'tree entries need path, mode and type', [{ resource: 'Tree', code: 'missing_field' }])
        if (e.path!.startsWith('/') || e.path!.split('/').some((s) => s === '' || s === '.' || s === '..')) fail(422, `path '${e.path}' is not valid`)
        if (e.type === 'tree') fail(422, 'the double builds trees from paths; pass blobs')
        if (e.content !== undefined && e.sha !== undefined) fail(422, 'tree entry with both sha and content')
        if (e.sha === null) {
          // Deletes the path (and anything under it).
          for (const k of [...files.keys()]) if (k === e.path || k.startsWith(`${e.path}/`)) files.delete(k)
          continue
        }
        const sha = e.content !== undefined ? git.blob(e.content) : String(e.sha)
        if (!git.blobs.has(sha)) fail(422, `tree.sha ${sha} is not a valid blob`)
        // A file replaces a directory of the same name and vice versa.
        for (const k of [...files.keys()]) if (k.startsWith(`${e.path}/`) || e.path!.startsWith(`${k}/`)) files.delete(k)
        files.set(e.path!, { sha, mode: e.mode!, type: 'blob' })
      }
      const sha = git.build(files)
      return { status: 201, body: v.treeJson(sha), headers: { location: `${apiUrl(w)}/git/trees/${sha}` } }
    },

    'git/create-commit': ({ body, token }) => {
      const tree = String(body.tree)
      if (!git.trees.has(tree)) fail(422, 'Tree SHA does not exist')
      const parents = ((body.parents as string[] | undefined) ?? []).map(String)
      for (const p of parents) if (!git.commits.has(p)) fail(422, 'Parent SHA does not exist or is not a commit object')
      const date = NOW()
      const who = (p: unknown): Person => {
        const o = (p ?? {}) as { name?: string; email?: string; date?: string }
        return { name: o.name ?? token.login, email: o.email ?? `${w.state.users.get(token.login)?.id ?? 0}+${token.login}@users.noreply.example.com`, date: o.date ?? date }
      }
      const author = who(body.author)
      const sha = git.commit({ tree, parents, message: String(body.message), author, committer: body.committer ? who(body.committer) : author })
      return { status: 201, body: v.commitJson(sha), headers: { location: `${apiUrl(w)}/git/commits/${sha}` } }
    },

    'pulls/list': ({ query }) => {
      const st = String(query.state ?? 'open')
      let list = w.state.pulls.filter((p) => st === 'all' || p.state === st)
      if (query.head !== undefined) {
        const h = String(query.head)
        const [who, ref] = h.includes(':') ? [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)] : [w.state.owner, h]
        list = who === w.state.owner ? list.filter((p) => p.head === ref) : []
      }
      if (query.base !== undefined) list = list.filter((p) => p.base === String(query.base))
      const sort = String(query.sort ?? 'created')
      const dir = String(query.direction ?? (sort === 'created' ? 'desc' : 'asc'))
      list = [...list].sort((a, b) => (a.number - b.number) * (dir === 'desc' ? -1 : 1))
      return { status: 200, body: page(list, query).map(v.pullSimple) }
    },

    'pulls/create': ({ body, token }) => {
      const head = String(body.head)
      const branch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head
      if (head.includes(':') && head.slice(0, head.indexOf(':')) !== w.state.owner) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
      const baseBranch = String(body.base)
      if (!git.refs.has(`heads/${branch}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
      if (!git.refs.has(`heads/${baseBranch}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      if (w.state.pulls.some((p) => p.state === 'open' && p.head === branch && p.base === baseBranch)) {
        fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${w.state.owner}:${branch}.` }])
      }
      const headCommit = git.refs.get(`heads/${branch}`)!
      const baseCommit = git.refs.get(`heads/${baseBranch}`)!
      if (git.isAncestor(headCommit, baseCommit)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseBranch} and ${branch}` }])
      if (body.title === undefined && body.issue === undefined) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }])
      const now = NOW()
      const number = w.state.pulls.length + 1
      const p: Pull = {
        number,
        id: 9000 + number,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : null,
        head: branch,
        base: baseBranch,
        state: 'open',
        user: token.login,
        draft: body.draft === true,
        created_at: now,
        updated_at: now,
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        merged_by: null
      }
      w.state.pulls.push(p)
      return { status: 201, body: v.pullFull(p), headers: { location: `${apiUrl(w)}/pulls/${number}` } }
    },

    'pulls/update': ({ params, body }) => {
      const p = w.state.pulls.find((x) => x.number === Number(params.pull_number))
      if (!p) fail(404, 'Not Found')
      const pr = p!
      if (body.base !== undefined && !git.refs.has(`heads/${String(body.base)}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      if (body.title !== undefined) pr.title = String(body.title)
      if (body.body !== undefined) pr.body = String(body.body)
      if (body.base !== undefined) pr.base = String(body.base)
      if (body.state !== undefined && body.state !== pr.state) {
        if (pr.merged_at) fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: 'Cannot change the state of a merged pull request' }])
        pr.state = body.state as Pull['state']
        pr.closed_at = pr.state === 'closed' ? NOW() : null
      }
      pr.updated_at = NOW()
      return { status: 200, body: v.pullFull(pr) }
    },

    'actions/create-workflow-dispatch': ({ params, body, token }) => {
      const id = params.workflow_id as string | number
      if (typeof id !== 'string' || !w.state.workflows.includes(id)) fail(404, 'Not Found')
      const ref = String(body.ref)
      if (!git.refs.has(ref.startsWith('refs/') ? refKey(ref) : `heads/${ref}`) && !git.refs.has(`tags/${ref}`)) fail(422, `No ref found for: ${ref}`)
      const run_id = 70000 + w.state.workflowDispatches.length + 1
      w.state.workflowDispatches.push({ workflow_id: id, ref, inputs: (body.inputs as Record<string, unknown>) ?? {}, actor: token.login, run_id })
      if (body.return_run_details === true) {
        return { status: 200, body: { workflow_run_id: run_id, run_url: `${apiUrl(w)}/actions/runs/${run_id}`, html_url: `${htmlUrl(w)}/actions/runs/${run_id}` } }
      }
      return { status: 204 }
    },

    'repos/create-dispatch-event': ({ body, token }) => {
      w.state.repositoryDispatches.push({ event_type: String(body.event_type), client_payload: (body.client_payload as Record<string, unknown>) ?? {}, actor: token.login })
      return { status: 204 }
    },

    'git/delete-ref': ({ params }) => {
      const key = refKey(String(params.ref))
      if (!git.refs.has(key)) fail(422, 'Reference does not exist')
      lockedTag(key, 'delete')
      git.refs.delete(key)
      return { status: 204 }
    }
  }
}
