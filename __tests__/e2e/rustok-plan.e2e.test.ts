/**
 * End to end on a copy of RusToK's real files, its Cargo.toml as it is: `init` → `generate` →
 * `plan --profile monolith|headless` all exit 0, and cargo itself (`cargo metadata --no-deps
 * --offline` over the 198-member workspace, each member given an empty src/lib.rs and src/main.rs)
 * accepts every feature the planned server build passes and every Cargo.toml line a hint suggests.
 * Skipped without the fixture or without cargo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse, stringify } from 'smol-toml'
import { describeRustok, rustokDir } from '../rustok-fixture.js'
import { cliIn } from './helpers.js'

const hasCargo = (() => {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
const describeCargo = hasCargo ? describeRustok : (name: string) => describe.skip(name, () => it('needs cargo on PATH', () => {}))

const SERVER_CARGO = 'apps/server/Cargo.toml'
const ACTION = 'someone/modules-rebuild@0123456789abcdef0123456789abcdef01234567'

interface Diag {
  file: string
  rule: string
  message: string
  hint: string | null
}
interface PlanJson {
  ok: boolean
  errors: Diag[]
  warnings: Diag[]
  plan: { targets: Record<string, { features: string[]; command: { argv: string[] } }> }
}

/** `cargo metadata --no-deps --offline` in `dir`: the server's feature names, or cargo's complaint. */
function metadata(dir: string): Promise<{ ok: true; features: string[] } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile('cargo', ['metadata', '--no-deps', '--offline', '--format-version', '1'], { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CARGO_TERM_COLOR: 'never' } }, (err, stdout, stderr) => {
      if (err) return resolve({ ok: false, error: stderr || String(err) })
      const meta = JSON.parse(stdout) as { packages: Array<{ name: string; features: Record<string, string[]> }> }
      resolve({ ok: true, features: Object.keys(meta.packages.find((p) => p.name === 'rustok-server')!.features) })
    })
  })
}

/**
 * The Cargo.toml lines a hint suggests, as fix sets to try: each line before "both lines together:"
 * on its own, and the lines after it as one set.
 */
function fixSets(hint: string): Array<Array<{ section: string; line: string }>> {
  const lines = (text: string) => [...text.matchAll(/under \[([a-z-]+)\]: `([^`]+)`/g)].map((m) => ({ section: m[1]!, line: m[2]! }))
  const [alone, together] = hint.split('both lines together:')
  const sets = lines(alone!).map((l) => [l])
  if (together !== undefined) sets.push(lines(together))
  return sets
}

/** `text` with each `key = value` line set in its section (parsed and written back by smol-toml). */
function applyLines(text: string, fixes: Array<{ section: string; line: string }>): string {
  const doc = parse(text) as Record<string, Record<string, unknown>>
  for (const f of fixes) {
    const entry = parse(f.line) as Record<string, unknown>
    const [key] = Object.keys(entry)
    expect(Object.keys(entry)).toHaveLength(1)
    doc[f.section] = { ...(doc[f.section] ?? {}), [key!]: entry[key!] }
  }
  return stringify(doc)
}

describeCargo('RusToK as it is: init → generate → plan, checked by cargo', () => {
  let work: string
  let root: string
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'mr-rustok-e2e-'))
    root = path.join(work, 'rustok')
    cpSync(rustokDir(), root, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', root])
    // cargo metadata needs each member's targets to exist: empty ones do.
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e)
        if (statSync(p).isDirectory()) walk(p)
        else if (e === 'Cargo.toml' && /^\[package\]/m.test(readFileSync(p, 'utf8'))) {
          mkdirSync(path.join(d, 'src'), { recursive: true })
          for (const f of ['lib.rs', 'main.rs']) writeFileSync(path.join(d, 'src', f), '', { flag: 'a' })
        }
      }
    }
    walk(root)
  })
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  let plans: Record<string, PlanJson> = {}

  it('init writes RusToK\'s base_features; generate exits 0 with the findings that predate it', async () => {
    const init = await cliIn(work, ['init', '--root', 'rustok', '--action', ACTION, '--action-version', 'v0.1.0'])
    expect([init.code, init.stderr]).toEqual([0, ''])
    const config = readFileSync(path.join(root, 'modules-rebuild.toml'), 'utf8')
    expect(config).toContain('server = ["redis-cache", "ai-translation"]')
    expect(config.split('\n')[0]).toBe('#:schema https://raw.githubusercontent.com/someone/modules-rebuild/0123456789abcdef0123456789abcdef01234567/schema/modules-rebuild.schema.json')
    const gen = await cliIn(work, ['generate', '--root', 'rustok'])
    expect(gen.code).toBe(0)
    // preset "rustok" (init detects apps/server/build.rs): the six files RusToK's build scripts generate
    expect(gen.stdout).toMatch(/6 written, 0 unchanged \(0 errors, 3 warnings; 3 findings \(3 warnings\) existed before this change\)/)
  })

  it('plan --profile monolith and --profile headless exit 0; the server keeps redis-cache and ai-translation', async () => {
    for (const profile of ['monolith', 'headless']) {
      const r = await cliIn(work, ['plan', '--root', 'rustok', '--profile', profile, '--format', 'json'])
      expect([profile, r.code]).toEqual([profile, 0])
      plans[profile] = JSON.parse(r.stdout) as PlanJson
      expect(plans[profile]!.errors).toEqual([])
      const server = plans[profile]!.plan.targets.server!
      expect(server.features.slice(0, 2)).toEqual(['redis-cache', 'ai-translation'])
      expect(server.features.includes('embed-admin')).toBe(profile === 'monolith')
      expect(server.command.argv).toContain(server.features.join(','))
    }
  })

  it('cargo accepts every feature of the planned server builds', async () => {
    const meta = await metadata(root)
    if (!meta.ok) throw new Error(meta.error)
    for (const profile of ['monolith', 'headless']) {
      const argv = plans[profile]!.plan.targets.server!.command.argv
      const features = argv[argv.indexOf('--features') + 1]!.split(',')
      expect(features.length).toBeGreaterThan(30)
      expect([profile, features.filter((f) => !meta.features.includes(f))]).toEqual([profile, []])
    }
  })

  it('every Cargo.toml line a hint suggests parses with cargo', async () => {
    const hints = [...plans.monolith!.warnings, ...plans.headless!.warnings].filter((d) => d.file === SERVER_CARGO && d.hint?.includes('under ['))
    expect(new Set(hints.map((d) => d.rule))).toEqual(new Set(['feature-drift', 'feature-declaration']))
    const cargoToml = path.join(root, SERVER_CARGO)
    const original = readFileSync(cargoToml, 'utf8')
    const tried = new Set<string>()
    try {
      for (const d of hints) {
        for (const fixes of fixSets(d.hint!)) {
          const id = JSON.stringify(fixes)
          if (tried.has(id)) continue
          tried.add(id)
          writeFileSync(cargoToml, applyLines(original, fixes))
          const meta = await metadata(root)
          expect([fixes.map((f) => f.line), meta.ok ? 'cargo accepts' : meta.error]).toEqual([fixes.map((f) => f.line), 'cargo accepts'])
        }
      }
    } finally {
      writeFileSync(cargoToml, original)
    }
    // drift (1), flex (together), iggy_connector (alone, and together)
    expect(tried.size).toBe(4)
  })
})
