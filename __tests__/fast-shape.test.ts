/**
 * The happy path without zod (the parsers generated into src/core/manifest/shapes*.generated.ts, see
 * fast-shape.ts) against zod itself: for data generated from each schema's Shape, whenever the
 * parser returns a value, zod accepts the data and returns the same value, key order included; for
 * data made to fit the schema, the parser is sure (so valid files never load zod). Also:
 * the generated files are what `npm run shapes` writes from today's schemas, and the real files
 * (examples/shop, RusToK's fixture) take the happy path.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { z } from 'zod'
import { ConfigSchema } from '../src/core/config/schema.js'
import { NO, type FastParse, type Shape } from '../src/core/manifest/fast-shape.js'
import { PackageManifestSchema } from '../src/core/manifest/package-schema.js'
import { ManifestSchema } from '../src/core/manifest/schema.js'
import * as shapes from '../src/core/manifest/shapes.generated.js'
import { FAST_RELEASE_PLAN } from '../src/core/manifest/shapes-plan.generated.js'
import { parseToml } from '../src/core/manifest/toml.js'
import { ReleasePlanSchema } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { RUSTOK_DIR } from './rustok-fixture.js'
// @ts-expect-error: a plain ES module without types
import { describeSchema, OUTPUTS, renderParsers } from '../scripts/shapes.mjs'

const describe_ = describeSchema as (schema: z.ZodType) => Shape
const CASES: Array<[string, FastParse, z.ZodType, Shape]> = [
  ['modules.toml', shapes.FAST_MANIFEST, ManifestSchema, describe_(ManifestSchema)],
  ['rustok-module.toml', shapes.FAST_PACKAGE_MANIFEST, PackageManifestSchema, describe_(PackageManifestSchema)],
  ['modules-rebuild.toml', shapes.FAST_CONFIG, ConfigSchema, describe_(ConfigSchema)],
  ['release-plan.json', FAST_RELEASE_PLAN, ReleasePlanSchema, describe_(ReleasePlanSchema)]
]

const noise = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }))

/** Data shaped like `s`; with `wild`, any value may be swapped for noise and unknown keys added. */
function arb(s: Shape, wild: boolean): fc.Arbitrary<unknown> {
  const a = exact(s, wild)
  return wild ? fc.oneof({ arbitrary: a, weight: 6 }, { arbitrary: noise, weight: 1 }) : a
}

function exact(s: Shape, wild: boolean): fc.Arbitrary<unknown> {
  switch (s.t) {
    case 's': {
      // A pattern-checked string: strings that match it (within the length limits) or, wild, anything.
      if (s.re) return fc.stringMatching(new RegExp(s.re[0]![0], s.re[0]![1])).filter((v) => v.length >= (s.min ?? 0) && v.length <= (s.max ?? Infinity))
      const body = fc.string({ minLength: Math.max(0, (s.min ?? 0) - (s.prefix?.[0]?.length ?? 0)), maxLength: Math.min(s.max ?? 8, 8) })
      return s.prefix ? body.map((b) => s.prefix!.join('') + b) : body
    }
    case 'b':
      return fc.boolean()
    case 'n': {
      const min = s.gt ? s.gt[0] + (s.gt[1] ? 0 : 1) : -1000
      const max = s.lt ? s.lt[0] - (s.lt[1] ? 0 : 1) : 1000
      return s.int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })
    }
    case 'e':
      return fc.constantFrom(...s.v)
    case 'a':
      return fc.array(arb(s.e, wild), { minLength: s.min ?? 0, maxLength: Math.min(s.max ?? 3, 3) })
    case 'o': {
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      const required: string[] = []
      for (const [k, sub, optin] of s.k) {
        model[k] = arb(sub, wild)
        if (optin === null) required.push(k)
      }
      const base = fc.record(model, { requiredKeys: required })
      if (!wild && !s.loose) return base
      return fc.tuple(base, fc.dictionary(fc.constantFrom('extra', 'unknwn', 'name_'), noise, { maxKeys: wild ? 1 : 2 })).map(([o, extra]) => ({ ...o, ...extra }))
    }
    case 'r':
      return fc.dictionary(s.keys ? fc.constantFrom(...s.keys) : fc.string({ minLength: 1, maxLength: 4 }), arb(s.v, wild), { maxKeys: 3 })
    case 'u':
      return fc.oneof(...s.o.map((o) => exact(o, wild)))
    case '?':
    case 'default':
    case 'prefault':
      return exact(s.i, wild)
    case 'null':
      return fc.oneof(fc.constant(null), exact(s.i, wild))
    default:
      return noise
  }
}

describe.each(CASES)('%s', (_name, fastParse, schema, shape) => {
  it('is covered by its Shape', () => {
    expect(shape.t).not.toBe('x')
  })

  it('the generated parser returns exactly what zod returns, whenever it returns anything', () => {
    fc.assert(
      fc.property(arb(shape, true), (data) => {
        const fast = fastParse(data)
        if (fast === NO) return
        const slow = schema.safeParse(data)
        expect(slow.success).toBe(true)
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data))
        expect(fast).toStrictEqual(slow.data)
      }),
      { numRuns: 400 }
    )
  })

  it('is sure of data that fits the schema (valid files never load zod)', () => {
    fc.assert(
      fc.property(arb(shape, false), (data) => {
        const slow = schema.safeParse(data)
        fc.pre(slow.success)
        const fast = fastParse(data)
        expect(fast).not.toBe(NO)
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data))
      }),
      { numRuns: 300 }
    )
  })

  it('gives every parse its own copy of the defaults', () => {
    const a = fastParse(shape.t === 'o' && shape.k.some(([, , optin]) => optin === null) ? undefined : {})
    if (a === NO) return
    const b = fastParse({}) as Record<string, unknown>
    expect(a).not.toBe(b)
  })
})

