/**
 * The deployment history of a local release store (no GitHub): `<store>/.deploy/deployments.json`
 * holds every deployment with its statuses (the same records as GitHub Deployments), and
 * `<store>/.deploy/environments/<environment>.json` what each environment holds per component (the
 * pointer, derived from the history and rewritten with it). Both are written through the one write
 * path (src/adapters/write.ts) as one all-or-nothing change. `.deploy` cannot be a release id, so
 * the release store never reads it as a release. One deployer at a time per store.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { currentPointer, DeploymentRecordSchema, supersededBy, type DeploymentRecord, type EnvironmentPointer } from '../../core/deploy/model.js'
import type { DeploymentHistory, NewDeployment, StatusUpdate } from '../../core/deploy/history.js'
import { parseJsonAs } from '../../core/release/parse-json.js'
import { recoverInterrupted, writeFilesAt } from '../fs/write.js'

export const DEPLOY_DIR = '.deploy'
const HISTORY = `${DEPLOY_DIR}/deployments.json`

const HistoryFileSchema = z.looseObject({ schema: z.literal(1), deployments: z.array(DeploymentRecordSchema) })

export class LocalDeploymentHistory implements DeploymentHistory {
  readonly kind = 'local'
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly creator: string | null = null
  ) {}

  get label(): string {
    return this.dir
  }

  async create(d: NewDeployment): Promise<DeploymentRecord> {
    const all = await this.read()
    const record: DeploymentRecord = { id: all.reduce((m, x) => Math.max(m, x.id), 0) + 1, environment: d.environment, ref: d.ref, payload: d.payload, creator: this.creator, description: d.description, created_at: this.now().toISOString(), statuses: [] }
    all.push(record)
    await this.write(all, [d.environment])
    return record
  }

  async setStatus(id: number, u: StatusUpdate): Promise<void> {
    const all = await this.read()
    const d = all.find((x) => x.id === id)
    if (!d) throw new Error(`${this.dir}: no deployment ${id}`)
    const at = this.now().toISOString()
    const entry = (state: StatusUpdate['state'], description: string) => ({ state, description, at, log_url: u.logUrl ?? null, environment_url: u.environmentUrl ?? null })
    if (u.state === 'success') for (const o of supersededBy(all, d)) all.find((x) => x.id === o)!.statuses.push({ ...entry('inactive', `superseded by deployment ${id}`), log_url: null, environment_url: null })
    d.statuses.push(entry(u.state, u.description))
    await this.write(all, [d.environment])
  }

  async list(environment: string | null): Promise<DeploymentRecord[]> {
    return (await this.read()).filter((d) => environment === null || d.environment === environment).sort((a, b) => b.id - a.id)
  }

  async current(environment: string, component: string): Promise<EnvironmentPointer | null> {
    return currentPointer(await this.read(), environment, component)
  }

  private recovered = false

  private async read(): Promise<DeploymentRecord[]> {
    // A write interrupted by a crash is undone (or finished) before anything is read.
    if (!this.recovered && (await fs.stat(this.dir).catch(() => null))?.isDirectory()) await recoverInterrupted(this.dir)
    this.recovered = true
    const file = path.join(this.dir, HISTORY)
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw new Error(`${file}: cannot read: ${(err as Error).message}`)
    }
    return parseJsonAs(HistoryFileSchema, text, file, 'deployment history').deployments
  }

  /** The history and the pointer files of `environments`, as one change. */
  private async write(all: DeploymentRecord[], environments: string[]): Promise<void> {
    const files = [{ path: HISTORY, content: JSON.stringify({ schema: 1, deployments: all }, null, 2) + '\n' }]
    for (const env of environments) {
      const components = [...new Set(all.filter((d) => d.environment === env).map((d) => d.payload.component))].sort()
      const pointers = Object.fromEntries(components.map((c) => [c, currentPointer(all, env, c)]).filter(([, p]) => p !== null))
      files.push({ path: `${DEPLOY_DIR}/environments/${env}.json`, content: JSON.stringify({ schema: 1, environment: env, components: pointers }, null, 2) + '\n' })
    }
    await writeFilesAt(this.dir, files)
  }
}
