// Every command's text and JSON output (stdout, stderr, exit code, and the files a writing command
// leaves) on examples/shop, the RusToK fixture and the corpus of bad manifests, so a performance
// change can be shown byte-identical:
//   node bench/outputs.mjs record FILE    writes the outputs (RusToK's as SHA-256 only: its files are
//                                         BSL-1.1 and never copied into this repository)
//   node bench/outputs.mjs compare FILE   runs again and lists every difference (exit 1 when any)
// Each project runs in a temp copy under a fixed-length name; the copy's path is replaced by <ROOT>.
// Also the N-module bench workspace, fresh, generated and broken (bench/scale-outputs.mjs;
// OUTPUTS_SCALE_N, default 5,000; 0 leaves it out).
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scaleOutputs } from './scale-outputs.mjs'

const [mode, file] = process.argv.slice(2)
if (!['record', 'compare'].includes(mode) || !file) {
  console.error('usage: node bench/outputs.mjs record|compare FILE')
  process.exit(2)
}
const cli = path.resolve(process.env.OUTPUTS_CLI ?? 'dist/cli.js')
const sha = (s) => createHash('sha256').update(s).digest('hex')
const fixture = [process.env.RUSTOK_FIXTURE, '../shared/fixtures/rustok', '.cache/fixtures/rustok']
  .filter(Boolean)
  .map((d) => path.resolve(d))
  .find((d) => existsSync(path.join(d, 'modules.toml')))

const GIT_ENV = { GIT_AUTHOR_NAME: 'o', GIT_AUTHOR_EMAIL: 'o@localhost', GIT_COMMITTER_NAME: 'o', GIT_COMMITTER_EMAIL: 'o@localhost', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }

function copy(src, git, prepare) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mr-outputs-'))
  const dir = path.join(tmp, 'p')
  cpSync(src, dir, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', dir])
  if (prepare) execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })
  if (git) {
    const g = (...a) => execFileSync('git', ['-C', dir, ...a], { stdio: 'ignore', env: { ...process.env, ...GIT_ENV } })
    g('init', '-q', '-b', 'main')
    g('add', '-A')
    g('commit', '-qm', 'copy')
  }
  return { dir, tmp }
}

/** The files under dir (not .git), each as its SHA-256: what a writing command left. */
function tree(dir) {
  const out = {}
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name === '.git') continue
      const p = path.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[path.relative(dir, p)] = sha(readFileSync(p))
    }
  }
  walk(dir)
  return sha(JSON.stringify(out))
}

function run(dir, args, secret) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1' } })
  const norm = (s) => s.split(dir).join('<ROOT>')
  const stdout = norm(r.stdout)
  const stderr = norm(r.stderr)
  return secret ? { code: r.status, stdout: sha(stdout), stderr: sha(stderr) } : { code: r.status, stdout, stderr }
}

