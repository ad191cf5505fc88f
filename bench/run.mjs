// Benchmarks (npm run bench). Speed targets live here, never in timed tests. Prints one table: each
// row with its figure, the target, and met/missed.
//  startup: hash / validate / check / plan of RusToK's fixture as ratios to `node -e 0`, measured
//    interleaved in the same run (BENCH_PAIRS pairs, default 21; median of the per-pair ratios and
//    the interquartile range), with floors (bench/floor.cjs, a script of nothing else: modules.toml
//    read and hashed; the files validate reads, read only or read and parsed). check and plan run
//    on a git copy after `generate` (exit 0). Skipped
//    with a message without the fixture (RUSTOK_FIXTURE, ../shared/fixtures/rustok, .cache/fixtures/rustok).
//  scale: validate / check / hash of the bench workspace (bench/workspace.mjs) at 500, 5,000 and
//    50,000 modules (BENCH_SCALE_SIZES): µs per module at each size, the 50,000/5,000 ratio against
//    the ideal 10, peak RSS at 50,000 (bench/scale.mjs).
//  hostile: validate of 11 MB of garbage and of a file over the 32 MiB limit.
//  oci: retag of a 500 MB image in a real registry moves only manifests (bench/oci-retag.mjs).
//  deploy: rollback of a 500 MB image through the CLI moves only manifests (bench/deploy-rollback.mjs).
//  publish: 1 GiB to the GitHub API double: peak RSS and throughput vs curl (bench/publish.mjs).
// BENCH_ONLY=startup,scale,… runs some groups; BENCH_BEFORE=DIR/cli.js measures another build of the
// CLI (e.g. a copy of dist/ before a change) interleaved with this one, as a "before" column.
// The machine's load average is printed with the table: ratios are measured in the same conditions,
// absolute times are not. Results are also written to bench/results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchScale, NO_CACHES } from './scale.mjs'

const pairs = Number(process.env.BENCH_PAIRS ?? 21)
const groups = new Set((process.env.BENCH_ONLY ?? 'startup,scale,hostile,oci,deploy,publish').split(','))
const cli = path.resolve('dist/cli.js')
const floor = path.resolve('bench/floor.cjs')
const before = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : null
const fixture = [process.env.RUSTOK_FIXTURE, '../shared/fixtures/rustok', '.cache/fixtures/rustok']
  .filter(Boolean)
  .map((d) => path.resolve(d))
  .find((d) => existsSync(path.join(d, 'modules.toml')))
if (!fixture) console.log('RusToK fixture not found (RUSTOK_FIXTURE, ../shared/fixtures/rustok, .cache/fixtures/rustok): its benchmarks are skipped; run `npm run fixtures` to fetch it')
if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/package.mjs', 'dist'], { stdio: 'inherit' })

const load = [os.loadavg()]
const rows = []
const results = {}

// The CLI's caches (its V8 code cache, src/launcher.ts, and its store of parsed TOML,
// adapters/fs/toml-store.ts) live in a directory of the run's own, for every command this starts
// (the scale group's too): every command is run once before it is timed, so the rows show warm
// runs; the "no caches" rows turn both off, as on a fresh CI runner.
const caches = mkdtempSync(path.join(os.tmpdir(), 'bench-caches-'))
process.env.MODULES_REBUILD_CODE_CACHE = path.join(caches, 'code')
process.env.MODULES_REBUILD_TOML_CACHE = path.join(caches, 'toml')

function once(args, status, env = {}) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
  const ms = performance.now() - t0
  if (r.status !== status) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  const i = (s.length - 1) * q
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i))
}
const stats = (xs) => ({ median: quantile(xs, 0.5), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs), n: xs.length })

/**
 * Each case as a ratio to `node -e 0`: every pair runs `node -e 0` and then the case, pair after
 * pair and case after case, so both see the same load. With BENCH_BEFORE each case also runs with
 * the other build in the same round.
 */
