/**
 * The write adapter (src/adapters/fs/write.ts) on its own, in temp directories holding `root/` and
 * `outside/`: confinement, the journal of an interrupted run (undone, or cleaned once committed),
 * a concurrent run, leftovers of dead runs, deletions that never follow a link.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { intercept, realFsOps, useFsOps } from '../src/adapters/fs/fs-ops.js'
import { IoError } from '../src/core/diagnostics/errors.js'
import { applyChanges, JOURNAL, recoverInterrupted, writeFileAt } from '../src/adapters/fs/write.js'
import { Temps } from './write-helpers.js'

const temps = new Temps()
afterAll(() => temps.cleanup())
afterEach(() => useFsOps(null))

function box(): { root: string; outside: string } {
  const base = temps.make('mr-write-unit-')
  const root = path.join(base, 'root')
  const outside = path.join(base, 'outside')
  mkdirSync(root)
  mkdirSync(outside)
  return { root, outside }
}

const read = (p: string) => readFileSync(p, 'utf8')

/** A pid no process has (the kernel's limit is below 2^22). */
const DEAD_PID = 4_194_303

describe('applyChanges', () => {
  it('writes, creates parent directories, deletes, and reports what it did', async () => {
    const { root } = box()
    writeFileSync(path.join(root, 'a.txt'), 'old a\n')
    writeFileSync(path.join(root, 'gone.txt'), 'bye\n')
    const r = await applyChanges(root, [{ path: 'a.txt', content: 'new a\n' }, { path: 'x/y/b.txt', content: 'b\n' }, { path: 'gone.txt', delete: true }, { path: 'never.txt', delete: true }])
    expect(r).toEqual({ committed: true, written: ['a.txt', 'x/y/b.txt'], deleted: ['gone.txt'] })
    expect([read(path.join(root, 'a.txt')), read(path.join(root, 'x/y/b.txt')), existsSync(path.join(root, 'gone.txt'))]).toEqual(['new a\n', 'b\n', false])
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'x'])
  })

  it.each([
    ['../escape.txt', /the path leaves the repository/],
    ['/etc/passwd', /the path is absolute/],
    ['.git/hooks/pre-commit', /it is inside \.git\//],
    ['.GIT/config', /it is inside \.git\//],
    ['.', /it names the root directory/]
  ])('refuses %j', async (p, why) => {
    const { root } = box()
    await expect(applyChanges(root, [{ path: p, content: 'x' }])).rejects.toThrow(why)
    expect(readdirSync(root)).toEqual([])
  })

  it('a link into .git is refused by where it leads', async () => {
    const { root } = box()
    mkdirSync(path.join(root, '.git', 'hooks'), { recursive: true })
    symlinkSync('.git/hooks', path.join(root, 'hooks'))
    await expect(applyChanges(root, [{ path: 'hooks/pre-commit', content: 'x' }])).rejects.toThrow(/inside \.git\//)
  })

  it('refuses every change when one target leads out, before writing any', async () => {
    const { root, outside } = box()
    writeFileSync(path.join(outside, 'secret'), 'keep\n')
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'link'))
    await expect(applyChanges(root, [{ path: 'first.txt', content: 'x' }, { path: 'link', content: 'pwned' }])).rejects.toThrow(IoError)
    expect(read(path.join(outside, 'secret'))).toBe('keep\n')
    expect(readdirSync(root)).toEqual(['link'])
  })

  it('deleting a link removes the link, never its target', async () => {
    const { root, outside } = box()
    writeFileSync(path.join(outside, 'secret'), 'keep\n')
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'link'))
    writeFileSync(path.join(root, 'other'), 'o')
    await applyChanges(root, [{ path: 'link', delete: true }, { path: 'other', content: 'p' }])
    expect(existsSync(path.join(root, 'link'))).toBe(false)
    expect(read(path.join(outside, 'secret'))).toBe('keep\n')
  })

  it('two paths naming one file (through a link inside the root) are refused', async () => {
    const { root } = box()
    writeFileSync(path.join(root, 'real.txt'), 'r')
    symlinkSync('real.txt', path.join(root, 'alias.txt'))
    await expect(applyChanges(root, [{ path: 'real.txt', content: '1' }, { path: 'alias.txt', content: '2' }])).rejects.toThrow(/same file as real\.txt/)
    expect(readlinkSync(path.join(root, 'alias.txt'))).toBe('real.txt')
  })

  it('a failure puts everything back, directories it created included', async () => {
    const { root } = box()
    writeFileSync(path.join(root, 'a.txt'), 'old\n')
    let renames = 0
    useFsOps(intercept(realFsOps, (op) => {
      if (op === 'rename' && ++renames === 2) throw Object.assign(new Error('EROFS'), { code: 'EROFS' })
    }))
    await expect(applyChanges(root, [{ path: 'a.txt', content: 'new\n' }, { path: 'd/e/b.txt', content: 'b' }])).rejects.toThrow(/^d\/e\/b\.txt: cannot write: read-only file system \(EROFS\); nothing was changed$/)
    expect(readdirSync(root)).toEqual(['a.txt'])
    expect(read(path.join(root, 'a.txt'))).toBe('old\n')
  })

  it('beforeCommit false: the files are put back', async () => {
    const { root } = box()
    writeFileSync(path.join(root, 'a.txt'), 'old\n')
    writeFileSync(path.join(root, 'lock'), 'lock v1\n')
    let seen = ''
    const r = await applyChanges(root, [{ path: 'a.txt', content: 'new\n' }], {
      preserve: ['lock'],
      beforeCommit: async () => {
        seen = read(path.join(root, 'a.txt'))
        writeFileSync(path.join(root, 'lock'), 'lock v2, rewritten in place\n')
        return false
      }
    })
    expect(r.committed).toBe(false)
    expect(seen).toBe('new\n')
    expect([read(path.join(root, 'a.txt')), read(path.join(root, 'lock'))]).toEqual(['old\n', 'lock v1\n'])
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'lock'])
  })

  it('writeFileAt creates the directory the user named', async () => {
    const { root } = box()
    await writeFileAt(path.join(root, 'out', 'deep', 'plan.json'), '{}\n')
    expect(read(path.join(root, 'out', 'deep', 'plan.json'))).toBe('{}\n')
  })
})

