// Describes zod schemas as plain data (the Shape of src/core/manifest/fast-shape.ts) and writes each
// one's happy path without zod as code: src/core/manifest/shapes.generated.ts and, apart, the release
// plan's in shapes-plan.generated.ts, which only `plan` loads (`npm run shapes`; a
// test fails when it is stale). Anything this does not know exactly how zod parses becomes
// { t: 'x' }: such a value always goes to zod.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const X = { t: 'x' }

/** The length / format checks fast-shape knows; null when a check is anything else. */
function checksOf(def, kind) {
  const out = {}
  for (const c of def.checks ?? []) {
    const d = c._zod.def
    // Length checks carry a `when` (run when the value has a length): always so for a string or an array.
    if (d.when && !['min_length', 'max_length', 'length_equals'].includes(d.check)) return null
    if ((kind === 's' || kind === 'a') && d.check === 'min_length') out.min = Math.max(out.min ?? 0, d.minimum)
    else if ((kind === 's' || kind === 'a') && d.check === 'max_length') out.max = Math.min(out.max ?? Infinity, d.maximum)
    else if ((kind === 's' || kind === 'a') && d.check === 'length_equals') out.len = d.length
    else if (kind === 's' && d.check === 'string_format' && d.format === 'starts_with') (out.prefix ??= []).push(d.prefix)
    else if (kind === 's' && d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) (out.re ??= []).push([d.pattern.source, d.pattern.flags])
    else if (kind === 'n' && d.check === 'number_format' && d.format === 'safeint') out.int = true
    else if (kind === 'n' && d.check === 'greater_than' && out.gt === undefined) out.gt = [d.value, d.inclusive]
    else if (kind === 'n' && d.check === 'less_than' && out.lt === undefined) out.lt = [d.value, d.inclusive]
    else return null
  }
  return out
}

/** JSON data that survives a JSON round trip unchanged, or undefined. */
function plain(v) {
  try {
    const s = JSON.stringify(v)
    return s !== undefined && JSON.stringify(JSON.parse(s)) === s ? JSON.parse(s) : undefined
  } catch {
    return undefined
  }
}

export function describeSchema(schema) {
  const def = schema._zod.def
  switch (def.type) {
    case 'string': {
      const c = checksOf(def, 's')
      return c && !def.coerce ? { t: 's', ...c } : X
    }
    case 'boolean':
      return def.coerce || def.checks?.length ? X : { t: 'b' }
    case 'number': {
      const c = checksOf(def, 'n')
      return c && !def.coerce ? { t: 'n', ...c } : X
    }
    case 'enum': {
      const values = Object.values(def.entries)
      return def.checks?.length || !values.every((v) => typeof v === 'string' || typeof v === 'number') ? X : { t: 'e', v: values }
    }
    case 'literal':
      return def.checks?.length || !def.values.every((v) => ['string', 'number', 'boolean'].includes(typeof v)) ? X : { t: 'e', v: def.values }
    case 'array': {
      const c = checksOf(def, 'a')
      const e = describeSchema(def.element)
      return c && e.t !== 'x' ? { t: 'a', e, ...c } : X
    }
    case 'object': {
      if (def.checks?.length || Object.getOwnPropertySymbols(def.shape).length) return X
      let loose = false
      if (def.catchall) {
        const t = def.catchall._zod.def.type
        if (t === 'unknown' && !def.catchall._zod.def.checks?.length) loose = true
        else if (t !== 'never') return X
      }
      const k = []
      for (const [key, sub] of Object.entries(def.shape)) {
        const d = describeSchema(sub)
        if (d.t === 'x' || key === '__proto__') return X
        k.push([key, d, sub._zod.optin ?? null, sub._zod.optout ?? null])
      }
      return loose ? { t: 'o', k, loose: true } : { t: 'o', k }
    }
    case 'record': {
      // String keys that accept every string, or (partialRecord) the string values of an enum.
      const key = def.keyType._zod.def
      if (def.checks?.length || key.checks?.length || def.mode === 'loose') return X
      const v = describeSchema(def.valueType)
      if (v.t === 'x') return X
      if (key.type === 'string' && !key.coerce) return { t: 'r', v }
      const keys = key.type === 'enum' && def.partial ? Object.values(key.entries) : null
      return keys && keys.every((k) => typeof k === 'string' && !/^(0|-?[1-9][0-9]*)(\.[0-9]+)?$/.test(k)) ? { t: 'r', v, keys } : X
    }
    case 'union': {
      if (def.checks?.length || def.inclusive === false) return X
      const o = def.options.map(describeSchema)
      return o.some((d) => d.t === 'x') ? X : { t: 'u', o }
    }
    case 'optional': {
      const i = describeSchema(def.innerType)
      if (i.t === 'x' || def.checks?.length) return X
      return def.innerType._zod.optin === 'defaulted' ? { t: '?', i, d: true } : { t: '?', i }
    }
    case 'nullable': {
      const i = describeSchema(def.innerType)
      return i.t === 'x' || def.checks?.length ? X : { t: 'null', i }
    }
    case 'default':
    case 'prefault': {
      const i = describeSchema(def.innerType)
      const raw = Object.getOwnPropertyDescriptor(def, 'defaultValue')
      if (i.t === 'x' || def.checks?.length || !raw) return X
      const v = plain(def.defaultValue)
      return v === undefined ? X : { t: def.type, i, v }
    }
    default:
      return X
  }
}

