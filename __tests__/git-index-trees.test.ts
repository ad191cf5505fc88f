/**
 * Differential test of the index's trees (src/adapters/git/index-trees.ts, the cache-tree of
 * index-file.ts) against the git binary: every path's id, and ids with excluded subpaths as `idsAt`
 * builds them through `git cat-file`, for an index whose cache-tree is whole, partly invalidated
 * (a staged change) or absent, compared with the tree `git write-tree` writes from a copy of that
 * index. And the clean check's shortcut (HEAD's tree is the index's) only where that is true.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { cleanup, commitAll, shopRepo, tempDir } from './plan-helpers.js'
import { catFile, git, gitEnv, gitClean, readerOf, treePaths } from './git-reader-helpers.js'
import { readIndex } from '../src/adapters/git/index-file.js'
import { IndexTrees } from '../src/adapters/git/index-trees.js'
import { worktreeState } from '../src/adapters/git/status.js'
import { UnsupportedRepo } from '../src/adapters/git/repo-files.js'
import { idsAt, type GitRepo } from '../src/adapters/git/git.js'
import { requestKey, type PathRequest } from '../src/core/plan/git-objects.js'

afterAll(cleanup)

/** The tree `git write-tree` writes from a copy of the index (the index itself is not touched). */
function writtenTree(root: string): string {
  const copy = path.join(tempDir('index-copy'), 'index')
  copyFileSync(path.join(root, '.git', 'index'), copy)
  return execFileSync('git', ['write-tree'], { cwd: root, env: { ...gitEnv(), GIT_INDEX_FILE: copy } }).toString('utf8').trim()
}

/** The index without its TREE extension (checksum fixed): what an index looks like before git primes the cache-tree. */
function stripCacheTree(root: string): void {
  const file = path.join(root, '.git', 'index')
  const buf = readFileSync(file)
  const end = buf.length - 20
  let at = 12
  const count = buf.readUInt32BE(8)
  for (let i = 0; i < count; i++) {
    const nul = buf.indexOf(0, at + 62)
    at += (nul - at + 8) & ~7
  }
  const parts = [buf.subarray(0, at)]
  while (at < end) {
    const size = buf.readUInt32BE(at + 4)
    if (buf.toString('latin1', at, at + 4) !== 'TREE') parts.push(buf.subarray(at, at + 8 + size))
    at += 8 + size
  }
  const body = Buffer.concat(parts)
  writeFileSync(file, Buffer.concat([body, createHash('sha1').update(body).digest()]))
}

/** Every path of the tree, some that do not exist, and exclusion requests below each directory. */
function requestsOf(root: string, tree: string): PathRequest[] {
  const paths = treePaths(root, tree)
  const dirs = paths.filter((p) => paths.some((q) => q.startsWith(p + '/')))
  const out: PathRequest[] = [...paths, 'missing', 'crates/missing', 'modules.toml/x'].map((p) => ({ path: p, exclude: [] }))
  for (const d of dirs) {
    const below = paths.filter((p) => p.startsWith(d + '/'))
    for (const x of below) out.push({ path: d, exclude: [x] })
    out.push({ path: d, exclude: below.filter((p) => !p.slice(d.length + 1).includes('/')) }) // every child: the tree is empty
    out.push({ path: d, exclude: [`${d}/missing`, ...below.filter((_, i) => i % 3 === 0)] })
  }
  return out
}

/** IndexTrees' answers equal git's for the tree the index writes; returns how many were compared. */
async function compareWithGit(root: string): Promise<number> {
  const index = readIndex(path.join(root, '.git', 'index'))!
  const trees = new IndexTrees(index)
  const tree = writtenTree(root)
  // Each valid cache-tree directory has the id git writes for it.
  for (const [dir, id] of index.trees) expect({ dir, id }).toEqual({ dir, id: dir === '' ? tree : catFile(root, [`${tree}:${dir}`]).get(`${tree}:${dir}`)?.oid })
  const requests = requestsOf(root, tree)
  const gitOnly: GitRepo = { top: root, prefix: '', index: path.join(root, '.git', 'index'), objects: path.join(root, '.git', 'objects'), head: tree }
  const want = (await idsAt(gitOnly, [tree], requests)).get(tree)!
  const differ: string[] = []
  for (const r of requests) {
    const got = trees.idAt(r.path, r.exclude)
    if (got !== (want.get(requestKey(r)) ?? null)) differ.push(`${requestKey(r).replace(/\0/g, ' -')}: index ${got}, git ${want.get(requestKey(r))}`)
  }
  expect(differ).toEqual([])
  return requests.length
}

