/**
 * Every action input, read and checked once, up front (docker/build-push-action's context.ts).
 * Later code receives one typed object and never calls core.getInput itself.
 */
import * as core from '@actions/core'

export const ACTION_COMMANDS = ['validate', 'hash', 'check'] as const
export type ActionCommand = (typeof ACTION_COMMANDS)[number]

export interface Inputs {
  command: ActionCommand
  manifest: string
  workingDirectory: string
  /** `hash` only: a second manifest to list changed sections against. */
  against: string | undefined
}

export function getInputs(): Inputs {
  const command = core.getInput('command') || 'validate'
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`input 'command' must be one of ${ACTION_COMMANDS.join(', ')}, not '${command}'`)
  }
  const against = core.getInput('against')
  if (against && command !== 'hash') throw new Error(`input 'against' only applies to command 'hash' (command is '${command}'); remove 'against' or set command: hash`)
  return {
    command: command as ActionCommand,
    manifest: core.getInput('manifest') || 'modules.toml',
    workingDirectory: core.getInput('working-directory') || '.',
    against: against || undefined
  }
}
