/**
 * `build` and `stage` on the command line: the same steps as the action's `command: build` and
 * `command: stage`, driven by release-plan.json (one matrix entry, chosen with --target), so a
 * local run (and `npm run demo`) goes plan → build → stage → publish like the workflow.
 */
import path from 'node:path'
import { runStreaming } from '../../adapters/process/stream.js'
import { readReleasePlan } from '../../app/plan-file.js'
import { stageArtifact } from '../../app/stage.js'
import { imageRepositoryProblem } from '../../core/config/images.js'
import { ArgumentError, IoError, ToolError } from '../../core/diagnostics/errors.js'
import { shellQuote } from '../../core/plan/command.js'
import type { ReleasePlan } from '../../core/plan/schema.js'
import type { Command } from './command.js'

type Entry = ReleasePlan['matrix']['include'][number]

async function entry(values: Record<string, string | boolean | undefined>, cwd: string, command: string): Promise<{ plan: ReleasePlan; entry: Entry | null }> {
  if (typeof values.plan !== 'string' || typeof values.target !== 'string') throw new ArgumentError(`${command} needs --plan release-plan.json and --target TARGET`)
  const plan = await readReleasePlan(path.resolve(cwd, values.plan))
  return { plan, entry: plan.matrix.include.find((m) => m.target === values.target) ?? null }
}

function notInMatrix(plan: ReleasePlan, target: string): string {
  const inMatrix = plan.matrix.include.map((m) => m.target)
  return `target '${target}' is not in the plan's build matrix (${inMatrix.length ? inMatrix.join(', ') : 'nothing to build'}): ${target in plan.targets ? 'an existing release already holds its build key' : 'no such target'}`
}

export const buildCommand: Command = {
  usage: 'modules-rebuild build --plan release-plan.json --target TARGET [--root DIR] [--offline]',
  summary:
    "Run the plan's build command for one target of the matrix (argv without a shell, the plan's env on top of yours; --offline adds CARGO_NET_OFFLINE=true), streaming cargo's output. Exit: the command's exit code; 2 when the target is not in the matrix.",
  options: { plan: { type: 'string' }, target: { type: 'string' }, root: { type: 'string', default: '.' }, offline: { type: 'boolean', default: false } },
  async run(values, io) {
    const { plan, entry: m } = await entry(values, io.cwd, 'build')
    if (!m) throw new ArgumentError(notInMatrix(plan, String(values.target)))
    const root = path.resolve(io.cwd, String(values.root))
    const env = { ...m.env, ...(values.offline === true ? { CARGO_NET_OFFLINE: 'true' } : {}) }
    io.stderr(`$ ${shellQuote(m.argv)}`)
    const code = await runStreaming(m.argv, env, root, (line) => io.stderr(line))
    if (code !== 0) io.stderr(`error: the build command of ${m.target} exited with code ${code}`)
    return code
  }
}

export const stageCommand: Command = {
  usage: 'modules-rebuild stage --plan release-plan.json --target TARGET --out DIR [--image LAYOUT_DIR --image-repository NAME] [--started-at ISO] [--root DIR] [--format text|json]',
  summary:
    "Copy one target's built files (the plan's artifact path) into DIR with build-info.json (schema 2), hashing each file as it is copied: the artifact publish --artifacts reads (one DIR per artifact name). DIR is emptied first, so it must be a directory of its own. Exit 2 when a file is missing or a path leaves the root.",
  options: { plan: { type: 'string' }, target: { type: 'string' }, out: { type: 'string' }, image: { type: 'string' }, 'image-repository': { type: 'string' }, 'started-at': { type: 'string' }, root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' } },
  async run(values, io) {
    const { plan, entry: m } = await entry(values, io.cwd, 'stage')
    if (!m) throw new ArgumentError(notInMatrix(plan, String(values.target)))
    if (typeof values.out !== 'string') throw new ArgumentError('stage needs --out DIR')
    let image: { layout: string; repository: string } | null = null
    if ((typeof values.image === 'string') !== (typeof values['image-repository'] === 'string')) throw new ArgumentError('--image and --image-repository go together: the OCI image layout the build wrote and the image\'s repository')
    if (typeof values.image === 'string') {
      const problem = imageRepositoryProblem(String(values['image-repository']))
      if (problem) throw new ArgumentError(`--image-repository '${values['image-repository']}' ${problem}`)
      image = { layout: values.image, repository: String(values['image-repository']) }
    }
    const startedAt = typeof values['started-at'] === 'string' ? values['started-at'] : null
    if (startedAt !== null && Number.isNaN(Date.parse(startedAt))) throw new ArgumentError(`--started-at is not an ISO 8601 time: '${startedAt}'`)
    const root = path.resolve(io.cwd, String(values.root))
    const out = path.resolve(io.cwd, values.out)
    const text = values.format !== 'json'
    const staged = await stageArtifact({
      root,
      out,
      paths: m.artifact_path.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== ''),
      target: m.target,
      buildKey: m.build_key,
      artifact: m.artifact,
      manifestHash: plan.manifest_hash,
      releaseId: plan.release_id,
      image,
      startedAt,
      log: (line) => (text ? io.stderr(line) : undefined)
    }).catch((err: unknown) => {
      // A missing build output, a path outside the root, an unusable --out: I/O, exit 2.
      throw err instanceof ToolError ? err : new IoError((err as Error).message)
    })
    if (!text) io.stdout(JSON.stringify({ ok: true, dir: out, build_info: staged.infoPath, ...staged.buildInfo }, null, 2))
    else io.stdout(`staged ${staged.buildInfo.files.length} file(s), ${staged.bytes} bytes, for ${m.target} (${m.artifact}) in ${path.relative(io.cwd, out) || '.'}`)
    return 0
  }
}