it('shapes.generated.ts and shapes-plan.generated.ts are what `npm run shapes` writes from the zod schemas', () => {
  const schemas: Record<string, z.ZodType> = { FAST_MANIFEST: ManifestSchema, FAST_PACKAGE_MANIFEST: PackageManifestSchema, FAST_CONFIG: ConfigSchema, FAST_RELEASE_PLAN: ReleasePlanSchema }
  const outputs = OUTPUTS as Record<string, string[]>
  expect(Object.values(outputs).flat().sort()).toEqual(Object.keys(schemas).sort())
  for (const [file, names] of Object.entries(outputs)) {
    const text = readFileSync(path.join(process.cwd(), 'src/core/manifest', file), 'utf8')
    expect(text).toBe(renderParsers(Object.fromEntries(names.map((n) => [n, schemas[n]]))))
  }
})

describe('real files take the happy path', () => {
  const tomlFiles = (dir: string, out: string[] = []): string[] => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e)
      if (e === 'target' || e === '.git' || e === 'node_modules') continue
      if (statSync(p).isDirectory()) tomlFiles(p, out)
      else if (e === 'modules.toml' || e === 'rustok-module.toml' || e === 'modules-rebuild.toml') out.push(p)
    }
    return out
  }
  const roots = [path.join(process.cwd(), 'examples/shop'), ...(RUSTOK_DIR ? [RUSTOK_DIR] : [])]
  it.each(roots)('%s', (root) => {
    const files = tomlFiles(root)
    expect(files.length).toBeGreaterThan(3)
    for (const f of files) {
      const name = path.basename(f)
      const [, fastParse, schema] = CASES.find(([n]) => n === name)!
      const data = parseToml(readFileSync(f, 'utf8'), f)
      const slow = schema.safeParse(data)
      if (!slow.success) continue
      const fast = fastParse(data)
      expect({ file: f, fast: fast === NO ? 'NO' : 'ok' }).toEqual({ file: f, fast: 'ok' })
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data))
    }
  })
})

describe('the CLI loads zod only for findings', () => {
  const KEY = Symbol.for('modules-rebuild.zod-schemas')
  const g = globalThis as Record<symbol, unknown>
  const without = async <T>(fn: () => Promise<T>): Promise<[T, unknown]> => {
    const saved = g[KEY]
    delete g[KEY]
    try {
      return [await fn(), g[KEY]]
    } finally {
      g[KEY] = saved
    }
  }

  it('a valid project is validated and checked without the zod schemas', async () => {
    const shop = path.join(process.cwd(), 'examples/shop')
    for (const args of [['validate'], ['check'], ['validate', '--format', 'json']]) {
      const [run, registered] = await without(() => cli([...args, '--root', shop]))
      expect(run.code).toBe(0)
      expect(registered === undefined || Object.keys(registered as object).length === 0).toBe(true)
      expect(run).toEqual(await cli([...args, '--root', shop]))
    }
  })

  it('a finding loads them and prints exactly what it prints with them loaded', async () => {
    let loaded = 0
    for (const c of ['missing-source', 'embed-admin-string', 'default-enabled-unknown']) {
      const dir = path.join(process.cwd(), '__tests__/corpus', c)
      for (const format of ['text', 'json']) {
        const [run, registered] = await without(() => cli(['validate', '--root', dir, '--format', format]))
        if (registered !== undefined) loaded++
        expect(run).toEqual(await cli(['validate', '--root', dir, '--format', format]))
        expect(run.code).toBe(1)
      }
    }
    // embed-admin-string is a type error: only zod words it.
    expect(loaded).toBeGreaterThanOrEqual(2)
  })

  it('a warning that needs zod (unknown keys, exit 0) reruns validate, check and plan without double output or a second write', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fast-shape-'))
    try {
      cpSync(path.join(process.cwd(), 'examples/shop'), dir, { recursive: true, filter: (p) => !p.includes(`${path.sep}target`) })
      writeFileSync(path.join(dir, 'modules.toml'), readFileSync(path.join(dir, 'modules.toml'), 'utf8').replace('schema = 2\n', 'schema = 2\nunknwn_top = 1\n'))
      writeFileSync(path.join(dir, 'modules-rebuild.toml'), readFileSync(path.join(dir, 'modules-rebuild.toml'), 'utf8') + '\nstrictt = true\n')
      // The unknown key is part of the manifest hash: regenerate (with zod loaded) so check passes.
      expect((await cli(['generate', '--root', dir])).code).toBe(0)
      const out = path.join(dir, 'plan-out', 'release-plan.json')
      for (const args of [['validate'], ['check'], ['plan', '--out', out], ['plan', '--format', 'json']]) {
        const [run, registered] = await without(() => cli([...args, '--root', dir]))
        expect(registered).toBeDefined()
        const written = args.includes('--out') ? readFileSync(out, 'utf8') : null
        const again = await cli([...args, '--root', dir])
        expect(run).toEqual(again)
        expect(run.code).toBe(0)
        expect(run.stdout + run.stderr).toMatch(/unknwn_top/)
        expect(run.stdout + run.stderr).toMatch(/strictt/)
        // Once per finding: the dropped first run printed nothing.
        expect((run.stdout + run.stderr).split('unknwn_top').length).toBe(2)
        if (written !== null) expect(readFileSync(out, 'utf8')).toBe(written)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
