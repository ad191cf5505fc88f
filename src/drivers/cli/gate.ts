/**
 * The RBAC gate on the command line: with `--repo OWNER/NAME` and `--actor LOGIN`, the actor's
 * permission is read from GitHub (token GITHUB_TOKEN) and must reach `--minimum-permission`, else
 * `[rbac]` of modules-rebuild.toml in --root, else the built-in minimum. Without --actor nothing
 * is checked: the token's own rights are what GitHub enforces.
 */
import path from 'node:path'
import { loadConfig } from '../../app/config.js'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { gateLine, gateOperation } from '../../adapters/github/gate.js'
import type { CliIo } from './command.js'
import { minimumFor, type GatedOperation } from '../../core/config/rbac.js'
import { isMinimumPermission, MINIMUM_PERMISSIONS, type MinimumPermission } from '../../core/values/values.js'
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js'

export const GATE_OPTIONS = { actor: { type: 'string' }, 'minimum-permission': { type: 'string' } } as const
export const GATE_USAGE = '[--actor LOGIN [--minimum-permission write|maintain|admin]]'

type Values = Record<string, string | boolean | string[] | undefined>

/** null when the command may go on; else the refusal (or the config's errors) for the caller to print (exit 1). */
export async function cliGate(op: GatedOperation, values: Values, io: CliIo): Promise<Diagnostic[] | null> {
  const actor = values.actor
  const explicit = values['minimum-permission']
  if (explicit !== undefined && actor === undefined) throw new ArgumentError('--minimum-permission goes with --actor LOGIN')
  if (actor === undefined) return null
  if (typeof actor !== 'string' || actor === '') throw new ArgumentError('--actor needs a GitHub login')
  if (typeof values.repo !== 'string') throw new ArgumentError('--actor goes with --repo OWNER/NAME: the permission is read from GitHub')
  if (explicit !== undefined && !isMinimumPermission(explicit)) throw new ArgumentError(`--minimum-permission must be one of ${MINIMUM_PERMISSIONS.join(', ')}, not '${String(explicit)}'`)
  let minimum: MinimumPermission
  if (explicit !== undefined) minimum = explicit as MinimumPermission
  else {
    const root = path.resolve(io.cwd, typeof values.root === 'string' ? values.root : '.')
    const { config, diagnostics } = await loadConfig(root)
    if (!config) return diagnostics
    minimum = minimumFor(op, config.rbac)
  }
  const token = process.env.GITHUB_TOKEN
  if (!token) throw new ArgumentError('--actor needs a token in GITHUB_TOKEN to read the permission')
  const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined
  const check = await gateOperation({ operation: op, repository: values.repo, actor, minimum, token, ...(baseUrl ? { baseUrl } : {}) })
  if (!check.ok) return [check.diagnostic]
  io.stderr(gateLine(op, check, minimum))
  return null
}
