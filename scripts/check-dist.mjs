// Proves the committed dist/ is what the sources build to: packages into a temp dir and
// compares every file. Exit 1 with the list of differing files (and the fix) otherwise.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'check-dist-'))
try {
  execFileSync(process.execPath, ['scripts/package.mjs', tmp], { stdio: ['ignore', 'ignore', 'inherit'] })
  const list = (dir, base = dir) =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f)
      return statSync(p).isDirectory() ? list(p, base) : [path.relative(base, p)]
    })
  const want = new Set(list(tmp))
  const have = new Set(statSync('dist', { throwIfNoEntry: false }) ? list('dist') : [])
  const diff = []
  for (const f of want) if (!have.has(f)) diff.push(`missing: dist/${f}`)
  for (const f of have) if (!want.has(f)) diff.push(`extra: dist/${f}`)
  for (const f of want) if (have.has(f) && !readFileSync(path.join(tmp, f)).equals(readFileSync(path.join('dist', f)))) diff.push(`differs: dist/${f}`)
  if (diff.length) {
    console.error(`dist/ is stale:\n  ${diff.join('\n  ')}\nFix: npm run package && git add dist/`)
    process.exit(1)
  }
  console.log(`dist/ is fresh (${want.size} files)`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
