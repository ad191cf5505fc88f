// Benchmarks (npm run bench). Speed targets live here, never in timed tests.
//  1. startup: `validate` and `hash` of RusToK's fixture vs `node -e 0` (ratio of medians; target ≤ 1.3)
//     and `plan` of the same fixture (a git copy: RusToK's real feature drift allowed) vs `node -e 0`
//  2. scale: `validate` of a generated 5,000-module workspace with a 5,000-deep dependency chain
//     (target ≤ 1 s) and of 50,000 modules (target ~10× the 5,000 figure); `check` of the 5,000
//     one after `generate` (target ≤ 1.5 s)
//  3. oci: retag of a 500 MB image in a real registry (docker-registry + skopeo, skipped with a
//     reason when missing) moves only manifests: bytes on the wire ≤ 64 KiB (bench/oci-retag.mjs)
//  4. publish: 1 GiB of artifacts to the GitHub API double (standalone): the publisher's peak RSS
//     ≤ 150 MiB and its throughput ≥ 0.8 × curl's to the same double (bench/publish.mjs)
// Results are printed and written to bench/results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchOciRetag, printOciRetag } from './oci-retag.mjs'
import { benchPublish, printPublish } from './publish.mjs'
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
{
  // plan needs a git checkout whose generated files are current: a copy of the fixture that
  // accepts RusToK's real drift ([features] allow_dirty) and declares its one missing feature.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'))
  try {
    cpSync(fixture, dir, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', dir])
    writeFileSync(path.join(dir, 'modules-rebuild.toml'), 'schema = 1\nallow_dirty = ["features"]\n')
    const cargo = path.join(dir, 'apps/server/Cargo.toml')
    writeFileSync(cargo, readFileSync(cargo, 'utf8').replace('[features]\n', '[features]\nmod-iggy_connector = []\n'))
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
    if (n === 5000) {
      execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })
      results.check_5000 = time([cli, 'check', '--root', dir], 7)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
results.scale_ratio_50000_vs_5000 = results.validate_50000.median / results.validate_5000.median
const oci = await benchOciRetag()
if (oci) results.oci_retag = oci
results.publish_github = await benchPublish()

const ms = (x) => `${x.toFixed(0)} ms`
console.log(`node ${process.version}, ${os.cpus().length} cpus, ${runs} runs (median)`)
console.log(`node -e 0                   ${ms(baseline.median)}`)
console.log(`validate RusToK fixture     ${ms(results.validate_rustok.median)}  ratio ${results.validate_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
console.log(`hash RusToK fixture         ${ms(results.hash_rustok.median)}  ratio ${results.hash_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
console.log(`plan RusToK fixture         ${ms(results.plan_rustok.median)}  ratio ${results.plan_rustok.ratio.toFixed(2)} (target ≤ 1.3)`)
console.log(`validate 5,000 modules      ${ms(results.validate_5000.median)}  (target ≤ 1000 ms)`)
console.log(`check 5,000 modules         ${ms(results.check_5000.median)}  (target ≤ 1500 ms)`)
console.log(`validate 50,000 modules     ${ms(results.validate_50000.median)}  ×${results.scale_ratio_50000_vs_5000.toFixed(1)} for ×10 modules (target ~10)`)
if (oci) printOciRetag(oci)
printPublish(results.publish_github)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n')
