// npm run demo: the whole cycle of modules-rebuild on one machine, driven through the built CLI
// (node dist/cli.js, argv arrays, no shell), on a temporary git copy of examples/shop:
//   validate → plan → build (real cargo, offline) → publish A → deploy A → smoke → plan again
//   (nothing to rebuild) → install forum from the catalog → plan → build → publish B → deploy B →
//   smoke → rollback to A → smoke → release history.
// Local defaults only: a release store directory and an OCI image-layout directory; no network, no
// GitHub, no Docker daemon. The deploy hook (deploy/restart-server.mjs in the copy) starts the
// release's shop-server on 127.0.0.1 and records its PID; the demo stops it at the end, also on
// failure. Exit 0 only when every step succeeded.
//
//   node scripts/demo.mjs [--work DIR] [--keep] [--summary FILE]
//     --work DIR      where to put the copy (default: a new directory under the system temp dir)
//     --clean         remove the directory after a successful run (kept by default, to look around)
//     --summary FILE  write what happened as JSON (releases, deployments, server answers)
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync, copyFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const cliJs = path.join(repoRoot, 'dist', 'cli.js')
const { values: opts } = parseArgs({ options: { work: { type: 'string' }, clean: { type: 'boolean', default: false }, summary: { type: 'string' } } })

const t0 = Date.now()
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
const say = (line = '') => process.stdout.write(line + '\n')
const work = opts.work ? path.resolve(opts.work) : mkdtempSync(path.join(os.tmpdir(), 'modules-rebuild-demo-'))
const shop = path.join(work, 'shop')
const store = path.join(work, 'releases')
const images = path.join(work, 'images')
const state = path.join(work, 'state')
const summary = { work, steps: [], releases: {}, deployments: [], answers: [] }
let stepNo = 0
const STEPS = 17

class StepFailed extends Error {}

/** One named step: a header, the step's own output indented, its elapsed time. */
async function step(name, fn) {
  stepNo += 1
  say(`\n▶ [${stepNo}/${STEPS}] ${name}`)
  const start = Date.now()
  try {
    const r = await fn()
    const ms = Date.now() - start
    summary.steps.push({ name, ok: true, ms })
    say(`✓ ${name} — ${secs(ms)} (total ${secs(Date.now() - t0)})`)
    return r
  } catch (err) {
    summary.steps.push({ name, ok: false, ms: Date.now() - start })
    say(`✗ ${name} failed after ${secs(Date.now() - start)}: ${err.message}`)
    throw new StepFailed(name)
  }
}

/** Runs a program (argv, no shell), passing its lines through indented; resolves with its stdout. */
function run(argv, { cwd = shop, env = {}, quiet = false, echoStdout = true, okCodes = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let partial = { stdout: '', stderr: '' }
    const pass = (which) => (chunk) => {
      const text = chunk.toString('utf8')
      if (which === 'stdout') out += text
      if (quiet || (which === 'stdout' && !echoStdout)) return
      const lines = (partial[which] + text).split('\n')
      partial[which] = lines.pop()
      for (const l of lines) say(`  │ ${l}`)
    }
    child.stdout.on('data', pass('stdout'))
    child.stderr.on('data', pass('stderr'))
    child.on('error', (e) => reject(new Error(`cannot start ${argv[0]}: ${e.message}`)))
    child.on('close', (code) => {
      for (const which of ['stdout', 'stderr']) if (!quiet && partial[which]) say(`  │ ${partial[which]}`)
      if (okCodes.includes(code)) resolve(out)
      else reject(new Error(`${path.basename(argv[0])} ${argv.slice(1, 3).join(' ')} exited with ${code}`))
    })
  })
}

