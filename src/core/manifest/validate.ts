/**
 * Validation of modules.toml: shape (zod), then the rules that need context, in RusToK's wording
 * where RusToK has one. Pure: the document comes in, diagnostics and the typed manifest go out.
 * Every problem is reported at once; a broken module entry does not hide the others' problems.
 */
import { diagnostic, pushAll, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { dependencyClosure, findCycles, reachableFrom, reaching } from '../graph/graph.js'
import { parseCargoReq } from './cargo-semver.js'
import type { TomlDocument } from './document.js'
import { crateProblem, gitRevProblem, gitUrlProblem, httpUrlProblem, repoPathProblem, slugProblem } from './identifiers.js'
import type { KeyPath } from './locate.js'
import { SOURCES } from './constants.js'
import type { BuildSchema as BuildSchemaType, Manifest, ModuleEntry, ModuleEntrySchema as ModuleEntrySchemaType } from './schema.js'
import { FAST_MANIFEST } from './shapes.generated.js'
import { lazySchema, zodSchema } from './zod-registry.js'
import { checkShape, formatPath, locate } from './shape.js'
import { isTable, type TomlValue } from './toml.js'
import type { RuleId } from '../diagnostics/rules.js'

export interface ManifestResult {
  /** The typed manifest: complete when valid, best-effort (broken entries dropped) otherwise. */
  manifest: Manifest | null
  diagnostics: Diagnostic[]
}

const SCHEMA_2_CHANGES =
  'schema 2 replaced `build.deployment_profile` with `[build.server] embed_admin` / `embed_storefront`, added `[build.admin]` and `[[build.storefront]]` (public_url, redirect_uris), and requires `source` on every module'

const MANIFEST = lazySchema<Manifest>('ManifestSchema', FAST_MANIFEST)

export function validateManifest(doc: TomlDocument): ManifestResult {
  const out: Diagnostic[] = []
  const schema = doc.data.schema
  if (schema !== 2) {
    out.push(schemaDiagnostic(doc, schema))
    return { manifest: null, diagnostics: out }
  }
  pushAll(out, injections(doc))
  const shape = checkShape(MANIFEST, doc, (path, value) => {
    const [top, slug, key] = path
    if (top !== 'modules' || typeof slug !== 'string' || key !== 'source' || path.length !== 3 || typeof value !== 'string') return null
    return diagnostic('error', 'invalid-source', doc.file, entryLoc(doc, slug, ['source']), `Module '${slug}' has invalid source '${value}'`, `Use one of ${SOURCES.map((s) => `"${s}"`).join(', ')}.`)
  })
  pushAll(out, shape.diagnostics)
  const manifest = shape.data ?? lenient(doc)
  pushAll(pushAll(pushAll(out, checkModules(doc, manifest)), checkGraph(doc, manifest)), checkBuild(doc, manifest))
  return { manifest, diagnostics: out }
}

function schemaDiagnostic(doc: TomlDocument, schema: TomlValue | undefined): Diagnostic {
  const loc = locate(doc, ['schema'])
  if (schema === undefined) {
    return diagnostic('error', 'unsupported-schema', doc.file, loc, `${doc.file} has no \`schema\` key`, 'Add `schema = 2` as the first line.')
  }
  if (schema === 1) {
    return diagnostic('error', 'unsupported-schema', doc.file, loc, `schema 1 is no longer supported: ${SCHEMA_2_CHANGES}`, 'Migrate the file to schema 2 (see the README) and set `schema = 2`.')
  }
  const shown = typeof schema === 'string' ? `"${schema}" (a string)` : String(schema)
  return diagnostic('error', 'unsupported-schema', doc.file, loc, `Unsupported manifest schema: ${shown}`, 'This version of modules-rebuild reads `schema = 2` (an integer).')
}

/** The document read section by section, so one broken part does not hide the rest. */
function lenient(doc: TomlDocument): Manifest {
  const data = doc.data
  // Only reached with a finding: the zod schemas are loaded by then (checkShape asked for them).
  const BuildSchema = zodSchema('BuildSchema') as typeof BuildSchemaType
  const ModuleEntrySchema = zodSchema('ModuleEntrySchema') as typeof ModuleEntrySchemaType
  const build = BuildSchema.safeParse(data.build ?? {})
  const modules: Record<string, ModuleEntry> = {}
  if (isTable(data.modules)) {
    for (const [slug, raw] of Object.entries(data.modules)) {
      const entry = ModuleEntrySchema.safeParse(raw)
      if (entry.success) modules[slug] = entry.data
    }
  }
  const settings = isTable(data.settings) ? data.settings : {}
  const enabled = Array.isArray(settings.default_enabled) ? settings.default_enabled.filter((s): s is string => typeof s === 'string') : []
  return {
    schema: 2,
    app: typeof data.app === 'string' ? data.app : 'rustok-server',
    build: build.success ? build.data : BuildSchema.parse({}),
    modules,
    settings: { default_enabled: enabled }
  }
}

/** Location for something inside module `slug`: the key itself, or the entry when on the same line. */
export function entryLoc(doc: TomlDocument, slug: string, sub: KeyPath = []): Location | null {
  const entry = doc.keys.get(['modules', slug])
  const loc = locate(doc, ['modules', slug, ...sub])
  if (entry && loc && loc.line === entry.line) return entry
  return loc ?? entry ?? null
}

/** `${{` anywhere in a document: such a value could reach a workflow expression. */
export function injections(doc: TomlDocument): Diagnostic[] {
  // The data is parsed from the text: a string value can hold `${{` only if the text does, or
  // spells it with an escape or a line-ending backslash — both need a backslash.
  if ((!doc.text.includes('${{') && !doc.text.includes('\\')) || !hasExpression(doc.data)) return []
  const out: Diagnostic[] = []
  // A node is [value, key, parent]: the path is rebuilt only for a finding (no array per value).
  type Node = [TomlValue, string | number | null, Node | null]
  const pathOf = (n: Node): Array<string | number> => {
    const p: Array<string | number> = []
    for (let c: Node | null = n; c && c[1] !== null; c = c[2]) p.unshift(c[1])
    return p
  }
  const stack: Node[] = [[doc.data, null, null]]
  while (stack.length) {
    const node = stack.pop()!
    const v = node[0]
    if (typeof v === 'string') {
      if (!v.includes('${{')) continue
      const path = pathOf(node)
      out.push(
        diagnostic('error', 'expression-injection', doc.file, locate(doc, path), `\`${formatPath(path)}\` contains \`\${{\`, which a workflow would evaluate as an expression`, 'Remove `${{`; values from manifests must never contain GitHub expressions.')
      )
    } else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push([v[i]!, i, node])
    else if (isTable(v)) for (const k in v) stack.push([v[k]!, k, node])
  }
  return out
}

/** Whether any string in the value contains `${{`: the walk without paths, for the usual answer (no). */
function hasExpression(root: TomlValue): boolean {
  const stack: TomlValue[] = [root]
  while (stack.length) {
    const v = stack.pop()!
    if (typeof v === 'string') {
      if (v.includes('${{')) return true
    } else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push(v[i]!)
    else if (isTable(v)) for (const k in v) stack.push(v[k]!)
  }
  return false
}

function checkModules(doc: TomlDocument, m: Manifest): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: RuleId, loc: Location | null, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, loc, message, hint))
  const appProblem = crateProblem(m.app)
  if (appProblem) err('invalid-crate-name', locate(doc, ['app']), `app '${m.app}' ${appProblem}`, 'Set `app` to the Cargo package name of the server.')

  const crates = new Map<string, string>()
  const rawModules = isTable(doc.data.modules) ? doc.data.modules : {}
  for (const slug of Object.keys(rawModules)) {
    const problem = slugProblem(slug)
    if (problem) err('invalid-slug', entryLoc(doc, slug), `Module slug '${slug}' ${problem}`, 'Rename the module key to lowercase ASCII, e.g. `page_builder`.')
  }
  for (const slug in m.modules) {
    const e = m.modules[slug]!
    const crate = crateProblem(e.crate)
    if (crate) err('invalid-crate-name', entryLoc(doc, slug, ['crate']), `Module '${slug}' crate '${e.crate}' ${crate}`, 'Use the exact Cargo package name of the module crate.')
    const other = crates.get(e.crate)
    if (other !== undefined) err('duplicate-crate', entryLoc(doc, slug, ['crate']), `Modules '${other}' and '${slug}' both name crate '${e.crate}'`, 'Each crate can be installed under one slug only; remove one of the entries.')
    else crates.set(e.crate, slug)
    checkSource(doc, slug, e, out)
  }
  return out
}

