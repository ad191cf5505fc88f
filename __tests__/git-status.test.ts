/**
 * Differential test of the in-process clean check (src/adapters/git/status.ts) against
 * `git status --porcelain --untracked-files=all -- <paths>`: edits, touches, deletions, renames,
 * staged changes, mode changes, untracked files, racy-git timestamps, index versions 2/3/4, and
 * random edit sequences (fast-check). The reader may answer "dirty" where git sees nothing only
 * when it cannot tell (the plan then takes its exact git path); it must never answer "clean" when
 * git sees a change. And plan's JSON is the same with the reader and with the git binary alone.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cleanup, commitAll, shopRepo } from './plan-helpers.js'
import { git, gitClean, readerOf } from './git-reader-helpers.js'
import { worktreeState } from '../src/adapters/git/status.js'
import { UnsupportedRepo } from '../src/adapters/git/repo-files.js'
import { runPlan } from '../src/app/plan.js'

afterAll(cleanup)

const PATHS = ['crates', 'modules.toml', 'apps/server']

/** The reader's answer: 'clean', 'dirty', or 'git' (it defers to the git binary). */
function readerState(root: string, paths = PATHS): 'clean' | 'dirty' | 'git' {
  const reader = readerOf(root)
  try {
    return worktreeState(reader, reader.head()!, paths).state
  } catch (err) {
    if (err instanceof UnsupportedRepo) return 'git'
    throw err
  } finally {
    reader.store.close()
  }
}

/** The reader agrees with git, or defers to it; "dirty" for a clean tree only where `lenient`. */
function expectAgrees(root: string, expected: 'clean' | 'dirty' | 'git', paths = PATHS): void {
  const got = readerState(root, paths) // first: git status could refresh the index's stat data
  const clean = gitClean(root, paths)
  expect(got).toBe(expected)
  if (got === 'clean') expect(clean).toBe(true)
  if (got === 'dirty') expect(clean).toBe(false)
}

/** Makes every index entry stat-identical to its file and the index racy or not, fixing the checksum (v2/v3). */
function forgeIndexStat(root: string, name: string, racy: boolean): void {
  const file = path.join(root, '.git', 'index')
  const buf = readFileSync(file)
  const count = buf.readUInt32BE(8)
  let at = 12
  for (let i = 0; i < count; i++) {
    const nul = buf.indexOf(0, at + 62)
    const entry = buf.subarray(at + 62, nul).toString('utf8')
    if (entry === name) {
      const st = lstatSync(path.join(root, name), { bigint: true })
      const s = 1_000_000_000n
      buf.writeUInt32BE(Number((st.ctimeNs / s) & 0xffffffffn), at)
      buf.writeUInt32BE(Number(st.ctimeNs % s), at + 4)
      buf.writeUInt32BE(Number((st.mtimeNs / s) & 0xffffffffn), at + 8)
      buf.writeUInt32BE(Number(st.mtimeNs % s), at + 12)
      buf.writeUInt32BE(Number(st.ino & 0xffffffffn), at + 20)
      buf.writeUInt32BE(Number(st.size), at + 36)
    }
    at += (nul - at + 8) & ~7
  }
  createHash('sha1').update(buf.subarray(0, buf.length - 20)).digest().copy(buf, buf.length - 20)
  writeFileSync(file, buf)
  const m = lstatSync(path.join(root, name)).mtime
  const t = racy ? new Date(m.getTime() - 5000) : new Date(m.getTime() + 5000)
  utimesSync(file, t, t)
}

