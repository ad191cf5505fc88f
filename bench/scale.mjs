// The scale group of bench/run.mjs: validate, check (after `generate`, exit 0) and hash of the
// bench workspace (bench/workspace.mjs) at 500, 5,000 and 50,000 modules (BENCH_SCALE_SIZES), with
// the time per module at each size, the ratio of the largest to the 5,000 figure against the
// ideal (the size ratio: 10 for 50,000), and the peak RSS of each command at the largest size
// (GNU time's maximum resident set size of the child; skipped without /usr/bin/time).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeWorkspace } from './workspace.mjs'

/** The environment of a run with neither of the CLI's caches, as on a fresh CI runner. */
export const NO_CACHES = { MODULES_REBUILD_CODE_CACHE: 'off', MODULES_REBUILD_TOML_CACHE: 'off' }

const COMMANDS = [
  { key: 'validate', args: ['validate'], target5000: 500 },
  { key: 'check', args: ['check'], target5000: 1000 },
  { key: 'hash', args: ['hash'], target5000: null }
]

/** Peak RSS (bytes) of one run, from GNU time; null without /usr/bin/time. */
function peakRss(args) {
  if (!existsSync('/usr/bin/time')) return null
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return Number(r.stderr.trim().split('\n').pop()) * 1024
}

/**
 * Adds the scale rows to `rows` and the figures to `results`. `time(args, runs)` and `stats`: the
 * shared timing helpers of run.mjs (wall-clock ms); `before`: another build, timed run by run
 * alongside; `floor`: bench/floor.cjs.
 */
export function benchScale({ cli, floor, before, time, stats: statsOf, rows, results }) {
  const sizes = (process.env.BENCH_SCALE_SIZES ?? '500,5000,50000').split(',').map(Number)
  const largest = Math.max(...sizes)
  const ms = (x) => `${x.toFixed(0)} ms`
  const mib = (b) => `${(b / 1048576).toFixed(0)} MiB`
  const curve = Object.fromEntries(COMMANDS.map((c) => [c.key, {}]))
  for (const n of sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${n}-`))
    try {
      writeWorkspace(dir, n)
      // check compares with generated files: generate first (exit 0); validate and hash read the same tree.
      // Past 8,192 modules generate refuses (limit-exceeded: the server's Cargo.toml [features]
      // default would list more entries than any format here accepts), so check is not measured.
      const gen = spawnSync(process.execPath, [cli, 'generate', '--root', dir], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
      if (gen.status !== 0 && !/error\[limit-exceeded\]/.test(gen.stderr)) throw new Error(`generate of ${n} modules exited ${gen.status}: ${gen.stderr}`)
      const runs = n > 5000 ? 3 : 7
      for (const c of COMMANDS) {
        if (c.key === 'check' && gen.status !== 0) {
          rows.push({ name: `check, ${n.toLocaleString('en')} modules`, figure: 'not measured: generate refuses a [features] list over 8,192 entries (limit-exceeded)', before: '', target: '—', met: null })
          continue
        }
        const args = [...c.args, '--root', dir]
        // With a "before" build the two alternate run by run, so both see the same machine.
        const mine = []
        const theirs = []
        // At 5,000, validate's floor (bench/floor.cjs: the same files read and parsed by a script of
        // nothing else) runs in the same rounds.
        const floors = n === 5000 && c.key === 'validate' ? { read: [], parse: [] } : null
        for (let i = 0; i < runs; i++) {
          mine.push(time([cli, ...args], 1).median)
          if (before) theirs.push(time([before, ...args], 1).median)
          for (const [mode, xs] of Object.entries(floors ?? {})) xs.push(time([floor, mode, dir], 1).median)
        }
        for (const [mode, xs] of Object.entries(floors ?? {})) {
          const f = (results[`floor_${mode}_5000`] = statsOf(xs))
          const what = mode === 'read' ? 'read the files validate reads (parse modules.toml only)' : 'read + parse the files validate reads (no checks)'
          rows.push({ name: `floor: ${what}, 5,000 modules`, figure: `${ms(f.median)} (${ms(f.min)}–${ms(f.max)}, ${runs} runs)`, before: '', target: '—', met: null })
        }
        const t = statsOf(mine)
        const b = before ? statsOf(theirs) : null
        curve[c.key][n] = t.median
        results[`${c.key}_${n}`] = { ...t, ...(b ? { before: b } : {}) }
        const per = `${((t.median / n) * 1000).toFixed(0)} µs/module`
        const row = { name: `${c.key}, ${n.toLocaleString('en')} modules`, figure: `${ms(t.median)} (${ms(t.min)}–${ms(t.max)}, ${runs} runs; ${per})`, before: b ? ms(b.median) : '', target: '—', met: null }
        if (n === 5000 && c.target5000 !== null) Object.assign(row, { target: `≤ ${c.target5000} ms`, met: t.median <= c.target5000 })
        if (n === largest && n !== 5000 && curve[c.key][5000] !== undefined) {
          const ideal = n / 5000
          const ratio = t.median / curve[c.key][5000]
          results[`${c.key}_${n}_over_5000`] = ratio
          Object.assign(row, { figure: `${row.figure}; ×${ratio.toFixed(1)} the 5,000 figure`, target: `≤ ${(ideal * 1.1).toFixed(0)}× (linear: ${ideal}×)`, met: ratio <= ideal * 1.1 })
        }
        rows.push(row)
        if (n === 5000 && c.key !== 'hash') {
          // The same with no caches, as on a fresh CI runner (the rows above run warm).
          const cold = []
          const writing = []
          const empty = mkdtempSync(path.join(os.tmpdir(), 'bench-store-'))
          for (let i = 0; i < runs; i++) {
            cold.push(time([cli, ...args], 1, 0, NO_CACHES).median)
            // The run that writes the parse cache: an empty store each time, the code cache warm.
            rmSync(empty, { recursive: true, force: true })
            writing.push(time([cli, ...args], 1, 0, { MODULES_REBUILD_TOML_CACHE: empty }).median)
          }
          rmSync(empty, { recursive: true, force: true })
          for (const [what, xs] of [['no caches', cold], ['writing the parse cache', writing]]) {
            const tc = statsOf(xs)
            results[`${c.key}_${n}_${what === 'no caches' ? 'cold' : 'store_write'}`] = tc
            rows.push({ name: `${c.key}, ${n.toLocaleString('en')} modules, ${what}`, figure: `${ms(tc.median)} (${ms(tc.min)}–${ms(tc.max)}, ${runs} runs)`, before: '', target: '—', met: null })
          }
        }
        if (n === largest) {
          const rss = peakRss([cli, ...args])
          const rssBefore = before ? peakRss([before, ...args]) : null
          results[`${c.key}_${n}_peak_rss`] = rss
          if (rss !== null) rows.push({ name: `${c.key}, ${n.toLocaleString('en')} modules: peak RSS`, figure: mib(rss), before: rssBefore ? mib(rssBefore) : '', target: '—', met: null })
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  results.scale_curve_ms = curve
  for (const c of COMMANDS) {
    const per = sizes.filter((n) => curve[c.key][n] !== undefined).map((n) => `${n.toLocaleString('en')}: ${((curve[c.key][n] / n) * 1000).toFixed(0)}`).join(', ')
    rows.push({ name: `scale curve (${c.key})`, figure: `µs/module at ${per}`, before: '', target: 'flat', met: null })
  }
}
