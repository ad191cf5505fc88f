/** Loads and validates a project from disk: the fs adapter feeding the pure two-stage core. */
import { completeProject, filesNeeded, readManifest, type ProjectResult } from '../project/project.js'
import { DEFAULT_CONFIG } from '../config/config.js'
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js'
import { loadConfig } from './config.js'
import { locateManifest, readSnapshot, readText } from './fs.js'

/**
 * validate: the manifest, then every package manifest and UI crate it points at. `names`: the
 * package manifest file names to try (modules-rebuild.toml `codegen.package_manifests`).
 */
export async function loadProject(root: string, manifest?: string, names?: readonly string[]): Promise<ProjectResult> {
  const loc = await locateManifest(root, manifest)
  const stage = readManifest(loc.file, await readText(loc.absolute, loc.file))
  const files = await readSnapshot(loc.root, filesNeeded(stage, names))
  return completeProject(stage, files, names)
}

/** `validate`: the config (for package manifest names, and its own findings) plus the project. */
export async function validateOnDisk(root: string, manifest?: string): Promise<ProjectResult> {
  const { config, diagnostics } = await loadConfig(root)
  const project = await loadProject(root, manifest, (config ?? DEFAULT_CONFIG).codegen.package_manifests)
  if (!diagnostics.length) return project
  const all = sortDiagnostics([...diagnostics, ...project.diagnostics])
  return { ...project, ok: project.ok && !hasErrors(all), diagnostics: all }
}
