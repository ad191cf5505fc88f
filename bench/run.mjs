// Benchmarks (npm run bench). Speed targets live here, never in timed tests.
//  1. startup: `validate` and `hash` of RusToK's fixture vs `node -e 0` (ratio of medians; target ≤ 1.3)
//  2. scale: `validate` of a generated 5,000-module workspace with a 5,000-deep dependency chain
//     (target ≤ 1 s) and of 50,000 modules (target ~10× the 5,000 figure)
// Results are printed and written to bench/results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeWorkspace } from './workspace.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 21)
const cli = path.resolve('dist/cli.js')
const fixture = path.resolve('../shared/fixtures/rustok')
if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/package.mjs', 'dist'], { stdio: 'inherit' })

function time(args, n = runs) {
  const samples = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    samples.push(performance.now() - t0)
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  samples.sort((a, b) => a - b)
  return { median: samples[samples.length >> 1], min: samples[0], max: samples[samples.length - 1], runs: n }
}

const results = {}
const baseline = time(['-e', '0'])
results.node_e_0 = baseline
for (const cmd of ['validate', 'hash']) {
  const r = time([cli, cmd, '--root', fixture])
  results[`${cmd}_rustok`] = { ...r, ratio: r.median / baseline.median }
}
for (const n of [5000, 50000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${n}-`))
  try {
    writeWorkspace(dir, n)
    const r = time([cli, 'validate', '--root', dir], n > 5000 ? 3 : 7)
    results[`validate_${n}`] = r
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
results.scale_ratio_50000_vs_5000 = results.validate_50000.median / results.validate_5000.median

const ms = (x) => `${x.toFixed(0)} ms`
console.log(`node ${process.version}, ${os.cpus().length} cpus, ${runs} runs (median)`)
console.log(`node -e 0                   ${ms(baseline.median)}`)
console.log(`validate RusToK fixture     ${ms(results.validate_rustok.median)}  ratio ${results.validate_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
console.log(`hash RusToK fixture         ${ms(results.hash_rustok.median)}  ratio ${results.hash_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
console.log(`validate 5,000 modules      ${ms(results.validate_5000.median)}  (target ≤ 1000 ms)`)
console.log(`validate 50,000 modules     ${ms(results.validate_50000.median)}  ×${results.scale_ratio_50000_vs_5000.toFixed(1)} for ×10 modules (target ~10)`)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n')