/**
 * The generated module: each named schema's happy path as code, one function per distinct Shape
 * node (src/core/manifest/fast-shape.ts says what each kind accepts and returns). Generated at
 * build time, the parsers are part of the bundle like any code: compiled once into the CLI's code
 * cache, not assembled at run time. Only literals reach the code: key names, prefixes, numbers,
 * regex sources and defaults are written with JSON.stringify.
 */
export function renderParsers(schemas) {
  const consts = []
  const functions = []
  const names = new Map()
  const lit = (v) => JSON.stringify(v)
  const constant = (prefix, code) => {
    const name = `${prefix}${consts.length}`
    consts.push(`const ${name} = ${code}`)
    return name
  }
  /** An expression for a fresh copy of a default (JSON data), so no two results share it. */
  const fresh = (v) => {
    if (v === null || typeof v !== 'object') return lit(v)
    if (Array.isArray(v) && v.length === 0) return '[]'
    if (!Array.isArray(v) && Object.keys(v).length === 0) return '{}'
    return `fresh(${constant('d', `${lit(v)} as unknown`)})`
  }
  const lengthChecks = (s, what) => [
    ...(s.min !== undefined ? [`  if (${what}.length < ${s.min}) return NO`] : []),
    ...(s.max !== undefined ? [`  if (${what}.length > ${s.max}) return NO`] : []),
    ...(s.len !== undefined ? [`  if (${what}.length !== ${s.len}) return NO`] : [])
  ]
  const fn = (s) => {
    const key = lit(s)
    const known = names.get(key)
    if (known) return known
    if (s.t === '?' && s.d) {
      const inner = fn(s.i)
      names.set(key, inner)
      return inner
    }
    const body = bodyOf(s)
    const name = `p${functions.length}`
    functions.push(null)
    names.set(key, name)
    functions[Number(name.slice(1))] = [`function ${name}(v: unknown): unknown {`, ...body(), '}'].join('\n')
    return name
  }
  const bodyOf = (s) => {
    switch (s.t) {
      case 's':
        return () => [
          `  if (typeof v !== 'string') return NO`,
          ...lengthChecks(s, 'v'),
          ...(s.prefix ?? []).map((p) => `  if (!v.startsWith(${lit(p)})) return NO`),
          // zod's regex check: `pattern.test(value)` from the start of the string (lastIndex 0).
          ...(s.re ?? []).flatMap(([source, flags]) => {
            const re = constant('re', `new RegExp(${lit(source)}, ${lit(flags)})`)
            return [`  ${re}.lastIndex = 0`, `  if (!${re}.test(v)) return NO`]
          }),
          '  return v'
        ]
      case 'b':
        return () => [`  return typeof v === 'boolean' ? v : NO`]
      case 'n':
        return () => [
          `  if (typeof v !== 'number' || !Number.isFinite(v)) return NO`,
          ...(s.int ? ['  if (!Number.isSafeInteger(v)) return NO'] : []),
          ...(s.gt ? [`  if (v ${s.gt[1] ? '<' : '<='} ${lit(s.gt[0])}) return NO`] : []),
          ...(s.lt ? [`  if (v ${s.lt[1] ? '>' : '>='} ${lit(s.lt[0])}) return NO`] : []),
          '  return v'
        ]
      case 'e':
        return () => [`  return ${s.v.map((x) => `v === ${lit(x)}`).join(' || ')} ? v : NO`]
      case 'a': {
        const element = fn(s.e)
        return () => [
          '  if (!Array.isArray(v)) return NO',
          ...lengthChecks(s, 'v'),
          '  const out = new Array<unknown>(v.length)',
          '  for (let i = 0; i < v.length; i++) {',
          `    const r = ${element}(v[i])`,
          '    if (r === NO) return NO',
          '    out[i] = r',
          '  }',
          '  return out'
        ]
      }
      case 'o': {
        // zod's object parse on the success path, per key in the schema's order: a present key's
        // value must parse; an absent one is skipped when optional on both sides, takes its
        // default when it has one, and is a finding when required. Then unknown keys: zod drops
        // them (or keeps them, loose) and the caller warns: NO leaves both to zod (loose: kept).
        const parts = s.k.map(([k, sub, optin, optout]) => [lit(k), fn(sub), optin, optout])
        const knownSet = s.loose ? constant('keys', `new Set<string>(${lit(s.k.map(([k]) => k))})`) : null
        return () => {
          const lines = ['  if (!isTable(v)) return NO', '  const out: Record<string, unknown> = {}', '  let known = 0', '  let r: unknown']
          for (const [k, p, optin, optout] of parts) {
            lines.push(`  if (Object.hasOwn(v, ${k})) {`, '    known++', `    r = ${p}(v[${k}])`, '    if (r === NO) return NO', `    out[${k}] = r`, '  }')
            if (optin === 'optional' && optout === 'optional') continue
            if (optin === null) {
              lines.push('  else return NO')
              continue
            }
            const assign = optin === 'defaulted' && optout !== 'optional' ? `out[${k}] = r` : `if (r !== undefined) out[${k}] = r`
            lines.push('  else {', `    r = ${p}(undefined)`)
            if (optout === 'optional') lines.push(`    if (r !== NO) ${assign}`)
            else lines.push('    if (r === NO) return NO', `    ${assign}`)
            lines.push('  }')
          }
          lines.push('  const keys = Object.keys(v)', '  if (keys.length !== known) {')
          if (!knownSet) lines.push('    return NO')
          else lines.push('    for (const key of keys) {', "      if (key === '__proto__') return NO", `      if (!${knownSet}.has(key)) out[key] = v[key]`, '    }')
          lines.push('  }', '  return out')
          return lines
        }
      }
      case 'r': {
        const value = fn(s.v)
        const keys = s.keys ? constant('keys', `new Set<string>(${lit(s.keys)})`) : null
        return () => [
          '  if (!isTable(v)) return NO',
          '  const out: Record<string, unknown> = {}',
          '  const own = Object.keys(v)',
          '  for (let i = 0; i < own.length; i++) {',
          '    const key = own[i]!',
          `    if (key === '__proto__'${keys ? ` || !${keys}.has(key)` : ''}) return NO`,
          `    const r = ${value}(v[key])`,
          '    if (r === NO) return NO',
          '    out[key] = r',
          '  }',
          '  return out'
        ]
      }
      case 'u': {
        const options = s.o.map(fn)
        return () => ['  let r: unknown', ...options.flatMap((o) => [`  r = ${o}(v)`, '  if (r !== NO) return r']), '  return NO']
      }
      case '?': {
        const inner = fn(s.i)
        return () => [`  return v === undefined ? undefined : ${inner}(v)`]
      }
      case 'null': {
        const inner = fn(s.i)
        return () => [`  return v === null ? null : ${inner}(v)`]
      }
      case 'default': {
        const inner = fn(s.i)
        const dflt = fresh(s.v)
        return () => [`  if (v === undefined) return ${dflt}`, `  const r = ${inner}(v)`, `  return r === undefined ? ${dflt} : r`]
      }
      case 'prefault': {
        const inner = fn(s.i)
        const dflt = fresh(s.v)
        return () => [`  return ${inner}(v === undefined ? ${dflt} : v)`]
      }
      default:
        return () => ['  return NO']
    }
  }
  const exported = Object.entries(schemas).map(([name, schema]) => `export const ${name}: FastParse = ${fn(describeSchema(schema))}`)
  const code = functions.join('\n')
  const helpers = ['fresh', 'isTable'].filter((h) => code.includes(`${h}(`))
  return [
    '// Generated by `npm run shapes` (scripts/shapes.mjs) from the zod schemas; do not edit.',
    '// Each schema\'s happy path as code: what `schema.parse(data)` returns, or NO (see fast-shape.ts).',
    `import { ${[...helpers, 'NO', 'type FastParse'].join(', ')} } from './fast-shape.js'`,
    '',
    ...consts,
    '',
    ...functions.flatMap((f) => [f, '']),
    ...exported,
    ''
  ].join('\n')
}