const FORMATS = [[], ['--format', 'json']]
function project(name, src, { secret = false, git = true, catalog = false, prepare = false, edits = null } = {}) {
  const res = {}
  const { dir, tmp } = copy(src, git, prepare)
  if (edits) edits(dir)
  try {
    const reads = [['validate'], ['hash'], ['hash', '--explain'], ['check'], ['plan'], ['plan', '--profile', 'headless'], ['workflows', 'check']]
    if (catalog) reads.push(['catalog', 'list'], ['catalog', 'search', 'blog'], ['uninstall', 'search', '--dry-run'], ['install', 'newsletter', '--dry-run', '--catalog', 'marketplace.toml'])
    for (const args of reads) for (const f of FORMATS) res[[...args, ...f].join(' ')] = run(dir, [...args, '--root', dir, ...f], secret)
    const before = tree(dir)
    res['plan --out'] = { ...run(dir, ['plan', '--root', dir, '--out', path.join(tmp, 'plan.json')], secret) }
    if (existsSync(path.join(tmp, 'plan.json'))) res['plan --out'].file = sha(readFileSync(path.join(tmp, 'plan.json'), 'utf8').split(dir).join('<ROOT>'))
    res['tree'] = before
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  if (edits) return res
  // Writing commands, each in a fresh copy.
  for (const args of [['generate'], ['workflows', 'generate']]) {
    for (const f of FORMATS) {
      const c = copy(src, git, prepare)
      try {
        const r = run(c.dir, [...args, '--root', c.dir, ...f], secret)
        res[[...args, ...f].join(' ')] = { ...r, tree: tree(c.dir) }
      } finally {
        rmSync(c.tmp, { recursive: true, force: true })
      }
    }
  }
  return res
}

const results = {}
const t0 = Date.now()
// OUTPUTS_ONLY=regex: only the projects whose name matches (record merges them into FILE).
const only = process.env.OUTPUTS_ONLY ? new RegExp(process.env.OUTPUTS_ONLY) : null
const want = (name) => !only || only.test(name)
if (want('schemas')) results.schemas = run(process.cwd(), ['schemas'], false)
if (want('help')) results.help = run(process.cwd(), ['--help'], false)
if (want('examples/shop')) results['examples/shop'] = project('shop', 'examples/shop', { catalog: true })
// plan's git paths: a staged change, an unstaged one, an untracked file, a deleted one.
const append = (f, text) => writeFileSync(f, readFileSync(f, 'utf8') + text)
if (want('examples/shop dirty')) results['examples/shop dirty'] = project('shop', 'examples/shop', {
  edits: (dir) => {
    append(path.join(dir, 'crates/blog/src/lib.rs'), '\n// edited\n')
    writeFileSync(path.join(dir, 'crates/forum/new.rs'), 'pub fn x() {}\n')
    append(path.join(dir, 'crates/comments/Cargo.toml'), '\n# staged\n')
    execFileSync('git', ['-C', dir, 'add', 'crates/comments/Cargo.toml'])
    rmSync(path.join(dir, 'crates/search/src/lib.rs'))
  }
})
if (fixture) {
  if (want('rustok')) results.rustok = project('rustok', fixture, { secret: true })
  if (want('rustok prepared')) results['rustok prepared'] = project('rustok', fixture, { secret: true, prepare: true })
}
else console.error('RusToK fixture not found: its outputs are not compared')
const CORPUS = '__tests__/corpus'
for (const c of readdirSync(CORPUS).sort()) {
  const d = path.join(CORPUS, c)
  if (!statSync(d).isDirectory() || !want(`corpus/${c}`)) continue
  const res = {}
  const { dir, tmp } = copy(d, false)
  try {
    for (const args of [['validate'], ['hash'], ['check'], ['plan']]) for (const f of FORMATS) res[[...args, ...f].join(' ')] = run(dir, [...args, '--root', dir, ...f], false)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  results[`corpus/${c}`] = res
}
if (Number(process.env.OUTPUTS_SCALE_N ?? 5000) > 0) Object.assign(results, scaleOutputs(cli, want))
console.error(`ran in ${((Date.now() - t0) / 1000).toFixed(0)} s`)

if (mode === 'record') {
  const all = only && existsSync(file) ? { ...JSON.parse(readFileSync(file, 'utf8')), ...results } : results
  writeFileSync(file, JSON.stringify(all, null, 1) + '\n')
  console.log(`recorded ${Object.keys(results).length} projects into ${file}`)
} else {
  const recorded = JSON.parse(readFileSync(file, 'utf8'))
  const before = Object.fromEntries(Object.entries(recorded).filter(([k]) => want(k)))
  const diffs = []
  const cmp = (a, b, where) => {
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
      if (a !== b) diffs.push(`${where}:\n  before: ${JSON.stringify(a)?.slice(0, 400)}\n  after:  ${JSON.stringify(b)?.slice(0, 400)}`)
      return
    }
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) cmp(a[k], b[k], `${where}/${k}`)
  }
  cmp(before, results, '')
  if (diffs.length) {
    console.log(diffs.join('\n'))
    console.log(`${diffs.length} differences`)
    process.exit(1)
  }
  console.log(`identical: ${Object.keys(results).length} projects, every command`)
}
