/** Content digests (`algorithm:hex`) of exact bytes: computing and checking them. */
import { createHash } from 'node:crypto'
import { isDigest } from './digest-format.js'

export { DIGEST_PATTERN, isDigest } from './digest-format.js'

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** The digest of `bytes` computed with the algorithm of `expected`. */
export function digestWith(expected: string, bytes: Uint8Array): string {
  if (!isDigest(expected)) throw new Error(`not a digest: ${JSON.stringify(expected)}`)
  const algorithm = expected.slice(0, expected.indexOf(':'))
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** Throws when `bytes` do not hash to `expected`; `what` names the content in the message. */
export function verifyDigest(bytes: Uint8Array, expected: string, what: string): void {
  const actual = digestWith(expected, bytes)
  if (actual !== expected) throw new Error(`${what}: digest mismatch: expected ${expected}, content hashes to ${actual}`)
}
