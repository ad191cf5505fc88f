/**
 * The command-line adapter: parses argv, runs a command, prints, and returns the exit code
 * (0 ok, 1 invalid input, 2 usage or I/O error). It never calls process.exit, so tests run it
 * in-process.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ArgumentError, ToolError } from '../../core/diagnostics/errors.js'
import { gitHubApiError } from '../../adapters/github/errors.js'
import { toJson } from '../../core/diagnostics/render.js'
import { logText, terminalText } from '../../core/diagnostics/output.js'
import { isSchemasNotLoaded } from '../../core/manifest/zod-registry.js'
import { VERSION } from '../../version.js'
import type { CliIo, Command } from './command.js'

export type { CliIo } from './command.js'

/** Commands load on demand, so `hash` never pays for zod and the validators. Exported for the README test (every command and option documented). */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  hash: async () => (await import('./hash.js')).hashCommand,
  generate: async () => (await import('./codegen.js')).generateCommand,
  check: async () => (await import('./codegen.js')).checkCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  build: async () => (await import('./build.js')).buildCommand,
  stage: async () => (await import('./build.js')).stageCommand,
  publish: async () => (await import('./publish.js')).publishCommand,
  prune: async () => (await import('./prune.js')).pruneCommand,
  deploy: async () => (await import('./deploy.js')).deployCommand,
  rollback: async () => (await import('./deploy.js')).rollbackCommand,
  smoke: async () => (await import('./deploy.js')).smokeCommand,
  workflows: async () => (await import('./workflows.js')).workflowsCommand,
  init: async () => (await import('./workflows.js')).initCommand,
  schemas: async () => (await import('./schemas.js')).schemasCommand,
  catalog: async () => (await import('./catalog.js')).catalogCommand,
  install: async () => (await import('./catalog.js')).installCommand,
  uninstall: async () => (await import('./catalog.js')).uninstallCommand
}

/**
 * Commands that only read: they check valid files without zod (zod-registry.ts); when a finding
 * needs the zod schemas, their output so far is dropped and they run again with the schemas loaded.
 * The other commands load the schemas first.
 */
const READ_ONLY = new Set(['validate', 'hash', 'check', 'plan'])

const loadZodSchemas = async (): Promise<void> => {
  ;(await import('../../app/schemas.js')).registerZodFallbacks()
}

async function withZodSchemasOnDemand(run: (io: CliIo) => Promise<number>, io: CliIo): Promise<number> {
  const lines: Array<['stdout' | 'stderr', string]> = []
  const flush = () => {
    for (const [stream, text] of lines) io[stream](text)
    lines.length = 0
  }
  try {
    const code = await run({ ...io, stdout: (t) => lines.push(['stdout', t]), stderr: (t) => lines.push(['stderr', t]) })
    flush()
    return code
  } catch (err) {
    if (!isSchemasNotLoaded(err)) {
      flush()
      throw err
    }
  }
  await loadZodSchemas()
  return run(io)
}

export async function usage(): Promise<string> {
  const lines = [`modules-rebuild ${VERSION} — validate, hash and rebuild Rust modular platforms from modules.toml`, '', 'Usage:']
  for (const load of Object.values(COMMANDS)) {
    const c = await load()
    lines.push(`  ${c.usage}`, `      ${c.summary}`)
  }
  lines.push('', 'Exit codes: 0 ok (warnings allowed), 1 invalid input, 2 usage or I/O error.', 'Run `modules-rebuild <command> --help` for one command.')
  return lines.join('\n')
}

/**
 * What the CLI prints, made safe where it lands: every line through terminalText (control
 * characters shown, not acted on), and in a GitHub Actions job (GITHUB_ACTIONS=true) through
 * logText too, so no printed line is a workflow command.
 */
export function safeIo(io: CliIo, env: NodeJS.ProcessEnv = process.env): CliIo {
  const runner = env.GITHUB_ACTIONS === 'true'
  const safe = (text: string) => (runner ? logText(terminalText(text)) : terminalText(text))
  return { ...io, stdout: (text) => io.stdout(safe(text)), stderr: (text) => io.stderr(safe(text)) }
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = safeIo(rawIo)
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await usage())
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-V') {
    io.stdout(VERSION)
    return 0
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!load) {
    const { suggest } = await import('../../core/manifest/shape.js')
    const near = suggest(name, Object.keys(COMMANDS))
    io.stderr(`error: unknown command '${name}'${near ? `; did you mean '${near}'? (modules-rebuild ${near} --help)` : ''}\n\n${await usage()}`)
    return 2
  }
  const command = await load()
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: command.positionals ?? false, strict: true })
  } catch (err) {
    io.stderr(`error: ${(err as Error).message}\nusage: ${command.usage}`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout(`${command.usage}\n\n${command.summary}`)
    return 0
  }
  const format = parsed.values.format
  if (format !== undefined && format !== 'text' && format !== 'json') {
    io.stderr(`error: --format must be text or json, not '${String(format)}'`)
    return 2
  }
  try {
    const run = (out: CliIo) => command.run(parsed.values as Record<string, string | boolean | undefined>, out, parsed.positionals)
    if (!READ_ONLY.has(name)) {
      await loadZodSchemas()
      return await run(io)
    }
    // validate, check and plan parse the same files run after run: their parses persist
    // (adapters/fs/toml-store.ts). Not hash: it parses one file, measured without gain.
    const cache = name !== 'hash' && typeof parsed.values.root === 'string' ? await import('../../adapters/fs/toml-store.js') : null
    const store = cache?.openTomlStore(path.resolve(io.cwd, String(parsed.values.root)), name) ?? null
    cache?.useParsedTomlStore(store)
    try {
      return await withZodSchemasOnDemand(run, io)
    } finally {
      cache?.useParsedTomlStore(null)
      store?.save()
    }
  } catch (caught) {
    const err = gitHubApiError(caught) ?? caught
    if (err instanceof ToolError) {
      // A command-line argument is shown with the usage line; any other cause with its rule's hint.
      const d = err instanceof ArgumentError ? { ...err.diagnostic, hint: `usage: ${command.usage}` } : err.diagnostic
      if (format === 'json') io.stdout(JSON.stringify({ ok: false, manifest_hash: null, errors: [toJson(d)], warnings: [] }, null, 2))
      io.stderr(`error[${d.rule}]: ${d.message}${d.hint ? (err instanceof ArgumentError ? `\n${d.hint}` : `\n  hint: ${d.hint}`) : ''}`)
      return err.exitCode
    }
    throw err
  }
}