describe('the index trees against git', () => {
  it('a whole cache-tree, one partly invalidated by a staged change, and none', async () => {
    const root = shopRepo()
    const index = readIndex(path.join(root, '.git', 'index'))!
    expect(index.trees.get('')).toBe(git(root, 'rev-parse', 'HEAD^{tree}')) // a commit leaves the cache-tree whole
    expect(await compareWithGit(root)).toBeGreaterThan(100)

    const file = path.join(root, 'crates', 'blog', 'src', 'lib.rs')
    writeFileSync(file, readFileSync(file, 'utf8') + '// staged\n')
    mkdirSync(path.join(root, 'crates', 'blog', 'new'), { recursive: true })
    writeFileSync(path.join(root, 'crates', 'blog', 'new', 'added.rs'), '// new\n')
    git(root, 'add', 'crates/blog/src/lib.rs', 'crates/blog/new/added.rs') // `add -A` would invalidate every directory
    const partial = readIndex(path.join(root, '.git', 'index'))!
    expect(partial.trees.has('crates/blog')).toBe(false) // invalidated up to the root
    expect(partial.trees.has('')).toBe(false)
    expect(partial.trees.size).toBeGreaterThan(0) // the untouched directories keep their ids
    await compareWithGit(root)

    stripCacheTree(root)
    expect(readIndex(path.join(root, '.git', 'index'))!.trees.size).toBe(0)
    expect(gitClean(root, ['crates'])).toBe(false) // git reads the stripped index: the staged change is still there
    await compareWithGit(root)
  }, 120_000)

  it('a name that is not UTF-8: no cache-tree, and trees below it are left to git', () => {
    const root = shopRepo()
    const dir = Buffer.concat([Buffer.from(path.join(root, 'crates', 'blog') + '/'), Buffer.from([0x78, 0xff])])
    mkdirSync(dir)
    writeFileSync(Buffer.concat([dir, Buffer.from('/f.txt')]), 'f\n')
    commitAll(root, 'latin1 name')
    const index = readIndex(path.join(root, '.git', 'index'))!
    expect(index.trees.size).toBe(0)
    const trees = new IndexTrees(index)
    expect(trees.idAt('crates/search')).toBe(git(root, 'rev-parse', 'HEAD:crates/search')) // hashed from the entries
    expect(() => trees.idAt('crates/blog')).toThrow(UnsupportedRepo)
    expect(() => trees.idAt('crates', ['crates/search'])).toThrow(UnsupportedRepo)
  })

  it('the clean check reads no HEAD tree only when the cache-tree root is HEAD tree', () => {
    const root = shopRepo()
    const state = (paths: string[]) => {
      const reader = readerOf(root)
      try {
        return worktreeState(reader, reader.head()!, paths)
      } finally {
        reader.store.close()
      }
    }
    const clean = state(['crates', 'crates/blog', 'modules.toml'])
    expect(clean.state).toBe('clean')
    expect(clean.head).not.toBeNull()
    expect(gitClean(root, ['crates', 'crates/blog', 'modules.toml'])).toBe(true)

    // A staged change outside the paths: they are clean, but HEAD's ids are no longer the index's.
    writeFileSync(path.join(root, 'README.md'), 'staged\n')
    git(root, 'add', 'README.md')
    const staged = state(['crates', 'crates/blog'])
    expect(staged).toEqual({ state: 'clean', head: null })
    expect(state(['README.md']).state).toBe('dirty')
    git(root, 'reset', '-q', '--hard')

    // A whole cache-tree that is not HEAD's tree (a commit undone with reset --soft): compared path by path.
    const lib = path.join(root, 'crates', 'blog', 'src', 'lib.rs')
    writeFileSync(lib, readFileSync(lib, 'utf8') + '// committed, then undone\n')
    git(root, 'commit', '-q', '-am', 'two')
    git(root, 'reset', '-q', '--soft', 'HEAD~1')
    expect(readIndex(path.join(root, '.git', 'index'))!.trees.get('')).toBe(git(root, 'rev-parse', 'HEAD@{1}^{tree}'))
    expect(state(['crates']).state).toBe('dirty')
    expect(gitClean(root, ['crates'])).toBe(false)
    expect(state(['apps/server'])).toEqual({ state: 'clean', head: null })
    git(root, 'reset', '-q', '--hard')

    // Without a cache-tree: the per-path comparison with HEAD's trees, as before.
    stripCacheTree(root)
    expect(state(['crates', 'crates/blog'])).toEqual({ state: 'clean', head: null })
    const file = path.join(root, 'crates', 'blog', 'src', 'lib.rs')
    writeFileSync(file, '// edited\n')
    git(root, 'add', '-A')
    stripCacheTree(root)
    expect(state(['crates/blog']).state).toBe('dirty') // staged: the index's tree is not HEAD's
    expect(gitClean(root, ['crates/blog'])).toBe(false)
  })
})
