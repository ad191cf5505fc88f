/**
 * digestOf / sha256Hex (src/core/hash/digest.ts, the WebAssembly module digest.wat): the FIPS 180-4
 * / NIST examples of SHA-256 and SHA-1; node:crypto's digests for every length across the first
 * block boundaries and for arbitrary strings (any code unit, lone surrogates included) and bytes;
 * inputs that grow the module's memory and small ones after them; git's object id of a blob; the
 * built CLI under `--jitless` (no WebAssembly: node:crypto) printing the same; and
 * digest.wasm.generated.ts being what `npm run wasm` assembles from digest.wat.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { digestOf, sha256Hex, type DigestAlgorithm } from '../src/core/hash/digest.js'
import { objectId } from '../src/core/plan/git-objects.js'
import { ensureBuilt, REPO, runBuilt } from './cli-process.js'
// @ts-expect-error: a plain ES module without types
import { assemble, GENERATED, render, WAT } from '../scripts/wasm.mjs'

const reference = (algorithm: DigestAlgorithm, parts: ReadonlyArray<string | Uint8Array>) => {
  const hash = createHash(algorithm)
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
const ALGORITHMS: DigestAlgorithm[] = ['sha256', 'sha1']

describe('digestOf and sha256Hex', () => {
  it('give the FIPS 180-4 examples', () => {
    const long = 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'
    const two = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex(two)).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
    expect(sha256Hex(long)).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1')
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
    expect(digestOf('sha1', ['abc']).toString('hex')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d')
    expect(digestOf('sha1', ['']).toString('hex')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709')
    expect(digestOf('sha1', [two]).toString('hex')).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1')
    expect(digestOf('sha1', [long]).toString('hex')).toBe('a49b2446a02c645bf419f995b67091253a04a259')
    expect(digestOf('sha1', ['a'.repeat(1_000_000)]).toString('hex')).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f')
  })

  it("equal node:crypto's digests for every length from 0 to 300 bytes (one to six blocks, each padding case)", () => {
    let text = ''
    for (let n = 0; n <= 300; n++) {
      expect(sha256Hex(text)).toBe(reference('sha256', [text]))
      for (const a of ALGORITHMS) expect(digestOf(a, [text]).toString('hex')).toBe(reference(a, [text]))
      text += String.fromCharCode(33 + ((n * 37) % 90))
    }
  })

  it("equal node:crypto's digests of arbitrary strings (as UTF-8, lone surrogates included) and bytes, in parts", () => {
    const part = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.uint8Array({ maxLength: 300 }))
    fc.assert(
      fc.property(fc.constantFrom(...ALGORITHMS), fc.array(part, { maxLength: 4 }), (algorithm, parts) => {
        const got = digestOf(algorithm, parts)
        expect(got.toString('hex')).toBe(reference(algorithm, parts))
        if (parts.length === 1 && typeof parts[0] === 'string') expect(algorithm === 'sha256' ? sha256Hex(parts[0]) : got.toString('hex')).toBe(reference(algorithm, parts))
      }),
      { numRuns: 3000 }
    )
  })

  it('return their own bytes: a later digest does not change an earlier one', () => {
    const first = digestOf('sha256', ['first'])
    const copy = Buffer.from(first)
    digestOf('sha256', ['second'])
    digestOf('sha1', ['third'])
    expect(first).toEqual(copy)
  })

  it('grow the memory for long inputs, hand inputs over 2 MB to node:crypto, and still digest short ones after them', () => {
    for (const text of ['x', '€'.repeat(300_000), 'y', 'é'.repeat(2_000_000), '', 'ü'.repeat(2_200_000), 'z', '😀'.repeat(70_000)]) expect(sha256Hex(text)).toBe(reference('sha256', [text]))
    const bytes = Buffer.alloc(5_000_000, 7)
    for (const a of ALGORITHMS) expect(digestOf(a, ['blob 5000000\0', bytes]).toString('hex')).toBe(reference(a, ['blob 5000000\0', bytes]))
  })

  it("give git's object id of a blob (git hash-object)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-'))
    try {
      for (const body of ['', 'hello\n', 'x'.repeat(100_000), '\u00e9\u0000\u00ff']) {
        const file = path.join(dir, 'blob')
        writeFileSync(file, body)
        const git = execFileSync('git', ['hash-object', '--no-filters', file], { encoding: 'utf8' }).trim()
        expect(objectId('blob', readFileSync(file)).toString('hex')).toBe(git)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the built CLI without WebAssembly', () => {
  beforeAll(() => ensureBuilt())

  it('under --jitless (no WebAssembly: node:crypto) prints the same manifest_hash and report', async () => {
    const shop = path.join(REPO, 'examples', 'shop')
    for (const argv of [['hash', '--root', shop], ['validate', '--root', shop, '--format', 'json']]) {
      const plain = await runBuilt(argv, REPO, { MODULES_REBUILD_CODE_CACHE: 'off' })
      const jitless = await runBuilt(argv, REPO, { MODULES_REBUILD_CODE_CACHE: 'off', NODE_OPTIONS: '--jitless' })
      expect(plain.code).toBe(0)
      expect({ code: jitless.code, stdout: jitless.stdout }).toEqual({ code: plain.code, stdout: plain.stdout })
    }
  })
})

describe('digest.wasm.generated.ts', () => {
  it('is what `npm run wasm` assembles from digest.wat', async () => {
    const binary = await assemble(readFileSync(WAT, 'utf8'), 'digest.wat')
    expect(readFileSync(GENERATED, 'utf8')).toBe(render(binary))
  })
})
