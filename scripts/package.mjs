// Bundles the action (src/index.ts → OUT/index.js) and the CLI (src/cli.ts → OUT/cli/index.js,
// started by OUT/cli.js) with @vercel/ncc. Usage: node scripts/package.mjs OUT
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve(process.argv[2] ?? 'dist')
const ncc = path.resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

function bundle(entry, dir) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })
}

bundle('src/index.ts', out)
bundle('src/cli.ts', path.join(out, 'cli'))
// ncc keeps the entry's shebang at the top of cli/index.js; the launcher below is what `bin` runs.
writeFileSync(path.join(out, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync(path.join(out, 'cli.js'), 0o755)
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
for (const dir of [out, path.join(out, 'cli')]) {
  for (const f of readdirSync(dir)) if (f.endsWith('.d.ts')) rmSync(path.join(dir, f))
}
console.log(`packaged ${path.relative(process.cwd(), out) || '.'}: index.js (action), cli.js (CLI)`)
