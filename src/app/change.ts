/**
 * A module change, end to end on GitHub: parse the request (strict) → RBAC (the actor's
 * permission) → apply (the caller's callback: catalog install/uninstall, regenerated code, plan
 * summary) → push the branch and open or update its pull request → start modules-rebuild.yml on
 * the branch (pushes and pull requests made with GITHUB_TOKEN start no workflow, dispatches do).
 *
 * Refusals (a bad request, too little permission, a change that changes nothing, a
 * DiagnosticError from apply) come back as diagnostics; API failures throw.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { DiagnosticError, diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { ToolError } from '../core/diagnostics/errors.js'
import { installOnDisk, uninstallOnDisk, type EditOutcome } from './catalog.js'
import { runPlan } from './plan.js'
import { REBUILD_WORKFLOW } from '../core/actions/constants.js'
import { createOctokit, DEFAULT_API_URL, httpStatus, type ClientOptions, type Octokit } from '../adapters/github/client.js'
import { changeBranch, changePullRequestBody, changeTitle, commitMessage, escapeBody, type ChangeRequest, type FileChange, type ParsedRequest } from '../core/change/request.js'
import { openOrUpdatePullRequest, type PullRequestResult } from '../adapters/github/change-request.js'
import { requirePermission, type PermissionCheck } from '../adapters/github/permissions.js'
import type { MinimumPermission } from '../core/values/values.js'

export interface ApplyResult {
  /** The files the change writes (content null: deleted), repository-relative. */
  files: FileChange[]
  /** Plan summary markdown for the pull request body, escaped by its author. */
  summary: string
  /** Pull request title (default: "Install module <slug> <version>"). */
  title?: string | undefined
}

export interface DispatchOptions {
  /** Default modules-rebuild.yml. */
  workflow?: string
  /** workflow_dispatch inputs; default `{ dry_run: 'true', reason: '<title> (#<pr>)' }`. */
  inputs?: Record<string, string>
  /** Ask GitHub for the run id (api.github.com only; GitHub Enterprise Server does not know the field). */
  returnRunDetails?: boolean
}

export interface ChangeOptions {
  octokit: Octokit
  owner: string
  repo: string
  /** The GitHub login whose permission is checked (github.triggering_actor). */
  actor: string
  /** The request, parsed (parseChangeRequest of the client_payload / the dispatch inputs): a refusal is reported, not thrown. */
  request: ParsedRequest
  minimum: MinimumPermission
  apply: (request: ChangeRequest) => Promise<ApplyResult>
  /** The branch the pull request merges into (default: the repository's default branch). */
  base?: string | undefined
  /** The commit `apply` read the files of (github.sha); default: the head of `base`. */
  baseSha?: string | undefined
  /** Start the rebuild on the change branch after a push; false: do not (an App token's push starts it). */
  dispatch?: DispatchOptions | false
  /** Link to this run, for the pull request body. */
  runUrl?: string | undefined
}

export interface Dispatched {
  workflow: string
  ref: string
  /** null: GitHub did not say (204), or was not asked. */
  run_id: number | null
  html_url: string | null
  /** Set when the dispatch failed; the pull request is open all the same. */
  error: string | null
}

export type ChangeOutcome =
  | { status: 'refused'; diagnostics: Diagnostic[]; request: ChangeRequest | null; permission: PermissionCheck | null }
  | ({
      status: 'opened' | 'updated' | 'unchanged'
      request: ChangeRequest
      permission: PermissionCheck
      branch: string
      title: string
      dispatched: Dispatched | null
    } & PullRequestResult)

