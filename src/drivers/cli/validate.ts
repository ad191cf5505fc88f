import path from 'node:path'
import { validateOnDisk } from '../../app/project.js'
import { jsonReport, renderText, summaryLine } from '../../core/diagnostics/render.js'
import { COMMON, type Command } from './command.js'

export const validateCommand: Command = {
  usage: 'modules-rebuild validate [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'Check modules.toml and every package manifest it points at; report all problems at once.',
  options: { ...COMMON },
  async run(values, io) {
    const result = await validateOnDisk(path.resolve(io.cwd, String(values.root)), String(values.manifest))
    if (values.format === 'json') {
      io.stdout(jsonReport(result.ok, result.manifestHash, result.diagnostics))
    } else {
      for (const d of result.diagnostics) io.stderr(renderText(d))
      const modules = result.manifest ? Object.keys(result.manifest.modules).length : 0
      if (result.ok) io.stdout(`ok: ${modules} modules, ${result.packages.size} package manifests (${summaryLine(result.diagnostics)})\nmanifest_hash: ${result.manifestHash}`)
      else io.stderr(`invalid: ${summaryLine(result.diagnostics)}`)
    }
    return result.ok ? 0 : 1
  }
}
