/**
 * Validation of a whole project, pure and in two stages so the adapter can read exactly the files
 * the manifest points at: readManifest → filesNeeded (the adapter reads them) → completeProject.
 */
import { DiagnosticError, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { manifestHash } from '../hash/hash.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { checkPackages, wantedFileGroups, wantedFiles, type FileSnapshot, type LoadedPackage } from '../manifest/packages.js'
import type { PackageLookup } from '../manifest/package-schema.js'
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
  /** Vendored package manifests that do not exist (codegen-package-missing): not a validation finding, but code generation cannot go on without them. */
  missingPackages: Diagnostic[]
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

/** `lookup`: where package manifests are (modules-rebuild.toml `codegen.package_manifests` / `package_dir`). */
export function filesNeeded(stage: ManifestStage, lookup?: PackageLookup): string[] {
  return stage.manifest ? wantedFiles(stage.manifest, lookup) : []
}

/** filesNeeded in groups of alternatives: of each group only the first file that exists is needed (the adapter's readFirstOf). */
export function fileGroupsNeeded(stage: ManifestStage, lookup?: PackageLookup): string[][] {
  return stage.manifest ? wantedFileGroups(stage.manifest, lookup) : []
}

export function completeProject(stage: ManifestStage, files: FileSnapshot, lookup?: PackageLookup): ProjectResult {
  const diagnostics = [...stage.diagnostics]
  let packages = new Map<string, LoadedPackage>()
  let missingPackages: Diagnostic[] = []
  if (stage.doc && stage.manifest) {
    const checked = checkPackages(stage.doc, stage.manifest, files, lookup)
    packages = checked.packages
    missingPackages = checked.missing
    diagnostics.push(...checked.diagnostics)
  }
  const sorted = sortDiagnostics(diagnostics)
  return { ok: stage.manifest !== null && !hasErrors(sorted), manifest: stage.manifest, manifestHash: stage.manifestHash, packages, diagnostics: sorted, missingPackages }
}
