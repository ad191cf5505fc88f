/**
 * The layout rule of src/ (docs/architecture.md), as a checker the architecture test runs on the
 * real sources and on synthetic graphs (so it is shown to fail).
 *
 * Folders are the nodes: `core/<area>`, `adapters/<thing>`, `app`, `drivers/<x>`, plus the entry
 * files (`index.ts`, `cli.ts`, `launcher.ts`) and `version.ts`. What each may import:
 *   core/*      other core areas, version.ts, `node:path`, `node:crypto` and the pure npm libraries
 *               below (and the one exception in CORE_EXCEPTIONS); never `process`
 *   adapters/*  core, other adapters, version.ts, anything outside src/
 *   app         core, adapters, app, version.ts, anything outside src/
 *   drivers/x   everything in src/ except another driver
 *   entries     anything
 * and the folder graph has no cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** What a core file may import from outside src/ (everything else — I/O, @actions, @octokit — is refused). */
export const CORE_EXTERNAL = new Set(['node:path', 'node:crypto', 'zod', 'semver', 'smol-toml', 'yaml', 'diff', 'mustache'])
/**
 * Imports one core file may make besides: core/hash/digest.ts loads node:crypto (allowed) through
 * node:module's createRequire, on first use only, where WebAssembly is unavailable.
 */
export const CORE_EXCEPTIONS: Record<string, readonly string[]> = { 'core/hash/digest.ts': ['node:module'] }

export interface SourceFile {
  /** Relative to src/, '/' separated: `core/plan/plan.ts`. */
  file: string
  /** Import specifiers as written (static, `export … from`, dynamic `import()`, `import('x')` types). */
  imports: string[]
  /** Lines where the global `process` is used. */
  processAt: number[]
}

type Layer = 'core' | 'adapters' | 'app' | 'drivers' | 'entry' | 'version'

/** The folder node of a src/-relative file, or null when the file is outside the layout. */
export function nodeOf(file: string): { node: string; layer: Layer } | null {
  const parts = file.split('/')
  if (parts.length === 1) {
    if (file === 'index.ts' || file === 'cli.ts' || file === 'launcher.ts') return { node: file, layer: 'entry' }
    if (file === 'version.ts') return { node: file, layer: 'version' }
    return null
  }
  const [top, sub] = parts
  if (top === 'app') return { node: 'app', layer: 'app' }
  if ((top === 'core' || top === 'adapters') && parts.length >= 3) return { node: `${top}/${sub}`, layer: top }
  if (top === 'drivers' && (sub === 'cli' || sub === 'action') && parts.length >= 3) return { node: `drivers/${sub}`, layer: 'drivers' }
  return null
}

const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core', 'version'],
  adapters: ['core', 'adapters', 'version'],
  app: ['core', 'adapters', 'app', 'version'],
  drivers: ['core', 'adapters', 'app', 'drivers', 'version'],
  entry: ['core', 'adapters', 'app', 'drivers', 'version'],
  version: []
}

/** The src/-relative file a relative specifier names (`./x.js` → `x.ts`, `./dir/index.js` too). */
function resolve(from: string, spec: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.js$/, '.ts')
}

/** Packages are named by their first segment (two for a scope); node: builtins as written. */
const packageOf = (spec: string) => (spec.startsWith('node:') ? spec : spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)

export interface Checked {
  /** Every broken rule, one line each, naming the file (and line for `process`). */
  violations: string[]
  /** Folder → folders it imports. */
  edges: Map<string, Set<string>>
  /** Each folder cycle, as `a → b → … → a`. */
  cycles: string[]
}

