// Describes zod schemas as plain data for src/core/manifest/fast-shape.ts (the happy path without zod)
// and writes src/core/manifest/shapes.generated.ts (`npm run shapes`; a test fails when it is stale).
// Anything this does not know exactly how zod parses becomes { t: 'x' }: such a value always goes
// to zod.
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

/** The generated module: one exported Shape per named schema. */
export function renderShapes(schemas) {
  const lines = [
    '// Generated by `npm run shapes` (scripts/shapes.mjs) from the zod schemas; do not edit.',
    "import type { Shape } from './fast-shape.js'",
    ''
  ]
  for (const [name, schema] of Object.entries(schemas)) lines.push(`export const ${name}: Shape = ${JSON.stringify(describeSchema(schema))}`, '')
  return lines.join('\n')
}

/** The schemas fast-shape covers, by the name of their generated Shape. */
export const SOURCES = {
  MANIFEST_SHAPE: ['core/manifest/schema.js', 'ManifestSchema'],
  PACKAGE_MANIFEST_SHAPE: ['core/manifest/package-schema.js', 'PackageManifestSchema'],
  CONFIG_SHAPE: ['core/config/schema.js', 'ConfigSchema'],
  RELEASE_PLAN_SHAPE: ['core/plan/schema.js', 'ReleasePlanSchema']
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The schemas are TypeScript: compile them (and what they import) into .tmp/shapes and load them.
  const out = path.resolve('.tmp/shapes')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const files = [...new Set(Object.values(SOURCES).map(([f]) => `src/${f.replace(/\.js$/, '.ts')}`))]
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--outDir', out, '--rootDir', 'src', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--declaration', 'false', ...files], { stdio: 'inherit' })
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n')
  const schemas = {}
  for (const [name, [file, exported]] of Object.entries(SOURCES)) schemas[name] = (await import(pathToFileURL(path.join(out, file)).href))[exported]
  writeFileSync('src/core/manifest/shapes.generated.ts', renderShapes(schemas))
  rmSync(out, { recursive: true, force: true })
  console.log(`wrote src/core/manifest/shapes.generated.ts: ${Object.entries(schemas).map(([n, s]) => `${n}${describeSchema(s).t === 'x' ? ' (not covered)' : ''}`).join(', ')}`)
}
