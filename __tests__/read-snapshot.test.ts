/**
 * readSnapshot, the one reader of the files validation and generation look at: files that exist,
 * and every way a path can fail to be a file inside the root (missing, a directory, a file on the
 * way, symlinks in and out of the root, dangling links).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openSnapshot, readFirstOf, readSnapshot } from '../src/adapters/fs/fs.js'
import { IoError } from '../src/core/diagnostics/errors.js'

let tmp: string
let root: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'read-snapshot-'))
  root = path.join(tmp, 'root')
  const put = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true })
    writeFileSync(path.join(tmp, rel), text)
  }
  put('root/crates/a/rustok-module.toml', 'a')
  put('root/crates/a/admin/Cargo.toml', 'a-admin')
  put('root/crates/b/module.toml', 'b')
  put('root/vendor/c/rustok-module.toml', 'c')
  put('root/plain.txt', 'plain')
  put('outside/d/rustok-module.toml', 'outside')
  put('outside/file.toml', 'outside file')
  mkdirSync(path.join(root, 'crates/dir.toml'), { recursive: true })
  symlinkSync(path.join(root, 'vendor/c'), path.join(root, 'crates/c'), 'dir') // inside the root
  symlinkSync(path.join(tmp, 'outside/d'), path.join(root, 'crates/d'), 'dir') // leaves the root
  symlinkSync('../../vendor/c/rustok-module.toml', path.join(root, 'crates/a/module.toml')) // a file link, inside
  symlinkSync(path.join(tmp, 'outside/file.toml'), path.join(root, 'crates/b/rustok-module.toml')) // a file link, outside
  symlinkSync(path.join(root, 'nowhere'), path.join(root, 'crates/dangling.toml'))
  symlinkSync(path.join(root, 'crates/dir.toml'), path.join(root, 'crates/linked-dir.toml'))
})

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

describe('readSnapshot', () => {
  it('reads files inside the root (through links that stay inside) and answers null for everything else', async () => {
    const want: Record<string, string | null> = {
      'crates/a/rustok-module.toml': 'a',
      'crates/a/admin/Cargo.toml': 'a-admin',
      'crates/a/storefront/Cargo.toml': null,
      'crates/b/module.toml': 'b',
      'crates/b/rustok-module.toml': null, // a link to a file outside the root
      'crates/a/module.toml': 'c', // a link to a file inside
      'crates/c/rustok-module.toml': 'c', // a linked directory inside
      'crates/d/rustok-module.toml': null, // a linked directory outside
      'crates/d/missing.toml': null,
      'crates/dangling.toml': null,
      'crates/dir.toml': null,
      'crates/linked-dir.toml': null,
      'plain.txt/x.toml': null, // a file on the way
      'crates/missing/rustok-module.toml': null,
      'crates/./a/rustok-module.toml': 'a',
      '../outside/file.toml': null, // not a repository path
      '/etc/passwd': null
    }
    const got = await readSnapshot(root, Object.keys(want))
    expect(Object.fromEntries(got)).toEqual(want)
    // readFirstOf opens a group's first file without the probe: the same answers for every case.
    const first = await readFirstOf(root, Object.keys(want).map((rel) => [rel, 'crates/a/rustok-module.toml']))
    for (const [rel, text] of Object.entries(want)) expect([rel, first.get(rel)]).toEqual([rel, text])
  })

  it('readFirstOf reads a group up to its first file that exists', async () => {
    const got = await readFirstOf(root, [
      ['crates/a/rustok-module.toml', 'crates/a/module.toml'],
      ['crates/b/rustok-module.toml', 'crates/b/module.toml'],
      ['crates/missing/rustok-module.toml', 'crates/missing/module.toml'],
      ['crates/a/admin/Cargo.toml'],
      ['crates/a/storefront/Cargo.toml']
    ])
    expect(Object.fromEntries(got)).toEqual({
      'crates/a/rustok-module.toml': 'a',
      'crates/b/rustok-module.toml': null, // a link to a file outside the root
      'crates/b/module.toml': 'b',
      'crates/missing/rustok-module.toml': null,
      'crates/missing/module.toml': null,
      'crates/a/admin/Cargo.toml': 'a-admin',
      'crates/a/storefront/Cargo.toml': null
    })
  })

  it('readFirstOf reads a first file larger than its read buffer whole', async () => {
    const big = 'x'.repeat(200_000) + '\u00e9'
    writeFileSync(path.join(root, 'big.toml'), big)
    expect((await readFirstOf(root, [['big.toml', 'other.toml']])).get('big.toml')).toBe(big)
  })

  it('the same answers through a root given as a symlink', async () => {
    const link = path.join(tmp, 'root-link')
    symlinkSync(root, link, 'dir')
    const got = await readSnapshot(link, ['crates/a/rustok-module.toml', 'crates/c/rustok-module.toml', 'crates/d/rustok-module.toml'])
    expect([...got.values()]).toEqual(['a', 'c', null])
  })

  it('one snapshot (openSnapshot) gives the answers readSnapshot and readFirstOf give, and a path asked again its first answer', async () => {
    writeFileSync(path.join(root, 'changing.toml'), 'first')
    const snapshot = openSnapshot(root)
    const paths = ['crates/a/rustok-module.toml', 'crates/b/rustok-module.toml', 'crates/c/rustok-module.toml', 'crates/dangling.toml', 'changing.toml']
    expect(await snapshot.read(paths)).toEqual(await readSnapshot(root, paths))
    const groups = [['crates/b/rustok-module.toml', 'crates/b/module.toml'], ['crates/missing/rustok-module.toml', 'crates/missing/module.toml'], ['changing.toml']]
    expect(await snapshot.readFirstOf(groups)).toEqual(await readFirstOf(root, groups))
    // A command reads its tree once: a file changed under it keeps the text it first had there;
    // a new snapshot (what a command opens after writing) reads it again.
    writeFileSync(path.join(root, 'changing.toml'), 'second')
    expect((await snapshot.read(['changing.toml'])).get('changing.toml')).toBe('first')
    expect((await openSnapshot(root).read(['changing.toml'])).get('changing.toml')).toBe('second')
  })

  it('a missing root is an IoError', async () => {
    await expect(readSnapshot(path.join(tmp, 'nope'), ['a'])).rejects.toThrow(IoError)
  })
})
