import { promises as fs } from 'node:fs'
import path from 'node:path'
import { loadConfig } from '../../app/config.js'
import { readSnapshot } from '../../adapters/fs/fs.js'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { changedWorkflows, CONFIG_FILE, checkWorkflowsOnDisk, defaultBaseFeatures, detectDockerfiles, detectPreset, initialConfig, planFromConfig, planWorkflowsOnDisk, writeWorkflows } from '../../app/workflows.js'
import { applyChanges, makeDirectory, recoverInterrupted } from '../../adapters/fs/write.js'
import { gatesModules } from '../../core/codegen/features.js'
import { DEFAULT_CONFIG, readConfig } from '../../core/config/config.js'
import { APP_DEFAULTS } from '../../core/config/constants.js'
import { addImages, setWorkflowsPins } from '../../core/workflows/init-edit.js'
import { hasErrors } from '../../core/diagnostics/diagnostic.js'
import { jsonReport, renderText, summaryLine } from '../../core/diagnostics/render.js'
import { GENERATE_COMMAND } from '../../core/actions/constants.js'
import type { Command } from './command.js'
import { TARGETS, type TargetName } from '../../core/values/values.js'

const ROOT = { root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' } } as const

export const workflowsCommand: Command = {
  usage: 'modules-rebuild workflows generate|check [--root DIR] [--format text|json]',
  summary: 'Write (generate) or compare (check) .github/workflows/modules-rebuild.yml (plan, build, publish, deploy), modules-change.yml, modules-rollback.yml and modules-prune.yml from modules-rebuild.toml [workflows]; check prints a unified diff and the fix.',
  options: { ...ROOT },
  positionals: true,
  async run(values, io, positionals) {
    const [sub, ...extra] = positionals
    if ((sub !== 'generate' && sub !== 'check') || extra.length) throw new ArgumentError(`workflows takes one subcommand, generate or check (got ${positionals.join(' ') || 'none'})`)
    const root = path.resolve(io.cwd, String(values.root))
    // Without modules-rebuild.toml the missing [workflows] action is best fixed by init.
    const noConfig = !(await fs.stat(path.join(root, CONFIG_FILE)).then(() => true, () => false))
    const initHint = <T extends { rule: string; hint: string | null }>(d: T): T =>
      noConfig && d.rule === 'config-invalid-action' ? { ...d, hint: `${CONFIG_FILE} does not exist in ${root}: run \`modules-rebuild init --action OWNER/REPO@<40-hex commit> --action-version vX.Y.Z${values.root === '.' ? '' : ` --root ${String(values.root)}`}\` to write it and the workflows.` } : d
    if (sub === 'generate') {
      await recoverInterrupted(root)
      const planned = await planWorkflowsOnDisk(root)
      const ctx = { ...planned, diagnostics: planned.diagnostics.map(initHint) }
      const result = ctx.planned && !hasErrors(ctx.diagnostics) ? await writeWorkflows(root, ctx.planned) : { written: [], unchanged: [] }
      const ok = !hasErrors(ctx.diagnostics)
      if (values.format === 'json') io.stdout(jsonReport(ok, null, ctx.diagnostics, result))
      else {
        for (const d of ctx.diagnostics) io.stderr(renderText(d))
        for (const f of result.written) io.stdout(`wrote ${f}`)
        io.stdout(`${result.written.length} written, ${result.unchanged.length} unchanged (${summaryLine(ctx.diagnostics)})`)
      }
      return ok ? 0 : 1
    }
    const checked = await checkWorkflowsOnDisk(root)
    const r = { ...checked, diagnostics: checked.diagnostics.map(initHint) }
    const ok = !hasErrors(r.diagnostics)
    const fix = values.root === '.' ? GENERATE_COMMAND : `${GENERATE_COMMAND} --root ${String(values.root)}`
    if (values.format === 'json') io.stdout(jsonReport(ok, null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null }))
    else {
      for (const d of r.diagnostics) io.stderr(renderText(d))
      for (const s of r.stale) io.stdout(s.diff)
      if (r.stale.length) io.stderr(`${r.stale.length} workflow${r.stale.length === 1 ? ' is' : 's are'} stale; fix: ${fix}`)
      else if (ok) io.stdout('workflows are up to date')
    }
    return ok ? 0 : 1
  }
}

