/**
 * Every action input, read and checked once, up front (docker/build-push-action's context.ts).
 * Later code receives one typed object and never calls core.getInput itself.
 */
import * as core from '@actions/core'

export const ACTION_COMMANDS = ['validate', 'hash', 'check', 'plan', 'change', 'publish'] as const
export const PROFILES = ['monolith', 'headless'] as const
export type ActionCommand = (typeof ACTION_COMMANDS)[number]

export interface Inputs {
  command: ActionCommand
  manifest: string
  workingDirectory: string
  /** `hash` only: a second manifest to list changed sections against. */
  against: string | undefined
  /** `plan` only: overrides [build.server] embed_* (empty: what modules.toml says). */
  profile: (typeof PROFILES)[number] | undefined
  /** `plan` only: base ref of a pull request, for the module delta. */
  base: string | undefined
  /** `plan`: token to look existing releases up (read-only is enough); `change`: contents, pull-requests (and actions) write. */
  token: string | undefined
  /** `change` only: the request as JSON (client_payload or the dispatch inputs). */
  request: string | undefined
  /** `change` only: whose permission is checked (github.triggering_actor). */
  actor: string | undefined
  /** `change` only: write | maintain | admin. */
  minimumPermission: string | undefined
  /** `change` only: "true" to dispatch modules-rebuild.yml on the change branch. */
  dispatchRebuild: string | undefined
  /** `change` only: run `cargo update --workspace` when Cargo.toml declarations change. */
  updateLockfile: boolean
  /** `publish` only. */
  publish: PublishInputs | undefined
}

export interface PublishInputs {
  plan: string
  artifacts: string
  store: string | undefined
  /** `HOST[:PORT]` or `oci:DIR`; null: the repositories build-info.json names. */
  registry: string | null
  registryUsername: string | undefined
  registryPassword: string | undefined
  reason: string | null
  dryRun: boolean
}

export function getInputs(): Inputs {
  const command = core.getInput('command') || 'validate'
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`input 'command' must be one of ${ACTION_COMMANDS.join(', ')}, not '${command}'`)
  }
  const against = core.getInput('against')
  if (against && command !== 'hash') throw new Error(`input 'against' only applies to command 'hash' (command is '${command}'); remove 'against' or set command: hash`)
  const profile = core.getInput('profile')
  if (profile && !(PROFILES as readonly string[]).includes(profile)) throw new Error(`input 'profile' must be empty, monolith or headless, not '${profile}'`)
  const base = core.getInput('base')
  for (const [name, value] of [['profile', profile], ['base', base]] as const) {
    if (value && command !== 'plan') throw new Error(`input '${name}' only applies to command 'plan' (command is '${command}'); remove '${name}' or set command: plan`)
  }
  return {
    command: command as ActionCommand,
    manifest: core.getInput('manifest') || 'modules.toml',
    workingDirectory: core.getInput('working-directory') || '.',
    against: against || undefined,
    profile: (profile || undefined) as Inputs['profile'],
    base: base || undefined,
    token: core.getInput('token') || undefined,
    request: core.getInput('request') || undefined,
    actor: core.getInput('actor') || undefined,
    minimumPermission: core.getInput('minimum-permission') || undefined,
    dispatchRebuild: core.getInput('dispatch-rebuild') || undefined,
    updateLockfile: booleanInput('update-lockfile', true),
    publish: command === 'publish' ? publishInputs() : undefined
  }
}

function publishInputs(): PublishInputs {
  const registry = core.getInput('registry')
  return {
    plan: core.getInput('plan') || 'release-plan.json',
    artifacts: core.getInput('artifacts') || 'artifacts',
    store: core.getInput('store') || undefined,
    registry: registry || null,
    registryUsername: core.getInput('registry-username') || undefined,
    registryPassword: core.getInput('registry-password') || undefined,
    reason: core.getInput('reason') || null,
    dryRun: booleanInput('dry-run', false)
  }
}

/** A `true` / `false` input; empty is the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name)
  if (v === '') return fallback
  if (v === 'true' || v === 'false') return v === 'true'
  throw new Error(`input '${name}' must be true or false, not '${v}'`)
}
