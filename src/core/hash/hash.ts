/**
 * manifest_hash = "sha256:" + hex(SHA-256(UTF-8 bytes of the RFC 8785 canonical JSON of the
 * parsed TOML document)). It covers every key and value of the document; comments, white space,
 * key order, inline-table vs `[table]` form and CRLF line endings do not change it.
 */
import { parseToml, type TomlTable } from '../manifest/toml.js'
import { canonicalJson } from './jcs.js'
import { sha256Hex } from './digest.js'

export const HASH_PREFIX = 'sha256:'

/** `sha256:<64 lowercase hex>` of the UTF-8 bytes of `text` (already canonical JSON). */
export function digestCanonical(text: string): string {
  return HASH_PREFIX + sha256Hex(text)
}

/** The manifest_hash of a parsed document. Throws DiagnosticError (`invalid-value`) for nan/inf. */
export function manifestHash(doc: TomlTable, file?: string): string {
  return digestCanonical(canonicalJson(doc, file))
}

/** parseToml + manifestHash. Throws only DiagnosticError. */
export function hashText(text: string, file: string): string {
  return manifestHash(parseToml(text, file), file)
}
