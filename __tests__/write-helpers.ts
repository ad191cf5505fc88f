/**
 * Test helpers of the write path: copies of examples/shop in the state before a command, the
 * state after it, and the "every file is old or new" comparison that ignores the write path's own
 * leftovers (temp files and the journal, which the next run cleans up).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from '@jest/globals'
import { cli, tree } from './cli-helpers.js'

export const SHOP = path.join(process.cwd(), 'examples', 'shop')

/** Names the write path leaves only when interrupted. */
export const LEFTOVER = /(^|[\\/])(\.[^\\/]+\.modules-rebuild-\d+-[0-9a-f]{8}\.(tmp|bak|del)|\.modules-rebuild\.journal)$/

export class Temps {
  private dirs: string[] = []
  make(prefix: string): string {
    const d = mkdtempSync(path.join(os.tmpdir(), prefix))
    this.dirs.push(d)
    return d
  }
  cleanup(): void {
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  }
}

export function copyOfShop(temps: Temps, prefix = 'mr-write-'): string {
  const dir = path.join(temps.make(prefix), 'shop')
  cpSync(SHOP, dir, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
  return dir
}

export interface Scenario {
  name: string
  /** The command, without --root. */
  argv: string[]
  /** Brings a fresh copy of the shop into the state before the command. */
  prepare: (dir: string) => Promise<void>
}

export const SCENARIOS: Scenario[] = [
  {
    // generate rewrites the registry files and feature regions of a checkout whose modules.toml gained forum back.
    name: 'generate',
    argv: ['generate'],
    prepare: async (dir) => {
      const manifest = readFileSync(path.join(dir, 'modules.toml'))
      expect((await cli(['uninstall', 'forum', '--root', dir])).code).toBe(0)
      writeFileSync(path.join(dir, 'modules.toml'), manifest)
    }
  },
  { name: 'install newsletter', argv: ['install', 'newsletter'], prepare: async () => {} },
  {
    // Deletes the vendored package manifest and prunes its directory.
    name: 'uninstall newsletter',
    argv: ['uninstall', 'newsletter'],
    prepare: async (dir) => {
      expect((await cli(['install', 'newsletter', '--root', dir])).code).toBe(0)
    }
  }
]

/** A checkout in the state before the scenario's command, prepared once; `copy()` gives a fresh copy of it. */
export async function template(temps: Temps, s: Scenario): Promise<{ copy: () => string }> {
  const base = copyOfShop(temps, 'mr-write-template-')
  await s.prepare(base)
  return {
    copy: () => {
      const dir = path.join(temps.make('mr-write-'), 'shop')
      cpSync(base, dir, { recursive: true })
      return dir
    }
  }
}

/** Every file of the checkout (leftovers of the write path left out unless `all`). */
export function files(dir: string, all = false): Map<string, string> {
  return tree(dir, (rel) => !all && LEFTOVER.test(rel))
}

/** The files before and after a clean run of the scenario. */
export async function states(s: Scenario, from: { copy: () => string }): Promise<{ before: Map<string, string>; after: Map<string, string> }> {
  const dir = from.copy()
  const before = files(dir, true)
  const r = await cli([...s.argv, '--root', dir])
  expect(r.code).toBe(0)
  const after = files(dir, true)
  expect([...after.keys()].filter((k) => LEFTOVER.test(k))).toEqual([])
  expect(after).not.toEqual(before)
  return { before, after }
}

/** Every path is byte-equal to its old or its new content (a missing file: missing before or after). */
export function expectOldOrNew(dir: string, before: Map<string, string>, after: Map<string, string>, context: string): 'old' | 'new' | 'mixed' {
  const now = files(dir)
  const paths = new Set([...before.keys(), ...after.keys(), ...now.keys()])
  let old = true
  let fresh = true
  for (const p of paths) {
    const n = now.get(p)
    const ok = n === before.get(p) || n === after.get(p)
    if (!ok) throw new Error(`${context}: ${p} is neither old nor new (${n === undefined ? 'missing' : `${n.length} bytes`})`)
    if (n !== before.get(p)) old = false
    if (n !== after.get(p)) fresh = false
  }
  return old ? 'old' : fresh ? 'new' : 'mixed'
}
