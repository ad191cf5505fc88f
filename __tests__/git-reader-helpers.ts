/** Shared by the git reader tests: what the git binary answers, to compare the in-process reader with. */
import { execFileSync } from 'node:child_process'
import { git } from './plan-helpers.js'
import { openReader, type GitReader } from '../src/adapters/git/reader.js'

export { git }

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' }
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(AUTHOR|COMMITTER)_|^GIT_CONFIG_NOSYSTEM$/.test(k)) delete env[k]
  return env
}

export interface BatchObject {
  oid: string
  type: string
  body: Buffer
}

/** `git cat-file --batch` for every name: its answer, or null for "missing". */
export function catFile(cwd: string, names: readonly string[]): Map<string, BatchObject | null> {
  const out = new Map<string, BatchObject | null>()
  if (!names.length) return out
  const buf = execFileSync('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), input: names.join('\n') + '\n', maxBuffer: 1 << 30 })
  let at = 0
  for (const n of names) {
    const nl = buf.indexOf(0x0a, at)
    const header = buf.subarray(at, nl).toString('utf8')
    at = nl + 1
    const m = /^([0-9a-f]{40}) (\w+) (\d+)$/.exec(header)
    if (!m) {
      out.set(n, null)
      continue
    }
    out.set(n, { oid: m[1]!, type: m[2]!, body: Buffer.from(buf.subarray(at, at + Number(m[3]))) })
    at += Number(m[3]) + 1
  }
  return out
}

/** The reader of a repository this test knows the reader supports. */
export function readerOf(root: string): GitReader {
  const r = openReader(root)
  if (!('reader' in r)) throw new Error(`no reader for ${root}: ${JSON.stringify(r)}`)
  return r.reader
}

/** Every path of a commit's tree (files and directories), as `git ls-tree -r -t` lists them. */
export function treePaths(cwd: string, rev: string): string[] {
  const out = execFileSync('git', ['ls-tree', '-r', '-t', '-z', '--name-only', rev], { cwd, env: gitEnv() }).toString('utf8')
  return out.split('\0').filter(Boolean)
}

/** Compares the reader's answer for `<rev>:<path>` with cat-file's for every path (and the root tree). */
export function compareObjects(root: string, reader: GitReader, rev: string, paths: readonly string[]): number {
  const names = ['', ...paths].map((p) => `${rev}:${p}`)
  const expected = catFile(root, names)
  const differ: string[] = []
  let compared = 0
  try {
    for (const p of ['', ...paths]) {
      const want = expected.get(`${rev}:${p}`) ?? null
      const got = reader.objectAt(rev, p)
      const same = want === null ? got === null : got !== null && got.oid === want.oid && got.type === want.type && got.body.equals(want.body)
      if (!same) differ.push(`${rev}:${p}: reader ${got ? `${got.type} ${got.oid}` : 'missing'}, git ${want ? `${want.type} ${want.oid}` : 'missing'}`)
      compared++
    }
  } finally {
    reader.store.close()
  }
  expect(differ).toEqual([])
  return compared
}

/** `git status --porcelain` for the paths is empty (as the plan runs it: the index is not refreshed). */
export function gitClean(cwd: string, paths: readonly string[]): boolean {
  return execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths], { cwd, env: { ...gitEnv(), GIT_OPTIONAL_LOCKS: '0' } }).length === 0
}
