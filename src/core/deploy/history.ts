/**
 * Where deployments are recorded: GitHub Deployments (src/adapters/github/deployments.ts) or the
 * local release store's `.deploy/` directory (src/adapters/store/deployments.ts). deploy,
 * rollback and prune are written once against this interface.
 */
import type { DeploymentPayload, DeploymentRecord, DeploymentState, EnvironmentPointer } from './model.js'

export interface NewDeployment {
  environment: string
  /** The release tag (= release_id). */
  ref: string
  payload: DeploymentPayload
  description: string
}

export interface StatusUpdate {
  state: DeploymentState
  description: string
  /** The workflow run (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID), when known. */
  logUrl?: string | null
  /** The environment's URL (the smoke base URL), when known. */
  environmentUrl?: string | null
}

export interface DeploymentHistory {
  readonly kind: 'local' | 'github'
  /** For messages: the store directory or owner/repo. */
  readonly label: string
  /** Records a new deployment (no status yet). */
  create(d: NewDeployment): Promise<DeploymentRecord>
  /**
   * Adds a status. `success` also makes every earlier successful deployment of the same
   * environment and component `inactive` (production included: GitHub's auto_inactive skips
   * production environments and does not know components).
   */
  setStatus(id: number, update: StatusUpdate): Promise<void>
  /** modules-rebuild's deployments of `environment` (every environment when null), newest first, with their statuses. */
  list(environment: string | null): Promise<DeploymentRecord[]>
  /** What `environment` holds for `component` (see currentPointer), or null when it was never deployed. */
  current(environment: string, component: string): Promise<EnvironmentPointer | null>
}
