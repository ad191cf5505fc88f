/**
 * `command: check` of the action, in-process with @actions/core replaced by the typed stand-ins
 * of __fixtures__/core.ts: stale files become annotations on their first differing line, each
 * diff goes into the job summary with the fix command, and the outputs say what is stale.
 * Works on temp copies of examples/shop inside a temp GITHUB_WORKSPACE.
 */
import { jest } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

const SHOP = path.resolve(process.cwd(), 'examples', 'shop')
const WD = 'platform/shop'
const SERVER_RS = 'apps/server/src/modules/generated.rs'
const STOREFRONT_RS = 'apps/storefront/src/generated.rs'
const ADMIN_RS = 'apps/admin/src/generated.rs'
const SERVER_CARGO = 'apps/server/Cargo.toml'

let tmp: string
let root: string
const savedEnv = { ...process.env }

function setInputs(inputs: Record<string, string>): void {
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
}

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))
}

/** Everything added to the job summary, in call order, as one string. */
function summaryText(): string {
  const s = core.summary
  const parts: Array<[number, string]> = []
  const add = (mock: jest.Mock<(...args: never[]) => unknown>, fmt: (args: unknown[]) => string) =>
    mock.mock.calls.forEach((args, i) => parts.push([mock.mock.invocationCallOrder[i]!, fmt(args as unknown[])]))
  add(s.addHeading, (a) => String(a[0]))
  add(s.addRaw, (a) => String(a[0]))
  add(s.addCodeBlock, (a) => `<codeblock lang=${String(a[1])}>${String(a[0])}</codeblock>`)
  add(s.addTable, (a) => JSON.stringify(a[0]))
  return parts.sort((x, y) => x[0] - y[0]).map((p) => p[1]).join('\n')
}

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** Replaces the first line equal to `from` (trimmed) in the copy and returns its 1-based number. */
function editLine(rel: string, from: string, to: string): number {
  const file = path.join(root, rel)
  const lines = readFileSync(file, 'utf8').split('\n')
  const i = lines.findIndex((l) => l.trim() === from)
  expect(i).toBeGreaterThanOrEqual(0)
  lines[i] = lines[i]!.replace(from, to)
  writeFileSync(file, lines.join('\n'))
  return i + 1
}

beforeEach(() => {
  jest.clearAllMocks()
  tmp = mkdtempSync(path.join(tmpdir(), 'mr-action-check-'))
  root = path.join(tmp, WD)
  cpSync(SHOP, root, { recursive: true })
  process.env.GITHUB_WORKSPACE = tmp
  process.env.GITHUB_STEP_SUMMARY = path.join(tmp, 'summary.md')
  setInputs({ command: 'check', 'working-directory': WD })
})

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true })
  process.env = { ...savedEnv }
})

