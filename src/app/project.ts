/** Loads and validates a project from disk: the fs adapter feeding the pure two-stage core. */
import { completeProject, fileGroupsNeeded, readManifest, type ProjectResult } from '../core/project/project.js'
import { DEFAULT_CONFIG, packageLookup } from '../core/config/config.js'
import type { PackageLookup } from '../core/manifest/package-schema.js'
import { hasErrors, sortDiagnostics } from '../core/diagnostics/diagnostic.js'
import { loadConfig } from './config.js'
import { locateManifest, openSnapshot, readManifestText, type Snapshot } from '../adapters/fs/fs.js'

/**
 * validate: the manifest, then every package manifest and UI crate it points at. `lookup`: where
 * package manifests are (modules-rebuild.toml `codegen.package_manifests` / `package_dir`).
 * `snapshot`: the command's reader of the root (default: a reader of its own).
 */
export async function loadProject(root: string, manifest?: string, lookup?: PackageLookup, snapshot?: Snapshot): Promise<ProjectResult> {
  const loc = await locateManifest(root, manifest)
  const stage = readManifest(loc.file, await readManifestText(loc))
  const files = await (snapshot ?? openSnapshot(loc.root)).readFirstOf(fileGroupsNeeded(stage, lookup))
  return completeProject(stage, files, lookup)
}

/** `validate`: the config (for package manifest names, and its own findings) plus the project. */
export async function validateOnDisk(root: string, manifest?: string): Promise<ProjectResult> {
  const { config, diagnostics } = await loadConfig(root)
  const project = await loadProject(root, manifest, packageLookup(config ?? DEFAULT_CONFIG))
  if (!diagnostics.length) return project
  const all = sortDiagnostics([...diagnostics, ...project.diagnostics])
  return { ...project, ok: project.ok && !hasErrors(all), diagnostics: all }
}
