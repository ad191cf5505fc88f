/**
 * A module change request (install or uninstall one module), pure: the request schema
 * (ChangeRequestSchema, strict: unknown fields are refused) and its parser, the branch and title
 * of its pull request, the pull request body (every untrusted string escaped), the commit
 * message, and the checks of the files a change may write. The GitHub side — pushing the files
 * and opening the pull request — is src/adapters/github/change-request.ts.
 */
import valid from 'semver/functions/valid.js'
import { z } from 'zod'
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { ToolError } from '../diagnostics/errors.js'
import type { RuleId } from '../diagnostics/rules.js'
import { repoPathProblem, slugProblem } from '../manifest/identifiers.js'
import { SLUG_PATTERN } from '../manifest/schema.js'
import { escapeHtml } from '../diagnostics/output.js'
import { CHANGE_BRANCH_PREFIX, WORKFLOWS_DIR } from '../actions/constants.js'

export const CHANGE_ACTIONS = ['install', 'uninstall'] as const
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]

/** Rule id of a request that does not match ChangeRequestSchema (src/core/diagnostics/rules.ts). */
export const INVALID_REQUEST_RULE = 'invalid-change-request'
/** Rule id of a change that leaves the repository as it is. */
export const NO_CHANGE_RULE = 'no-change' satisfies RuleId

