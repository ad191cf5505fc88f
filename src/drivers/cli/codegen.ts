import path from 'node:path'
import type { FeatureSet } from '../../core/codegen/features.js'
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js'
import { preexistingLine } from '../../core/diagnostics/compare.js'
import { jsonReport, renderText, summaryLine } from '../../core/diagnostics/render.js'
import { COMMON, type CliIo, type Command } from './command.js'
import { checkOnDisk, fixCommand, generateOnDisk } from '../../app/codegen.js'

function featureLines(sets: Record<string, FeatureSet> | undefined): string[] {
  return Object.entries(sets ?? {})
    .filter(([, s]) => s.enabled)
    .map(([app, s]) => `${app} features (${s.mode}): ${s.features.join(', ') || '(none)'}${s.cargoArgs.length ? `  → cargo ${s.cargoArgs.join(' ')}` : ''}`)
}

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(renderText(d))
}

const ok = (diagnostics: readonly Diagnostic[]) => !diagnostics.some((d) => d.severity === 'error')

export const generateCommand: Command = {
  usage: 'modules-rebuild generate [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'Write the registry code and the Cargo feature regions modules.toml generates (only files whose content changed). An invalid manifest writes nothing (exit 1). Exit 0 when it wrote what the manifest generates and introduced no error: findings the tree had before are reported as such, not failed.',
  options: { ...COMMON },
  async run(values, io) {
    const root = String(values.root)
    const r = await generateOnDisk(path.resolve(io.cwd, root), String(values.manifest))
    const before = preexistingLine(r.preexisting)
    if (values.format === 'json') {
      io.stdout(jsonReport(r.ok, r.project?.manifestHash ?? null, r.diagnostics, { written: r.written, unchanged: r.unchanged, preexisting: r.preexisting.length, features: r.plan?.featureSets ?? null }))
    } else {
      printDiagnostics(io, r.diagnostics)
      if (!r.written.length && !r.unchanged.length) io.stderr(`nothing written: ${summaryLine(r.diagnostics)}`)
      else {
        for (const f of r.written) io.stdout(`wrote ${f}`)
        io.stdout(`${r.written.length} written, ${r.unchanged.length} unchanged (${summaryLine(r.diagnostics)}${before ? `; ${before}` : ''})`)
        for (const line of featureLines(r.plan?.featureSets)) io.stdout(line)
      }
    }
    // Exit 0 when generate did its job: findings the tree already had do not turn it into a failure.
    return r.ok ? 0 : 1
  }
}

export const checkCommand: Command = {
  usage: 'modules-rebuild check [--root DIR] [--manifest FILE] [--format text|json]',
  summary: 'Regenerate in memory and compare with the checkout (line endings ignored): exit 1 with a unified diff per stale file and the command that fixes it. allow_dirty in modules-rebuild.toml is the escape hatch.',
  options: { ...COMMON },
  async run(values, io) {
    const root = String(values.root)
    const r = await checkOnDisk(path.resolve(io.cwd, root), String(values.manifest))
    const success = ok(r.diagnostics)
    const fix = fixCommand(root, String(values.manifest), r.stale)
    if (values.format === 'json') {
      io.stdout(jsonReport(success, r.project?.manifestHash ?? null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null, features: r.plan?.featureSets ?? null }))
    } else {
      printDiagnostics(io, r.diagnostics)
      for (const s of r.stale) io.stdout(s.diff)
      for (const line of featureLines(r.plan?.featureSets)) io.stdout(line)
      if (r.stale.length) io.stderr(`${r.stale.length} generated file${r.stale.length === 1 ? ' is' : 's are'} stale; fix: ${fix}`)
      else if (success) io.stdout(`generated files are up to date (${summaryLine(r.diagnostics)})`)
    }
    return success ? 0 : 1
  }
}