export async function runChange(o: ChangeOptions): Promise<ChangeOutcome> {
  // 1. The request: refused before any API call.
  const parsed = o.request
  if (!parsed.ok) return { status: 'refused', diagnostics: parsed.diagnostics, request: null, permission: null }
  const request = parsed.request

  // 2. RBAC.
  const permission = await requirePermission(o.octokit, { owner: o.owner, repo: o.repo, username: o.actor, minimum: o.minimum })
  if (!permission.ok) return { status: 'refused', diagnostics: [permission.diagnostic], request, permission }

  // 3. Only from the default branch: a run of modules-change.yml as edited on another branch must
  // not reach the change token (the job's environment holds it back too; this is the second lock).
  const defaultBranch = (await o.octokit.rest.repos.get({ owner: o.owner, repo: o.repo })).data.default_branch
  if (o.base !== undefined && o.base !== defaultBranch) {
    const d = diagnostic('error', 'change-not-default-branch', 'modules-change.yml', null, `The change run is on '${o.base}', not on the default branch '${defaultBranch}': changes are made only from the default branch`, `Dispatch modules-change.yml with ref "${defaultBranch}" (the pull request targets it).`)
    return { status: 'refused', diagnostics: [d], request, permission }
  }

  // 4. Apply.
  let applied: ApplyResult
  try {
    applied = await o.apply(request)
  } catch (err) {
    if (err instanceof DiagnosticError) return { status: 'refused', diagnostics: err.diagnostics, request, permission }
    throw err
  }

  // 5. Branch and pull request.
  const base = defaultBranch
  const branch = changeBranch(request)
  const title = applied.title ?? changeTitle(request)
  const body = changePullRequestBody({ request, actor: o.actor, summary: applied.summary, runUrl: o.runUrl, branch })
  let pr: PullRequestResult
  try {
    pr = await openOrUpdatePullRequest(o.octokit, {
      owner: o.owner,
      repo: o.repo,
      base,
      baseSha: o.baseSha,
      branch,
      files: applied.files,
      title,
      body,
      commitMessage: commitMessage(request, o.actor, title)
    })
  } catch (err) {
    if (err instanceof ToolError && err.rule === 'no-change') return { status: 'refused', diagnostics: [err.diagnostic], request, permission }
    throw err
  }

  // 6. The rebuild of the branch, when it moved.
  let dispatched: Dispatched | null = null
  if (o.dispatch !== false && o.dispatch !== undefined && (pr.pushed || pr.created)) {
    dispatched = await dispatchRebuild(o.octokit, o.owner, o.repo, branch, o.dispatch, `${title} (#${pr.pr_number})`)
  }
  const status = pr.created ? 'opened' : pr.pushed || pr.updated ? 'updated' : 'unchanged'
  return { status, request, permission, branch, title, dispatched, ...pr }
}

/** `POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches` on the change branch. */
export async function dispatchRebuild(octokit: Octokit, owner: string, repo: string, ref: string, d: DispatchOptions, reason: string): Promise<Dispatched> {
  const workflow = d.workflow ?? REBUILD_WORKFLOW
  const inputs = d.inputs ?? { dry_run: 'true', reason }
  try {
    const r = await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs, ...(d.returnRunDetails ? { return_run_details: true } : {}) })
    // 200 with the run when return_run_details was honoured, else 204 without a body.
    const data: unknown = (r as { data: unknown }).data
    const details = data !== null && typeof data === 'object' ? (data as { workflow_run_id?: number; html_url?: string }) : null
    return { workflow, ref, run_id: details?.workflow_run_id ?? null, html_url: details?.html_url ?? null, error: null }
  } catch (err) {
    const status = httpStatus(err)
    const hint = status === 403 ? ' (the job needs `permissions: actions: write`)' : status === 404 ? ` (${workflow} does not exist on ${ref}, or the token cannot see it)` : ''
    return { workflow, ref, run_id: null, html_url: null, error: `${(err as Error).message}${hint}` }
  }
}

/** Step outputs of the change command. */
export function changeOutputs(o: ChangeOutcome): Record<string, string> {
  if (o.status === 'refused') return { status: 'refused', pr_number: '', pr_url: '', branch: '', created: 'false', rebuild_run_url: '' }
  return {
    status: o.status,
    pr_number: String(o.pr_number),
    pr_url: o.pr_url,
    branch: o.branch,
    created: String(o.created),
    rebuild_run_url: o.dispatched?.html_url ?? ''
  }
}

/** The job summary of the change command (every untrusted string escaped). */
export function changeSummary(o: ChangeOutcome): string {
  const req = o.request ? `<code>${escapeBody(o.request.action)}</code> <code>${escapeBody(o.request.slug)}</code>${o.request.version ? ` <code>${escapeBody(o.request.version)}</code>` : ''}` : 'the request'
  if (o.status === 'refused') {
    const items = o.diagnostics.map((d) => `<li><code>${escapeBody(d.rule)}</code>: ${escapeBody(d.message)}${d.hint ? `<br><i>${escapeBody(d.hint)}</i>` : ''}</li>`)
    return `<h2>modules-change: ${req} refused</h2>\n\n<ul>${items.join('')}</ul>\n`
  }
  const verb = { opened: 'opened', updated: 'updated', unchanged: 'already up to date' }[o.status]
  const lines = [`<h2>modules-change: ${req}</h2>`, `<p>Pull request <a href="${escapeBody(o.pr_url)}">#${o.pr_number}</a> ${verb} (branch <code>${escapeBody(o.branch)}</code>, commit <code>${o.head_sha.slice(0, 12)}</code>).</p>`]
  if (o.dispatched?.error) lines.push(`<p>The rebuild of the branch could not be started: ${escapeBody(o.dispatched.error)}</p>`)
  else if (o.dispatched) lines.push(`<p>Started ${escapeBody(o.dispatched.workflow)} on the branch${o.dispatched.html_url ? ` (<a href="${escapeBody(o.dispatched.html_url)}">run</a>)` : ''}.</p>`)
  return lines.join('\n\n') + '\n'
}

