import * as core from '@actions/core'
import path from 'node:path'
import { stageArtifact } from '../../../app/stage.js'
import { group, info } from '../log.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'

/**
 * stage: copies the built files into one directory with build-info.json (schema 2), what the
 * artifact upload packs and publish reads (src/app/stage.ts, shared with the CLI's `stage`).
 * Outputs `dir` and `build_info`.
 */
export async function stage({ inputs, root }: ActionContext<InputsOf<'stage'>>): Promise<void> {
  const s = inputs.stage
  const out = path.resolve(root, s.out ?? path.join(process.env.RUNNER_TEMP ?? root, 'modules-rebuild-artifact'))
  const staged = await group('Stage the artifact', () =>
    stageArtifact({
      root,
      out,
      paths: s.paths,
      target: s.target,
      buildKey: s.buildKey,
      artifact: s.artifact,
      manifestHash: s.manifestHash,
      releaseId: s.releaseId,
      image: s.image ?? null,
      startedAt: s.startedAt ?? null,
      log: info
    })
  )
  core.setOutput('dir', out)
  core.setOutput('build_info', staged.infoPath)
  info(`Staged ${staged.buildInfo.files.length} file(s), ${staged.bytes} bytes, for ${s.target} (${s.artifact}) in ${out}`)
}
