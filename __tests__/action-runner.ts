/**
 * The BUILT action (dist/index.js) as a real process in a simulated runner: inputs as INPUT_*
 * variables (the action's stable interface), outputs read back from the GITHUB_OUTPUT file,
 * annotations from the workflow commands on stdout, the job summary from GITHUB_STEP_SUMMARY.
 * Shared by action-process.test.ts and action-plan-github.test.ts.
 */
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
export const DIST = path.join(REPO, 'dist', 'index.js')
const FIXTURES = path.join(REPO, '__tests__', 'action-fixtures')

export interface Command {
  command: string
  properties: Record<string, string>
  message: string
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  commands: Command[]
  outputs: Record<string, string>
  summary: string
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))

/** `::name k=v,k=v::message` lines of stdout (actions/toolkit's command.ts format). */
export function parseCommands(stdout: string): Command[] {
  const out: Command[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of m[2] ? m[2].split(',') : []) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!) })
  }
  return out
}

/** The GITHUB_OUTPUT file: `name<<ghadelimiter_<uuid>`, the value's lines, the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const lines = text.split(/\r?\n/)
  const out: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const m = /^([^<=]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(line)
    if (!m) throw new Error(`unexpected GITHUB_OUTPUT line ${i + 1}: ${line}`)
    const end = lines.indexOf(m[2]!, i + 1)
    if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${m[2]} for ${m[1]}`)
    out[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}

/**
 * Runs `node dist/index.js` in `workspace` with only the variables a runner would set (none
 * inherited; `env` adds or replaces some); `runner` is the runner's temp directory.
 */
export function runAction(runner: string, workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const outputFile = path.join(runner, `output-${Math.random().toString(36).slice(2)}`)
  const summaryFile = path.join(runner, `summary-${Math.random().toString(36).slice(2)}.md`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const vars: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(FIXTURES, 'push-event.json'),
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '1111111111111111111111111111111111111111',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner,
    RUNNER_OS: 'Linux',
    ...env
  }
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve) => {
    execFile(process.execPath, [DIST], { cwd: workspace, env: vars, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0
      resolve({
        code,
        stdout,
        stderr,
        commands: parseCommands(stdout),
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8')
      })
    })
  })
}
