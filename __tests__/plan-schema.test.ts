// release-plan.json's schema and the [plan] section of modules-rebuild.toml.
import { readConfig } from '../src/core/config/config.js'
import { afterAll, describe, expect, it } from '@jest/globals'
import { expandCommand, shellQuote } from '../src/core/plan/command.js'
import { DEFAULT_PLAN_CONFIG } from '../src/core/config/plan-schema.js'
import { runPlan } from '../src/app/plan.js'
import { releasePlanJsonSchema, ReleasePlanSchema } from '../src/core/plan/schema.js'
import { serializePlan } from '../src/core/plan/format.js'
import { cleanup, shopRepo } from './plan-helpers.js'

afterAll(cleanup)

type JsonSchema = { [k: string]: unknown }

/** Every property of every object schema, with its path. */
function properties(s: JsonSchema, at = '$'): Array<[string, JsonSchema]> {
  const out: Array<[string, JsonSchema]> = []
  const walk = (node: unknown, p: string) => {
    if (!node || typeof node !== 'object') return
    const n = node as JsonSchema
    if (n.properties && typeof n.properties === 'object') {
      for (const [k, v] of Object.entries(n.properties as Record<string, JsonSchema>)) {
        out.push([`${p}.${k}`, v])
        walk(v, `${p}.${k}`)
      }
    }
    for (const key of ['items', 'additionalProperties']) if (n[key] && typeof n[key] === 'object') walk(n[key], `${p}[]`)
    if (n.$defs && typeof n.$defs === 'object') for (const [k, v] of Object.entries(n.$defs as Record<string, JsonSchema>)) walk(v, `$defs.${k}`)
    for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[key])) for (const x of n[key] as unknown[]) walk(x, p)
  }
  walk(s, at)
  return out
}

describe('release-plan.json schema', () => {
  const schema = JSON.parse(releasePlanJsonSchema()) as JsonSchema

  it('is draft 2020-12, versioned, and documents every field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect((schema.properties as Record<string, JsonSchema>).schema).toMatchObject({ const: 1 })
    const undocumented = properties(schema).filter(([, v]) => typeof v.description !== 'string' && !(Array.isArray(v.anyOf) && (v.anyOf as JsonSchema[]).every((x) => typeof x.description === 'string' || x.type === 'null')))
    expect(undocumented.map(([p]) => p)).toEqual([])
    expect(properties(schema).length).toBeGreaterThan(100)
  })

  it('lets readers ignore fields they do not know (every object is open)', () => {
    const closed: string[] = []
    const walk = (n: unknown, p: string) => {
      if (!n || typeof n !== 'object') return
      const o = n as JsonSchema
      if (o.type === 'object' && o.properties && o.additionalProperties === false) closed.push(p)
      for (const [k, v] of Object.entries(o)) walk(v, `${p}.${k}`)
    }
    walk(schema, '$')
    expect(closed).toEqual([])
  })

  it('a plan with fields from a newer writer still parses, and keeps them', async () => {
    const r = await runPlan({ root: shopRepo(), store: null })
    const data = { ...JSON.parse(r.json!), added_in_schema_1_5: { x: 1 } }
    data.targets.server.new_field = true
    const parsed = ReleasePlanSchema.parse(data)
    expect((parsed as Record<string, unknown>).added_in_schema_1_5).toEqual({ x: 1 })
    expect(serializePlan(ReleasePlanSchema.parse(JSON.parse(r.json!)))).toBe(r.json)
  })

  it('is stable (the lead publishes it as schema/release-plan.schema.json)', () => {
    expect(releasePlanJsonSchema()).toBe(releasePlanJsonSchema())
    expect(releasePlanJsonSchema().endsWith('}\n')).toBe(true)
  })
})

describe('[plan] configuration', () => {
  it('defaults without a file or section', () => {
    expect(readConfig(null).config!.plan).toEqual(DEFAULT_PLAN_CONFIG)
    expect(readConfig('schema = 1\n').config!.plan).toEqual(DEFAULT_PLAN_CONFIG)
    expect(DEFAULT_PLAN_CONFIG.server.command).toEqual(['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'])
  })

  it('reports bad values at their line', () => {
    const r = readConfig('[plan]\nrelease_prefix = "-x"\nlockfile = "../Cargo.lock"\nimage_regsitry = "x"\n[plan.server]\nenv = { "1X" = "y" }\n')
    expect(r.config).toBeNull()
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['unknown-key', 4, 'warning'],
      ['config-invalid-path', 3, 'error'],
      ['config-invalid-identifier', 2, 'error'],
      ['config-invalid-identifier', 6, 'error']
    ])
    expect(r.diagnostics[0]!.message).toContain('did you mean `image_registry`')
  })

  it('commands: placeholders expand to argument vectors, and the shell form quotes', () => {
    const ctx = { package: 'rustok-admin', profile: 'dist', triple: 'wasm32-unknown-unknown', featureArgs: ['--no-default-features', '--features', 'hydrate,mod-blog'], features: ['hydrate', 'mod-blog'] }
    expect(expandCommand(['trunk', 'build', '{profile_args}', '--features', '{features}', '{target_args}'], ctx)).toEqual(['trunk', 'build', '--profile', 'dist', '--features', 'hydrate,mod-blog', '--target', 'wasm32-unknown-unknown'])
    expect(expandCommand(DEFAULT_PLAN_CONFIG.admin.command, { ...ctx, profile: 'release', triple: undefined, featureArgs: [] })).toEqual(['cargo', 'build', '--locked', '-p', 'rustok-admin', '--release'])
    expect(shellQuote(['echo', "it's", 'a b', '', '$HOME', 'ok,x=1'])).toBe(`echo 'it'\\''s' 'a b' '' '$HOME' ok,x=1`)
  })

  it('drives the plan: prefix, registry, an admin built with trunk, env in the key', async () => {
    const root = shopRepo({
      config: `schema = 1\n[codegen]\napi_crate = "shop_modules_api"\n[features]\nmode = "managed"\n[plan]\nrelease_prefix = "acme"\nimage_registry = "ghcr.io/acme/"\n[plan.admin]\ncommand = ["trunk", "build", "{profile_args}", "--features", "{features}"]\noutput = "apps/admin/dist"\nenv = { SOURCE_DATE_EPOCH = "0" }\n`
    })
    const p = (await runPlan({ root, store: null })).plan!
    expect(p.release_id).toMatch(/^acme-headless-/)
    expect(p.targets.admin!.command.shell).toBe('trunk build --release --features mod-blog')
    expect(p.targets.admin!.artifact.path).toBe('apps/admin/dist')
    expect(p.targets.admin!.image!.name).toBe('ghcr.io/acme/shop-admin')
    expect(p.targets.admin!.key_inputs.env).toEqual({ SOURCE_DATE_EPOCH: '0' })
    expect(p.matrix.include.find((e) => e.target === 'admin')).toMatchObject({ env: { SOURCE_DATE_EPOCH: '0' }, artifact_path: 'apps/admin/dist' })
  })
})
