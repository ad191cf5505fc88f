/**
 * Every CLI command's `--format json` output, recorded: the built CLI (`node dist/cli.js`, as a
 * user runs it) on examples/shop and on the RusToK fixture, compared byte for byte with what was
 * recorded before the layout moved (issue #11: the move must not change any output).
 *
 * examples/shop's outputs are stored whole under __tests__/golden/json-outputs/shop/; RusToK's
 * (BSL-1.1, never copied here) only as sha256 digests in __tests__/golden/json-outputs/rustok.json.
 * UPDATE_GOLDEN=1 records them again (only when an output is meant to change).
 *
 * The one normalization: absolute paths that differ per machine and per run (the temporary copy a
 * command runs in, the RusToK fixture's directory, this checkout) are replaced by <tmp>, <rustok>,
 * <repo> before comparing. Nothing else is touched; git commits are made with fixed dates and
 * identities, so they are the same on every machine.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeRustok, rustokDir } from './rustok-fixture.js'

const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
const CLI = path.join(REPO, 'dist', 'cli.js')
const SHOP = path.join(REPO, 'examples', 'shop')
const GOLDEN = path.join(REPO, '__tests__', 'golden', 'json-outputs')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

const made: string[] = []
function tempDir(label: string): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), `modules-rebuild-json-${label}-`)))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
})

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'ignore' })
})

/** Fixed identities and dates: the same commits on every machine; no user or system git config. */
const GIT_ENV = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() }
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(AUTHOR|COMMITTER)_|^GIT_CONFIG_NOSYSTEM$/.test(k)) delete env[k]
  return env
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV(), encoding: 'utf8' })
function commitAll(root: string, message: string): void {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', message)
}

/** A writable copy of `src` in a new git repository with one commit. */
function gitCopy(src: string, label: string): string {
  const root = path.join(tempDir(label), label)
  cpSync(src, root, { recursive: true, filter: (p) => !p.split(path.sep).includes('target') })
  execFileSync('chmod', ['-R', 'u+w', root])
  git(root, 'init', '-q', '-b', 'main')
  commitAll(root, label)
  return root
}

interface Out {
  code: number
  stdout: string
}

/** Runs the built CLI as a process; the environment is the test's, minus anything that would change an output. */
function run(argv: string[], cwd: string): Promise<Out> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_') || k.startsWith('RUNNER_') || k === 'REGISTRY_USERNAME' || k === 'REGISTRY_PASSWORD') delete env[k]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...argv], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      if (err && typeof err.code !== 'number') reject(err)
      else resolve({ code: err ? (err.code as number) : 0, stdout })
    })
  })
}

/** Machine-dependent absolute paths → placeholders; longest first, so a path inside another is replaced whole. */
function normalize(text: string, paths: Record<string, string>): string {
  let out = text
  for (const [from, to] of Object.entries(paths).sort((a, b) => b[0].length - a[0].length)) out = out.split(from).join(to)
  return out
}

/** The recorded text of one run: its exit code, then its stdout. */
const record = (o: Out, paths: Record<string, string>) => `exit ${o.code}\n${normalize(o.stdout, paths)}`

interface Case {
  name: string
  argv: string[]
  /** Where it runs: 'fixed' (read-only, on the source itself) or the temporary git copy. */
  where: 'fixed' | 'copy'
  /** Runs before this case in the copy (e.g. commit what the previous case wrote). */
  before?: (copy: string) => void
}

