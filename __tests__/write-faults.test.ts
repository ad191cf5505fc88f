/**
 * All-or-nothing under failure: generate, install and uninstall on copies of examples/shop, with
 * an I/O error injected at every disk-changing step of the write path (each create, write, fsync,
 * close, link, rename, unlink, mkdir, rmdir and directory fsync, one at a time), and with the disk
 * full (ENOSPC) from the k-th write on. Afterwards every file is byte-equal to its old content —
 * or, when the step failed after the commit, to its new content — never a mix, never empty; the
 * error is a clean `error[io-error]` with the path (exit 2); and running the command again
 * converges on exactly the files of an uninterrupted run, with no leftovers.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { intercept, realFsOps, useFsOps, type MutatingOp } from '../src/adapters/fs/fs-ops.js'
import { cli } from './cli-helpers.js'
import { expectOldOrNew, files, LEFTOVER, SCENARIOS, states, template, Temps } from './write-helpers.js'

const temps = new Temps()
afterAll(() => {
  useFsOps(null)
  temps.cleanup()
})

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

/** Counts the disk-changing operations of a clean run, by kind. */
async function countOps(argv: string[], dir: string): Promise<MutatingOp[]> {
  const seen: MutatingOp[] = []
  useFsOps(intercept(realFsOps, (op) => void seen.push(op)))
  try {
    expect((await cli([...argv, '--root', dir])).code).toBe(0)
  } finally {
    useFsOps(null)
  }
  return seen
}

describe.each(SCENARIOS)('$name with a failure injected', (s) => {
  it('at each disk-changing step: all old (or all new once committed), a clean error, and a rerun converges', async () => {
    const start = await template(temps, s)
    const { before, after } = await states(s, start)
    const ops = await countOps(s.argv, start.copy())
    expect(ops.length).toBeGreaterThan(10)
    for (const kind of ['create', 'write', 'fsync', 'close', 'link', 'rename', 'fsyncDir'] as const) expect(ops).toContain(kind)
    const outcomes = new Set<string>()
    for (let n = 1; n <= ops.length; n++) {
      const dir = start.copy()
      let count = 0
      useFsOps(intercept(realFsOps, () => {
        if (++count === n) throw errno('EIO')
      }))
      let r
      try {
        r = await cli([...s.argv, '--root', dir])
      } finally {
        useFsOps(null)
      }
      const context = `${s.name}, failure at step ${n} (${ops[n - 1]})`
      const state = expectOldOrNew(dir, before, after, context)
      if (r.code === 2) {
        expect({ context, state }).toEqual({ context, state: 'old' })
        expect(r.stderr).toMatch(/^error\[io-error\]: \S+: cannot write: input\/output error \(EIO\); nothing was changed$/)
      } else {
        // Only the clean-up after the commit can fail without failing the command.
        expect({ context, code: r.code, state }).toEqual({ context, code: 0, state: 'new' })
      }
      outcomes.add(state)
      const again = await cli([...s.argv, '--root', dir])
      // Once the change was made, running it again has nothing to do (uninstall then reports the module missing).
      expect({ context, code: again.code, leftovers: [...files(dir, true).keys()].filter((k) => LEFTOVER.test(k)) }).toEqual({ context, code: state === 'new' ? again.code : 0, leftovers: [] })
      expect(files(dir, true)).toEqual(after)
    }
    expect([...outcomes].sort()).toEqual(['new', 'old'])
  }, 600_000)

  it('with the disk full from the k-th write on: a clean ENOSPC error naming the file, every file old, then a rerun converges', async () => {
    const start = await template(temps, s)
    const { before, after } = await states(s, start)
    const writes = (await countOps(s.argv, start.copy())).filter((op) => op === 'write').length
    expect(writes).toBeGreaterThan(1)
    for (let k = 1; k <= writes; k++) {
      const dir = start.copy()
      let count = 0
      useFsOps(intercept(realFsOps, (op) => {
        if (op === 'write' && ++count >= k) throw errno('ENOSPC')
      }))
      let r
      try {
        r = await cli([...s.argv, '--root', dir])
      } finally {
        useFsOps(null)
      }
      const context = `${s.name}, ENOSPC from write ${k}`
      expect({ context, code: r.code, stdout: r.stdout }).toEqual({ context, code: 2, stdout: '' })
      expect(r.stderr).toMatch(/^error\[io-error\]: \S+: cannot write: no space left on the device \(ENOSPC\); nothing was changed$/)
      expect(expectOldOrNew(dir, before, after, context)).toBe('old')
      expect(files(dir, true)).toEqual(before)
      expect((await cli([...s.argv, '--root', dir])).code).toBe(0)
      expect(files(dir, true)).toEqual(after)
    }
  }, 600_000)
})