const noControl = (multiline: boolean) => (s: string) => !(multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(s)

/**
 * The request, as sent in `client_payload` or the dispatch inputs. Strict: a field the schema
 * does not define is refused, so a typo (`verison`) fails instead of being ignored.
 */
export const ChangeRequestSchema = z
  .strictObject({
    action: z.enum(CHANGE_ACTIONS).describe('install: add the module (and its missing dependencies) from the catalog; uninstall: remove it.'),
    slug: z
      .string()
      .superRefine((s, ctx) => {
        const problem = slugProblem(s)
        if (problem) ctx.addIssue({ code: 'custom', message: `slug '${s}' ${problem}` })
      })
      .meta({ pattern: SLUG_PATTERN, maxLength: 64 })
      .describe('The module slug, as in modules.toml and the catalog.'),
    version: z
      .string()
      .refine((v) => valid(v) === v, { message: 'version must be a semver version such as 1.2.0' })
      .optional()
      .describe('install only: the catalog version to install; absent: the catalog’s current version.'),
    reason: z.string().max(2000).refine(noControl(true), { message: 'reason contains control characters' }).optional().describe('Why the change is requested; shown in the pull request.'),
    requested_by: z
      .string()
      .min(1)
      .max(200)
      .refine(noControl(false), { message: 'requested_by must be one line without control characters' })
      .optional()
      .describe('On whose behalf a backend asks (e.g. the admin user of the platform). Shown in the pull request next to the verified GitHub actor; not verified itself.')
  })
  .refine((r) => r.action === 'install' || r.version === undefined, { message: 'version only applies to install', path: ['version'] })
  .meta({ title: 'modules-change request', description: 'client_payload of a repository_dispatch of type modules-change, or the inputs of modules-change.yml.' })

export type ChangeRequest = z.output<typeof ChangeRequestSchema>

export type ParsedRequest = { ok: true; request: ChangeRequest } | { ok: false; diagnostics: Diagnostic[] }

/** Optional fields a dispatch form sends as '' when left empty. */
const OPTIONAL_FIELDS = ['version', 'reason', 'requested_by'] as const

/**
 * Parses a request: an object, or its JSON text (the action's `request` input). Empty optional
 * fields (a workflow_dispatch form left blank) count as absent. `source` names the origin in
 * diagnostics, e.g. "client_payload".
 */
export function parseChangeRequest(input: unknown, source = 'request'): ParsedRequest {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (err) {
      return refuse(source, `${source} is not JSON: ${(err as Error).message}`)
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return refuse(source, `${source} must be a JSON object with action and slug`)
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const k of OPTIONAL_FIELDS) if (copy[k] === '') delete copy[k]
  const r = ChangeRequestSchema.safeParse(copy)
  if (r.success) return { ok: true, request: r.data }
  return {
    ok: false,
    diagnostics: r.error.issues.map((i) => {
      const field = i.path.length ? i.path.join('.') : null
      const message =
        i.code === 'unrecognized_keys'
          ? `${source} has unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `'${k}'`).join(', ')}`
          : `${source}${field ? `.${field}` : ''}: ${i.message}`
      return diagnostic('error', INVALID_REQUEST_RULE, source, null, message, REQUEST_HINT)
    })
  }
}

const REQUEST_HINT = 'Send {"action": "install" | "uninstall", "slug": "<module>", "version"?: "<semver>", "reason"?: "…", "requested_by"?: "…"} and nothing else.'

function refuse(source: string, message: string): ParsedRequest {
  return { ok: false, diagnostics: [diagnostic('error', INVALID_REQUEST_RULE, source, null, message, REQUEST_HINT)] }
}

/** The branch of a request: one per action and module, so the same request finds its pull request again. */
export function changeBranch(req: Pick<ChangeRequest, 'action' | 'slug'>): string {
  if (slugProblem(req.slug)) throw new TypeError(`not a module slug: '${req.slug}'`)
  return `${CHANGE_BRANCH_PREFIX}${req.action}-${req.slug}`
}

/** `Install forum 1.2.0` / `Uninstall forum`: the default pull request title. */
export function changeTitle(req: ChangeRequest): string {
  return `${req.action === 'install' ? 'Install' : 'Uninstall'} module ${req.slug}${req.version ? ` ${req.version}` : ''}`
}

/** The hidden marker that identifies the pull request of a branch (after the head filter). */
export function pullRequestMarker(branch: string): string {
  return `<!-- modules-rebuild:change branch=${branch.replace(/--/g, '-\u200b-')} -->`
}

/** GitHub's limit for a pull request body. */
export const MAX_BODY = 65536

/** Escapes untrusted text for a pull request body; `@` too, so a reason cannot mention (notify) anyone. */
export const escapeBody = (text: string): string => escapeHtml(text).replace(/@/g, '&#64;')

export interface ChangeBodyInput {
  request: ChangeRequest
  /** The GitHub user whose permission was checked (verified). */
  actor: string
  /** Plan summary markdown (delta, targets to rebuild, mermaid graph), already escaped by whoever made it. */
  summary: string
  /** The workflow run that made the change, linked at the bottom. */
  runUrl?: string | undefined
  branch: string
}

/** The pull request body: requester, reason, the plan summary, and the marker. */
export function changePullRequestBody(b: ChangeBodyInput): string {
  const r = b.request
  const who = `@${b.actor}${r.requested_by ? ` on behalf of ${escapeBody(r.requested_by)} (as sent; not verified)` : ''}`
  const lines = [
    `<table><tr><th>Change</th><td><code>${escapeBody(r.action)}</code> <code>${escapeBody(r.slug)}</code>${r.version ? ` <code>${escapeBody(r.version)}</code>` : ''}</td></tr>`,
    `<tr><th>Requested by</th><td>${who}</td></tr>`,
    `<tr><th>Reason</th><td>${r.reason ? escapeBody(r.reason) : '<i>none given</i>'}</td></tr></table>`,
    ''
  ]
  const footer = [
    '',
    '---',
    `<sub>Opened by modules-rebuild (modules-change.yml${b.runUrl ? `, <a href="${escapeBody(b.runUrl)}">run</a>` : ''}). Merging this pull request rebuilds the platform (modules-rebuild.yml on the push). Run the same request again to refresh it.</sub>`,
    '',
    pullRequestMarker(b.branch),
    ''
  ]
  const fixed = lines.join('\n').length + footer.join('\n').length + 200
  const summary = b.summary.length + fixed > MAX_BODY ? '<p><i>The plan summary is too long for a pull request body; see the job summary of the workflow run.</i></p>' : b.summary
  return [...lines, summary.trimEnd(), ...footer].join('\n')
}

/** A file of the change; `content: null` deletes it. */
export interface FileChange {
  path: string
  content: string | null
}

/** The change leaves the repository as it is: nothing to propose (a ToolError no-change, exit 1). */
export const noChange = (spec: { owner: string; repo: string; base: string }): ToolError =>
  new ToolError(NO_CHANGE_RULE, `the change leaves ${spec.owner}/${spec.repo}@${spec.base} as it is: nothing to propose`, {
    file: `${spec.owner}/${spec.repo}`,
    hint: 'The module is already installed (or already absent) on the base branch.'
  })

/** Problems with the paths of a change (each path once, inside the repository, no workflow files). */
export function fileProblems(files: readonly FileChange[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const f of files) {
    const problem = repoPathProblem(f.path)
    if (problem) out.push(`'${f.path}' ${problem}`)
    else if (f.path.startsWith(`${WORKFLOWS_DIR}/`)) out.push(`'${f.path}' is a workflow file: a change request never edits workflows (run \`modules-rebuild workflows generate\` in a reviewed commit)`)
    if (seen.has(f.path)) out.push(`'${f.path}' is listed twice`)
    seen.add(f.path)
  }
  return out
}


/** The commit message of a change: the title, who asked (and on whose behalf), and the reason. */
export function commitMessage(r: ChangeRequest, actor: string, title: string): string {
  const lines = [title, '', `Requested by ${actor}${r.requested_by ? ` on behalf of ${r.requested_by}` : ''} through modules-change.`]
  if (r.reason) lines.push('', r.reason)
  return lines.join('\n') + '\n'
}
