// npm run demo: the whole cycle of modules-rebuild on one machine, driven through the built CLI
// (node dist/cli.js, argv arrays, no shell), on a temporary git copy of examples/shop:
//   validate → plan → build (real cargo, offline) → publish A → deploy A → smoke → plan again
//   (nothing to rebuild) → install forum from the catalog → plan → build → publish B → deploy B →
//   smoke → rollback to A → smoke → release history.
// By default on local backends only: a release store directory and OCI image-layout directories; no
// network, no GitHub, no Docker daemon. With --github-api / --registry it runs against real ones:
// the repository's commits pushed through the git data API, releases and deployments on GitHub
// (token: GITHUB_TOKEN), images in a registry. The server's image is assembled in-process (no
// Docker daemon, scripts/demo-backends.mjs) and goes through stage → publish → deploy → rollback.
// The deploy hook (deploy/restart-server.mjs in the copy) starts the release's shop-server on
// 127.0.0.1 and records its PID; the demo stops it at the end, also on failure. Exit 0 only when
// every step succeeded.
//
//   node scripts/demo.mjs [--work DIR] [--clean] [--summary FILE] [--github-api URL [--repo OWNER/NAME]] [--registry HOST:PORT]
//     --work DIR          where to put the copy (default: a new directory under the system temp dir)
//     --clean             remove the directory after a successful run (kept by default, to look around)
//     --summary FILE      write what happened as JSON (plans, releases, images, deployments, server answers)
//     --github-api URL    publish releases and record deployments on GitHub at URL (e.g. `npm run
//                         github-double`); GITHUB_TOKEN must hold a token with contents and deployments: write
//     --repo OWNER/NAME   the GitHub repository (default acme/platform, the double's)
//     --registry H:P      push images to this registry (http on 127.0.0.1) instead of a local layout
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync, copyFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { changedInputs, freePort, githubApi, ociImageLayout, pushCommits } from './demo-backends.mjs'

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const cliJs = path.join(repoRoot, 'dist', 'cli.js')
const { values: opts } = parseArgs({
  options: { work: { type: 'string' }, clean: { type: 'boolean', default: false }, summary: { type: 'string' }, 'github-api': { type: 'string' }, repo: { type: 'string', default: 'acme/platform' }, registry: { type: 'string' } }
})
const usage = (m) => {
  process.stderr.write(`demo: ${m}\n`)
  process.exit(2)
}
const githubUrl = opts['github-api'] ?? null
const registry = opts.registry ?? null
if (githubUrl && !/^https?:\/\/[^\s]+$/.test(githubUrl)) usage(`--github-api must be an http(s) URL, not '${githubUrl}'`)
if (githubUrl && !process.env.GITHUB_TOKEN) usage('--github-api needs a token in GITHUB_TOKEN (`npm run github-double` prints one)')
if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(opts.repo)) usage(`--repo must be OWNER/NAME, not '${opts.repo}'`)
if (registry && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(registry)) usage(`--registry must be HOST[:PORT], not '${registry}'`)
/** Where releases and deployments go (CLI arguments), and where images go. */
const source = githubUrl ? ['--repo', opts.repo, '--github-api', githubUrl] : null
const gh = githubUrl ? githubApi(githubUrl, process.env.GITHUB_TOKEN, opts.repo) : null
/** The server's image repository ([images.server] of the copy); the registry or layout replaces its host. */
const IMAGE_REPOSITORY = 'ghcr.io/demo/shop-server'
/** The branch the demo's commits go to on GitHub (its own: never the repository's main). */
const DEMO_BRANCH = 'modules-rebuild-demo'

