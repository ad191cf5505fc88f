// Deploy hook of the modules-rebuild demo (modules-rebuild.toml [deploy] hook).
// modules-rebuild runs it after the environment's image tag moved, with RELEASE_ID, MANIFEST_HASH,
// ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID and IMAGE_* in its environment.
// It stops the running shop-server (PID file) and starts the release's binary on DEMO_LISTEN.
import { spawn } from 'node:child_process'
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.env.DEMO_STATE
if (!dir || !process.env.DEMO_LISTEN) throw new Error('DEMO_STATE and DEMO_LISTEN are set by npm run demo')
if (process.env.COMPONENT !== 'server') {
  console.log(`${process.env.COMPONENT} ${process.env.RELEASE_ID}: static bundle, nothing to restart`)
  process.exit(0)
}
const pidFile = path.join(dir, 'server.pid')
if (existsSync(pidFile)) {
  const old = Number(readFileSync(pidFile, 'utf8'))
  try {
    process.kill(old, 'SIGTERM')
    console.log(`stopped shop-server pid ${old}`)
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
    console.error(`cannot start ${bin}: ${e.message}`)
    process.exit(1)
  })
})
writeFileSync(pidFile, String(child.pid))
child.unref()
console.log(`started shop-server ${process.env.RELEASE_ID} (${process.env.DEPLOY_KIND}) as pid ${child.pid} on ${process.env.DEMO_LISTEN}`)