describe('command: check', () => {
  it('a stale file from a fork cannot issue workflow commands through the logged diff (\\r, ::, ##[)', async () => {
    const file = path.join(root, SERVER_RS)
    writeFileSync(file, readFileSync(file, 'utf8') + '// x\r::warning title=spoof::INJECTED\n  ::add-mask::x\n// ##[error]legacy\n')
    await run()
    const logged = core.info.mock.calls.map(([t]) => String(t)).join('\n')
    expect(logged).toContain('INJECTED')
    for (const line of logged.split(/\r\n|\r|\n/)) {
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('##[')
    }
    // The carriage return is shown, not obeyed: the spoof stays inside its diff line.
    expect(logged).toContain('-// x\\r::warning title=spoof::INJECTED\n')
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('a fresh copy: valid=true, stale=[], no annotations, no failure', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.error).not.toHaveBeenCalled()
    expect(core.warning).not.toHaveBeenCalled()
    expect(outputs()).toEqual({ valid: 'true', manifest_hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), stale: '[]' })
    expect(core.group).toHaveBeenCalledWith('Check generated files against modules.toml', expect.any(Function))
    expect(core.summary.addCodeBlock).not.toHaveBeenCalled()
    expect(summaryText()).toContain('generated files are up to date')
    expect(summaryText()).not.toContain('modules-rebuild generate')
    expect(core.summary.write).toHaveBeenCalledTimes(1)
  })

  it('stale files: one stale-generated annotation each on the first differing line, a diff block each, the fix, outputs, one failure', async () => {
    const serverLine = editLine(SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const cargoLine = editLine(SERVER_CARGO, '"mod-search",', '"mod-searchh",')
    await run()

    expect(core.error).toHaveBeenCalledTimes(2)
    const annotations = core.error.mock.calls.map(([message, props]) => ({ message: String(message), props }))
    expect(annotations.map((a) => a.props)).toEqual([
      { title: 'stale-generated', file: `${WD}/${SERVER_CARGO}`, startLine: cargoLine, startColumn: 1 },
      { title: 'stale-generated', file: `${WD}/${SERVER_RS}`, startLine: serverLine, startColumn: 1 }
    ])
    expect(annotations[0]!.message).toContain(`${SERVER_CARGO} is out of date with modules.toml (managed feature region`)
    expect(annotations[1]!.message).toContain(`${SERVER_RS} is out of date with modules.toml (generated registry code`)
    for (const a of annotations) expect(a.message).toContain('hint: Run `modules-rebuild generate` and commit the result')
    expect(core.warning).not.toHaveBeenCalled()

    // one diff code block per stale file (in plan order: registry, then the app's Cargo.toml), after its workspace-relative name
    expect(core.summary.addCodeBlock).toHaveBeenCalledTimes(2)
    const blocks = core.summary.addCodeBlock.mock.calls.map(([code, lang]) => ({ code: unescape(code), lang }))
    expect(blocks.map((b) => b.lang)).toEqual(['diff', 'diff'])
    expect(blocks[0]!.code).toContain(`--- a/${SERVER_RS}\n+++ b/${SERVER_RS}\n`)
    expect(blocks[0]!.code).toMatch(/^-\s+slug: "blogg",$/m)
    expect(blocks[0]!.code).toMatch(/^\+\s+slug: "blog",$/m)
    expect(blocks[1]!.code).toContain(`--- a/${SERVER_CARGO}\n+++ b/${SERVER_CARGO}\n`)
    expect(blocks[1]!.code).toMatch(/^-\s+"mod-searchh",$/m)
    expect(blocks[1]!.code).toMatch(/^\+\s+"mod-search",$/m)
    const summary = summaryText()
    for (const rel of [SERVER_RS, SERVER_CARGO]) expect(summary).toContain(`<p><code>${WD}/${rel}</code></p>\n<codeblock lang=diff>--- a/${rel}\n`)
    expect(summary).toContain(`Fix: <code>modules-rebuild generate --root ${WD}</code>, then commit the result.`)
    expect(summary).toContain('modules-rebuild: generated files are stale')
    expect(summary).toContain('2 errors, 0 warnings')

    // the diff is in the log too
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining(`--- a/${SERVER_RS}`))

    expect(outputs().valid).toBe('false')
    expect(outputs().manifest_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(JSON.parse(String(outputs().stale))).toEqual([SERVER_RS, SERVER_CARGO])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith(`2 generated file(s) are stale; run: modules-rebuild generate --root ${WD}`)
  })

  it('the diff is HTML-escaped inside the summary code block (Rust generics survive, no raw markup)', async () => {
    // the generated registry has `register::<shop_blog::BlogModule>()`: as raw HTML, `<shop_blog::BlogModule>` is a tag
    const file = path.join(root, SERVER_RS)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('registry.register::<shop_blog::BlogModule>();')
    writeFileSync(file, text.replace('registry.register::<shop_blog::BlogModule>();', 'registry.register::<shop_blog::BlogModule>(); // </code></pre><img src=x> & more'))
    await run()
    expect(core.summary.addCodeBlock).toHaveBeenCalledTimes(1)
    const [code, lang] = core.summary.addCodeBlock.mock.calls[0]!
    expect(lang).toBe('diff')
    expect(code).not.toMatch(/[<>]/)
    expect(code).toContain('register::&lt;shop_blog::BlogModule&gt;();')
    expect(code).toContain('// &lt;/code&gt;&lt;/pre&gt;&lt;img src=x&gt; &amp; more')
    expect(unescape(code)).toMatch(/^-\s+registry\.register::<shop_blog::BlogModule>\(\); \/\/ <\/code><\/pre><img src=x> & more$/m)
    expect(unescape(code)).toMatch(/^\+\s+registry\.register::<shop_blog::BlogModule>\(\);$/m)
    // the log gets the diff as it is
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('// </code></pre><img src=x> & more'))
  })

  it('a missing generated file is annotated on the file (no line), and its diff comes from /dev/null', async () => {
    unlinkSync(path.join(root, STOREFRONT_RS))
    await run()
    expect(core.error).toHaveBeenCalledTimes(1)
    expect(core.error).toHaveBeenCalledWith(`${STOREFRONT_RS} does not exist; modules.toml generates it (generated registry code)\nhint: Run \`modules-rebuild generate\` and commit the result; never edit generated files by hand.`, { title: 'stale-generated', file: `${WD}/${STOREFRONT_RS}` })
    expect(unescape(core.summary.addCodeBlock.mock.calls[0]![0])).toMatch(new RegExp(`^--- /dev/null\\n\\+\\+\\+ b/${STOREFRONT_RS}\\n@@ -0,0 \\+1,`))
    expect(JSON.parse(String(outputs().stale))).toEqual([STOREFRONT_RS])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('CRLF line endings are not stale', async () => {
    for (const rel of [SERVER_RS, ADMIN_RS, STOREFRONT_RS, SERVER_CARGO]) {
      const file = path.join(root, rel)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'))
    }
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ valid: 'true', stale: '[]' })
  })

  it('allow_dirty = ["registry"]: a warning annotation, the diff still in the summary, valid=true, no failure', async () => {
    const configFile = path.join(root, 'modules-rebuild.toml')
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace(/^schema = 1$/m, 'schema = 1\nallow_dirty = ["registry"]'))
    const line = editLine(SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    await run()
    expect(core.error).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining(`${SERVER_RS} is out of date`), { title: 'stale-generated', file: `${WD}/${SERVER_RS}`, startLine: line, startColumn: 1 })
    expect(core.summary.addCodeBlock).toHaveBeenCalledTimes(1)
    expect(outputs()).toMatchObject({ valid: 'true', stale: JSON.stringify([SERVER_RS]) })
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('an invalid manifest: the core errors are annotated, nothing is called stale, one failure', async () => {
    const manifest = path.join(root, 'modules.toml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('depends_on = ["content"] }', 'depends_on = ["content", "ghost"] }'))
    await run()
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining("Module 'forum' depends on missing modules: ghost"), expect.objectContaining({ title: 'unknown-dependency', file: `${WD}/modules.toml` }))
    expect(core.error.mock.calls.map(([, p]) => p?.title)).not.toContain('stale-generated')
    expect(core.summary.addCodeBlock).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ valid: 'false', stale: '[]' })
    expect(summaryText()).toContain('generated files are not checked')
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith('the generated files could not be checked: see the annotations and the job summary')
  })

  it('the fix command carries a non-default manifest input', async () => {
    cpSync(path.join(root, 'modules.toml'), path.join(root, 'platform.toml'))
    setInputs({ command: 'check', 'working-directory': WD, manifest: 'platform.toml' })
    editLine(SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(String(core.setFailed.mock.calls[0]![0])).toContain(`run: modules-rebuild generate --root ${WD} --manifest platform.toml`)
  })
})
