/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits: the one digest of text that the
 * commands compute (manifest_hash, release ids, configuration hashes).
 */
import { createHash } from 'node:crypto'

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
