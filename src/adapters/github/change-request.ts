/**
 * The pull request of a module change on GitHub: found again by a head filter plus a hidden
 * marker in its body, and pushed through the Git Data API (tree → commit → ref), so no git
 * binary, checkout credentials or clone is needed. The request, branch, body and file checks
 * are the pure model of src/core/change/request.ts.
 */
import { MAX_BODY, fileProblems, noChange, pullRequestMarker, type FileChange } from '../../core/change/request.js'
import { httpStatus, type Octokit } from './client.js'

export interface PullRequestSpec {
  owner: string
  repo: string
  /** The branch the pull request merges into. */
  base: string
  /** The commit the files were computed from (default: the head of `base`). */
  baseSha?: string | undefined
  branch: string
  files: readonly FileChange[]
  title: string
  /** The body; the marker of `branch` is appended when missing. */
  body: string
  /** Default: the title. */
  commitMessage?: string | undefined
}

export interface PullRequestResult {
  pr_number: number
  pr_url: string
  /** A new pull request was opened (false: the open one was found and kept up to date). */
  created: boolean
  /** The title, body or base of an existing pull request was changed. */
  updated: boolean
  /** The branch got a new commit (false: it already held exactly this change on this base). */
  pushed: boolean
  head_sha: string
  base_sha: string
}

/**
 * Pushes `files` as one commit on top of `baseSha` to `branch` (created, or force-moved: the
 * branch belongs to the request and always holds exactly base + change), then opens the pull
 * request of that branch or brings the open one up to date (title, body, base). Idempotent: the
 * same change on the same base pushes nothing and edits nothing. Text files only, mode 100644.
 */
export async function openOrUpdatePullRequest(octokit: Octokit, spec: PullRequestSpec): Promise<PullRequestResult> {
  const { owner, repo, base, branch } = spec
  const problems = fileProblems(spec.files)
  if (problems.length) throw new TypeError(`cannot push the change: ${problems.join('; ')}`)
  if (!spec.files.length) throw noChange(spec)
  const marker = pullRequestMarker(branch)
  const body = spec.body.includes(marker) ? spec.body : `${spec.body.trimEnd()}\n\n${marker}\n`
  if (body.length > MAX_BODY) throw new TypeError(`the pull request body has ${body.length} characters; GitHub takes at most ${MAX_BODY}`)

  const baseSha = spec.baseSha ?? (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` })).data.object.sha
  const baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha })).data.tree.sha
  const tree = (
    await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseTree,
      tree: spec.files.map((f) => (f.content === null ? { path: f.path, mode: '100644' as const, type: 'blob' as const, sha: null } : { path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content }))
    })
  ).data.sha
  if (tree === baseTree) throw noChange(spec)

  // The branch: reuse its head when it already is this change on this base.
  let current: string | null = null
  try {
    current = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha
  } catch (err) {
    if (httpStatus(err) !== 404) throw err
  }
  let headSha = current
  let pushed = false
  if (current !== null) {
    const head = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: current })).data
    if (head.tree.sha !== tree || head.parents.length !== 1 || head.parents[0]!.sha !== baseSha) headSha = null
  }
  if (headSha === null) {
    headSha = (await octokit.rest.git.createCommit({ owner, repo, message: spec.commitMessage ?? spec.title, tree, parents: [baseSha] })).data.sha
    pushed = true
    if (current === null) {
      try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: headSha })
      } catch (err) {
        // Created by a concurrent request between the lookup and now: take it over.
        if (httpStatus(err) !== 422) throw err
        await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: headSha, force: true })
      }
    } else await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: headSha, force: true })
  }

  // The pull request: the open one of this branch (its marker first), or a new one.
  const find = async () => {
    const open = (await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 })).data
    return open.find((p) => p.body?.includes(marker)) ?? open[0] ?? null
  }
  let pr = await find()
  if (!pr) {
    try {
      const made = (await octokit.rest.pulls.create({ owner, repo, title: spec.title, head: branch, base, body })).data
      return { pr_number: made.number, pr_url: made.html_url, created: true, updated: false, pushed, head_sha: headSha, base_sha: baseSha }
    } catch (err) {
      // "A pull request already exists": opened concurrently; update that one below.
      if (httpStatus(err) !== 422) throw err
      pr = await find()
      if (!pr) throw err
    }
  }
  const patch: { title?: string; body?: string; base?: string } = {}
  if (pr.title !== spec.title) patch.title = spec.title
  if ((pr.body ?? '') !== body) patch.body = body
  if (pr.base.ref !== base) patch.base = base
  const updated = Object.keys(patch).length > 0
  if (updated) await octokit.rest.pulls.update({ owner, repo, pull_number: pr.number, ...patch })
  return { pr_number: pr.number, pr_url: pr.html_url, created: false, updated, pushed, head_sha: headSha, base_sha: baseSha }
}
