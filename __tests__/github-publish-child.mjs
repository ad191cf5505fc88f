// The GitHub release transaction (src/adapters/github/release-publish.ts) as a process of its own, for
// tests that SIGKILL a publisher mid-transaction and for bench/publish.mjs (peak RSS of the
// publisher alone). Node 20 cannot run TypeScript: src/ is transpiled with the typescript
// devDependency (transpileModule: types dropped, nothing checked) into
// node_modules/.cache/publish-child/<content hash>/ — inside the project, so @actions/github, zod
// and the rest resolve from its node_modules — and imported from there.
//
//   GITHUB_API_URL=… MR_TOKEN=… node __tests__/github-publish-child.mjs job.json
//   job.json: { "request": GitHubPublishRequest, "options": { "takeoverAfterMs": …, "pollMs": … } }
//   node __tests__/github-publish-child.mjs --build     (transpiles only)
// stdout: one JSON line { result } | { error, reason }, then { maxRSS } (bytes); stderr: the log.
// Exit 0 published/adopted/unchanged, 1 refused, 2 any other error.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, 'src')
const files = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .sort()
// typescript is loaded only to build (it costs ~60 MiB of RSS, which the benchmark measures).
const tsVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version
const hash = createHash('sha256').update(tsVersion)
for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(src, f))).update('\0')
const cache = path.join(root, 'node_modules', '.cache', 'publish-child')
const out = path.join(cache, hash.digest('hex').slice(0, 16))

if (!existsSync(path.join(out, 'adapters', 'github', 'release-publish.js'))) {
  const { default: ts } = await import('typescript')
  const tmp = `${out}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  for (const f of files) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(src, f), 'utf8'), {
      fileName: f,
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, sourceMap: false }
    })
    mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true })
    writeFileSync(path.join(tmp, f.replace(/\.ts$/, '.js')), outputText)
  }
  writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module", "private": true }\n')
  try {
    renameSync(tmp, out)
  } catch {
    rmSync(tmp, { recursive: true, force: true }) // another process made it first
  }
  for (const old of readdirSync(cache)) if (!old.endsWith('.tmp') && path.join(cache, old) !== out) rmSync(path.join(cache, old), { recursive: true, force: true })
}

if (process.argv[2] !== '--build') {
  const job = JSON.parse(readFileSync(process.argv[2], 'utf8'))
  const { createOctokit } = await import(pathToFileURL(path.join(out, 'adapters', 'github', 'client.js')).href)
  const { publishToGitHub } = await import(pathToFileURL(path.join(out, 'adapters', 'github', 'release-publish.js')).href)
  const octokit = createOctokit({ token: process.env.MR_TOKEN, baseUrl: process.env.GITHUB_API_URL, throttle: false, retryAfterBaseValue: 1 })
  const log = (m) => process.stderr.write(`${m}\n`)
  let code = 0
  try {
    const result = await publishToGitHub(octokit, job.request, { ...job.options, log })
    process.stdout.write(`${JSON.stringify({ result })}\n`)
  } catch (err) {
    code = err?.name === 'PublishRefusedError' ? 1 : 2
    process.stdout.write(`${JSON.stringify({ error: String(err?.message ?? err), reason: err?.reason ?? null })}\n`)
  }
  process.stdout.write(`${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS * 1024 })}\n`)
  process.exitCode = code
}
