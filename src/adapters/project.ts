/** Loads and validates a project from disk: the fs adapter feeding the pure two-stage core. */
import { completeProject, filesNeeded, readManifest, type ProjectResult } from '../project/project.js'
import { locateManifest, readSnapshot, readText } from './fs.js'

/** validate: the manifest, then every package manifest and UI crate it points at. */
export async function loadProject(root: string, manifest?: string): Promise<ProjectResult> {
  const loc = await locateManifest(root, manifest)
  const stage = readManifest(loc.file, await readText(loc.absolute, loc.file))
  const files = await readSnapshot(loc.root, filesNeeded(stage))
  return completeProject(stage, files)
}