function interleaved(cases) {
  const clis = before ? [['after', cli], ['before', before]] : [['after', cli]]
  // A floor (bench/floor.cjs) runs as itself, once per pair, whatever build is measured.
  const runners = (c) => (c.script ? [['after', c.script]] : clis)
  const samples = new Map(cases.flatMap((c) => runners(c).map(([w]) => [`${c.key}/${w}`, { ms: [], base: [], ratio: [] }])))
  for (const c of cases) for (const [, bin] of runners(c)) once([bin, ...c.args], c.status ?? 0, c.env) // warms the code cache
  for (let i = 0; i < pairs; i++) {
    for (const c of cases) {
      for (const [w, bin] of i % 2 ? [...runners(c)].reverse() : runners(c)) {
        const s = samples.get(`${c.key}/${w}`)
        const base = once(['-e', '0'], 0)
        c.before?.()
        const ms = once([bin, ...c.args], c.status ?? 0, c.env)
        s.base.push(base)
        s.ms.push(ms)
        s.ratio.push(ms / base)
      }
    }
  }
  for (const c of cases) {
    for (const [w] of runners(c)) {
      const s = samples.get(`${c.key}/${w}`)
      results[`${c.key}${w === 'before' ? '_before' : ''}`] = { ms: stats(s.ms), node_e_0: stats(s.base), ratio: stats(s.ratio) }
    }
    const r = results[c.key].ratio
    const b = before && !c.script ? results[`${c.key}_before`].ratio : null
    rows.push({ name: c.name, figure: `${r.median.toFixed(2)}× (${r.p25.toFixed(2)}–${r.p75.toFixed(2)}); ${results[c.key].ms.median.toFixed(0)} ms`, before: b ? `${b.median.toFixed(2)}× (${b.p25.toFixed(2)}–${b.p75.toFixed(2)})` : '', target: c.target ? `≤ ${c.target}×` : '—', met: c.target ? r.median <= c.target : null })
  }
}

function time(args, n, status = 0, env = {}) {
  const xs = []
  for (let i = 0; i < n; i++) xs.push(once(args, status, env))
  return stats(xs)
}

function gitCopy(src) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'))
  cpSync(src, dir, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', dir])
  execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })
  const g = (...args) => execFileSync('git', ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], { stdio: 'ignore' })
  g('init', '-q')
  g('add', '-A')
  g('commit', '-qm', 'fixture')
  return dir
}

