// Benchmarks (npm run bench). Speed targets live here, never in timed tests.
//  1. startup: `validate` and `hash` of RusToK's fixture vs `node -e 0` (ratio of medians; target ≤ 1.3)
//     and `plan` of the same fixture (a git copy after `generate`, its Cargo.toml as it is) vs `node -e 0`.
//     Skipped with a message without the fixture (RUSTOK_FIXTURE, ../shared/fixtures/rustok, or
//     .cache/fixtures/rustok from `npm run fixtures`).
//  2. scale: `validate` of a generated 5,000-module workspace with a 5,000-deep dependency chain
//     (target ≤ 1 s) and of 50,000 modules (a 6 MB manifest: key index and validation; target ~10×
//     the 5,000 figure); `hash` of the 50,000-module manifest (target ≤ 5 s); `check` of the 5,000
//     one after `generate` (target ≤ 1.5 s)
//  3. hostile input: `validate` of 11 MB of garbage and of a file over the 32 MiB limit (target ≤ 10 s)
//  4. oci: retag of a 500 MB image in a real registry (docker-registry + skopeo, skipped with a
//     reason when missing) moves only manifests: bytes on the wire ≤ 64 KiB (bench/oci-retag.mjs)
//  5. deploy: `rollback` of a 500 MB image through the CLI (local store, real registry): wall time
//     and bytes to/from the registry ≤ 64 KiB (bench/deploy-rollback.mjs; skipped like 4)
//  4. publish: 1 GiB of artifacts to the GitHub API double (standalone): the publisher's peak RSS
//     ≤ 150 MiB and its throughput ≥ 0.8 × curl's to the same double (bench/publish.mjs)
// Results are printed and written to bench/results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchDeployRollback, printDeployRollback } from './deploy-rollback.mjs'
import { benchOciRetag, printOciRetag } from './oci-retag.mjs'
import { benchPublish, printPublish } from './publish.mjs'
import { writeWorkspace } from './workspace.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 21)
const cli = path.resolve('dist/cli.js')
const fixture = [process.env.RUSTOK_FIXTURE, '../shared/fixtures/rustok', '.cache/fixtures/rustok']
  .filter(Boolean)
  .map((d) => path.resolve(d))
  .find((d) => existsSync(path.join(d, 'modules.toml')))
if (!fixture) console.log('RusToK fixture not found (RUSTOK_FIXTURE, ../shared/fixtures/rustok, .cache/fixtures/rustok): its benchmarks are skipped; run `npm run fixtures` to fetch it')
if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/package.mjs', 'dist'], { stdio: 'inherit' })

function time(args, n = runs, status = 0) {
  const samples = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    samples.push(performance.now() - t0)
    if (r.status !== status) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  samples.sort((a, b) => a - b)
  return { median: samples[samples.length >> 1], min: samples[0], max: samples[samples.length - 1], runs: n }
}

const results = {}
const baseline = time(['-e', '0'])
results.node_e_0 = baseline
for (const cmd of fixture ? ['validate', 'hash'] : []) {
  const r = time([cli, cmd, '--root', fixture])
  results[`${cmd}_rustok`] = { ...r, ratio: r.median / baseline.median }
}
if (fixture) {
  // plan needs a git checkout whose generated files are current: a copy of the fixture after
  // `generate`; RusToK's Cargo.toml findings are warnings.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'))
  try {
    cpSync(fixture, dir, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', dir])
    execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })
    const g = (...args) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' })
    g('init', '-q')
    g('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'add', '-A')
    g('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'fixture')
    const r = time([cli, 'plan', '--root', dir])
    results.plan_rustok = { ...r, ratio: r.median / baseline.median }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
for (const n of [5000, 50000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${n}-`))
  try {
    writeWorkspace(dir, n)
    const r = time([cli, 'validate', '--root', dir], n > 5000 ? 3 : 7)
    results[`validate_${n}`] = r
    if (n === 50000) results.hash_50000 = time([cli, 'hash', '--root', dir], 3)
    if (n === 5000) {
      execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })
      results.check_5000 = time([cli, 'check', '--root', dir], 7)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
results.scale_ratio_50000_vs_5000 = results.validate_50000.median / results.validate_5000.median
{
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-'))
  try {
    const printable = Buffer.alloc(11 * 1024 * 1024)
    for (let i = 0; i < printable.length; i++) printable[i] = 0x20 + ((i * 7919) % 95)
    writeFileSync(path.join(dir, 'modules.toml'), printable)
    results.validate_garbage_11mb = time([cli, 'validate', '--root', dir], 3, 1)
    writeFileSync(path.join(dir, 'modules.toml'), `schema = 2\n# ${'x'.repeat(33 * 1024 * 1024)}\n`)
    results.validate_over_limit = time([cli, 'validate', '--root', dir], 3, 1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const oci = await benchOciRetag()
if (oci) results.oci_retag = oci
const rollback = await benchDeployRollback()
if (rollback) results.deploy_rollback = rollback
results.publish_github = await benchPublish()

const ms = (x) => `${x.toFixed(0)} ms`
console.log(`node ${process.version}, ${os.cpus().length} cpus, ${runs} runs (median)`)
console.log(`node -e 0                   ${ms(baseline.median)}`)
if (fixture) {
  console.log(`validate RusToK fixture     ${ms(results.validate_rustok.median)}  ratio ${results.validate_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
  console.log(`hash RusToK fixture         ${ms(results.hash_rustok.median)}  ratio ${results.hash_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
  console.log(`plan RusToK fixture         ${ms(results.plan_rustok.median)}  ratio ${results.plan_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
}
console.log(`validate 5,000 modules      ${ms(results.validate_5000.median)}  (target ≤ 1000 ms)`)
console.log(`check 5,000 modules         ${ms(results.check_5000.median)}  (target ≤ 1500 ms)`)
console.log(`validate 50,000 modules     ${ms(results.validate_50000.median)}  ×${results.scale_ratio_50000_vs_5000.toFixed(1)} for ×10 modules (target ~10)`)
console.log(`hash 50,000 modules         ${ms(results.hash_50000.median)}  (target ≤ 5000 ms)`)
console.log(`validate 11 MB of garbage   ${ms(results.validate_garbage_11mb.median)}  (target ≤ 10000 ms)`)
console.log(`validate a 33 MiB file      ${ms(results.validate_over_limit.median)}  (target ≤ 10000 ms)`)
if (oci) printOciRetag(oci)
if (rollback) printDeployRollback(rollback)
printPublish(results.publish_github)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n')