function checkSource(doc: TomlDocument, slug: string, e: ModuleEntry, out: Diagnostic[]): void {
  // The usual entry, a valid path module: nothing to report, no closures made for it.
  if (e.source === 'path' && e.path && repoPathProblem(e.path) === null) return
  const at = (...sub: KeyPath) => entryLoc(doc, slug, sub)
  const err = (rule: RuleId, loc: Location | null, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, loc, message, hint))
  const need = (field: 'path' | 'git' | 'rev' | 'version', what: string, example: string) => {
    if (e[field] === undefined || e[field] === '') err('missing-source-field', at('source'), `Module '${slug}' has source='${e.source}' but no ${what} specified`, `Add \`${field} = ${example}\` to the entry.`)
  }
  if (e.source === 'path') {
    need('path', 'path', `"crates/${slug}"`)
    const problem = e.path ? repoPathProblem(e.path) : null
    if (problem) err('path-escape', at('path'), `Module '${slug}' path '${e.path}' ${problem}`, 'Point `path` at a directory inside this repository, e.g. "crates/<name>".')
  } else if (e.source === 'git') {
    need('git', 'git URL', '"https://github.com/owner/repo.git"')
    need('rev', 'rev', '"<40-hex commit id>"')
    const problem = e.git ? gitUrlProblem(e.git) : null
    if (problem) err('invalid-git-url', at('git'), `Module '${slug}' git URL '${e.git}' ${problem}`, 'Use https://host/owner/repo.git, ssh://host/owner/repo.git or git@host:owner/repo.git.')
    const rev = e.rev ? gitRevProblem(e.rev) : null
    if (rev) err('invalid-git-rev', at('rev'), `Module '${slug}' rev ${JSON.stringify(e.rev)} ${rev}`, 'Pin `rev` to the 40-hex commit id.')
    else if (e.rev && !/^[0-9a-f]{40}$/.test(e.rev)) {
      out.push(diagnostic('warning', 'unpinned-git-rev', doc.file, at('rev'), `Module '${slug}' rev '${e.rev}' is not a full commit id, so the build can change without the manifest changing`, 'Pin `rev` to the 40-hex commit id.'))
    }
  } else {
    need('version', 'version', '"1.2"')
    const req = e.version ? parseCargoReq(e.version) : null
    if (req && !req.ok) err('invalid-version-req', at('version'), `Module '${slug}' version '${e.version}' is not a Cargo version requirement: ${req.reason}`, 'Write a Cargo requirement such as "1.2", "=1.2.3" or ">=1.2, <2".')
  }
}