describe('in-process clean check against git status', () => {
  it('clean, touched, edited, deleted, renamed, staged, chmod, untracked', () => {
    const root = shopRepo()
    expectAgrees(root, 'clean')
    const file = path.join(root, 'crates', 'blog', 'src', 'lib.rs')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text) // same content, new stat: git hashes it and sees no change
    expectAgrees(root, 'clean')
    writeFileSync(file, text + '// edit\n')
    expectAgrees(root, 'dirty')
    git(root, 'add', '-A')
    expectAgrees(root, 'dirty') // staged
    writeFileSync(file, text)
    expectAgrees(root, 'dirty') // staged, then reverted in the tree only
    git(root, 'add', '-A')
    expectAgrees(root, 'clean')
    rmSync(file)
    expectAgrees(root, 'dirty')
    git(root, 'checkout', '--', '.')
    git(root, 'mv', 'crates/blog/src/lib.rs', 'crates/blog/src/moved.rs')
    expectAgrees(root, 'dirty')
    git(root, 'reset', '-q', '--hard')
    chmodSync(file, 0o755)
    expectAgrees(root, 'dirty')
    chmodSync(file, 0o644)
    expectAgrees(root, 'clean')
    renameSync(file, file + '.bak') // a deletion and an untracked file
    expectAgrees(root, 'dirty')
    renameSync(file + '.bak', file)
    writeFileSync(path.join(root, 'crates', 'new.txt'), 'new\n')
    expectAgrees(root, 'git') // untracked: ignore rules are git's
    expectAgrees(root, 'clean', ['modules.toml'])
    mkdirSync(path.join(root, 'crates', 'empty'))
    rmSync(path.join(root, 'crates', 'new.txt'))
    expectAgrees(root, 'clean') // empty directories are nothing to git
  })

  it('racy git: a stat-identical entry is trusted unless it is as new as the index', () => {
    const root = shopRepo()
    const name = 'crates/blog/src/lib.rs'
    const file = path.join(root, name)
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\w/, 'Q')) // same size, other content
    forgeIndexStat(root, name, true)
    expectAgrees(root, 'dirty') // racy: both hash the file
    forgeIndexStat(root, name, false)
    expectAgrees(root, 'clean') // stat matches and is older than the index: both trust it
    expect(git(root, 'hash-object', '--', name)).not.toBe(git(root, 'rev-parse', `:${name}`)) // git was told a lie it believes
  })

  it.each([2, 3, 4])('index version %i, with a conflict and assume-unchanged', (version) => {
    const root = shopRepo()
    git(root, 'update-index', '--index-version', String(version))
    expectAgrees(root, 'clean')
    const file = path.join(root, 'modules.toml')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text + '\n# edit\n')
    expectAgrees(root, 'dirty')
    git(root, 'update-index', '--assume-unchanged', 'modules.toml')
    expectAgrees(root, 'clean')
    git(root, 'update-index', '--no-assume-unchanged', 'modules.toml')
    writeFileSync(file, text)
    git(root, 'update-index', '--skip-worktree', 'modules.toml')
    expectAgrees(root, 'git')
  })

  it('random edit sequences: never clean when git sees a change', () => {
    const root = shopRepo()
    const files = ['crates/blog/src/lib.rs', 'crates/blog/Cargo.toml', 'modules.toml', 'apps/server/Cargo.toml', 'crates/search/src/lib.rs']
    const op = fc.record({ kind: fc.constantFrom('write', 'same', 'delete', 'add', 'commit', 'chmod', 'reset', 'version'), file: fc.constantFrom(...files), text: fc.string({ maxLength: 20 }) })
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        for (const o of ops) {
          const f = path.join(root, o.file)
          if (o.kind === 'write') writeFileSync(f, o.text)
          else if (o.kind === 'same') writeFileSync(f, (() => { try { return readFileSync(f) } catch { return o.text } })())
          else if (o.kind === 'delete') rmSync(f, { force: true })
          else if (o.kind === 'add') git(root, 'add', '-A')
          else if (o.kind === 'commit') commitAll(root, 'step')
          else if (o.kind === 'chmod') { try { chmodSync(f, 0o755) } catch { /* deleted */ } }
          else if (o.kind === 'version') git(root, 'update-index', '--index-version', String(2 + (o.text.length % 3)))
          else git(root, 'reset', '-q', '--hard')
        }
        const got = readerState(root)
        const clean = gitClean(root, PATHS)
        if (got === 'clean') expect(clean).toBe(true)
        if (got === 'dirty') expect(clean).toBe(false)
      }),
      { numRuns: 15 }
    )
  }, 120_000)
})

describe('plan with the reader and with git alone', () => {
  const plans = async (root: string, base?: string) => {
    const reader = (await runPlan({ root, store: null, ...(base ? { base } : {}) })).json
    writeFileSync(path.join(root, '.git', 'info', 'grafts'), '') // an empty grafts file: the reader steps aside
    const gitOnly = (await runPlan({ root, store: null, ...(base ? { base } : {}) })).json
    rmSync(path.join(root, '.git', 'info', 'grafts'))
    return { reader, gitOnly }
  }

  it('racy git: a same-size edit the index cannot see by stat changes the build keys on both paths', async () => {
    const root = shopRepo()
    mkdirSync(path.join(root, '.git', 'info'), { recursive: true })
    const clean = await plans(root)
    const name = 'crates/blog/src/lib.rs'
    writeFileSync(path.join(root, name), readFileSync(path.join(root, name), 'utf8').replace(/\w/, 'Q'))
    const past = new Date(Date.now() - 60_000) // any copy of the index made now is seconds younger
    utimesSync(path.join(root, name), past, past)
    forgeIndexStat(root, name, true) // stat-identical, and as new as the index: git must hash it
    const racy = await plans(root)
    expect(racy.reader).toContain('"dirty_paths": [\n    "crates/blog"\n  ]')
    expect(racy.reader).toBe(racy.gitOnly)
    expect(racy.reader).not.toBe(clean.reader)
  }, 120_000)

  it('gives the same release-plan.json, clean, dirty, packed and against a base', async () => {
    const root = shopRepo()
    const first = git(root, 'rev-parse', 'HEAD')
    git(root, 'tag', '-a', 'base', '-m', 'base')
    mkdirSync(path.join(root, '.git', 'info'), { recursive: true })
    let p = await plans(root)
    expect(p.reader).not.toBeNull()
    expect(p.reader).toBe(p.gitOnly)
    writeFileSync(path.join(root, 'crates', 'blog', 'src', 'lib.rs'), '// dirty\n')
    p = await plans(root)
    expect(p.reader).toContain('"dirty"')
    expect(p.reader).toBe(p.gitOnly)
    commitAll(root, 'two')
    git(root, 'gc', '-q')
    p = await plans(root)
    expect(p.reader).toBe(p.gitOnly)
    for (const base of [first, 'base', 'main']) {
      p = await plans(root, base)
      expect(p.reader).toContain('"base_commit"')
      expect(p.reader).toBe(p.gitOnly)
    }
  }, 180_000)
})