const mr = (args, o) => run([process.execPath, cliJs, ...args], o)
const mrJson = async (args, o) => JSON.parse(await mr([...args, '--format', 'json'], { ...o, echoStdout: false }))
const git = (...args) => run(['git', ...args], { quiet: true })

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** The deploy hook of the demo: a real file of the copy, as a team keeps its rollout script in the repository. */
const HOOK = `// Deploy hook of the modules-rebuild demo (modules-rebuild.toml [deploy] hook).
// modules-rebuild runs it after the environment's image tag moved, with RELEASE_ID, MANIFEST_HASH,
// ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID and IMAGE_* in its environment.
// It stops the running shop-server (PID file) and starts the release's binary on DEMO_LISTEN.
import { spawn } from 'node:child_process'
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.env.DEMO_STATE
if (!dir || !process.env.DEMO_LISTEN) throw new Error('DEMO_STATE and DEMO_LISTEN are set by npm run demo')
if (process.env.COMPONENT !== 'server') {
  console.log(\`\${process.env.COMPONENT} \${process.env.RELEASE_ID}: static bundle, nothing to restart\`)
  process.exit(0)
}
const pidFile = path.join(dir, 'server.pid')
if (existsSync(pidFile)) {
  const old = Number(readFileSync(pidFile, 'utf8'))
  try {
    process.kill(old, 'SIGTERM')
    console.log(\`stopped shop-server pid \${old}\`)
  } catch {}
  for (let i = 0; i < 100; i++) {
    try { process.kill(old, 0) } catch { break }
    await new Promise((r) => setTimeout(r, 50))
  }
}
const bin = path.join(dir, 'bin', process.env.RELEASE_ID, 'shop-server')
const log = openSync(path.join(dir, 'server.log'), 'a')
const child = spawn(bin, ['--listen', process.env.DEMO_LISTEN], { detached: true, stdio: ['ignore', log, log] })
await new Promise((resolve) => {
  child.once('spawn', resolve)
  child.once('error', (e) => {
    console.error(\`cannot start \${bin}: \${e.message}\`)
    process.exit(1)
  })
})
writeFileSync(pidFile, String(child.pid))
child.unref()
console.log(\`started shop-server \${process.env.RELEASE_ID} (\${process.env.DEPLOY_KIND}) as pid \${child.pid} on \${process.env.DEMO_LISTEN}\`)
`

function stopServer() {
  const pidFile = path.join(state, 'server.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8'))
  try {
    process.kill(pid, 'SIGTERM')
    say(`stopped shop-server (pid ${pid})`)
  } catch {
    // already gone
  }
  rmSync(pidFile, { force: true })
}

async function serverAnswer(url, stage) {
  const r = await fetch(`${url}/modules`)
  const body = await r.json()
  const slugs = body.modules.map((m) => m.slug)
  summary.answers.push({ stage, manifest_hash: body.manifest_hash, modules: slugs })
  say(`  │ GET ${url}/modules → manifest_hash ${body.manifest_hash}, modules ${slugs.join(', ')}`)
  return body
}

function printGraph(plan) {
  say('  │ module graph (→ depends on):')
  for (const m of plan.modules) say(`  │   ${m.slug}@${m.version}${m.required ? ' (required)' : ''}${m.depends_on.length ? ` → ${m.depends_on.join(', ')}` : ''}`)
}

/** Which build-key inputs of `target` differ from the same target in `prev` (the plan of the last release). */
function changedInputs(target, prevTarget) {
  if (!prevTarget) return []
  const out = []
  const a = prevTarget.key_inputs
  const b = target.key_inputs
  for (const k of Object.keys(b)) {
    if (k === 'paths') {
      for (const p of new Set([...Object.keys(a.paths ?? {}), ...Object.keys(b.paths ?? {})])) if (a.paths?.[p] !== b.paths?.[p]) out.push(p)
    } else if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(k)
  }
  return out
}

async function planStep(label, prev = null) {
  const r = await mrJson(['plan', '--out', path.join(work, `${label}.plan.json`), '--releases', store])
  if (!r.ok) throw new Error(`plan refused: ${r.errors.map((e) => e.message).join('; ')}`)
  const p = r.plan
  say(`  │ release_id ${p.release_id} (${p.profile}), manifest_hash ${p.manifest_hash}`)
  for (const c of p.components) say(`  │ component ${c.name}: ${c.release_id}${c.existing ? ' (already published)' : ''}`)
  printGraph(p)
  const rebuild = p.matrix.include.map((m) => m.target)
  const reused = Object.keys(p.targets).filter((t) => !rebuild.includes(t))
  for (const [t, target] of Object.entries(p.targets)) {
    const changed = changedInputs(target, prev?.targets[t])
    const why = rebuild.includes(t) ? (prev ? ` — changed since the last release: ${changed.join(', ') || 'nothing (not published yet)'}` : ' — no release holds this key') : ' — an existing release holds this key'
    say(`  │ ${t}: ${rebuild.includes(t) ? 'build' : 'reuse'} key ${target.build_key.slice(7, 19)}${why}`)
  }
  say(`  │ rebuild: ${rebuild.join(', ') || 'nothing'}; reused: ${reused.join(', ') || 'none'}`)
  return { plan: p, file: path.join(work, `${label}.plan.json`), rebuild, reused }
}

