// Bundles the action (src/index.ts → OUT/index.js) and the CLI (src/cli.ts → OUT/cli/index.js and
// its chunks, started by OUT/cli.js, the launcher src/launcher.ts) with @vercel/ncc.
// Usage: node scripts/package.mjs OUT
//
// The bundles are CommonJS (the sources stay ESM): a CommonJS entry starts faster than an ES module
// one (no ES module loader for the entry and each chunk; `npm run bench`), and the launcher's V8
// code cache needs the chunks compiled as scripts. The launcher is transpiled alone, not bundled,
// so its `require` of the bundle stays a run-time require. Both bundles carry the build's identity
// (BUILD_ID, src/version.ts), written here, and the launcher each chunk's sha256.
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
  writeFileSync(path.join(dir, 'index.js'), asciiOnly('index.js', code))
  for (const [name, asset] of Object.entries(assets)) {
    if (name.endsWith('.d.ts')) continue
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), name.endsWith('.js') ? asciiOnly(name, asset.source.toString('utf8')) : asset.source)
  }
}

const NON_ASCII = /[^\x00-\x7f]/
const escapeChar = (c, inIdentifier) => {
  const cp = c.codePointAt(0)
  if (cp > 0xffff) return inIdentifier ? `\\u{${cp.toString(16)}}` : `\\u${c.charCodeAt(0).toString(16)}\\u${c.charCodeAt(1).toString(16)}`
  return `\\u${cp.toString(16).padStart(4, '0')}`
}
const escapeAll = (text, inIdentifier = false) => text.replace(/[^\x00-\x7f]/gu, (c) => escapeChar(c, inIdentifier))

/**
 * A chunk's source as ASCII: every other character written as a \u escape, which means the same
 * character in string, template and regular expression literals, identifiers and comments. V8
 * keeps a source with a single character beyond Latin-1 as two bytes per character, and the
 * launcher holds every chunk's source (and V8 a flattened copy of it) on the heap for the whole
 * run: a one-byte source halves that memory, which the first scavenges copy. A tagged template's
 * raw text would change, so a chunk with non-ASCII there stays as it is. The result is checked:
 * same tokens, same literal values, same identifier names.
 */
function asciiOnly(name, text) {
  if (!NON_ASCII.test(text)) return text
  const tree = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  let tagged = false
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && NON_ASCII.test(node.template.getText(tree))) tagged = true
    ts.forEachChild(node, visit)
  }
  visit(tree)
  if (tagged) return text
  const out = escapeIdentifiersAndRest(text, tree)
  const before = tokens(tree)
  const after = tokens(ts.createSourceFile(name, out, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS))
  if (NON_ASCII.test(out) || JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`${name}: escaping non-ASCII characters changed the code`)
  return out
}

/** Identifiers take \u{…} for a character beyond the BMP; everywhere else a surrogate pair of \uXXXX is the same. */
function escapeIdentifiersAndRest(text, tree) {
  const spans = []
  const visit = (node) => {
    if (ts.isIdentifier(node) && NON_ASCII.test(node.getText(tree))) spans.push([node.getStart(tree), node.getEnd()])
    ts.forEachChild(node, visit)
  }
  visit(tree)
  let out = ''
  let at = 0
  for (const [start, end] of spans) {
    out += escapeAll(text.slice(at, start)) + escapeAll(text.slice(start, end), true)
    at = end
  }
  return out + escapeAll(text.slice(at))
}

/** What the code means token by token: kinds, literal values, identifier names (regular expressions by their flags and length-free body). */
function tokens(tree) {
  const list = []
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) list.push([node.kind, node.text])
    else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) list.push([node.kind, node.text])
    else if (ts.isRegularExpressionLiteral(node)) list.push([node.kind, regexValue(node.text)])
    else if (node.kind < ts.SyntaxKind.FirstNode) list.push([node.kind])
    ts.forEachChild(node, visit)
    if (node.kind >= ts.SyntaxKind.FirstNode) list.push([node.kind])
  }
  visit(tree)
  return list
}

/** A regular expression literal with each \uXXXX (and \u{…}) read back into its character. */
const regexValue = (literal) => literal.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/g, (m, a, b, offset) => (isEscaped(literal, offset) ? m : String.fromCodePoint(parseInt(a ?? b, 16))))
const isEscaped = (text, i) => {
  let n = 0
  while (i - 1 - n >= 0 && text[i - 1 - n] === '\\') n++
  return n % 2 === 1
}

await bundle('src/index.ts', out)
await bundle('src/cli.ts', path.join(out, 'cli'))
// The build's identity (BUILD_ID, src/version.ts): the sha256 of every file of both bundles as
// built, the placeholder still in place, then written over the placeholder. Content-addressed: the
// same sources build the same dist/ (scripts/check-dist.mjs), hence the same identity; a build that
// differs in any byte gets another. Here, once, so that no run hashes its own code at start-up.
const PLACEHOLDER = "'modules-rebuild-build:unpackaged'"
const built = readdirSync(out, { recursive: true }).filter((f) => statSync(path.join(out, f)).isFile()).sort()
const identity = createHash('sha256')
for (const f of built) identity.update(`${f.split(path.sep).join('/')}\0`).update(readFileSync(path.join(out, f))).update('\0')
const buildId = identity.digest('hex')
const marked = built.filter((f) => f.endsWith('.js') && readFileSync(path.join(out, f), 'utf8').includes(PLACEHOLDER))
for (const f of marked) {
  const text = readFileSync(path.join(out, f), 'utf8')
  if (text.split(PLACEHOLDER).length !== 2) throw new Error(`${f}: the build-id placeholder appears more than once`)
  writeFileSync(path.join(out, f), text.replace(PLACEHOLDER, `'modules-rebuild-build:${buildId}'`))
}
if (!marked.some((f) => f.startsWith(`cli${path.sep}`))) throw new Error(`src/version.ts: the build-id placeholder ${PLACEHOLDER} not found in the CLI bundle`)
// ncc keeps the entry's shebang at the top of cli/index.js; the launcher below is what `bin` runs.
const launcher = ts.transpileModule(readFileSync('src/launcher.ts', 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, removeComments: false }
}).outputText
// The launcher's code cache is keyed by each chunk's sha256: computed here, not at every start.
const hashes = {}
for (const name of readdirSync(path.join(out, 'cli')).filter((f) => f.endsWith('.js')).sort()) {
  const source = readFileSync(path.join(out, 'cli', name), 'utf8').replace(/^#!.*/, '')
  hashes[name] = [source.length, createHash('sha256').update(source).digest('hex')]
}
const marker = 'const CHUNK_HASHES = {};'
if (!launcher.includes(marker)) throw new Error(`src/launcher.ts: "${marker}" not found in the transpiled launcher`)
writeFileSync(path.join(out, 'cli.js'), `#!/usr/bin/env node\n${launcher.replace(marker, `const CHUNK_HASHES = ${JSON.stringify(hashes)};`)}`)
chmodSync(path.join(out, 'cli.js'), 0o755)
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
const files = readdirSync(out, { recursive: true }).length
console.log(`packaged ${path.relative(process.cwd(), out) || '.'}: index.js (action), cli.js (CLI), ${files} entries`)
