/**
 * `[deploy]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `deploy`). Only loaded to word findings, to publish the JSON Schema and where a
 * caller fills in smoke defaults; the environment name rule and the checks are in deploy.ts.
 */
import { z } from 'zod'

const path = (description: string) => z.string().meta({ pattern: '^/', description })

export const SmokeConfigSchema = z
  .object({
    health_path: path('Health endpoint: answers 200 when the server is up.').default('/health'),
    modules_path: path('Modules endpoint: `{"manifest_hash": "sha256:…", "modules": [{"slug": …}, …]}`.').default('/modules'),
    migrations_path: path('Optional migrations endpoint: `{"pending": []}` (or `{"pending": 0}`) when no migration is pending; empty: not checked.').default(''),
    deadline: z.number().positive().max(3600).default(60).describe('Seconds the health endpoint has to answer 200 (retried with backoff).'),
    timeout: z.number().positive().max(600).default(10).describe('Seconds per HTTP request.'),
    backoff: z.number().positive().max(60).default(0.5).describe('Seconds before the first retry of the health check; doubles up to 8 s.')
  })
  .describe('Smoke checks run by `smoke`, and by `deploy` / `rollback` when the environment has a URL.')

export const EnvironmentConfigSchema = z
  .object({
    url: z.string().meta({ description: 'Base URL of the environment (http or https): the smoke checks talk to it and the deployment records it.' }).optional()
  })
  .describe('One environment.')

export const DeployConfigSchema = z
  .object({
    hook: z
      .array(z.string())
      .default([])
      .describe(
        'The deploy hook, an argument vector started without a shell in the repository root after the environment tags moved, e.g. ["./deploy/rollout.sh"] or ["kubectl", "rollout", "restart", "deployment/server"]. Its environment: RELEASE_ID, MANIFEST_HASH, ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID, IMAGE_<TARGET> (`<location>@sha256:…`) and IMAGE_<TARGET>_DIGEST. Empty: no hook.'
      ),
    hook_timeout: z.number().positive().max(86400).default(600).describe('Seconds the hook may run before it is stopped (SIGTERM, then SIGKILL) and the deployment fails.'),
    smoke: SmokeConfigSchema.prefault({}),
    environments: z.record(z.string(), EnvironmentConfigSchema).default({}).describe('Per environment (the key is its name, e.g. production): its URL.')
  })
  .describe('What `deploy` and `rollback` do besides moving the environment tags.')

export type DeployConfig = z.output<typeof DeployConfigSchema>
export type SmokeConfig = z.output<typeof SmokeConfigSchema>