/** The action's inputs of `command: change` (action.yml), checked once by the action's getInputs. */
export interface ChangeStepInputs {
  /** The request (client_payload or the dispatch inputs), parsed: a refusal is reported with the outcome. */
  request: ParsedRequest
  /** github.triggering_actor */
  actor: string
  minimumPermission: MinimumPermission
  token: string
  /** Dispatch modules-rebuild.yml on the branch after a push. */
  dispatchRebuild: boolean
}

/** What the runner sets for a step (GITHUB_*). */
export type ChangeStepEnv = Partial<Record<'GITHUB_REPOSITORY' | 'GITHUB_REF' | 'GITHUB_SHA' | 'GITHUB_API_URL' | 'GITHUB_SERVER_URL' | 'GITHUB_RUN_ID', string>>

/**
 * `command: change` of the action, minus reading inputs and writing outputs: checks the step's
 * inputs, creates the client, and runs the change. The base is the branch the run is on
 * (GITHUB_REF, refs/heads/…) at GITHUB_SHA — the commit the checkout and `apply` read — else the
 * repository's default branch. The run id of the dispatched rebuild is asked for on
 * api.github.com only. A missing GITHUB_REPOSITORY throws; refusals come back in the outcome.
 * The caller masks the token first (core.setSecret).
 */
export async function runChangeStep(
  inputs: ChangeStepInputs,
  env: ChangeStepEnv,
  apply: ChangeOptions['apply'],
  client: Partial<Omit<ClientOptions, 'token'>> = {}
): Promise<ChangeOutcome> {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || rest.length) throw new Error(`GITHUB_REPOSITORY must be owner/repo, got '${env.GITHUB_REPOSITORY ?? ''}'`)
  const baseUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '')
  const octokit = createOctokit({ ...client, token: inputs.token, baseUrl })
  const branch = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1]
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  return runChange({
    octokit,
    owner,
    repo,
    actor: inputs.actor,
    request: inputs.request,
    minimum: inputs.minimumPermission,
    apply,
    base: branch,
    baseSha: branch ? env.GITHUB_SHA || undefined : undefined,
    dispatch: inputs.dispatchRebuild ? { returnRunDetails: baseUrl === DEFAULT_API_URL } : false,
    runUrl
  })
}

/** Where the change is applied: the checkout, its manifest, and how paths are shown (repository-relative). */
export interface ApplyOptions {
  root: string
  manifest: string
  updateLockfile: boolean
  where: (rel: string) => string
}

/** The catalog edit on the checkout; the changed files (repository-relative) and the plan summary. */
export async function applyChange({ root, manifest, updateLockfile, where }: ApplyOptions, request: ChangeRequest): Promise<ApplyResult> {
  const outcome: EditOutcome =
    request.action === 'install'
      ? await installOnDisk(root, { manifest: manifest, slug: request.slug, updateLockfile: updateLockfile, ...(request.version ? { versionReq: `=${request.version}` } : {}) })
      : await uninstallOnDisk(root, { manifest: manifest, slug: request.slug, updateLockfile: updateLockfile })
  if (outcome.refused || !outcome.applied) {
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error')
    if (errors.length) throw new DiagnosticError(errors)
  }
  const written = await Promise.all(outcome.written.map(async (rel) => ({ path: where(rel), content: await fs.readFile(path.join(root, rel), 'utf8') })))
  const files = [...written, ...outcome.deleted.map((rel) => ({ path: where(rel), content: null }))]
  // The plan of the changed checkout against the commit it was made from: delta, targets, graph.
  const planned = await runPlan({ root, manifest: manifest, base: 'HEAD', store: null })
  return { files, summary: planned.summary }
}
