/**
 * `command: build` and `command: stage` of the action, in-process with @actions/core replaced by
 * the typed stand-ins of __fixtures__/core.ts. build runs a real child process (node itself) the
 * way it runs cargo; stage copies real files and its build-info.json must parse with the schema
 * publish reads.
 */
import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { parseBuildInfo } from '../src/core/release/build-info.js'
import { TestLayout } from './oci/image.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

const KEY = `sha256:${'a'.repeat(64)}`
let tmp: string
const savedEnv = { ...process.env }

const setInputs = (inputs: Record<string, string>) => core.getInput.mockImplementation((name) => inputs[name] ?? '')
const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v])) as Record<string, string>
const logged = () => core.info.mock.calls.map(([m]) => m)
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

function write(rel: string, data: string | Buffer) {
  const abs = path.join(tmp, 'ws', rel)
  mkdirSync(path.dirname(abs), { recursive: true })
  writeFileSync(abs, data)
}

beforeEach(() => {
  jest.clearAllMocks()
  tmp = mkdtempSync(path.join(tmpdir(), 'mr-build-'))
  mkdirSync(path.join(tmp, 'ws'))
  mkdirSync(path.join(tmp, 'runner'))
  process.env.GITHUB_WORKSPACE = path.join(tmp, 'ws')
  process.env.RUNNER_TEMP = path.join(tmp, 'runner')
  delete process.env.GITHUB_STEP_SUMMARY
})

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true })
  process.env = { ...savedEnv }
  process.exitCode = undefined
})

describe('command: build', () => {
  const script = (js: string) => JSON.stringify([process.execPath, '-e', js])

  it('runs argv without a shell, with the plan env, streaming escaped lines; outputs the times', async () => {
    setInputs({ command: 'build', argv: script('console.log("hello $HOME;"); console.log("::add-mask::secret"); console.error(process.env.SHOP_FLAG); require("fs").writeFileSync("built.txt", process.cwd())'), env: JSON.stringify({ SHOP_FLAG: 'on' }) })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(logged()).toContain('hello $HOME;')
    expect(logged()).toContain('on')
    expect(logged().some((l) => /^\s*::/.test(l))).toBe(false)
    expect(logged().some((l) => l.includes('add-mask'))).toBe(true)
    expect(readFileSync(path.join(tmp, 'ws', 'built.txt'), 'utf8')).toBe(await import('node:fs').then((fs) => fs.realpathSync(path.join(tmp, 'ws'))))
    const o = outputs()
    expect(o.exit_code).toBe('0')
    expect(Date.parse(o.started_at!)).toBeLessThanOrEqual(Date.parse(o.finished_at!))
    expect(core.group.mock.calls[0]![0]).toMatch(/^Build: /)
  })

  it('propagates the exit code of a failing command', async () => {
    setInputs({ command: 'build', argv: script('process.exit(3)') })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith('the build command exited with code 3')
    expect(process.exitCode).toBe(3)
    expect(outputs().exit_code).toBe('3')
  })

  it('accepts argv given as JSON text inside a JSON string', async () => {
    setInputs({ command: 'build', argv: JSON.stringify(script('console.log("ok")')) })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(logged()).toContain('ok')
  })

  it.each([
    ['an empty array', '[]'],
    ['a shell string', '"cargo build --release"'],
    ['numbers', '[1, 2]'],
    ['not JSON', 'cargo build']
  ])('refuses argv that is %s', async (_what, argv) => {
    setInputs({ command: 'build', argv })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/input 'argv'/))
  })

  it('refuses env that is not an object of strings, and a program that does not exist', async () => {
    setInputs({ command: 'build', argv: '["true"]', env: '{"A": 1}' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/input 'env'/))
    jest.clearAllMocks()
    setInputs({ command: 'build', argv: '["/nonexistent/cargo-xyz", "build"]' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/cannot start '\/nonexistent\/cargo-xyz'/))
  })

  it('refuses build inputs on other commands', async () => {
    setInputs({ command: 'validate', argv: '["true"]' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("input 'argv' only applies to command 'build' (command is 'validate')")
  })
})

