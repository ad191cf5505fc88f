/**
 * `[deploy]` of modules-rebuild.toml: the project's deploy hook (the platform-specific part —
 * kubectl, fly, ssh — stays the user's), the smoke checks, and per environment the URL the smoke
 * checks talk to. The section's zod schema is deploy-schema.ts (mounted into ConfigSchema); this
 * module holds its checks. In core/config so that the configuration does not depend on the deploy
 * model (core/deploy/model.ts re-exports the environment name rule).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { KeyPath } from '../manifest/locate.js'
import type { DeployConfig } from './deploy-schema.js'

export type { DeployConfig, SmokeConfig } from './deploy-schema.js'

/** Environment names: a valid OCI tag (the name is the image tag) and a file name; ≤ 64 characters. */
export const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

export function environmentProblem(name: string): string | null {
  if (!ENVIRONMENT_PATTERN.test(name)) return 'must be 1–64 ASCII letters, digits, `_`, `.` or `-`, starting with a letter or digit (it becomes the image tag)'
  if (name.includes('..') || name.endsWith('.') || name.endsWith('.lock')) return 'may not contain `..` or end in `.` or `.lock`'
  return null
}

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