const t0 = Date.now()
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
const say = (line = '') => process.stdout.write(line + '\n')
const work = opts.work ? path.resolve(opts.work) : mkdtempSync(path.join(os.tmpdir(), 'modules-rebuild-demo-'))
const shop = path.join(work, 'shop')
const store = path.join(work, 'releases')
const images = path.join(work, 'images')
const state = path.join(work, 'state')
const imagesAt = registry ?? `oci:${images}`
const storeArgs = source ?? ['--store', store]
const imageArgs = registry ? ['--registry', registry] : ['--images', `oci:${images}`]
const summary = { work, mode: { releases: githubUrl ? `github ${opts.repo} at ${githubUrl}` : `local ${store}`, images: imagesAt, image_repository: IMAGE_REPOSITORY }, steps: [], plans: {}, releases: {}, deployments: [], answers: [], pushed: [] }
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
// TZ=UTC: the GitHub API records commit times in UTC, so only a UTC commit keeps its id there.
const git = (...args) => run(['git', ...args], { quiet: true, env: { TZ: 'UTC' } })
const commit = (message) => git('-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message)

/** In GitHub mode: the copy's new commits go to GitHub through the git data API, so release tags can name them. */
async function pushToGitHub() {
  if (!gh) return
  const r = await pushCommits({ api: gh, cwd: shop, branch: 'main', ref: DEMO_BRANCH })
  summary.pushed.push(...r.sent)
  say(`  │ pushed ${r.sent.length} commit(s) to ${opts.repo} (git/trees, git/commits), branch ${DEMO_BRANCH} → ${r.head.slice(0, 12)}`)
}

/** The deploy hook of the demo: a real file of the copy, as a team keeps its rollout script in the repository. */
const HOOK = path.join(repoRoot, 'scripts', 'demo-hook.mjs')

/** The server's Dockerfile in the copy: what the demo's in-process image holds (scripts/demo-backends.mjs ociImageLayout). */
const DOCKERFILE = `# The container image of shop-server ([images.server] of modules-rebuild.toml).
# In a workflow, the build job builds it with docker buildx into an OCI image layout after cargo
# built the binary. npm run demo has no Docker daemon and assembles the same image in-process: one
# layer with the binary. (A glibc-linked binary needs a base image with libc to run in a container;
# the demo's deploy hook runs the release's binary directly and uses the image for the registry
# path: push, environment tag, rollback by digest.)
FROM scratch
COPY target/release/shop-server /shop-server
EXPOSE 8080
ENTRYPOINT ["/shop-server"]
CMD ["--listen", "0.0.0.0:8080"]
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
  const health = await fetch(`${url}/health`)
  const healthBody = await health.text()
  const r = await fetch(`${url}/modules`)
  const body = await r.json()
  const slugs = body.modules.map((m) => m.slug)
  summary.answers.push({ stage, health: { status: health.status, body: healthBody }, modules_status: r.status, manifest_hash: body.manifest_hash, modules: slugs })
  say(`  │ GET ${url}/health → ${health.status}; GET ${url}/modules → manifest_hash ${body.manifest_hash}, modules ${slugs.join(', ')}`)
  return body
}

function printGraph(plan) {
  say('  │ module graph (→ depends on):')
  for (const m of plan.modules) say(`  │   ${m.slug}@${m.version}${m.required ? ' (required)' : ''}${m.depends_on.length ? ` → ${m.depends_on.join(', ')}` : ''}`)
}

async function planStep(label, prev = null) {
  const r = await mrJson(['plan', '--out', path.join(work, `${label}.plan.json`), ...(source ?? ['--releases', store])])
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
  summary.plans[label] = { release_id: p.release_id, manifest_hash: p.manifest_hash, source_commit: p.source_commit, rebuild, reused, build_keys: Object.fromEntries(Object.entries(p.targets).map(([t, x]) => [t, x.build_key])) }
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
    const image = m.image_dockerfile ? buildImage(m) : []
    await mr(['stage', '--plan', file, '--target', m.target, '--out', path.join(artifacts, m.artifact), '--started-at', started, ...image])
    say(`  │ ── ${m.target} built and staged in ${secs(Date.now() - t)}`)
    if (m.target === 'server') {
      const dest = path.join(state, 'bin', m.release_id)
      mkdirSync(dest, { recursive: true })
      copyFileSync(path.join(artifacts, m.artifact, m.artifact_path), path.join(dest, 'shop-server'))
    }
  }
  return artifacts
}

/**
 * The image of a target with [images.<target>]: what `docker buildx build -f <dockerfile>
 * --output type=oci,tar=false` makes in a workflow, assembled here without a Docker daemon (the
 * Dockerfile is FROM scratch + COPY of the built binary); returns stage's --image arguments.
 */
function buildImage(m) {
  const layout = path.join('target', 'oci', m.package)
  rmSync(path.join(shop, layout), { recursive: true, force: true })
  const binary = readFileSync(path.join(shop, m.artifact_path))
  const digest = ociImageLayout({ dir: path.join(shop, layout), binary, name: m.package, tag: 'build', created: new Date(0).toISOString() })
  say(`  │ ── image of ${m.target} (${m.image_dockerfile}: FROM scratch, COPY ${m.artifact_path}) assembled in-process as an OCI image layout ${layout}: ${digest}`)
  return ['--image', layout, '--image-repository', m.image_repository]
}

async function publishStep({ plan, file }, artifacts, label) {
  const r = await mrJson(['publish', '--plan', file, '--artifacts', artifacts, ...storeArgs, ...imageArgs])
  if (!r.ok) throw new Error(`publish refused: ${r.errors.map((e) => e.message).join('; ')}`)
  for (const x of r.releases) {
    say(`  │ ${x.outcome}: ${x.release_id} (${x.component})${x.url ? ` ${x.url}` : ''}`)
    for (const i of x.images) say(`  │   image ${i.location}:${i.tag} → ${i.digest}`)
  }
  summary.releases[label] = {
    plan: plan.release_id,
    manifest_hash: plan.manifest_hash,
    components: Object.fromEntries(plan.components.map((c) => [c.name, c.release_id])),
    published: r.releases.map((x) => ({ component: x.component, release_id: x.release_id, outcome: x.outcome, url: x.url, images: x.images.map((i) => ({ target: i.target, repository: i.repository, location: i.location, tag: i.tag, digest: i.digest })) }))
  }
  return r
}

async function move(kind, releaseId, env) {
  const args = kind === 'deploy' ? ['deploy', '--release', releaseId] : ['rollback', '--to', releaseId]
  const out = await mr([...args, '--environment', 'production', ...storeArgs, ...imageArgs, '--format', 'json'], { env, echoStdout: false, okCodes: [0, 1] })
  const r = JSON.parse(out)
  summary.deployments.push({ kind, release_id: releaseId, outcome: r.outcome, previous_release: r.previous_release ?? null, deployment_id: r.deployment?.deployment_id ?? null })
  if (!r.ok) throw new Error(`${kind} ${releaseId}: ${r.outcome}: ${r.errors.map((e) => e.message).join('; ')}`)
  say(`  │ ${kind === 'deploy' ? 'deployed' : 'rolled back to'} ${r.release_id} (${r.component}) → production${r.previous_release ? `, was ${r.previous_release}` : ''}`)
  return r
}

async function main() {
  if (!existsSync(cliJs)) throw new Error(`${cliJs} is missing: run \`npm run package\` (npm ci does not build dist/ — it is committed)`)
  say(`modules-rebuild demo — everything lives in ${work}`)
  say(`releases and deployments: ${summary.mode.releases}; images: ${imagesAt}`)
  mkdirSync(state, { recursive: true })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const deployEnv = { DEMO_STATE: state, DEMO_LISTEN: `127.0.0.1:${port}` }
  const server = (p) => p.components.find((c) => c.name === 'server').release_id

  await step(`Copy examples/shop into a fresh git repository (release A: the shop without forum)${gh ? `, push it to ${opts.repo}` : ''}`, async () => {
    cpSync(path.join(repoRoot, 'examples', 'shop'), shop, { recursive: true, filter: (src) => !/[\\/](target|dist)$/.test(src) })
    await git('init', '-q', '-b', 'main')
    await mr(['uninstall', 'forum'])
    mkdirSync(path.join(shop, 'deploy'), { recursive: true })
    copyFileSync(HOOK, path.join(shop, 'deploy', 'restart-server.mjs'))
    writeFileSync(path.join(shop, 'apps', 'server', 'Dockerfile'), DOCKERFILE)
    appendFileSync(
      path.join(shop, 'modules-rebuild.toml'),
      `\n[images.server]\n# The server's container image (apps/server/Dockerfile); npm run demo assembles it without a Docker daemon.\ndockerfile = "apps/server/Dockerfile"\nrepository = "${IMAGE_REPOSITORY}"\n\n[deploy]\n# The demo's hook restarts the example server (deploy/restart-server.mjs).\nhook = ["node", "deploy/restart-server.mjs"]\n\n[deploy.smoke]\ndeadline = 30\nbackoff = 0.1\n\n[deploy.environments.production]\nurl = "${url}"\n`
    )
    writeFileSync(path.join(shop, '.gitignore'), '/target\n')
    await git('add', '-A')
    await commit('shop without forum')
    say(`  │ ${shop} (git), releases: ${summary.mode.releases}, images: ${imagesAt}, server ${url}`)
    await pushToGitHub()
  })
  await step('validate modules.toml', () => mr(['validate']))
  const a = await step('plan release A', () => planStep('a'))
  const artifactsA = await step(`build A: ${a.rebuild.join(', ')} with cargo build --offline --locked`, () => buildAll(a, 'a'))
  await step(`publish release A ${gh ? `as GitHub releases of ${opts.repo}` : 'into the local store'}, images to ${imagesAt}`, () => publishStep(a, artifactsA, 'a'))
  await step(`deploy A (${server(a.plan)}) to production: verify → record → retag → hook → smoke`, () => move('deploy', server(a.plan), deployEnv))
  await step('smoke A', async () => {
    await mr(['smoke', '--url', url, '--release', server(a.plan), ...storeArgs])
    await serverAnswer(url, 'A deployed')
  })
  await step('plan again with nothing changed: every target is already published', async () => {
    const again = await planStep('a-again', a.plan)
    if (again.rebuild.length > 0) throw new Error(`expected nothing to rebuild, got ${again.rebuild.join(', ')}`)
  })
  await step(`install forum from marketplace.toml (modules.toml, Cargo.toml features, generated code)${gh ? ', push the commit' : ''}`, async () => {
    await mr(['install', 'forum', '--catalog', 'marketplace.toml'])
    await git('add', '-A')
    await commit('install forum')
    await pushToGitHub()
  })
  const b = await step('plan release B: only targets whose build key changed are rebuilt', () => planStep('b', a.plan))
  const artifactsB = await step(`build B: ${b.rebuild.join(', ') || 'nothing'}`, () => buildAll(b, 'b'))
  await step('publish release B', () => publishStep(b, artifactsB, 'b'))
  await step(`deploy B (${server(b.plan)})`, () => move('deploy', server(b.plan), deployEnv))
  await step('smoke B', async () => {
    await mr(['smoke', '--url', url, '--release', server(b.plan), ...storeArgs])
    const ans = await serverAnswer(url, 'B deployed')
    if (ans.manifest_hash !== b.plan.manifest_hash) throw new Error(`the server reports ${ans.manifest_hash}, B is ${b.plan.manifest_hash}`)
  })
  await step(`rollback production to A (${server(a.plan)}), no rebuild`, () => move('rollback', server(a.plan), deployEnv))
  await step("smoke after the rollback: the server reports A's manifest_hash", async () => {
    await mr(['smoke', '--url', url, '--release', server(a.plan), ...storeArgs])
    const ans = await serverAnswer(url, 'rolled back to A')
    if (ans.manifest_hash !== a.plan.manifest_hash) throw new Error(`the server reports ${ans.manifest_hash}, A is ${a.plan.manifest_hash}`)
  })
  await step('release history', history)
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const [i, r] of rows.entries()) {
    say(`  │ ${r.map((c, j) => c.padEnd(widths[j])).join('  ')}`)
    if (i === 0) say(`  │ ${widths.map((w) => '─'.repeat(w)).join('  ')}`)
  }
}

