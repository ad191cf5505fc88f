/**
 * The operations side of the generated workflows (pure): the deploy job of modules-rebuild.yml,
 * modules-rollback.yml and modules-prune.yml, from `[workflows]` deploy_environment and prune_*.
 */
import { DEPLOY_DEFAULTS, type WorkflowsConfig } from '../config/workflows.js'
import { PRUNE_WORKFLOW, ROLLBACK_TAG_GLOB, ROLLBACK_WORKFLOW, WORKFLOWS_DIR } from '../actions/constants.js'
import { renderTemplate, usesNode } from './render.js'
import { TEMPLATES } from './templates.generated.js'

export interface OperationsWorkflow {
  path: string
  /** Rendered, without the @generated header. */
  body: string
}

/**
 * deploy: after a successful publish of a push to the default branch or a dispatch that is not a
 * dry run (publish's own condition), when publish released something.
 */
const DEPLOY_IF = "always() && needs.publish.result == 'success' && github.event_name != 'pull_request' && !(github.event_name == 'workflow_dispatch' && inputs.dry_run) && needs.publish.outputs.release_ids != '{}'"

export const deployEnvironment = (w: WorkflowsConfig): string => w.deploy_environment ?? DEPLOY_DEFAULTS.deploy_environment

/** The params of modules-rebuild.yml's deploy job. */
export function deployParams(w: WorkflowsConfig): Record<string, unknown> {
  const environment = deployEnvironment(w)
  return { deploy_if: DEPLOY_IF, deploy_environment: environment, deploy_concurrency: `modules-rebuild-deploy-${environment}` }
}

export function rollbackWorkflow(w: WorkflowsConfig): OperationsWorkflow {
  const params = { runs_on: w.runs_on, action: usesNode(w.action!, w.action_version!), manifest: w.manifest, deploy_environment: deployEnvironment(w), rollback_tags: ROLLBACK_TAG_GLOB }
  return { path: `${WORKFLOWS_DIR}/${ROLLBACK_WORKFLOW}`, body: renderTemplate(TEMPLATES[ROLLBACK_WORKFLOW], params) }
}

export function pruneWorkflow(w: WorkflowsConfig): OperationsWorkflow {
  const keep = w.prune_keep ?? DEPLOY_DEFAULTS.prune_keep
  const scheduledDryRun = w.prune_dry_run ?? DEPLOY_DEFAULTS.prune_dry_run
  const params = {
    runs_on: w.runs_on,
    action: usesNode(w.action!, w.action_version!),
    manifest: w.manifest,
    prune_schedule: w.prune_schedule ?? DEPLOY_DEFAULTS.prune_schedule,
    prune_keep: keep,
    prune_keep_input: `\${{ github.event_name == 'workflow_dispatch' && inputs.keep || ${keep} }}`,
    // A dispatch says; a scheduled run is a dry run unless prune_dry_run = false.
    prune_dry_run_input: scheduledDryRun ? "${{ github.event_name != 'workflow_dispatch' || inputs.dry_run }}" : "${{ github.event_name == 'workflow_dispatch' && inputs.dry_run }}"
  }
  return { path: `${WORKFLOWS_DIR}/${PRUNE_WORKFLOW}`, body: renderTemplate(TEMPLATES[PRUNE_WORKFLOW], params) }
}
