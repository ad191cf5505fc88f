/**
 * `modules-rebuild prune --keep N` on the command line. Exit codes: 0 pruned (or planned), 1 a
 * refusal (RBAC) or a deletion that failed, 2 usage or I/O.
 */
import path from 'node:path'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { githubDeploymentHistory } from '../../adapters/github/deployments.js'
import { githubReleaseCatalog } from '../../adapters/github/release-catalog.js'
import { LocalDeploymentHistory } from '../../adapters/store/deployments.js'
import { LocalReleaseCatalog } from '../../adapters/store/release-catalog.js'
import { prune, pruneJson, pruneText } from '../../app/prune.js'
import type { Command } from './command.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { cliGate, GATE_OPTIONS, GATE_USAGE } from './gate.js'

/** Deployments older than this many days no longer keep their release (unless an environment still runs it). */
export const DEFAULT_WINDOW_DAYS = 90

export const pruneCommand: Command = {
  usage: `modules-rebuild prune --keep N [--window DAYS] [--dry-run] [--store DIR | --repo OWNER/NAME [--github-api URL]] [--registry HOST[:PORT] | --images oci:DIR] ${GATE_USAGE} [--root DIR] [--format text|json]`,
  summary: `Delete old releases: keep the N newest of each component, every release an environment runs, every release deployed within the window (default ${DEFAULT_WINDOW_DAYS} days) and what kept releases reuse; delete the others' assets (the release directory, or the GitHub release and its tag) and their images by digest when no kept tag points at them. Immutable releases stay (only their images go). --dry-run prints the plan.`,
  options: {
    keep: { type: 'string' },
    window: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    store: { type: 'string' },
    repo: { type: 'string' },
    'github-api': { type: 'string' },
    registry: { type: 'string' },
    images: { type: 'string' },
    root: { type: 'string', default: '.' },
    format: { type: 'string', default: 'text' },
    ...GATE_OPTIONS
  },
  async run(values, io) {
    const keep = count('--keep', values.keep, true)
    const windowDays = values.window === undefined ? DEFAULT_WINDOW_DAYS : count('--window', values.window, false)
    if (values.repo !== undefined && values.store !== undefined) throw new ArgumentError('--store and --repo exclude each other')
    if (values['github-api'] !== undefined && values.repo === undefined) throw new ArgumentError('--github-api goes with --repo OWNER/NAME')
    if (values.registry !== undefined && values.images !== undefined) throw new ArgumentError('--registry and --images exclude each other')
    if (typeof values.images === 'string' && !values.images.startsWith('oci:')) throw new ArgumentError(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`)
    const refused = await cliGate('prune', values, io)
    if (refused) {
      if (values.format === 'json') io.stdout(jsonReport(false, null, refused, {}))
      else for (const d of refused) io.stderr(renderText(d))
      return 1
    }
    let source
    if (typeof values.repo === 'string') {
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) throw new ArgumentError(`--repo must be OWNER/NAME, not '${values.repo}'`)
      const token = process.env.GITHUB_TOKEN
      if (!token) throw new ArgumentError('--repo needs a token in GITHUB_TOKEN (contents: write to delete releases)')
      const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined
      const o = { token, repository: values.repo, ...(baseUrl ? { baseUrl } : {}), log: (m: string) => io.stderr(m) }
      source = { releases: githubReleaseCatalog(o), history: githubDeploymentHistory(o) }
    } else {
      const dir = path.resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases')
      source = { releases: new LocalReleaseCatalog(dir), history: new LocalDeploymentHistory(dir) }
    }
    const where = typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : null
    const user = process.env.REGISTRY_USERNAME
    const password = process.env.REGISTRY_PASSWORD
    const r = await prune({
      ...source,
      keep,
      windowDays,
      dryRun: values['dry-run'] === true,
      now: () => new Date(),
      images: { where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) }
    })
    if (values.format === 'json') io.stdout(jsonReport(r.ok, null, [], pruneJson(r, keep, windowDays)))
    else io.stdout(pruneText(r, keep, windowDays))
    return r.ok ? 0 : 1
  }
}

function count(name: string, v: string | boolean | string[] | undefined, required: boolean): number {
  if (v === undefined && required) throw new ArgumentError(`prune needs ${name} N (how many of the newest releases of each component to keep)`)
  if (typeof v !== 'string' || !/^\d{1,6}$/.test(v)) throw new ArgumentError(`${name} must be a whole number ≥ 0, not '${String(v)}'`)
  return Number(v)
}
