#!/usr/bin/env node
// npm run fixtures: fills .cache/fixtures/rustok (gitignored) with the RusToK files the tests read,
// fetched from GitHub at the pinned commit. The files are BSL-1.1: they stay out of the repository;
// scripts/rustok-fixture-files.txt lists their paths and git blob ids, and each download must hash
// to its blob id. GitHub CI calls this before `npm test` (.github/workflows/ci.yml); without the
// fixture the RusToK suites are skipped, never failed.
//
//   RUSTOK_FIXTURE_DIR       where to write (default .cache/fixtures/rustok)
//   RUSTOK_FIXTURE_BASE_URL  raw file server (default https://raw.githubusercontent.com)
//   RUSTOK_FIXTURE_LIST      the file list (default scripts/rustok-fixture-files.txt; tests use their own)
//
// All or nothing: files are downloaded into a sibling temp directory, verified, then renamed into
// place. A complete, verified directory is left alone.
import { createHash } from 'node:crypto'
import { existsSync, promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const REPOSITORY = 'RusTokRs/RusTok'
export const COMMIT = '4ea8a0362ef9210294750c4c9766787a7191914f'
export const DEFAULT_BASE_URL = 'https://raw.githubusercontent.com'
export const LIST = fileURLToPath(new URL('./rustok-fixture-files.txt', import.meta.url))

/** `<blob> <path>` lines (comments and blank lines skipped) → [{ blob, path }]; throws on anything unsafe. */
export function parseFileList(text) {
  const out = []
  const seen = new Set()
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = /^([0-9a-f]{40}) (\S+)$/.exec(line)
    if (!m) throw new Error(`${path.basename(LIST)}:${i + 1}: expected "<40-hex blob id> <path>", got ${JSON.stringify(line)}`)
    const p = m[2]
    if (p.startsWith('/') || p.split('/').some((s) => s === '' || s === '.' || s === '..') || !/^[A-Za-z0-9._/-]+$/.test(p)) throw new Error(`${path.basename(LIST)}:${i + 1}: unsafe path ${JSON.stringify(p)}`)
    if (seen.has(p)) throw new Error(`${path.basename(LIST)}:${i + 1}: ${p} is listed twice`)
    seen.add(p)
    out.push({ blob: m[1], path: p })
  }
  return out
}

/** The raw URL of one file at the pinned commit: `<base>/<owner>/<repo>/<commit>/<path>`, each segment encoded. */
export function rawUrl(file, base = DEFAULT_BASE_URL, repository = REPOSITORY, commit = COMMIT) {
  const segments = [...repository.split('/'), commit, ...file.split('/')].map(encodeURIComponent)
  return `${base.replace(/\/+$/, '')}/${segments.join('/')}`
}

/** git's blob id of `content` (what `git hash-object` prints). */
export function blobId(content) {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

async function download(url, attempts = 3) {
  let last
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' })
      if (res.ok) return Buffer.from(await res.arrayBuffer())
      last = new Error(`HTTP ${res.status} ${res.statusText}`)
      if (res.status === 404) break // a wrong path or commit: retrying cannot help
    } catch (err) {
      last = err
    }
    if (i < attempts) await new Promise((r) => setTimeout(r, 500 * 2 ** i))
  }
  throw new Error(`${url}: ${last?.message ?? last}`)
}

async function complete(dir, files) {
  for (const f of files) {
    const p = path.join(dir, f.path)
    if (!existsSync(p) || blobId(await fs.readFile(p)) !== f.blob) return false
  }
  return true
}

export async function fetchFixture({ dir, base = DEFAULT_BASE_URL, list = LIST, concurrency = 8, log = console.log } = {}) {
  const files = parseFileList(readFileSync(list, 'utf8'))
  if (await complete(dir, files)) {
    log(`${dir}: ${files.length} files, up to date (${REPOSITORY}@${COMMIT.slice(0, 12)})`)
    return { fetched: 0, files: files.length }
  }
  await fs.mkdir(path.dirname(dir), { recursive: true })
  const tmp = await fs.mkdtemp(path.join(path.dirname(dir), `.${path.basename(dir)}-`))
  try {
    let next = 0
    const worker = async () => {
      while (next < files.length) {
        const f = files[next++]
        const content = await download(rawUrl(f.path, base))
        const got = blobId(content)
        if (got !== f.blob) throw new Error(`${f.path}: blob ${got} is not the pinned ${f.blob} (${REPOSITORY}@${COMMIT})`)
        await fs.mkdir(path.join(tmp, path.dirname(f.path)), { recursive: true })
        await fs.writeFile(path.join(tmp, f.path), content)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
    await fs.writeFile(
      path.join(tmp, 'PROVENANCE.md'),
      `# RusToK snapshot (test input only)\n\nFetched by \`npm run fixtures\` from https://github.com/${REPOSITORY} at commit ${COMMIT}:\n${files.length} files listed in scripts/rustok-fixture-files.txt, each checked against its git blob id.\nRusToK is licensed BSL-1.1; these files serve only as interoperability test input. Never commit them.\n`
    )
    await fs.rm(dir, { recursive: true, force: true })
    await fs.rename(tmp, dir)
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true })
    throw err
  }
  log(`${dir}: fetched ${files.length} files of ${REPOSITORY}@${COMMIT.slice(0, 12)}`)
  return { fetched: files.length, files: files.length }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = path.resolve(process.env.RUSTOK_FIXTURE_DIR ?? path.join('.cache', 'fixtures', 'rustok'))
  fetchFixture({ dir, base: process.env.RUSTOK_FIXTURE_BASE_URL ?? DEFAULT_BASE_URL, list: process.env.RUSTOK_FIXTURE_LIST ?? LIST }).catch((err) => {
    console.error(`npm run fixtures failed: ${err.message}\nNothing was written to ${dir}. Check the network (raw.githubusercontent.com) and rerun.`)
    process.exit(1)
  })
}
