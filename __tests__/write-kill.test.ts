/**
 * Crash safety with a real process: `node dist/cli.js generate` and `install` on copies of
 * examples/shop, killed with SIGKILL just before its n-th disk-changing operation, for every n
 * (MODULES_REBUILD_TEST_KILL_AT, the write adapter's test hook: src/adapters/fs/fs-ops.ts). After
 * each kill every file is byte-equal to its old or its new content (never empty or partial); the
 * next run finds the journal, undoes the interrupted change and converges on exactly the files of
 * an uninterrupted run, leaving no temp file behind.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { cli } from './cli-helpers.js'
import { expectOldOrNew, files, LEFTOVER, SCENARIOS, states, template, Temps } from './write-helpers.js'

const CLI = path.join(process.cwd(), 'dist', 'cli.js')
const temps = new Temps()
afterAll(() => temps.cleanup())

if (!existsSync(CLI)) execFileSync('npm', ['run', 'package'], { stdio: 'ignore' })

// A bare environment, but the test run's cache directory (global-setup.js): without it the CLI's caches would land in ~/.cache.
const killed = (argv: string[], dir: string, at: number) =>
  spawnSync(process.execPath, [CLI, ...argv, '--root', dir], { env: { PATH: process.env.PATH ?? '', ...(process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : { MODULES_REBUILD_CODE_CACHE: 'off' }), MODULES_REBUILD_TEST_KILL_AT: String(at) }, encoding: 'utf8', timeout: 60_000 })

describe.each(SCENARIOS.filter((s) => s.name !== 'uninstall newsletter'))('node dist/cli.js $name killed with SIGKILL', (s) => {
  it('at every disk-changing step: each file old or new, and the next run converges', async () => {
    const start = await template(temps, s)
    const { before, after } = await states(s, start)
    const outcomes = new Set<string>()
    let n = 1
    for (; n < 400; n++) {
      const dir = start.copy()
      const r = killed(s.argv, dir, n)
      if (r.signal !== 'SIGKILL') {
        // Past the last operation: the run completed normally.
        expect(r.status).toBe(0)
        expect(r.stderr).not.toMatch(/error/)
        expect(files(dir, true)).toEqual(after)
        break
      }
      const context = `${s.name} killed before operation ${n}`
      const state = expectOldOrNew(dir, before, after, context)
      outcomes.add(state)
      const again = await cli([...s.argv, '--root', dir])
      // Once the change was made, running it again has nothing to do (uninstall then reports the module missing).
      expect({ context, code: again.code, leftovers: [...files(dir, true).keys()].filter((k) => LEFTOVER.test(k)) }).toEqual({ context, code: state === 'new' ? again.code : 0, leftovers: [] })
      expect(files(dir, true)).toEqual(after)
    }
    expect(n).toBeGreaterThan(10)
    // Kills before, during and after the renames: the journal had something to undo.
    expect([...outcomes].sort()).toEqual(['mixed', 'new', 'old'])
  }, 900_000)
})
