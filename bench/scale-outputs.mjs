// The scale part of bench/outputs.mjs: validate / hash / check / generate of an N-module workspace
// (bench/workspace.mjs, N = OUTPUTS_SCALE_N, default 5,000), fresh, after `generate`, and broken
// in many places (so the diagnostics of thousands of modules, their sorting and rendering, are
// compared too). Outputs are recorded as SHA-256 and length: they are megabytes.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeWorkspace } from './workspace.mjs'

const sha = (s) => createHash('sha256').update(s).digest('hex')

function tree(dir) {
  const out = {}
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[path.relative(dir, p)] = sha(readFileSync(p))
    }
  }
  walk(dir)
  return sha(JSON.stringify(out))
}

/** Edits that break a workspace of n modules in every way validation reports, many times over. */
function breakWorkspace(dir, n) {
  const pkg = (i) => path.join(dir, 'crates', `m${i}`, 'rustok-module.toml')
  const edit = (file, from, to) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to))
  for (let i = 1; i < n; i++) {
    if (i % 97 === 3) edit(pkg(i), 'version = "0.1.0"', 'version = "0.1"')
    else if (i % 101 === 5) rmSync(pkg(i))
    else if (i % 89 === 7) edit(pkg(i), `slug = "m${i}"`, `slug = "x${i}"`)
    else if (i % 83 === 1) edit(pkg(i), 'trust_level = "verified"', 'trust_level = "core"')
    else if (i % 79 === 2) edit(pkg(i), '[crate]', `[dependencies.m${(i + 1) % n}]\nversion_req = "^9"\n\n[crate]`)
  }
  const manifest = path.join(dir, 'modules.toml')
  edit(manifest, 'm2 = { crate = "bench-m2", source = "path", path = "crates/m2", depends_on = ["m1"] }', `m2 = { crate = "bench-m2", source = "path", path = "crates/m2", depends_on = ["m1", "m${n - 1}"] }`)
  edit(manifest, 'depends_on = ["m6"]', 'depends_on = ["m6", "nope"]')
  edit(manifest, 'path = "crates/m9"', 'path = "../crates/m9"')
}

function run(cli, dir, args) {
  const r = spawnSync(process.execPath, [cli, ...args, '--root', dir], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1' } })
  const norm = (s) => s.split(dir).join('<ROOT>')
  const stdout = norm(r.stdout)
  const stderr = norm(r.stderr)
  return { code: r.status, stdout: `${sha(stdout)} ${stdout.length}`, stderr: `${sha(stderr)} ${stderr.length}` }
}

const FORMATS = [[], ['--format', 'json']]

/** name → { command → output } for the N-module projects whose name `want` accepts. */
export function scaleOutputs(cli, want) {
  const n = Number(process.env.OUTPUTS_SCALE_N ?? 5000)
  const results = {}
  const variants = [
    [`scale/${n}`, (dir) => writeWorkspace(dir, n), [['validate'], ['hash'], ['hash', '--explain'], ['check']], true],
    [`scale/${n} prepared`, (dir) => (writeWorkspace(dir, n), execFileSync(process.execPath, [cli, 'generate', '--root', dir], { stdio: 'ignore' })), [['validate'], ['check']], false],
    [`scale/${n} broken`, (dir) => (writeWorkspace(dir, n), breakWorkspace(dir, n)), [['validate'], ['hash'], ['check']], false]
  ]
  for (const [name, make, reads, writes] of variants) {
    if (!want(name)) continue
    const res = {}
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'mr-scale-'))
    const dir = path.join(tmp, 'p')
    try {
      make(dir)
      for (const args of reads) for (const f of FORMATS) res[[...args, ...f].join(' ')] = run(cli, dir, [...args, ...f])
      res.tree = tree(dir)
      if (writes) {
        for (const f of FORMATS) {
          res[['generate', ...f].join(' ')] = { ...run(cli, dir, ['generate', ...f]), tree: tree(dir) }
          res[['check', 'after generate', ...f].join(' ')] = run(cli, dir, ['check', ...f])
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
    results[name] = res
  }
  return results
}
