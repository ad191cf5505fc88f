/**
 * Where deploy, rollback and smoke find releases and record deployments: a local release store
 * directory (its files, `.deploy/` history) or a GitHub repository (release assets, Deployments).
 * Shared by the CLI and the action.
 */
import { LocalDeploymentHistory } from '../adapters/store/deployments.js'
import { LocalReleaseFiles } from '../adapters/store/release-files.js'
import type { DeploymentHistory } from '../core/deploy/history.js'
import type { ReleaseFiles } from '../core/deploy/verify.js'
import type { DeployResult } from './deploy.js'

export interface DeploySource {
  files: ReleaseFiles
  history: DeploymentHistory
}

/** A local release store; `creator` is recorded on each deployment (GITHUB_ACTOR, or null). */
export function localSource(dir: string, creator: string | null): DeploySource {
  return { files: new LocalReleaseFiles(dir), history: new LocalDeploymentHistory(dir, () => new Date(), creator) }
}

/**
 * GitHub releases and Deployments of `repository` (owner/name); the token needs contents: read and
 * deployments: write. Loaded on demand: a local deploy does not pay for Octokit.
 */
export async function githubSource(o: { token: string; repository: string; baseUrl?: string; log?: (m: string) => void }): Promise<DeploySource> {
  const [{ createOctokit }, { GitHubDeploymentHistory }, { GitHubReleaseFiles }] = await Promise.all([import('../adapters/github/client.js'), import('../adapters/github/deployments.js'), import('../adapters/github/release-files.js')])
  const octokit = createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) })
  return { files: new GitHubReleaseFiles(octokit, o.repository, o.token), history: new GitHubDeploymentHistory(octokit, o.repository) }
}

/** The JSON fields of a deploy / rollback result (README "Deploy, smoke and rollback"), after ok, manifest_hash, errors, warnings. */
export function deployJson(r: DeployResult): Record<string, unknown> {
  return { outcome: r.outcome, environment: r.environment, component: r.component, release_id: r.release_id, previous_release: r.previous_release, deployment: r.deployment, rollback: r.rollback, compat: r.compat, disabled_ui_modules: r.disabled_ui_modules }
}