/** The release history table, read back from where the releases and deployments live. */
async function history() {
  const onGitHub = gh ? new Map((await gh.releases()).map((r) => [r.tag_name, r])) : null
  const rows = [['release', 'component', 'manifest_hash', 'assets', 'image', 'deployed']]
  for (const label of ['a', 'b']) {
    const rel = summary.releases[label]
    for (const [component, id] of Object.entries(rel.components)) {
      let assets
      if (onGitHub) assets = onGitHub.has(id) ? `${onGitHub.get(id).assets.length} on GitHub` : 'missing!'
      else {
        const sums = path.join(store, id, 'SHA256SUMS')
        assets = existsSync(sums) ? `${readFileSync(sums, 'utf8').trim().split('\n').length} (SHA256SUMS)` : 'missing!'
      }
      const image = rel.published.find((p) => p.release_id === id)?.images[0]?.digest
      const moves = summary.deployments.filter((d) => d.release_id === id).map((d) => d.kind).join(', ')
      rows.push([`${label.toUpperCase()} ${id}`, component, rel.manifest_hash.slice(0, 19) + '…', assets, image ? `${image.slice(0, 19)}…` : '—', moves || '—'])
    }
  }
  table(rows)
  say('  │ deployments of production, oldest first:')
  if (gh) {
    const list = (await gh.deployments('production')).reverse()
    for (const d of list) {
      const states = (await gh.statuses(d.id)).map((x) => x.state)
      summary.github_deployments = [...(summary.github_deployments ?? []), { id: d.id, ref: d.ref, kind: d.payload?.kind ?? null, states }]
      say(`  │   #${d.id} ${String(d.payload?.kind ?? 'deploy').padEnd(8)} ${d.ref}  statuses (newest first): ${states.join(' ← ')}`)
    }
  } else for (const d of summary.deployments) say(`  │   ${d.kind.padEnd(8)} ${d.release_id}  ${d.outcome}${d.previous_release ? ` (was ${d.previous_release})` : ''}`)
  say('  │ where everything lies:')
  say(`  │   repository copy   ${shop}`)
  say(`  │   cargo target dir  ${path.join(shop, 'target')} (the server's image layout: target/oci/shop-server)`)
  say(`  │   release plans     ${path.join(work, '*.plan.json')}`)
  say(`  │   build artifacts   ${path.join(work, '*.artifacts')}`)
  if (gh) say(`  │   releases          ${githubUrl}/repos/${opts.repo}/releases (tags on branch ${DEMO_BRANCH}); deployments: ${githubUrl}/repos/${opts.repo}/deployments`)
  else say(`  │   release store     ${store} (one directory per release: release-manifest.json, SHA256SUMS, files; .deploy/ history)`)
  if (registry) say(`  │   images            ${registry}/${IMAGE_REPOSITORY.split('/').slice(1).join('/')} (tags: release ids, production)`)
  else say(`  │   image layouts     ${images} (one OCI image layout per repository; tags: release ids, production)`)
  say(`  │   server log, PID   ${path.join(state, 'server.log')}, ${path.join(state, 'server.pid')}`)
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
