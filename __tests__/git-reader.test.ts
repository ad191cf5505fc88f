/**
 * Differential test of the in-process git reader (src/adapters/git/reader.ts) against the git
 * binary on real histories: examples/shop with several commits, loose and packed (OFS_DELTA and
 * REF_DELTA), tags and packed refs; random blobs (fast-check); a synthetic 5,000-module repository.
 * Every answer — HEAD, ref resolution, discovery, each object of each tree — is compared with
 * `git rev-parse` / `git cat-file --batch`.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { appendFileSync, cpSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { cleanup, commitAll, SHOP, tempDir } from './plan-helpers.js'
import { catFile, compareObjects, git, readerOf, treePaths } from './git-reader-helpers.js'
import { openReader } from '../src/adapters/git/reader.js'
import { applyDelta } from '../src/adapters/git/object-store.js'
import { UnsupportedRepo } from '../src/adapters/git/repo-files.js'
// @ts-expect-error: plain ESM script without types
import { writeWorkspace } from '../bench/workspace.mjs'

afterAll(cleanup)

/** examples/shop in a repository with several commits, a branch, a lightweight and an annotated tag. */
function shopHistory(): { root: string; commits: string[] } {
  const root = path.join(tempDir('reader'), 'shop')
  cpSync(SHOP, root, { recursive: true, filter: (src) => !src.split(path.sep).includes('target') })
  git(root, 'init', '-q', '-b', 'main')
  const commits = [commitAll(root, 'one')]
  // A large file edited a little each commit: git gc stores it as deltas.
  const big = Array.from({ length: 3000 }, (_, i) => `line ${i} of a file large enough to be deltified\n`).join('')
  writeFileSync(path.join(root, 'big.txt'), big)
  commits.push(commitAll(root, 'two'))
  git(root, 'tag', 'light')
  appendFileSync(path.join(root, 'big.txt'), 'one more line\n')
  rmSync(path.join(root, 'README.md'), { force: true })
  commits.push(commitAll(root, 'three'))
  git(root, 'tag', '-a', 'v1', '-m', 'annotated')
  git(root, 'checkout', '-q', '-b', 'feature')
  writeFileSync(path.join(root, 'big.txt'), big.replace('line 10 ', 'line ten '))
  mkdirSync(path.join(root, 'deep', 'er'), { recursive: true })
  writeFileSync(path.join(root, 'deep', 'er', 'x.txt'), 'x\n')
  commits.push(commitAll(root, 'four'))
  git(root, 'checkout', '-q', 'main')
  return { root, commits }
}

const REFS = ['HEAD', 'main', 'feature', 'light', 'v1', 'tags/v1', 'refs/tags/v1', 'heads/feature', 'refs/heads/main', 'missing', 'nope/x']

function compareHistory(root: string, commits: string[]): void {
  const reader = readerOf(root)
  expect(reader.head()).toBe(git(root, 'rev-parse', 'HEAD'))
  for (const ref of [...REFS, ...commits]) {
    let want: string | null
    try {
      want = git(root, 'rev-parse', '--verify', '-q', `${ref}^{commit}`)
    } catch {
      want = null
    }
    expect({ ref, id: reader.resolveCommit(ref) }).toEqual({ ref, id: want })
  }
  for (const c of commits) {
    const paths = treePaths(root, c)
    expect(compareObjects(root, reader, c, [...paths, 'missing', 'crates/missing', 'big.txt/below'])).toBe(paths.length + 4)
  }
}

