import * as core from '@actions/core'
import { info, setFailed } from '../log.js'
import { locateManifest, readManifestText } from '../../../adapters/fs/fs.js'
import { DiagnosticError } from '../../../core/diagnostics/diagnostic.js'
import { explainHash, renderExplanation } from '../../../core/hash/explain.js'
import { manifestHash } from '../../../core/hash/hash.js'
import { parseToml } from '../../../core/manifest/toml.js'
import { annotate, escapeCode, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'

export async function hash({ inputs, root, where }: ActionContext<InputsOf<'hash'>>): Promise<void> {
  const read = async (file: string) => {
    const loc = await locateManifest(root, file, 'allow')
    return parseToml(await readManifestText(loc), loc.file)
  }
  try {
    const doc = await read(inputs.manifest)
    const value = manifestHash(doc)
    core.setOutput('manifest_hash', value)
    core.setOutput('valid', 'true')
    info(value)
    core.summary.addHeading('modules-rebuild: manifest_hash', 2).addRaw(`<p><code>${value}</code></p>`, true)
    if (inputs.against) {
      const text = renderExplanation(explainHash(doc, await read(inputs.against)))
      info(text)
      core.summary.addCodeBlock(escapeCode(text))
    }
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    core.setOutput('valid', 'false')
    core.setOutput('manifest_hash', '')
    summarizeDiagnostics(err.diagnostics, annotate(err.diagnostics, where), where)
    setFailed(`${inputs.manifest} cannot be hashed: ${err.message}`)
  }
}
