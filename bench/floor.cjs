// Floors for the startup and scale targets: the least work a command of each kind must do, with
// nothing of modules-rebuild loaded. bench/run.mjs runs these interleaved with `node -e 0` and the
// CLI, so a target can be read against what the same machine needs for the same files.
//   node bench/floor.cjs hash ROOT    reads ROOT/modules.toml and prints its sha256 (node:crypto):
//                                     hash without parsing, canonical form or any check.
//   node bench/floor.cjs parse ROOT   reads and parses (smol-toml) modules.toml and every path
//                                     module's rustok-module.toml, and reads its admin/Cargo.toml
//                                     and storefront/Cargo.toml when present (validate reads those
//                                     for the package name only): the files validate reads, and the
//                                     parsing it cannot skip, without any check or output.
//   node bench/floor.cjs read ROOT    the same files read, only modules.toml parsed (to find the
//                                     modules): what validate with a warm parse cache cannot skip.
// CommonJS, like dist/cli.js (an ES module entry costs more to start).
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const [mode, root] = process.argv.slice(2)
// A probe, then a read: a failed read would cost an exception per missing file.
const text = (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null)
if (mode === 'hash') {
  process.stdout.write(require('node:crypto').createHash('sha256').update(text(path.join(root, 'modules.toml'))).digest('hex') + '\n')
} else if (mode === 'parse' || mode === 'read') {
  const { parse } = require('smol-toml')
  const manifest = parse(text(path.join(root, 'modules.toml')))
  let parsed = 1
  let read = 1
  for (const spec of Object.values(manifest.modules ?? {})) {
    if (typeof spec?.path !== 'string') continue
    for (const f of ['rustok-module.toml', 'admin/Cargo.toml', 'storefront/Cargo.toml']) {
      const t = text(path.join(root, spec.path, f))
      if (t === null) continue
      read++
      if (mode === 'parse' && f === 'rustok-module.toml') {
        parse(t)
        parsed++
      }
    }
  }
  process.stdout.write(`${read} files read, ${parsed} parsed\n`)
} else {
  process.stderr.write('usage: node bench/floor.cjs hash|parse|read ROOT\n')
  process.exit(2)
}
