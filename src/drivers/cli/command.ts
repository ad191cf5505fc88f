import type { parseArgs } from 'node:util'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export interface Command {
  summary: string
  usage: string
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options']
  positionals?: boolean
  run: (values: Record<string, string | boolean | undefined>, io: CliIo, positionals: string[]) => Promise<number>
}

/** Options every project command takes. */
export const COMMON = {
  root: { type: 'string', default: '.' },
  manifest: { type: 'string', default: 'modules.toml' },
  format: { type: 'string', default: 'text' }
} as const