async function buildAll({ plan, file }, label) {
  const artifacts = path.join(work, `${label}.artifacts`)
  rmSync(artifacts, { recursive: true, force: true })
  for (const m of plan.matrix.include) {
    const started = new Date().toISOString()
    const t = Date.now()
    say(`  │ ── ${m.target}: ${m.command} (offline)`)
    await mr(['build', '--plan', file, '--target', m.target, '--offline'], { env: { CARGO_TERM_COLOR: 'never', CARGO_TERM_PROGRESS_WHEN: 'never' } })
    await mr(['stage', '--plan', file, '--target', m.target, '--out', path.join(artifacts, m.artifact), '--started-at', started])
    say(`  │ ── ${m.target} built and staged in ${secs(Date.now() - t)}`)
    if (m.target === 'server') {
      const dest = path.join(state, 'bin', m.release_id)
      mkdirSync(dest, { recursive: true })
      copyFileSync(path.join(artifacts, m.artifact, m.artifact_path), path.join(dest, 'shop-server'))
    }
  }
  return artifacts
}

async function publishStep({ plan, file }, artifacts, label) {
  const r = await mrJson(['publish', '--plan', file, '--artifacts', artifacts, '--store', store, '--images', `oci:${images}`])
  if (!r.ok) throw new Error(`publish refused: ${r.errors.map((e) => e.message).join('; ')}`)
  for (const x of r.releases) say(`  │ ${x.outcome}: ${x.release_id} (${x.component})`)
  summary.releases[label] = { plan: plan.release_id, manifest_hash: plan.manifest_hash, components: Object.fromEntries(plan.components.map((c) => [c.name, c.release_id])), published: r.releases.map((x) => ({ component: x.component, release_id: x.release_id, outcome: x.outcome })) }
  return r
}

async function move(kind, releaseId, env) {
  const args = kind === 'deploy' ? ['deploy', '--release', releaseId] : ['rollback', '--to', releaseId]
  const out = await mr([...args, '--environment', 'production', '--store', store, '--images', `oci:${images}`, '--format', 'json'], { env, echoStdout: false, okCodes: [0, 1] })
  const r = JSON.parse(out)
  summary.deployments.push({ kind, release_id: releaseId, outcome: r.outcome, previous_release: r.previous_release ?? null })
  if (!r.ok) throw new Error(`${kind} ${releaseId}: ${r.outcome}: ${r.errors.map((e) => e.message).join('; ')}`)
  say(`  │ ${kind === 'deploy' ? 'deployed' : 'rolled back to'} ${r.release_id} (${r.component}) → production${r.previous_release ? `, was ${r.previous_release}` : ''}`)
  return r
}

