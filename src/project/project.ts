/**
 * Validation of a whole project, pure and in two stages so the adapter can read exactly the files
 * the manifest points at: readManifest → filesNeeded (the adapter reads them) → completeProject.
 */
import { DiagnosticError, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { manifestHash } from '../hash/hash.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { checkPackages, wantedFiles, type FileSnapshot, type LoadedPackage } from '../manifest/packages.js'
import type { Manifest } from '../manifest/schema.js'
import { validateManifest } from '../manifest/validate.js'

export interface ManifestStage {
  doc: TomlDocument | null
  manifest: Manifest | null
  manifestHash: string | null
  diagnostics: Diagnostic[]
}

export interface ProjectResult {
  ok: boolean
  manifest: Manifest | null
  manifestHash: string | null
  packages: Map<string, LoadedPackage>
  diagnostics: Diagnostic[]
}

export function readManifest(file: string, text: string): ManifestStage {
  let doc: TomlDocument
  try {
    doc = readDocument(file, text)
  } catch (err) {
    if (err instanceof DiagnosticError) return { doc: null, manifest: null, manifestHash: null, diagnostics: err.diagnostics }
    throw err
  }
  const { manifest, diagnostics } = validateManifest(doc)
  let hash: string | null = null
  try {
    hash = manifestHash(doc.data)
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    diagnostics.push(...err.diagnostics)
  }
  return { doc, manifest, manifestHash: hash, diagnostics }
}

/** `names`: package manifest file names to try (modules-rebuild.toml `codegen.package_manifests`). */
export function filesNeeded(stage: ManifestStage, names?: readonly string[]): string[] {
  return stage.manifest ? wantedFiles(stage.manifest, names) : []
}

export function completeProject(stage: ManifestStage, files: FileSnapshot, names?: readonly string[]): ProjectResult {
  const diagnostics = [...stage.diagnostics]
  let packages = new Map<string, LoadedPackage>()
  if (stage.doc && stage.manifest) {
    const checked = checkPackages(stage.doc, stage.manifest, files, names)
    packages = checked.packages
    diagnostics.push(...checked.diagnostics)
  }
  const sorted = sortDiagnostics(diagnostics)
  return { ok: stage.manifest !== null && !hasErrors(sorted), manifest: stage.manifest, manifestHash: stage.manifestHash, packages, diagnostics: sorted }
}
