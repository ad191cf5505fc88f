/**
 * The action entry point: read inputs once, run the command inside a log group, set outputs,
 * annotate, write the job summary. One try/catch at the top turns any failure into setFailed.
 */
import * as core from '@actions/core'
import path from 'node:path'
import { annotate, escapeHtml, summarizeDiagnostics, workspacePath } from './action/report.js'
import { getInputs, type Inputs } from './action/inputs.js'
import { locateManifest, readText, UsageError } from './adapters/fs.js'
import { loadProject } from './adapters/project.js'
import { DiagnosticError } from './diagnostics/diagnostic.js'
import { explainHash, renderExplanation } from './hash/explain.js'
import { manifestHash } from './hash/hash.js'
import { parseToml } from './manifest/toml.js'

export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const root = path.resolve(workspace, inputs.workingDirectory)
    const where = (file: string) => workspacePath(file, root, workspace)
    if (inputs.command === 'validate') await validate(inputs, root, where)
    else await hash(inputs, root, where)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    core.setFailed(err instanceof UsageError ? `input 'working-directory' / 'manifest': ${message}` : message)
  } finally {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  }
}

async function validate(inputs: Inputs, root: string, where: (file: string) => string): Promise<void> {
  const result = await core.group(`Validate ${inputs.manifest}`, () => loadProject(root, inputs.manifest))
  core.setOutput('valid', String(result.ok))
  core.setOutput('manifest_hash', result.manifestHash ?? '')
  const annotated = annotate(result.diagnostics, where)
  core.summary.addHeading(`modules-rebuild: ${escapeHtml(inputs.manifest)} is ${result.ok ? 'valid' : 'invalid'}`, 2)
  if (result.manifestHash) core.summary.addRaw(`<p><code>manifest_hash</code>: <code>${result.manifestHash}</code></p>`, true)
  summarizeDiagnostics(result.diagnostics, annotated, where)
  if (!result.ok) core.setFailed(`${inputs.manifest} is invalid: see the annotations and the job summary`)
}

async function hash(inputs: Inputs, root: string, where: (file: string) => string): Promise<void> {
  const read = async (file: string) => {
    const loc = await locateManifest(root, file)
    return parseToml(await readText(loc.absolute, loc.file), loc.file)
  }
  try {
    const doc = await read(inputs.manifest)
    const value = manifestHash(doc)
    core.setOutput('manifest_hash', value)
    core.setOutput('valid', 'true')
    core.info(value)
    core.summary.addHeading('modules-rebuild: manifest_hash', 2).addRaw(`<p><code>${value}</code></p>`, true)
    if (inputs.against) {
      const text = renderExplanation(explainHash(doc, await read(inputs.against)))
      core.info(text)
      core.summary.addCodeBlock(text)
    }
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    core.setOutput('valid', 'false')
    core.setOutput('manifest_hash', '')
    summarizeDiagnostics(err.diagnostics, annotate(err.diagnostics, where), where)
    core.setFailed(`${inputs.manifest} cannot be hashed: ${err.message}`)
  }
}
