/**
 * SHA-256 and SHA-1 of what the commands hash in memory, computed the same way by every command: manifest_hash,
 * release ids and configuration hashes (SHA-256 of text), git object ids (SHA-1, or SHA-256 in a
 * SHA-256 repository).
 *
 * They run digest.wat, a 2 KB WebAssembly module, not node:crypto: loading node:crypto costs each
 * command ~8 ms of its start-up (36 internal modules, the streams among them), more than all of
 * `hash`'s own work; the module compiles in about a millisecond, where JavaScript would run cold
 * in the interpreter. Where WebAssembly is unavailable (`--jitless`), node:crypto computes the same
 * digests. The tests hold both to the FIPS 180-4 examples and to each other on arbitrary input.
 * Inputs over 2 MB go to node:crypto here too; release assets and image layers are hashed by
 * node:crypto as streams elsewhere.
 */
import { createRequire } from 'node:module'
import { DIGEST_WASM } from './digest.wasm.generated.js'

export type DigestAlgorithm = 'sha1' | 'sha256'

/** Where the message starts in the module's memory, and where the digest is written (digest.wat). */
const MESSAGE = 1024
const OUT = 256
const SIZE: Record<DigestAlgorithm, number> = { sha1: 20, sha256: 32 }
const PAGE = 65536
/**
 * Inputs longer than this (UTF-16 units of text plus bytes) go to node:crypto: past ~2 MB its native
 * code has made up for its loading (measured: 5 MB in 43 ms here, 33 ms there, loading included),
 * and the module's memory, which never shrinks, stays small.
 */
const LARGE = 2 * 1024 * 1024

/** What this uses of the WebAssembly API (its types are in TypeScript's DOM library only). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: object }
}

interface DigestModule {
  memory: { buffer: ArrayBuffer; grow: (pages: number) => number }
  sha1: (len: number) => void
  sha256: (len: number) => void
}

let instance: DigestModule | null | undefined
let crypto: typeof import('node:crypto') | undefined

/** node:crypto, loaded only without WebAssembly or for a large input (a builtin resolves from any absolute path, '/' on every platform). */
const nodeCrypto = () => (crypto ??= createRequire('/')('node:crypto') as typeof import('node:crypto'))

function wasm(): DigestModule | null {
  if (instance === undefined) {
    const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly
    try {
      instance = api ? (new api.Instance(new api.Module(Buffer.from(DIGEST_WASM, 'base64'))).exports as DigestModule) : null // none under `--jitless`
    } catch {
      instance = null // refused, e.g. by a policy
    }
  }
  return instance
}

/** The module's memory as a Buffer; a new one after the memory grows (the old one is then detached). */
let view: Buffer | null = null

/** Runs `algorithm` over the concatenation of `parts` (text as UTF-8); the module's memory holding the digest at OUT. */
function run(m: DigestModule, algorithm: DigestAlgorithm, parts: ReadonlyArray<string | Uint8Array>): Buffer {
  // Room for the longest UTF-8 form of each text (3 bytes per UTF-16 unit) and the padding.
  let need = MESSAGE + 72
  for (const part of parts) need += typeof part === 'string' ? part.length * 3 : part.byteLength
  if (view === null || view.length < need) {
    const have = m.memory.buffer.byteLength
    if (have < need) m.memory.grow(Math.ceil((need - have) / PAGE))
    view = Buffer.from(m.memory.buffer)
  }
  const memory = view
  let at = MESSAGE
  for (const part of parts) {
    if (typeof part === 'string') at += memory.write(part, at, 'utf8')
    else {
      memory.set(part, at)
      at += part.byteLength
    }
  }
  m[algorithm](at - MESSAGE)
  return memory
}

/** The module for an input of this size, or null: node:crypto then. */
function moduleFor(size: number): DigestModule | null {
  return size > LARGE ? null : wasm()
}

/** The digest of the concatenation of `parts` (text as UTF-8), as bytes. */
export function digestOf(algorithm: DigestAlgorithm, parts: ReadonlyArray<string | Uint8Array>): Buffer {
  let size = 0
  for (const part of parts) size += typeof part === 'string' ? part.length : part.byteLength
  const m = moduleFor(size)
  if (m === null) {
    const hash = nodeCrypto().createHash(algorithm)
    for (const part of parts) hash.update(part)
    return hash.digest()
  }
  return Buffer.from(run(m, algorithm, parts).subarray(OUT, OUT + SIZE[algorithm]))
}

/** SHA-256 of the UTF-8 bytes of `text`, 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const m = moduleFor(text.length)
  if (m === null) return nodeCrypto().createHash('sha256').update(text, 'utf8').digest('hex')
  return run(m, 'sha256', [text]).toString('hex', OUT, OUT + SIZE.sha256)
}