describe('in-process git reader against git', () => {
  it('reads refs and every object of every commit: loose, packed by gc, and REF_DELTA packs', () => {
    const { root, commits } = shopHistory()
    compareHistory(root, commits) // loose objects, loose refs
    git(root, 'gc', '-q', '--aggressive')
    expect(git(root, 'count-objects', '-v')).toMatch(/^count: 0$/m)
    compareHistory(root, commits) // one pack with OFS_DELTA chains, packed-refs
    git(root, '-c', 'repack.useDeltaBaseOffset=false', 'repack', '-q', '-a', '-d', '-f')
    compareHistory(root, commits) // REF_DELTA
    // Both: a new loose commit on top of the pack, and a loose ref shadowing a packed one.
    writeFileSync(path.join(root, 'big.txt'), 'rewritten\n')
    commits.push(commitAll(root, 'five'))
    git(root, 'update-ref', 'refs/tags/light', commits[0]!)
    compareHistory(root, commits)
  }, 120_000)

  it('detached HEAD, an unborn branch, and discovery from a subdirectory', () => {
    const { root, commits } = shopHistory()
    git(root, 'checkout', '-q', '--detach', commits[1]!)
    expect(readerOf(root).head()).toBe(commits[1])
    const sub = path.join(root, 'crates')
    const r = readerOf(sub)
    expect([r.layout.top, r.layout.prefix]).toEqual(git(sub, 'rev-parse', '--show-toplevel', '--show-prefix').split('\n'))
    git(root, 'checkout', '-q', '--orphan', 'empty')
    expect(readerOf(root).head()).toBeNull()
    expect(() => git(root, 'rev-parse', '--verify', '-q', 'HEAD')).toThrow()
  })

  it('asks git (unsupported) for layouts and revisions it does not read, and knows a non-repository', () => {
    const { root } = shopHistory()
    expect(() => readerOf(root).resolveCommit('HEAD~1')).toThrow(UnsupportedRepo)
    expect(() => readerOf(root).resolveCommit('abc1234')).toThrow(UnsupportedRepo)
    const worktree = path.join(tempDir('reader-wt'), 'wt')
    git(root, 'worktree', 'add', '-q', worktree, 'feature')
    expect(openReader(worktree)).toEqual({ unsupported: 'a .git file (linked worktree or submodule)' })
    git(root, 'config', 'core.sparseCheckout', 'true')
    expect(openReader(root)).toEqual({ unsupported: 'core.sparsecheckout' })
    git(root, 'config', 'core.sparseCheckout', 'false')
    git(root, 'config', 'extensions.worktreeConfig', 'true')
    expect(openReader(root)).toEqual({ unsupported: 'repository extensions' })
    const sha256 = path.join(tempDir('reader-256'), 'r')
    mkdirSync(sha256)
    git(sha256, 'init', '-q', '--object-format=sha256')
    expect(openReader(sha256)).toEqual({ unsupported: 'repository extensions' })
    const plain = tempDir('reader-none')
    expect(openReader(plain)).toEqual({ notRepo: true })
  })

  it('reads random blobs (sizes across deflate block and delta limits) as git stores them, loose and packed', () => {
    const root = path.join(tempDir('reader-fc'), 'r')
    mkdirSync(root)
    git(root, 'init', '-q', '-b', 'main')
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 70_000 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (blobs, pack) => {
        blobs.forEach((b, i) => writeFileSync(path.join(root, `f${i}.bin`), b))
        const head = commitAll(root, 'random')
        if (pack) git(root, 'repack', '-q', '-a', '-d')
        const reader = readerOf(root)
        compareObjects(root, reader, head, treePaths(root, head))
        for (let i = 0; i < blobs.length; i++) rmSync(path.join(root, `f${i}.bin`))
      }),
      { numRuns: 12 }
    )
  }, 120_000)

  it('applies git delta instructions (copy offsets and sizes, inserts, the 0x10000 copy)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 0x12000 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 0x10000 }), fc.uint8Array({ maxLength: 127 })), { maxLength: 6 }), (base, ops) => {
        const b = Buffer.from(base)
        const parts: Buffer[] = []
        const instr: number[] = []
        for (const [o, l, ins] of ops) {
          const off = o % b.length
          const len = Math.max(1, Math.min(l, b.length - off))
          const bytes: number[] = []
          let op = 0x80
          for (let i = 0; i < 4; i++) if ((off >> (8 * i)) & 0xff) ((op |= 1 << i), bytes.push((off >> (8 * i)) & 0xff))
          const enc = len === 0x10000 ? 0 : len
          for (let i = 0; i < 3; i++) if ((enc >> (8 * i)) & 0xff) ((op |= 16 << i), bytes.push((enc >> (8 * i)) & 0xff))
          instr.push(op, ...bytes)
          parts.push(b.subarray(off, off + len))
          if (ins.length) {
            instr.push(ins.length, ...ins)
            parts.push(Buffer.from(ins))
          }
        }
        const want = Buffer.concat(parts)
        const varint = (n: number) => {
          const out: number[] = []
          do {
            out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0))
            n = Math.floor(n / 128)
          } while (n)
          return out
        }
        expect(applyDelta(b, Buffer.from([...varint(b.length), ...varint(want.length), ...instr])).equals(want)).toBe(true)
      })
    )
  })

  it('reads every object of a synthetic 5,000-module repository (packed) as git does', () => {
    const root = path.join(tempDir('reader-5000'), 'ws')
    mkdirSync(root)
    writeWorkspace(root, 5000)
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'config', 'gc.auto', '0') // no background gc racing the repack below
    const head = commitAll(root, 'workspace')
    git(root, 'repack', '-q', '-a', '-d')
    git(root, 'pack-refs', '--all')
    const paths = treePaths(root, head)
    expect(paths.length).toBeGreaterThan(10_000)
    expect(compareObjects(root, readerOf(root), head, paths)).toBe(paths.length + 1)
    expect(catFile(root, [`${head}:crates/m4999/rustok-module.toml`]).get(`${head}:crates/m4999/rustok-module.toml`)?.type).toBe('blob')
  }, 240_000)
})
