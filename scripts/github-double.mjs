// Runs the GitHub API double (__tests__/github-double/) as a process of its own:
//   npm run github-double -- --port 8787 [--repo owner/name] [--token T] [--immutable] [--fault JSON]
// Options: __tests__/github-double/standalone.ts.
//
// The double is TypeScript and Node 20 cannot run TypeScript (no tsx, no --experimental-strip-types
// before Node 22.6): this script transpiles its modules with the typescript devDependency
// (transpileModule: types dropped, nothing type-checked, ~1 s) into
// node_modules/.cache/github-double/<content hash>/ — inside the project, so `ajv` and the other
// imports resolve from its node_modules — and imports standalone.js from there.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, '__tests__', 'github-double')
const SUBSET = 'openapi-subset.json'

/** The double's modules (the workflow runner is not part of it). */
const modules = readdirSync(src)
  .filter((f) => f.endsWith('.ts') && f !== 'runner.ts')
  .sort()
const hash = createHash('sha256')
for (const f of [...modules, SUBSET]) hash.update(f).update('\0').update(readFileSync(path.join(src, f))).update('\0')
hash.update(ts.version)
const out = path.join(root, 'node_modules', '.cache', 'github-double', hash.digest('hex').slice(0, 16))

if (!existsSync(path.join(out, 'standalone.js'))) {
  const tmp = `${out}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  for (const f of modules) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(src, f), 'utf8'), {
      fileName: f,
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, sourceMap: false }
    })
    writeFileSync(path.join(tmp, f.replace(/\.ts$/, '.js')), outputText)
  }
  writeFileSync(path.join(tmp, SUBSET), readFileSync(path.join(src, SUBSET)))
  writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module", "private": true }\n')
  try {
    renameSync(tmp, out)
  } catch {
    // Another process made the same directory first: use that one.
    rmSync(tmp, { recursive: true, force: true })
  }
  // Builds of older sources (a running double has its modules loaded already).
  for (const old of readdirSync(path.dirname(out))) if (!old.endsWith('.tmp') && path.join(path.dirname(out), old) !== out) rmSync(path.join(path.dirname(out), old), { recursive: true, force: true })
}

const { main } = await import(pathToFileURL(path.join(out, 'standalone.js')).href)
await main(process.argv.slice(2))
