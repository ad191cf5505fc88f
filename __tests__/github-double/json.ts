/**
 * The JSON representations of the GitHub API double: the shapes of GitHub's OpenAPI description
 * (the double validates each answer against it), built from the double's state.
 */
import { apiUrl, htmlUrl, type Deployment, type DeploymentStatus, type Pull, type Release, type ReleaseAsset, type World } from './model.js'

export type Views = ReturnType<typeof views>

export function views(w: World) {
  const api = () => apiUrl(w)
  const html = () => htmlUrl(w)

  function user(login: string) {
    const u = w.state.users.get(login) ?? { id: 1, type: 'User' as const }
    const url = `${w.base}/users/${encodeURIComponent(login)}`
    return {
      login,
      id: u.id,
      node_id: `U_${u.id}`,
      avatar_url: `${w.base}/avatars/${u.id}`,
      gravatar_id: '',
      url,
      html_url: `${w.base}/${encodeURIComponent(login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      site_admin: false,
      user_view_type: 'public'
    }
  }

  function repository() {
    const a = api()
    const t = '2024-01-01T00:00:00Z'
    return {
      id: w.state.repoId,
      node_id: `R_${w.state.repoId}`,
      name: w.state.repo,
      full_name: `${w.state.owner}/${w.state.repo}`,
      owner: user(w.state.owner),
      private: w.state.private,
      html_url: html(),
      description: null,
      fork: false,
      url: a,
      archive_url: `${a}/{archive_format}{/ref}`,
      assignees_url: `${a}/assignees{/user}`,
      blobs_url: `${a}/git/blobs{/sha}`,
      branches_url: `${a}/branches{/branch}`,
      collaborators_url: `${a}/collaborators{/collaborator}`,
      comments_url: `${a}/comments{/number}`,
      commits_url: `${a}/commits{/sha}`,
      compare_url: `${a}/compare/{base}...{head}`,
      contents_url: `${a}/contents/{+path}`,
      contributors_url: `${a}/contributors`,
      deployments_url: `${a}/deployments`,
      downloads_url: `${a}/downloads`,
      events_url: `${a}/events`,
      forks_url: `${a}/forks`,
      git_commits_url: `${a}/git/commits{/sha}`,
      git_refs_url: `${a}/git/refs{/sha}`,
      git_tags_url: `${a}/git/tags{/sha}`,
      git_url: `git://127.0.0.1/${w.state.owner}/${w.state.repo}.git`,
      issue_comment_url: `${a}/issues/comments{/number}`,
      issue_events_url: `${a}/issues/events{/number}`,
      issues_url: `${a}/issues{/number}`,
      keys_url: `${a}/keys{/key_id}`,
      labels_url: `${a}/labels{/name}`,
      languages_url: `${a}/languages`,
      merges_url: `${a}/merges`,
      milestones_url: `${a}/milestones{/number}`,
      notifications_url: `${a}/notifications{?since,all,participating}`,
      pulls_url: `${a}/pulls{/number}`,
      releases_url: `${a}/releases{/id}`,
      ssh_url: `git@127.0.0.1:${w.state.owner}/${w.state.repo}.git`,
      stargazers_url: `${a}/stargazers`,
      statuses_url: `${a}/statuses/{sha}`,
      subscribers_url: `${a}/subscribers`,
      subscription_url: `${a}/subscription`,
      tags_url: `${a}/tags`,
      teams_url: `${a}/teams`,
      trees_url: `${a}/git/trees{/sha}`,
      clone_url: `${html()}.git`,
      mirror_url: null,
      hooks_url: `${a}/hooks`,
      svn_url: html(),
      homepage: null,
      language: 'Rust',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: w.state.defaultBranch,
      open_issues: w.state.pulls.filter((p) => p.state === 'open').length,
      open_issues_count: w.state.pulls.filter((p) => p.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: w.state.private ? 'private' : 'public',
      pushed_at: t,
      created_at: t,
      updated_at: t,
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: true,
      allow_forking: false,
      web_commit_signoff_required: false,
      license: null
    }
  }

  function fullRepository() {
    return { ...repository(), network_count: 0, subscribers_count: 0 }
  }

  function commitJson(sha: string) {
    const c = w.state.git.commits.get(sha)!
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: `${api()}/git/commits/${sha}`,
      html_url: `${html()}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      tree: { sha: c.tree, url: `${api()}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${api()}/git/commits/${p}`, html_url: `${html()}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  function refJson(ref: string) {
    const sha = w.state.git.refs.get(ref)!
    return {
      ref: `refs/${ref}`,
      node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      url: `${api()}/git/refs/${ref.split('/').map(encodeURIComponent).join('/')}`,
      object: { type: 'commit', sha, url: `${api()}/git/commits/${sha}` }
    }
  }

  function treeJson(sha: string) {
    return {
      sha,
      url: `${api()}/git/trees/${sha}`,
      truncated: false,
      tree: (w.state.git.trees.get(sha) ?? []).map((e) => ({
        path: e.name,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === 'blob' ? { size: w.state.git.blobs.get(e.sha)?.length ?? 0 } : {}),
        url: `${api()}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
      }))
    }
  }

  function association(login: string): string {
    if (login === w.state.owner) return 'OWNER'
    const u = w.state.users.get(login)
    if (!u || u.role === 'none') return 'NONE'
    return u.type === 'Bot' ? 'NONE' : 'COLLABORATOR'
  }

  function pullLinks(n: number) {
    const a = api()
    return {
      self: { href: `${a}/pulls/${n}` },
      html: { href: `${html()}/pull/${n}` },
      issue: { href: `${a}/issues/${n}` },
      comments: { href: `${a}/issues/${n}/comments` },
      review_comments: { href: `${a}/pulls/${n}/comments` },
      review_comment: { href: `${a}/pulls/comments{/number}` },
      commits: { href: `${a}/pulls/${n}/commits` },
      statuses: { href: `${a}/statuses/${headSha(n)}` }
    }
  }

  function headSha(n: number): string {
    const p = w.state.pulls.find((x) => x.number === n)!
    return w.state.git.refs.get(`heads/${p.head}`) ?? p.merge_commit_sha ?? ''
  }

  function pullSimple(p: Pull) {
    const a = api()
    const branchRef = (branch: string, sha: string) => ({ label: `${w.state.owner}:${branch}`, ref: branch, repo: repository(), sha, user: user(w.state.owner) })
    return {
      url: `${a}/pulls/${p.number}`,
      id: p.id,
      node_id: `PR_${p.id}`,
      html_url: `${html()}/pull/${p.number}`,
      diff_url: `${html()}/pull/${p.number}.diff`,
      patch_url: `${html()}/pull/${p.number}.patch`,
      issue_url: `${a}/issues/${p.number}`,
      commits_url: `${a}/pulls/${p.number}/commits`,
      review_comments_url: `${a}/pulls/${p.number}/comments`,
      review_comment_url: `${a}/pulls/comments{/number}`,
      comments_url: `${a}/issues/${p.number}/comments`,
      statuses_url: `${a}/statuses/${headSha(p.number)}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: user(p.user),
      body: p.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.created_at,
      updated_at: p.updated_at,
      closed_at: p.closed_at,
      merged_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branchRef(p.head, headSha(p.number)),
      base: branchRef(p.base, w.state.git.refs.get(`heads/${p.base}`) ?? ''),
      _links: pullLinks(p.number),
      author_association: association(p.user),
      auto_merge: null,
      draft: p.draft
    }
  }

  function pullFull(p: Pull) {
    const head = headSha(p.number)
    const baseSha = w.state.git.refs.get(`heads/${p.base}`) ?? ''
    const before = baseSha ? w.state.git.flatten(w.state.git.commits.get(baseSha)!.tree) : new Map()
    const after = head && w.state.git.commits.has(head) ? w.state.git.flatten(w.state.git.commits.get(head)!.tree) : new Map()
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k)?.sha !== after.get(k)?.sha)
    let commits = 0
    for (let s: string | undefined = head; s && s !== baseSha && !w.state.git.isAncestor(s, baseSha); s = w.state.git.commits.get(s)?.parents[0]) commits++
    return {
      ...pullSimple(p),
      merged: p.merged_at !== null,
      mergeable: p.state === 'open' ? true : null,
      rebaseable: p.state === 'open' ? true : null,
      mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
      merged_by: p.merged_by ? user(p.merged_by) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: changed.length,
      deletions: changed.length,
      changed_files: changed.length
    }
  }

  function assetJson(a: ReleaseAsset) {
    const r = w.state.releases.find((x) => x.assets.includes(a))!
    return {
      url: `${api()}/releases/assets/${a.id}`,
      browser_download_url: `${html()}/releases/download/${encodeURIComponent(r.tag_name)}/${encodeURIComponent(a.name)}`,
      id: a.id,
      node_id: `RA_${a.id}`,
      name: a.name,
      label: a.label,
      state: 'uploaded',
      content_type: a.content_type,
      size: a.size,
      digest: a.digest,
      download_count: 0,
      created_at: a.created_at,
      updated_at: a.updated_at,
      uploader: user(a.uploader)
    }
  }

  function releaseJson(r: Release) {
    const a = api()
    return {
      url: `${a}/releases/${r.id}`,
      html_url: `${html()}/releases/tag/${encodeURIComponent(r.tag_name)}`,
      assets_url: `${a}/releases/${r.id}/assets`,
      // The uploads host is the double itself: same origin, same path as on uploads.github.com.
      upload_url: `${a}/releases/${r.id}/assets{?name,label}`,
      tarball_url: `${a}/tarball/${encodeURIComponent(r.tag_name)}`,
      zipball_url: `${a}/zipball/${encodeURIComponent(r.tag_name)}`,
      id: r.id,
      node_id: `RE_${r.id}`,
      tag_name: r.tag_name,
      target_commitish: r.target_commitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: r.immutable,
      created_at: r.created_at,
      updated_at: r.updated_at,
      published_at: r.published_at,
      author: user(r.author),
      assets: r.assets.map(assetJson)
    }
  }

  function deploymentJson(d: Deployment) {
    const a = api()
    return {
      url: `${a}/deployments/${d.id}`,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: user(d.creator),
      created_at: d.created_at,
      updated_at: d.updated_at,
      statuses_url: `${a}/deployments/${d.id}/statuses`,
      repository_url: a,
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
      performed_via_github_app: null
    }
  }

  function statusJson(d: Deployment, s: DeploymentStatus) {
    const a = api()
    return {
      url: `${a}/deployments/${d.id}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      creator: user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.target_url,
      created_at: s.created_at,
      updated_at: s.created_at,
      deployment_url: `${a}/deployments/${d.id}`,
      repository_url: a,
      environment_url: s.environment_url,
      log_url: s.log_url,
      performed_via_github_app: null
    }
  }

  return { user, repository, fullRepository, commitJson, refJson, treeJson, pullSimple, pullFull, assetJson, releaseJson, deploymentJson, statusJson }
}