describe('an interrupted run', () => {
  it('a prepared journal is undone by the next run: backups renamed back, new files and temp files removed', async () => {
    const { root } = box()
    mkdirSync(path.join(root, 'd'))
    writeFileSync(path.join(root, 'a.txt'), 'NEW')
    writeFileSync(path.join(root, '.a.txt.modules-rebuild-1-00000000.bak'), 'OLD')
    writeFileSync(path.join(root, 'd', 'b.txt'), 'NEW B')
    writeFileSync(path.join(root, '.c.txt.modules-rebuild-1-00000001.tmp'), 'PARTIAL')
    const journal = {
      schema: 1, pid: DEAD_PID, token: 'dead', state: 'prepared', dirs: ['d'],
      entries: [
        { kind: 'write', existed: true, prune: null, target: 'a.txt', tmp: '.a.txt.modules-rebuild-1-00000002.tmp', bak: '.a.txt.modules-rebuild-1-00000000.bak', del: null },
        { kind: 'write', existed: false, prune: null, target: 'd/b.txt', tmp: 'd/.b.txt.modules-rebuild-1-00000003.tmp', bak: null, del: null },
        { kind: 'write', existed: false, prune: null, target: 'c.txt', tmp: '.c.txt.modules-rebuild-1-00000001.tmp', bak: null, del: null }
      ]
    }
    writeFileSync(path.join(root, JOURNAL), JSON.stringify(journal))
    await recoverInterrupted(root)
    expect(readdirSync(root).sort()).toEqual(['a.txt'])
    expect(read(path.join(root, 'a.txt'))).toBe('OLD')
  })

  it('a committed journal only has its clean-up finished', async () => {
    const { root } = box()
    writeFileSync(path.join(root, 'a.txt'), 'NEW')
    writeFileSync(path.join(root, '.a.txt.modules-rebuild-1-00000000.bak'), 'OLD')
    writeFileSync(path.join(root, '.g.txt.modules-rebuild-1-00000004.del'), 'DELETED')
    const journal = {
      schema: 1, pid: DEAD_PID, token: 'dead', state: 'committed', dirs: [],
      entries: [
        { kind: 'write', existed: true, prune: null, target: 'a.txt', tmp: '.a.txt.modules-rebuild-1-00000002.tmp', bak: '.a.txt.modules-rebuild-1-00000000.bak', del: null },
        { kind: 'delete', existed: true, prune: null, target: 'g.txt', tmp: null, bak: null, del: '.g.txt.modules-rebuild-1-00000004.del' }
      ]
    }
    writeFileSync(path.join(root, JOURNAL), JSON.stringify(journal))
    await applyChanges(root, [{ path: 'z.txt', content: 'z' }])
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'z.txt'])
    expect(read(path.join(root, 'a.txt'))).toBe('NEW')
  })

  it('a journal cut short while it was written is dropped (nothing else had been touched)', async () => {
    const { root } = box()
    writeFileSync(path.join(root, JOURNAL), '{"schema":1,"pid":')
    await recoverInterrupted(root)
    expect(readdirSync(root)).toEqual([])
  })

  it('the journal of a live run stops a second run (exit 2) and is left alone', async () => {
    const { root } = box()
    writeFileSync(path.join(root, JOURNAL), JSON.stringify({ schema: 1, pid: process.ppid, token: 'other', state: 'prepared', dirs: [], entries: [] }))
    await expect(applyChanges(root, [{ path: 'a', content: 'a' }, { path: 'b', content: 'b' }])).rejects.toThrow(/another modules-rebuild run \(pid \d+\) is writing/)
    expect(readdirSync(root)).toEqual([JOURNAL])
  })

  it('a journal naming paths out of the root is refused, not followed', async () => {
    const { root, outside } = box()
    writeFileSync(path.join(outside, 'x'), 'keep')
    writeFileSync(path.join(root, JOURNAL), JSON.stringify({ schema: 1, pid: DEAD_PID, token: 't', state: 'committed', dirs: [], entries: [{ kind: 'write', existed: true, prune: null, target: 'a', tmp: null, bak: '../outside/x', del: null }] }))
    await expect(recoverInterrupted(root)).rejects.toThrow(/not a journal this program wrote/)
    expect(read(path.join(outside, 'x'))).toBe('keep')
  })

  it('temp files of dead runs next to a target are removed; those of live runs are kept', async () => {
    const { root } = box()
    const dead = `.a.txt.modules-rebuild-${DEAD_PID}-0000abcd.tmp`
    const live = `.a.txt.modules-rebuild-${process.ppid}-0000abcd.tmp`
    writeFileSync(path.join(root, dead), 'half')
    writeFileSync(path.join(root, live), 'busy')
    await applyChanges(root, [{ path: 'a.txt', content: 'a' }])
    expect(readdirSync(root).sort()).toEqual([live, 'a.txt'].sort())
  })
})