describe('command: stage', () => {
  const base = { command: 'stage', target: 'server', 'build-key': KEY, artifact: 'shop-server-aaaaaaaaaaaaaaaa', 'manifest-hash': KEY, 'release-id': 'shop-monolith-0123456789ab' }

  it('copies a file and a directory, hashes them, and writes build-info.json schema 2', async () => {
    const bin = Buffer.alloc(300_000, 7)
    write('target/release/server', bin)
    write('apps/admin/dist/index.html', '<html>')
    write('apps/admin/dist/pkg/app.wasm', 'wasm')
    // The image as buildx `type=oci,dest=…,tar=false` leaves it: a layout with one image (and a stray blob).
    const built = new TestLayout(path.join(tmp, 'runner', 'image'))
    const image = built.image({ layers: 2, layerBytes: 1000 })
    built.tag('latest', image)
    built.blob(Buffer.from('build cache, not part of the image'))
    setInputs({ ...base, 'artifact-path': JSON.stringify(['target/release/server', 'apps/admin/dist']), image: path.join(tmp, 'runner', 'image'), 'image-repository': 'ghcr.io/acme/shop-server', 'started-at': '2026-11-30T04:00:00.000Z' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const dir = outputs().dir!
    expect(dir).toBe(path.join(tmp, 'runner', 'modules-rebuild-artifact'))
    const info = parseBuildInfo(readFileSync(path.join(dir, 'build-info.json'), 'utf8'), 'build-info.json')
    expect(info).toMatchObject({ schema: 2, target: 'server', build_key: KEY, release_id: 'shop-monolith-0123456789ab', image: { repository: 'ghcr.io/acme/shop-server', digest: image.digest, layout: 'oci-image' }, started_at: '2026-11-30T04:00:00.000Z' })
    expect(Date.parse(info.finished_at!)).not.toBeNaN()
    expect(info.files).toEqual([
      { path: 'apps/admin/dist/index.html', size: 6, sha256: sha('<html>') },
      { path: 'apps/admin/dist/pkg/app.wasm', size: 4, sha256: sha('wasm') },
      { path: 'target/release/server', size: bin.length, sha256: sha(bin) }
    ])
    expect(readFileSync(path.join(dir, 'target/release/server')).equals(bin)).toBe(true)
    expect(outputs().build_info).toBe(path.join(dir, 'build-info.json'))
    // The staged layout holds the image under the release_id, and only what its digest reaches.
    const staged = new TestLayout(path.join(dir, 'oci-image')).readIndex()
    expect(staged).toEqual([expect.objectContaining({ digest: image.digest, annotations: { 'org.opencontainers.image.ref.name': 'shop-monolith-0123456789ab' } })])
    expect(readdirSync(path.join(dir, 'oci-image', 'blobs', 'sha256'))).toHaveLength(4)
  })

  it('takes a plain path (toJSON of a string) and records image null without an image', async () => {
    write('target/release/server', 'bin')
    setInputs({ ...base, 'artifact-path': JSON.stringify('target/release/server') })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const info = parseBuildInfo(readFileSync(path.join(outputs().dir!, 'build-info.json'), 'utf8'), 'x')
    expect(info.image).toBeNull()
    expect(info.started_at).toBeNull()
  })

  it.each([
    ['a path with ..', '../outside'],
    ['an absolute path', '/etc/passwd']
  ])('refuses %s', async (_what, p) => {
    setInputs({ ...base, 'artifact-path': JSON.stringify([p]) })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/must be relative to the working directory/))
  })

  it('refuses an out directory it would wrongly empty: the workspace, one that contains it, one holding other files', async () => {
    write('target/release/server', 'bin')
    writeFileSync(path.join(tmp, 'keep.txt'), 'keep')
    for (const out of [path.join(tmp, 'ws'), '.', tmp]) {
      jest.clearAllMocks()
      setInputs({ ...base, 'artifact-path': 'target/release/server', out })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/the working directory or contains it|holds other files/))
    }
    expect(readFileSync(path.join(tmp, 'ws', 'target/release/server'), 'utf8')).toBe('bin')
    expect(readFileSync(path.join(tmp, 'keep.txt'), 'utf8')).toBe('keep')
    // An earlier stage in the same directory is replaced.
    jest.clearAllMocks()
    setInputs({ ...base, 'artifact-path': 'target/release/server', out: path.join(tmp, 'staged') })
    await run()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('refuses a symlink that resolves outside the workspace, also inside a staged directory', async () => {
    writeFileSync(path.join(tmp, 'secret'), 'top secret')
    write('dist/ok.txt', 'ok')
    symlinkSync(path.join(tmp, 'secret'), path.join(tmp, 'ws', 'dist', 'leak'))
    symlinkSync(path.join(tmp, 'secret'), path.join(tmp, 'ws', 'leak'))
    for (const p of ['leak', 'dist']) {
      jest.clearAllMocks()
      setInputs({ ...base, 'artifact-path': JSON.stringify([p]) })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/outside the working directory/))
    }
  })

  it('says which path is missing, and refuses an invalid image or a missing input', async () => {
    setInputs({ ...base, 'artifact-path': 'target/release/nope' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/"target\/release\/nope" does not exist/))
    jest.clearAllMocks()
    write('a', 'a')
    setInputs({ ...base, 'artifact-path': 'a', image: 'layout' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/inputs 'image' .* and 'image-repository' go together/))
    jest.clearAllMocks()
    setInputs({ ...base, 'artifact-path': 'a', image: 'layout', 'image-repository': 'ghcr.io/acme/x:latest' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/input 'image-repository' 'ghcr.io\/acme\/x:latest' carries a tag/))
    jest.clearAllMocks()
    setInputs({ ...base, 'artifact-path': 'a', image: 'no-such-layout', 'image-repository': 'ghcr.io/acme/x' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/no index.json/))
    jest.clearAllMocks()
    setInputs({ ...base, 'artifact-path': 'a', 'build-key': '' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("input 'build-key' is required by command 'stage'")
  })
})
