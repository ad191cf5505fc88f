/**
 * `[deploy]` of modules-rebuild.toml: the project's deploy hook (the platform-specific part —
 * kubectl, fly, ssh — stays the user's), the smoke checks, and per environment the URL the smoke
 * checks talk to. Part of ConfigSchema (schema.ts).
 */
import { z } from 'zod'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { KeyPath } from '../manifest/locate.js'

/** Environment names: a valid OCI tag (the name is the image tag) and a file name; ≤ 64 characters. */
export const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

export function environmentProblem(name: string): string | null {
  if (!ENVIRONMENT_PATTERN.test(name)) return 'must be 1–64 ASCII letters, digits, `_`, `.` or `-`, starting with a letter or digit (it becomes the image tag)'
  if (name.includes('..') || name.endsWith('.') || name.endsWith('.lock')) return 'may not contain `..` or end in `.` or `.lock`'
  return null
}

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

/** Checks beyond shape: hook argv, paths, environment names and URLs. */
export function checkDeployConfig(c: DeployConfig, file: string, at: (p: KeyPath) => { line: number; column: number } | null): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (p: KeyPath, message: string, hint: string) => out.push(diagnostic('error', 'config-invalid-deploy', file, at(p), message, hint))
  if (c.hook.length > 0 && c.hook[0]!.trim() === '') err(['deploy', 'hook', 0], '`deploy.hook` starts with an empty program name', 'Name the program first, e.g. hook = ["./deploy/rollout.sh"].')
  c.hook.forEach((a, i) => {
    if (a.includes('\0')) err(['deploy', 'hook', i], `\`deploy.hook[${i}]\` contains a NUL character`, 'Remove it.')
  })
  for (const key of ['health_path', 'modules_path', 'migrations_path'] as const) {
    const v = c.smoke[key]
    if (key === 'migrations_path' && v === '') continue
    if (!v.startsWith('/') || /[\s#?]/.test(v.replace(/\?.*$/, '')) || v.startsWith('//')) err(['deploy', 'smoke', key], `\`deploy.smoke.${key}\` '${v}' is not a path on the server`, 'Write an absolute path such as "/health".')
  }
  for (const [name, e] of Object.entries(c.environments)) {
    const problem = environmentProblem(name)
    if (problem) err(['deploy', 'environments', name], `environment name '${name}' ${problem}`, 'Rename the environment, e.g. "production".')
    if (e.url !== undefined) {
      let u: URL | null = null
      try {
        u = new URL(e.url)
      } catch {
        u = null
      }
      if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) err(['deploy', 'environments', name, 'url'], `\`deploy.environments.${name}.url\` '${e.url}' is not an http(s) URL without credentials`, 'Write e.g. "https://shop.example.com".')
    }
  }
  return out
}