function checkGraph(doc: TomlDocument, m: Manifest): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: RuleId, loc: Location | null, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, loc, message, hint))
  const rawModules = isTable(doc.data.modules) ? doc.data.modules : {}
  const known = new Set(Object.keys(rawModules))
  const slugs = Object.keys(m.modules)
  const edges = new Map(slugs.map((s) => [s, m.modules[s]!.depends_on]))
  for (const slug of slugs) {
    const deps = m.modules[slug]!.depends_on
    let i = 0
    while (i < deps.length && known.has(deps[i]!)) i++
    if (i === deps.length) continue // all known: no array per module
    const missing = deps.filter((d) => !known.has(d))
    if (missing.length) {
      const first = deps.indexOf(missing[0]!)
      err('unknown-dependency', entryLoc(doc, slug, ['depends_on', first]), `Module '${slug}' depends on missing modules: ${missing.join(', ')}`, `Install ${missing.join(', ')} (add ${missing.length > 1 ? 'entries' : 'an entry'} under [modules]) or remove ${missing.length > 1 ? 'them' : 'it'} from depends_on.`)
    }
  }
  for (const cycle of findCycles(slugs, edges)) {
    const [a, b] = cycle
    const loc = entryLoc(doc, a!, ['depends_on', m.modules[a!]!.depends_on.indexOf(b!)])
    err('dependency-cycle', loc, `Dependency cycle: ${cycle.join(' -> ')}`, 'Modules cannot depend on each other in a circle; remove one edge of the cycle from depends_on.')
  }
  const enabled = m.settings.default_enabled
  const listed = new Set(enabled)
  const unlisted = (dep: string): boolean => {
    const d = m.modules[dep]
    return !!d && !d.required && !listed.has(dep)
  }
  // Only modules that can reach an unlisted one are walked into: the closures of 5,000 enabled
  // modules in a chain are 12.5 million steps, and the findings (their order too) are the same.
  // Usually no enabled module reaches one, which one walk from all of them shows.
  const wanted = reachableFrom(enabled, edges).filter(unlisted)
  const leads = wanted.length ? reaching(wanted, edges) : new Set<string>()
  enabled.forEach((slug, i) => {
    const loc = () => locate(doc, ['settings', 'default_enabled', i])
    const entry = m.modules[slug]
    if (!known.has(slug)) {
      err('default-enabled-unknown', loc(), `default_enabled contains modules not present in modules.toml: ${slug}`, `Install '${slug}' under [modules] or remove it from default_enabled.`)
    } else if (entry?.required) {
      err('default-enabled-required', loc(), `default_enabled must list only optional modules; required modules are always active: ${slug}`, `Remove '${slug}' from default_enabled.`)
    } else if (entry && leads.has(slug)) {
      for (const dep of dependencyClosure(slug, edges, (n) => leads.has(n))) {
        if (unlisted(dep)) {
          err('default-enabled-not-closed', loc(), `default_enabled must include optional dependency closure: ${slug} -> ${dep}`, `Add '${dep}' to default_enabled (or remove '${slug}').`)
        }
      }
    }
  })
  return out
}