export const initCommand: Command = {
  usage: 'modules-rebuild init --action OWNER/REPO@SHA --action-version vX.Y.Z [--root DIR]',
  summary: `Write ${CONFIG_FILE} (if absent, codegen preset "rustok" when apps/server/build.rs generates RusToK's registry; when it exists, --action / --action-version set its [workflows] pins surgically) and the workflows, all or nothing. --action pins the modules-rebuild action the workflows call (needed unless the config already sets it).`,
  options: { root: { type: 'string', default: '.' }, action: { type: 'string' }, 'action-version': { type: 'string' } },
  async run(values, io) {
    const root = path.resolve(io.cwd, String(values.root))
    const action = typeof values.action === 'string' ? values.action : undefined
    const version = typeof values['action-version'] === 'string' ? values['action-version'] : undefined
    await makeDirectory(root)
    await recoverInterrupted(root)
    // loadConfig refuses a config that exists but cannot be read (a directory, a link out of the root).
    await loadConfig(root)
    const existing = (await readSnapshot(root, [CONFIG_FILE])).get(CONFIG_FILE) ?? null
    const images = await detectDockerfiles(root)
    let text: string
    const notes: string[] = []
    if (existing === null) {
      if (action === undefined || version === undefined) {
        throw new ArgumentError(`init needs --action OWNER/REPO@<40-hex commit> and --action-version vX.Y.Z to write ${CONFIG_FILE} (the workflows call that pinned action)`)
      }
      const preset = await detectPreset(root)
      // Only an app whose build passes --no-default-features (one that gates modules) needs base features.
      const prefix = DEFAULT_CONFIG.codegen.feature_prefix
      const cargo = await readSnapshot(root, TARGETS.map((app) => APP_DEFAULTS[app].cargo_toml))
      const base: Partial<Record<TargetName, string[]>> = {}
      for (const app of TARGETS) {
        const cargoText = cargo.get(APP_DEFAULTS[app].cargo_toml) ?? null
        base[app] = gatesModules(app, 'auto', prefix, cargoText) ? defaultBaseFeatures(cargoText, prefix) : []
      }
      text = initialConfig(action, version, preset, base, images)
      notes.push(`wrote ${CONFIG_FILE}${preset === 'rustok' ? ' (codegen preset "rustok": apps/server/build.rs generates RusToK\'s registry files)' : ''}`)
      for (const i of images) notes.push(`  [images.${i.target}] dockerfile = ${i.dockerfile} (found; its image is built in the build job and pushed by publish)`)
      for (const app of TARGETS) if (base[app]!.length) notes.push(`  [features] base_features.${app} = ${base[app]!.join(', ')} (the non-module features of ${APP_DEFAULTS[app].cargo_toml} [features] default)`)
    } else {
      const edit = setWorkflowsPins(existing, CONFIG_FILE, { ...(action !== undefined ? { action } : {}), ...(version !== undefined ? { action_version: version } : {}) })
      if (!edit.ok) {
        for (const d of edit.diagnostics) io.stderr(renderText(d))
        return 1
      }
      const withImages = addImages(edit.text, CONFIG_FILE, images)
      if (!withImages.ok) {
        for (const d of withImages.diagnostics) io.stderr(renderText(d))
        return 1
      }
      text = withImages.text
      if (!edit.changed.length && !withImages.changed.length) io.stdout(`${CONFIG_FILE} exists; kept as it is`)
      if (edit.changed.length) notes.push(`${CONFIG_FILE}: set [workflows] ${edit.changed.join(', ')}`)
      if (withImages.changed.length) notes.push(`${CONFIG_FILE}: added ${withImages.changed.map((c) => `[${c}]`).join(', ')} for ${images.map((i) => i.dockerfile).join(', ')}`)
    }
    const { config, diagnostics } = readConfig(text)
    const plan = config ? planFromConfig(config) : { planned: null, diagnostics: [] }
    const all = [...diagnostics, ...plan.diagnostics]
    for (const d of all) io.stderr(renderText(d))
    if (!plan.planned || hasErrors(all)) {
      if (text !== existing) io.stderr(`nothing written: ${CONFIG_FILE} as it would be written has errors`)
      return 1
    }
    const changed = await changedWorkflows(root, plan.planned)
    const { written } = await applyChanges(root, [...(text !== existing ? [{ path: CONFIG_FILE, content: text }] : []), ...changed])
    for (const f of written) {
      if (f === CONFIG_FILE && notes.length) notes.forEach((n) => io.stdout(n))
      else io.stdout(`wrote ${f}`)
    }
    // The PR check and the plan refuse stale registry code: generate it first (it changes nothing when it is fresh).
    io.stdout(`next: modules-rebuild generate${values.root === '.' ? '' : ` --root ${String(values.root)}`}, then commit the files; the workflow plans and builds on pushes that change modules.toml`)
    return 0
  }
}