/** The commands that print --format json, in the order they run (later cases see earlier ones' writes). */
function cases(fixedRoot: string): Case[] {
  const fixed = (name: string, ...argv: string[]): Case => ({ name, argv: [...argv, '--root', fixedRoot, '--format', 'json'], where: 'fixed' })
  const copy = (name: string, argv: string[], before?: (copy: string) => void): Case => ({ name, argv: [...argv, '--format', 'json'], where: 'copy', ...(before ? { before } : {}) })
  return [
    fixed('validate', 'validate'),
    fixed('validate-missing-manifest', 'validate', '--manifest', 'missing.toml'),
    fixed('hash', 'hash'),
    fixed('hash-explain', 'hash', '--explain'),
    fixed('check', 'check'),
    fixed('catalog-list', 'catalog', 'list'),
    fixed('catalog-search', 'catalog', 'search', 'blog'),
    fixed('workflows-check', 'workflows', 'check'),
    copy('plan-before-generate', ['plan']),
    copy('generate', ['generate']),
    copy('plan', ['plan'], (c) => commitAll(c, 'generate')),
    copy('plan-headless', ['plan', '--profile', 'headless']),
    copy('install-search-dry-run', ['install', 'search', '--dry-run']),
    copy('install-newsletter-dry-run', ['install', 'newsletter', '--dry-run']),
    copy('uninstall-blog-dry-run', ['uninstall', 'blog', '--dry-run']),
    copy('uninstall-blog', ['uninstall', 'blog']),
    copy('plan-base', ['plan', '--base', 'HEAD~1'], (c) => commitAll(c, 'uninstall blog')),
    copy('plan-out', ['plan', '--out', 'release-plan.json']),
    copy('workflows-generate', ['workflows', 'generate']),
    copy('workflows-check-after-generate', ['workflows', 'check']),
    // init prints no JSON; it sets the action pins so that the workflows can be generated.
    copy('workflows-check-after-init', ['workflows', 'check'], (c) => {
      execFileSync(process.execPath, [CLI, 'init', '--action', `example/modules-rebuild@${'0'.repeat(40)}`, '--action-version', 'v0.1.0'], { cwd: c, stdio: 'ignore' })
    }),
    copy('workflows-generate-after-init', ['workflows', 'generate'])
  ]
}

/** Runs every case; returns name → recorded text. */
async function runAll(source: string, label: string, fixedRoot: string): Promise<Map<string, string>> {
  const copy = gitCopy(source, label)
  const paths = { [path.dirname(copy)]: '<tmp>', [realpathSync(source)]: `<${label}>`, [source]: `<${label}>`, [REPO]: '<repo>' }
  const out = new Map<string, string>()
  for (const c of cases(fixedRoot)) {
    c.before?.(copy)
    out.set(c.name, record(await run(c.argv, c.where === 'fixed' ? REPO : copy), paths))
  }
  return out
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('--format json outputs on examples/shop (recorded whole)', () => {
  let outputs: Map<string, string>
  beforeAll(async () => {
    outputs = await runAll(SHOP, 'shop', 'examples/shop')
  }, 300_000)

  for (const c of cases('examples/shop')) {
    it(`${c.name}: ${c.argv.join(' ')}`, () => {
      const file = path.join(GOLDEN, 'shop', `${c.name}.txt`)
      const actual = outputs.get(c.name)!
      if (UPDATE) {
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, actual)
      }
      expect(actual).toBe(readFileSync(file, 'utf8'))
    })
  }
})

describeRustok('--format json outputs on the RusToK fixture (recorded as sha256)', () => {
  const file = path.join(GOLDEN, 'rustok.json')
  let digests: Record<string, string>
  beforeAll(async () => {
    const fixture = rustokDir()
    const outputs = await runAll(fixture, 'rustok', fixture)
    digests = Object.fromEntries([...outputs].map(([k, v]) => [k, sha256(v)]))
    if (UPDATE) writeFileSync(file, JSON.stringify(digests, null, 2) + '\n')
  }, 600_000)

  for (const c of cases('<rustok>')) {
    it(`${c.name}: ${c.argv.join(' ')}`, () => {
      const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
      expect(digests[c.name]).toBe(recorded[c.name])
    })
  }

  it('records every case and no other', () => {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(digests).sort())
  })
})

describe('the recording itself', () => {
  it('replaces only the machine paths it is given, longest first', () => {
    expect(normalize('/tmp/a/b and /tmp/a', { '/tmp/a': '<x>', '/tmp/a/b': '<y>' })).toBe('<y> and <x>')
    expect(record({ code: 1, stdout: '{"file":"/r/x"}' }, { '/r': '<r>' })).toBe('exit 1\n{"file":"<r>/x"}')
  })

  it('the shop goldens hold no machine path', () => {
    const texts = cases('examples/shop').map((c) => readFileSync(path.join(GOLDEN, 'shop', `${c.name}.txt`), 'utf8'))
    for (const t of texts) expect(t).not.toMatch(new RegExp(`${os.tmpdir()}|${REPO}`))
  })
})