function checkBuild(doc: TomlDocument, m: Manifest): Diagnostic[] {
  const out: Diagnostic[] = []
  const b = m.build
  if (b.deployment_profile !== undefined) {
    out.push(diagnostic('warning', 'deprecated-key', doc.file, locate(doc, ['build', 'deployment_profile']), '`build.deployment_profile` is a schema-1 key and is ignored', b.deployment_profile === 'monolith' ? 'Use `[build.server] embed_admin = true` and `embed_storefront = true` instead.' : 'Use `[build.server] embed_admin = false` and `embed_storefront = false` instead.'))
  }
  const surface = (path: KeyPath, what: string, standalone: boolean, s: { public_url?: string | undefined; redirect_uris: string[] }) => {
    if (standalone && (!s.public_url || s.redirect_uris.length === 0)) {
      const missing = !s.public_url ? 'public_url' : 'redirect_uris'
      const fix = missing === 'public_url' ? 'Set `public_url` to the URL it is served from' : 'Add at least one OAuth redirect URI to `redirect_uris`'
      out.push(diagnostic('error', 'missing-public-url', doc.file, locate(doc, path), `${what} is standalone but has no ${missing}`, `${fix}, or embed it into the server ([build.server]).`))
    }
    const urls: Array<[KeyPath, string]> = [...(s.public_url ? [[[...path, 'public_url'], s.public_url] as [KeyPath, string]] : []), ...s.redirect_uris.map((u, i) => [[...path, 'redirect_uris', i], u] as [KeyPath, string])]
    for (const [p, u] of urls) {
      const problem = httpUrlProblem(u)
      if (problem) out.push(diagnostic('error', 'invalid-url', doc.file, locate(doc, p), `\`${formatPath(p)}\` '${u}' ${problem}`, 'Write an absolute http:// or https:// URL.'))
    }
  }
  if (b.admin) surface(['build', 'admin'], 'The admin', !b.server.embed_admin, b.admin)
  const ids = new Set<string>()
  const token = (path: KeyPath, value: string | undefined, pattern: RegExp, what: string) => {
    if (value !== undefined && !pattern.test(value)) out.push(diagnostic('error', 'invalid-value', doc.file, locate(doc, path), `\`${formatPath(path)}\` '${value}' is not a valid ${what}`, `A ${what} is made of ASCII letters, digits, '_', '-' and '.'.`))
  }
  token(['build', 'target'], b.target || undefined, /^[A-Za-z0-9_.-]{1,100}$/, 'Rust target triple')
  token(['build', 'profile'], b.profile, /^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'Cargo profile name')
  b.storefront.forEach((s, i) => {
    token(['build', 'storefront', i, 'id'], s.id, /^[a-z0-9_-]{1,64}$/, 'storefront id')
    surface(['build', 'storefront', i], `Storefront '${s.id}'`, !b.server.embed_storefront, s)
    if (ids.has(s.id)) out.push(diagnostic('error', 'duplicate-storefront-id', doc.file, locate(doc, ['build', 'storefront', i, 'id']), `Duplicate storefront id '${s.id}'`, 'Give every [[build.storefront]] a unique id.'))
    ids.add(s.id)
  })
  return out
}
