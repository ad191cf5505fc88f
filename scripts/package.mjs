// Bundles the action (src/index.ts → OUT/index.js) and the CLI (src/cli.ts → OUT/cli/index.js and
// its chunks, started by OUT/cli.js, the launcher src/launcher.ts) with @vercel/ncc.
// Usage: node scripts/package.mjs OUT
//
// The bundles are CommonJS (the sources stay ESM): a CommonJS entry starts faster than an ES module
// one (no ES module loader for the entry and each chunk; `npm run bench`), and the launcher's V8
// code cache needs the chunks compiled as scripts. The launcher is transpiled alone, not bundled,
// so its `require` of the bundle stays a run-time require.
import { createRequire } from 'node:module'
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const ts = require('typescript')

const out = path.resolve(process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

async function bundle(entry, dir) {
  const { code, assets } = await ncc(path.resolve(entry), { esm: false, filename: 'index.js', target: 'es2022', license: 'licenses.txt', quiet: true, cache: false })
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    if (name.endsWith('.d.ts')) continue
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), asset.source)
  }
}

await bundle('src/index.ts', out)
await bundle('src/cli.ts', path.join(out, 'cli'))
// ncc keeps the entry's shebang at the top of cli/index.js; the launcher below is what `bin` runs.
const launcher = ts.transpileModule(readFileSync('src/launcher.ts', 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, removeComments: false }
}).outputText
writeFileSync(path.join(out, 'cli.js'), `#!/usr/bin/env node\n${launcher}`)
chmodSync(path.join(out, 'cli.js'), 0o755)
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
const files = readdirSync(out, { recursive: true }).length
console.log(`packaged ${path.relative(process.cwd(), out) || '.'}: index.js (action), cli.js (CLI), ${files} entries`)
