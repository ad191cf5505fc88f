/** Shared by the plan tests: temporary copies of examples/shop in real git repositories. */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { filesForGeneration, planGeneration } from '../src/core/codegen/generate.js'
import { packageLookup, readConfig } from '../src/core/config/config.js'
import { completeProject, filesNeeded, readManifest } from '../src/core/project/project.js'

export const SHOP = path.join(process.cwd(), 'examples', 'shop')

const made: string[] = []

export function tempDir(label = 'plan'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `modules-rebuild-${label}-`))
  made.push(dir)
  return dir
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
}

const GIT_ENV = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() }
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(AUTHOR|COMMITTER)_|^GIT_CONFIG_NOSYSTEM$/.test(k)) delete env[k]
  return env
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV(), encoding: 'utf8' }).trim()
}

const readOrNull = (file: string): string | null => (existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null)
const snapshot = (root: string, files: readonly string[]) => new Map(files.map((f) => [f, readOrNull(path.join(root, f))]))

/** Writes what modules.toml generates (registry files, managed feature regions): `modules-rebuild generate`. */
export function regenerate(root: string): void {
  const { config } = readConfig(readOrNull(path.join(root, 'modules-rebuild.toml')))
  if (!config) throw new Error(`bad modules-rebuild.toml in ${root}`)
  const stage = readManifest('modules.toml', readFileSync(path.join(root, 'modules.toml'), 'utf8'))
  const lookup = packageLookup(config)
  const project = completeProject(stage, snapshot(root, filesNeeded(stage, lookup)), lookup)
  const plan = planGeneration({ project, config, files: snapshot(root, filesForGeneration(config)) })
  for (const f of plan.files) {
    mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true })
    writeFileSync(path.join(root, f.path), f.content)
  }
}

export function commitAll(root: string, message: string): string {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', message)
  return git(root, 'rev-parse', 'HEAD')
}

/** A fresh copy of examples/shop, regenerated, in a new git repository with one commit. */
export function shopRepo(opts: { git?: boolean; config?: string } = {}): string {
  const root = path.join(tempDir('shop'), 'shop')
  cpSync(SHOP, root, { recursive: true, filter: (src) => !src.split(path.sep).includes('target') })
  if (opts.config !== undefined) writeFileSync(path.join(root, 'modules-rebuild.toml'), opts.config)
  regenerate(root)
  if (opts.git !== false) {
    git(root, 'init', '-q', '-b', 'main')
    commitAll(root, 'shop')
  }
  return root
}

export const read = (root: string, rel: string) => readFileSync(path.join(root, rel), 'utf8')
export const write = (root: string, rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  writeFileSync(path.join(root, rel), text)
}

/** What a publish would record: one release-manifest.json per component, in a local store. */
export async function publishPlan(storeDir: string, plan: import('../src/core/plan/schema.js').ReleasePlan): Promise<void> {
  const { publishLocal } = await import('../src/adapters/store/local.js')
  for (const c of plan.components) {
    await publishLocal(storeDir, {
      schema: 1,
      release_id: c.release_id,
      manifest_hash: plan.manifest_hash,
      source_commit: plan.source_commit,
      profile: plan.profile,
      artifacts: c.targets.map((t) => ({ target: t, build_key: plan.targets[t]!.build_key, name: plan.targets[t]!.artifact.name }))
    })
  }
}

/** Build keys by target. */
export const keysOf = (plan: import('../src/core/plan/schema.js').ReleasePlan): Record<string, string> =>
  Object.fromEntries(Object.entries(plan.targets).map(([t, x]) => [t, (x as { build_key: string }).build_key]))