async function main() {
  if (!existsSync(cliJs)) throw new Error(`${cliJs} is missing: run \`npm run package\` (npm ci does not build dist/ — it is committed)`)
  say(`modules-rebuild demo — everything lives in ${work}`)
  mkdirSync(state, { recursive: true })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const deployEnv = { DEMO_STATE: state, DEMO_LISTEN: `127.0.0.1:${port}` }
  const server = (p) => p.components.find((c) => c.name === 'server').release_id

  await step('Copy examples/shop into a fresh git repository (release A: the shop without forum)', async () => {
    cpSync(path.join(repoRoot, 'examples', 'shop'), shop, { recursive: true, filter: (src) => !/[\\/](target|dist)$/.test(src) })
    await git('init', '-q', '-b', 'main')
    await mr(['uninstall', 'forum'])
    mkdirSync(path.join(shop, 'deploy'), { recursive: true })
    writeFileSync(path.join(shop, 'deploy', 'restart-server.mjs'), HOOK)
    appendFileSync(
      path.join(shop, 'modules-rebuild.toml'),
      `\n[deploy]\n# The demo's hook restarts the example server (deploy/restart-server.mjs).\nhook = ["node", "deploy/restart-server.mjs"]\n\n[deploy.smoke]\ndeadline = 30\nbackoff = 0.1\n\n[deploy.environments.production]\nurl = "${url}"\n`
    )
    writeFileSync(path.join(shop, '.gitignore'), '/target\n')
    await git('add', '-A')
    await git('-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', 'commit', '-q', '-m', 'shop without forum')
    say(`  │ ${shop} (git), store ${store}, images ${images}, server ${url}`)
  })
  await step('validate modules.toml', () => mr(['validate']))
  const a = await step('plan release A', () => planStep('a'))
  const artifactsA = await step(`build A: ${a.rebuild.join(', ')} with cargo build --offline --locked`, () => buildAll(a, 'a'))
  await step('publish release A into the local store', () => publishStep(a, artifactsA, 'a'))
  await step(`deploy A (${server(a.plan)}) to production: verify → record → retag → hook → smoke`, () => move('deploy', server(a.plan), deployEnv))
  await step('smoke A', async () => {
    await mr(['smoke', '--url', url, '--release', server(a.plan), '--store', store])
    await serverAnswer(url, 'A deployed')
  })
  await step('plan again with nothing changed: every target is already published', async () => {
    const again = await planStep('a-again', a.plan)
    if (again.rebuild.length > 0) throw new Error(`expected nothing to rebuild, got ${again.rebuild.join(', ')}`)
  })
  await step('install forum from marketplace.toml (modules.toml, Cargo.toml features, generated code)', async () => {
    await mr(['install', 'forum', '--catalog', 'marketplace.toml'])
    await git('add', '-A')
    await git('-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', 'commit', '-q', '-m', 'install forum')
  })
  const b = await step('plan release B: only targets whose build key changed are rebuilt', () => planStep('b', a.plan))
  const artifactsB = await step(`build B: ${b.rebuild.join(', ') || 'nothing'}`, () => buildAll(b, 'b'))
  await step('publish release B', () => publishStep(b, artifactsB, 'b'))
  await step(`deploy B (${server(b.plan)})`, () => move('deploy', server(b.plan), deployEnv))
  await step('smoke B', async () => {
    await mr(['smoke', '--url', url, '--release', server(b.plan), '--store', store])
    const ans = await serverAnswer(url, 'B deployed')
    if (ans.manifest_hash !== b.plan.manifest_hash) throw new Error(`the server reports ${ans.manifest_hash}, B is ${b.plan.manifest_hash}`)
  })
  await step(`rollback production to A (${server(a.plan)}), no rebuild`, () => move('rollback', server(a.plan), deployEnv))
  await step("smoke after the rollback: the server reports A's manifest_hash", async () => {
    await mr(['smoke', '--url', url, '--release', server(a.plan), '--store', store])
    const ans = await serverAnswer(url, 'rolled back to A')
    if (ans.manifest_hash !== a.plan.manifest_hash) throw new Error(`the server reports ${ans.manifest_hash}, A is ${a.plan.manifest_hash}`)
  })
  await step('release history', async () => {
    const rows = [['release', 'component', 'manifest_hash', 'assets', 'deployed']]
    for (const label of ['a', 'b']) {
      const rel = summary.releases[label]
      for (const [component, id] of Object.entries(rel.components)) {
        const dir = path.join(store, id)
        const sums = existsSync(path.join(dir, 'SHA256SUMS')) ? readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n').length : 0
        const history = summary.deployments.filter((d) => d.release_id === id).map((d) => d.kind).join(', ')
        rows.push([`${label.toUpperCase()} ${id}`, component, rel.manifest_hash.slice(0, 19) + '…', `${sums} (SHA256SUMS)`, history || '—'])
      }
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
    for (const [i, r] of rows.entries()) {
      say(`  │ ${r.map((c, j) => c.padEnd(widths[j])).join('  ')}`)
      if (i === 0) say(`  │ ${widths.map((w) => '─'.repeat(w)).join('  ')}`)
    }
    say('  │ deployments of production, oldest first:')
    for (const d of summary.deployments) say(`  │   ${d.kind.padEnd(8)} ${d.release_id}  ${d.outcome}${d.previous_release ? ` (was ${d.previous_release})` : ''}`)
    say('  │ where everything lies:')
    say(`  │   repository copy   ${shop}`)
    say(`  │   cargo target dir  ${path.join(shop, 'target')}`)
    say(`  │   release plans     ${path.join(work, '*.plan.json')}`)
    say(`  │   build artifacts   ${path.join(work, '*.artifacts')}`)
    say(`  │   release store     ${store} (one directory per release: release-manifest.json, SHA256SUMS, files; .deploy/ history)`)
    say(`  │   image layout      ${images} (OCI image layout: environment tags of images; empty while modules-rebuild.toml has no [images])`)
    say(`  │   server log, PID   ${path.join(state, 'server.log')}, ${path.join(state, 'server.pid')}`)
  })
}

let code = 0
try {
  await main()
  say(`\nDemo finished: every step succeeded in ${secs(Date.now() - t0)}.`)
} catch (err) {
  code = 1
  if (!(err instanceof StepFailed)) say(`\ndemo error: ${err.stack ?? err.message}`)
  say(`\nDemo FAILED after ${secs(Date.now() - t0)}; everything is left in ${work} (server log: ${path.join(state, 'server.log')}).`)
} finally {
  stopServer()
  summary.ok = code === 0
  summary.ms = Date.now() - t0
  if (opts.summary) writeFileSync(path.resolve(opts.summary), JSON.stringify(summary, null, 2) + '\n')
  if (code === 0 && opts.clean) {
    rmSync(work, { recursive: true, force: true })
    say(`(removed ${work})`)
  } else if (code === 0) say(`(kept ${work}; remove it with: rm -rf ${work})`)
}
process.exitCode = code