/**
 * The generated files (in src/core/manifest/) and the parsers each holds. validate, check and the
 * other commands load the first; only plan also needs the release plan's, so it is a file of its own.
 */
export const OUTPUTS = {
  'shapes.generated.ts': ['FAST_MANIFEST', 'FAST_PACKAGE_MANIFEST', 'FAST_CONFIG'],
  'shapes-plan.generated.ts': ['FAST_RELEASE_PLAN']
}

/** The schemas with a generated happy path, by the name of their generated parser. */
export const SOURCES = {
  FAST_MANIFEST: ['core/manifest/schema.js', 'ManifestSchema'],
  FAST_PACKAGE_MANIFEST: ['core/manifest/package-schema.js', 'PackageManifestSchema'],
  FAST_CONFIG: ['core/config/schema.js', 'ConfigSchema'],
  FAST_RELEASE_PLAN: ['core/plan/schema.js', 'ReleasePlanSchema']
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The schemas are TypeScript: compile them (and what they import) into .tmp/shapes and load them.
  const out = path.resolve('.tmp/shapes')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const files = [...new Set(Object.values(SOURCES).map(([f]) => `src/${f.replace(/\.js$/, '.ts')}`))]
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--outDir', out, '--rootDir', 'src', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--noCheck', '--declaration', 'false', ...files], { stdio: 'inherit' })
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n')
  const schemas = {}
  for (const [name, [file, exported]] of Object.entries(SOURCES)) schemas[name] = (await import(pathToFileURL(path.join(out, file)).href))[exported]
  for (const [file, names] of Object.entries(OUTPUTS)) {
    writeFileSync(`src/core/manifest/${file}`, renderParsers(Object.fromEntries(names.map((n) => [n, schemas[n]]))))
    console.log(`wrote src/core/manifest/${file}: ${names.map((n) => `${n}${describeSchema(schemas[n]).t === 'x' ? ' (not covered)' : ''}`).join(', ')}`)
  }
  rmSync(out, { recursive: true, force: true })
}
