/**
 * What GitHub does with a generated workflow before the first step runs, for one event: whether
 * the event starts it, the workflow_dispatch inputs after GitHub's checks and defaults, and the
 * `concurrency` group, job permissions and a step's `with:` values with every `${{ }}` evaluated
 * by GitHub's own expression engine (@actions/expressions, the one @actions/workflow-parser uses).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { parse as parseYaml } from 'yaml'

type Obj = Record<string, unknown>

export type WorkflowEvent =
  | { name: 'workflow_dispatch'; inputs: Record<string, string | boolean> }
  | { name: 'repository_dispatch'; type: string; client_payload: unknown }

export interface RunContext {
  /** owner/repo */
  repository: string
  /** Who started the run (github.actor / github.triggering_actor). */
  actor: string
  ref: string
  sha: string
  /** The value of `${{ github.token }}`. */
  token: string
  secrets?: Record<string, string>
}

export interface PreparedStep {
  /** The concurrency group the run joins. */
  concurrency: { group: string; cancelInProgress: boolean }
  permissions: Obj
  /** The step's `with:`, evaluated: what the action reads as inputs. */
  with: Record<string, string>
  /** The context the expressions saw (inputs after GitHub's defaults). */
  inputs: Record<string, string | boolean>
}

/** Evaluates one expression (without `${{ }}`) against the contexts. */
export function evaluate(expression: string, contexts: Record<string, unknown>): data.ExpressionData {
  const lexed = new Lexer(expression).lex()
  const expr = new Parser(lexed.tokens, Object.keys(contexts), []).parse()
  const dict = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData })))
  return new Evaluator(expr, dict).evaluate()
}

/** A string with `${{ }}` parts: a lone expression keeps its value, mixed text is concatenated. */
export function interpolate(text: string, contexts: Record<string, unknown>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => evaluate(expr.trim(), contexts).coerceString())
}

export class NotTriggered extends Error {}

/**
 * Prepares job `jobId`, step `stepId` of `workflowText` for `event`. Throws NotTriggered when the
 * event does not start the workflow, and an Error for inputs GitHub would refuse (a missing
 * required input, a choice outside its options, an undeclared input).
 */
export function prepareStep(workflowText: string, jobId: string, stepId: string, event: WorkflowEvent, run: RunContext): PreparedStep {
  const wf = parseYaml(workflowText) as Obj
  const on = wf.on as Obj
  let inputs: Record<string, string | boolean> = {}
  let payload: Obj
  if (event.name === 'workflow_dispatch') {
    const declared = ((on.workflow_dispatch as Obj | undefined)?.inputs ?? null) as Record<string, Obj> | null
    if (!('workflow_dispatch' in on)) throw new NotTriggered('no workflow_dispatch trigger')
    for (const k of Object.keys(event.inputs)) if (!declared || !(k in declared)) throw new Error(`Unexpected inputs provided: ["${k}"]`)
    for (const [k, spec] of Object.entries(declared ?? {})) {
      const given = event.inputs[k]
      let value: string | boolean = given ?? (spec.default as string | boolean | undefined) ?? (spec.type === 'boolean' ? false : '')
      if (spec.required === true && (given === undefined || given === '') && spec.default === undefined) throw new Error(`Required input '${k}' not provided`)
      if (spec.type === 'choice' && !(spec.options as string[]).includes(String(value))) throw new Error(`Provided value '${String(value)}' for input '${k}' not in the list of allowed values`)
      if (spec.type === 'boolean') value = value === true || value === 'true'
      inputs[k] = value
    }
    payload = { inputs, ref: run.ref, repository: { full_name: run.repository }, sender: { login: run.actor }, workflow: '.github/workflows/x.yml' }
  } else {
    const rd = on.repository_dispatch as Obj | null | undefined
    if (!('repository_dispatch' in on)) throw new NotTriggered('no repository_dispatch trigger')
    const types = (rd?.types as string[] | undefined) ?? null
    if (types && !types.includes(event.type)) throw new NotTriggered(`repository_dispatch type '${event.type}' is not one of ${types.join(', ')}`)
    payload = { action: event.type, branch: run.ref.replace(/^refs\/heads\//, ''), client_payload: event.client_payload, repository: { full_name: run.repository }, sender: { login: run.actor } }
    inputs = {}
  }
  const github = {
    event_name: event.name,
    event: payload,
    actor: run.actor,
    triggering_actor: run.actor,
    repository: run.repository,
    repository_owner: run.repository.split('/')[0],
    ref: run.ref,
    ref_name: run.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: run.sha,
    token: run.token,
    workflow: String(wf.name),
    server_url: 'https://github.com',
    api_url: 'https://api.github.com'
  }
  const contexts = { github, inputs, secrets: { GITHUB_TOKEN: run.token, ...run.secrets } }
  const conc = wf.concurrency as Obj
  const job = (wf.jobs as Record<string, Obj>)[jobId]
  if (!job) throw new Error(`no job ${jobId}`)
  const step = (job.steps as Obj[]).find((s) => s.id === stepId)
  if (!step) throw new Error(`no step ${stepId} in job ${jobId}`)
  const withValues: Record<string, string> = {}
  for (const [k, v] of Object.entries((step.with as Obj | undefined) ?? {})) withValues[k] = typeof v === 'string' ? interpolate(v, contexts) : String(v)
  return {
    concurrency: { group: interpolate(String(conc.group), contexts), cancelInProgress: String(conc['cancel-in-progress']) === 'true' },
    permissions: (job.permissions as Obj | undefined) ?? {},
    with: withValues,
    inputs
  }
}
