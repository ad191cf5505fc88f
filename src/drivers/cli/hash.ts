import path from 'node:path'
import { locateManifest, readManifestText } from '../../adapters/fs/fs.js'
import { DiagnosticError } from '../../core/diagnostics/diagnostic.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { explainHash, renderExplanation } from '../../core/hash/explain.js'
import { manifestHash } from '../../core/hash/hash.js'
import { parseToml, type TomlTable } from '../../core/manifest/toml.js'
import { COMMON, type Command } from './command.js'

export const hashCommand: Command = {
  usage: 'modules-rebuild hash [--root DIR] [--manifest FILE] [--format text|json] [--explain] [--against FILE]',
  summary: 'Print manifest_hash (sha256 of the canonical JSON of the TOML document). Needs only parseable TOML.',
  options: { ...COMMON, explain: { type: 'boolean', default: false }, against: { type: 'string' } },
  async run(values, io) {
    const root = path.resolve(io.cwd, String(values.root))
    const read = async (manifest: string): Promise<TomlTable> => {
      const loc = await locateManifest(root, manifest, 'allow')
      return parseToml(await readManifestText(loc), loc.file)
    }
    try {
      const doc = await read(String(values.manifest))
      const against = typeof values.against === 'string' ? await read(values.against) : undefined
      const hash = manifestHash(doc)
      const explanation = values.explain || against ? explainHash(doc, against) : null
      if (values.format === 'json') io.stdout(jsonReport(true, hash, [], explanation ? { explain: explanation } : {}))
      else io.stdout(explanation ? renderExplanation(explanation) : hash)
      return 0
    } catch (err) {
      if (!(err instanceof DiagnosticError)) throw err
      if (values.format === 'json') io.stdout(jsonReport(false, null, err.diagnostics))
      else for (const d of err.diagnostics) io.stderr(renderText(d))
      return 1
    }
  }
}