export function check(files: readonly SourceFile[]): Checked {
  const violations: string[] = []
  const edges = new Map<string, Set<string>>()
  const known = new Set(files.map((f) => f.file))
  for (const f of files) {
    const from = nodeOf(f.file)
    if (!from) {
      violations.push(`${f.file}: outside the layout (core/<area>/, adapters/<thing>/, app/, drivers/{cli,action}/, or index.ts, cli.ts, launcher.ts, version.ts)`)
      continue
    }
    if (!edges.has(from.node)) edges.set(from.node, new Set())
    if (from.layer === 'core') for (const line of f.processAt) violations.push(`${f.file}:${line}: core uses process (pass what it needs in from an adapter or driver)`)
    for (const spec of f.imports) {
      if (!spec.startsWith('.')) {
        if (from.layer === 'core' && !CORE_EXTERNAL.has(packageOf(spec)) && !CORE_EXCEPTIONS[f.file]?.includes(spec)) violations.push(`${f.file}: core imports '${spec}' (core may import only ${[...CORE_EXTERNAL].join(', ')} from outside src/)`)
        continue
      }
      const target = resolve(f.file, spec)
      if (target.startsWith('../')) {
        violations.push(`${f.file}: imports '${spec}', outside src/`)
        continue
      }
      if (!known.has(target)) violations.push(`${f.file}: imports '${spec}', which is no file of src/`)
      const to = nodeOf(target)
      if (!to) continue
      if (to.node !== from.node) edges.get(from.node)!.add(to.node)
      if (!MAY_IMPORT[from.layer].includes(to.layer)) violations.push(`${f.file}: ${from.layer} imports ${to.layer} ('${spec}', ${target})`)
      else if (from.layer === 'drivers' && to.layer === 'drivers' && from.node !== to.node) violations.push(`${f.file}: ${from.node} imports the other driver ${to.node} ('${spec}')`)
    }
  }
  const cycles = findCycles(edges)
  for (const c of cycles) violations.push(`folder cycle: ${c}`)
  return { violations, edges, cycles }
}

/** One named cycle per strongly connected component of more than one folder (Tarjan). */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  let index = 0
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const on = new Set<string>()
  const components: string[][] = []
  const visit = (v: string) => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    on.add(v)
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = []
      let w: string
      do {
        w = stack.pop()!
        on.delete(w)
        c.push(w)
      } while (w !== v)
      if (c.length > 1) components.push(c)
    }
  }
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v)
  return components.map((c) => {
    // A concrete cycle through the component's first folder: breadth-first back to it.
    const members = new Set(c)
    const start = [...c].sort()[0]!
    const prev = new Map<string, string>()
    const queue = [start]
    let end: string | null = null
    while (queue.length && end === null) {
      const v = queue.shift()!
      for (const w of [...(edges.get(v) ?? [])].sort()) {
        if (!members.has(w)) continue
        if (w === start) {
          end = v
          break
        }
        if (!prev.has(w)) {
          prev.set(w, v)
          queue.push(w)
        }
      }
    }
    const cycle = [end!]
    while (cycle[0] !== start) cycle.unshift(prev.get(cycle[0]!)!)
    cycle.push(start)
    return cycle.join(' → ') + (c.length > cycle.length - 1 ? ` (one cycle of: ${[...c].sort().join(', ')})` : '')
  })
}

/** Import specifiers and uses of the global `process` in one TypeScript source (a full parse). */
export function parseSource(file: string, text: string): SourceFile {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const imports: string[] = []
  const processAt: number[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) imports.push(node.moduleSpecifier.text)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) imports.push(node.arguments[0].text)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) imports.push(node.argument.literal.text)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) imports.push(node.moduleReference.expression.text)
    else if (ts.isIdentifier(node) && node.text === 'process' && isGlobalUse(node)) processAt.push(sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return { file, imports, processAt }
}

/** `process` as a value, not a property name (`x.process`, `{ process: … }`) or a declaration's name. */
function isGlobalUse(id: ts.Identifier): boolean {
  const p = id.parent
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) && p.name === id) return false
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false
  if (ts.isQualifiedName(p) && p.right === id) return false
  return true
}

/** Every .ts file below `dir`, parsed, with paths relative to `dir`. */
export function readSources(dir: string): SourceFile[] {
  const out: SourceFile[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e)
      if (statSync(p).isDirectory()) walk(p)
      else if (p.endsWith('.ts')) out.push(parseSource(path.relative(dir, p).split(path.sep).join('/'), readFileSync(p, 'utf8')))
    }
  }
  walk(dir)
  return out
}