const ms = (x) => `${x.toFixed(0)} ms`
const temps = []
const emptyStore = path.join(caches, 'toml-first-run')
try {
  if (groups.has('startup') && fixture) {
    // check and plan need generated files that are current: a git copy of the fixture after
    // `generate` (RusToK's Cargo.toml findings are warnings).
    const dir = gitCopy(fixture)
    temps.push(dir)
    interleaved([
      // Floors: the least work of each kind, with nothing of modules-rebuild loaded (bench/floor.cjs).
      { key: 'floor_hash_rustok', name: 'floor: read modules.toml + sha256 (no parse)', script: floor, args: ['hash', fixture], target: null },
      { key: 'floor_read_rustok', name: 'floor: read the files validate reads (parse modules.toml only)', script: floor, args: ['read', fixture], target: null },
      { key: 'floor_parse_rustok', name: 'floor: read + parse the files validate reads (no checks)', script: floor, args: ['parse', fixture], target: null },
      { key: 'hash_rustok', name: 'hash, RusToK fixture', args: ['hash', '--root', fixture], target: 1.1 },
      { key: 'validate_rustok', name: 'validate, RusToK fixture', args: ['validate', '--root', fixture], target: 1.3 },
      { key: 'validate_rustok_cold', name: 'validate, RusToK fixture, no caches (first run)', args: ['validate', '--root', fixture], env: NO_CACHES, target: null },
      { key: 'check_rustok', name: 'check, RusToK fixture (prepared, exit 0)', args: ['check', '--root', dir], target: 1.5 },
      { key: 'plan_rustok', name: 'plan, RusToK-like repo (exit 0)', args: ['plan', '--root', dir], target: 1.5 },
      { key: 'plan_rustok_cold', name: 'plan, RusToK-like repo, no caches (first run)', args: ['plan', '--root', dir], env: NO_CACHES, target: null },
      // The run that writes the parse cache (an empty store each time; the code cache warm): its one-time cost.
      { key: 'plan_rustok_store_write', name: 'plan, RusToK-like repo, writing the parse cache', args: ['plan', '--root', dir], env: { MODULES_REBUILD_TOML_CACHE: emptyStore }, before: () => rmSync(emptyStore, { recursive: true, force: true }), target: null }
    ])
  }
  if (groups.has('scale')) benchScale({ cli, floor, before, time, stats, rows, results })
  if (groups.has('hostile')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-'))
    temps.push(dir)
    const printable = Buffer.alloc(11 * 1024 * 1024)
    for (let i = 0; i < printable.length; i++) printable[i] = 0x20 + ((i * 7919) % 95)
    writeFileSync(path.join(dir, 'modules.toml'), printable)
    const g = (results.validate_garbage_11mb = time([cli, 'validate', '--root', dir], 3, 1))
    rows.push({ name: 'validate, 11 MB of garbage', figure: ms(g.median), before: '', target: '≤ 10000 ms', met: g.median <= 10000 })
    writeFileSync(path.join(dir, 'modules.toml'), `schema = 2\n# ${'x'.repeat(33 * 1024 * 1024)}\n`)
    const o = (results.validate_over_limit = time([cli, 'validate', '--root', dir], 3, 1))
    rows.push({ name: 'validate, a 33 MiB file', figure: ms(o.median), before: '', target: '≤ 10000 ms', met: o.median <= 10000 })
  }
  if (groups.has('oci')) {
    const { benchOciRetag } = await import('./oci-retag.mjs')
    const r = await benchOciRetag()
    if (r) {
      results.oci_retag = r
      rows.push({ name: `oci retag of a ${(r.layer_bytes / 1048576).toFixed(0)} MiB image`, figure: `${r.retag_max_bytes} B on the wire (max of ${r.runs}), ${ms(r.retag_median_ms)}`, before: '', target: `≤ ${r.limit_bytes} B`, met: r.ok })
    }
  }
  if (groups.has('deploy')) {
    const { benchDeployRollback } = await import('./deploy-rollback.mjs')
    const r = await benchDeployRollback()
    if (r) {
      results.deploy_rollback = r
      rows.push({ name: `rollback of a ${(r.layer_bytes / 1048576).toFixed(0)} MiB image (CLI)`, figure: `${r.rollback_max_bytes} B to/from the registry (max of ${r.runs}), ${ms(r.rollback_median_ms)} median, ${ms(r.rollback_max_ms)} max`, before: '', target: `≤ ${r.limit_bytes} B`, met: r.ok })
    }
  }
  if (groups.has('publish')) {
    const { benchPublish } = await import('./publish.mjs')
    const r = (results.publish_github = await benchPublish())
    const mib = (b) => `${(b / 1048576).toFixed(0)} MiB`
    rows.push({ name: `publish ${mib(r.bytes)} (GitHub double)`, figure: `${r.throughput_ratio.toFixed(2)}× curl's throughput, peak RSS ${mib(r.publisher_max_rss)}`, before: '', target: `≥ 0.8×, ≤ ${mib(r.rss_limit)}`, met: r.ok })
  }
} finally {
  for (const t of [...temps, caches]) rmSync(t, { recursive: true, force: true })
}
load.push(os.loadavg())

const head = ['row', 'figure', ...(before ? ['before'] : []), 'target', 'met']
const table = rows.map((r) => [r.name, r.figure, ...(before ? [r.before] : []), r.target, r.met === null ? '—' : r.met ? 'met' : 'MISSED'])
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)))
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(`node ${process.version}, ${os.cpus().length} cpus; load average ${load[0].map((x) => x.toFixed(1)).join(' ')} at the start, ${load[1].map((x) => x.toFixed(1)).join(' ')} at the end`)
if (results.hash_rustok) console.log(`ratios: median of ${pairs} interleaved pairs against \`node -e 0\` (${results.hash_rustok.node_e_0.median.toFixed(0)} ms median here), interquartile range in parentheses`)
console.log(line(head))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const t of table) console.log(line(t))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify({ node: process.version, date: new Date().toISOString(), load, results }, null, 2) + '\n')
