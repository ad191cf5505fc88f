// The built-in registry templates are parsed at build time (scripts/registry-template-tokens.mjs):
// the tokens must be what Mustache.parse gives for today's templates, and rendering from them must
// give the bytes a user template with the same text gives (parsed at run time).
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Mustache from 'mustache'
import { BUILTIN_TEMPLATES } from '../src/core/codegen/templates/index.js'
import { BUILTIN_TOKENS } from '../src/core/codegen/templates/tokens.generated.js'
import { TARGETS } from '../src/core/values/values.js'
import { planAt, SHOP } from './codegen-helpers.js'

describe('built-in registry template tokens', () => {
  it('are Mustache.parse of each built-in template (npm run template-tokens)', () => {
    for (const app of TARGETS) expect(BUILTIN_TOKENS[app]).toEqual(Mustache.parse(BUILTIN_TEMPLATES[app]))
  })

  it('the generated file is what the script writes', () => {
    expect(() => execFileSync(process.execPath, ['scripts/registry-template-tokens.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })

  it('render the same bytes as the same text given as a user template', () => {
    const base = readFileSync(path.join(SHOP, 'modules-rebuild.toml'), 'utf8')
    const builtin = planAt(SHOP).plan
    const asUser = planAt(SHOP, {
      configText: base + TARGETS.map((app) => `\n[codegen.${app}]\ntemplate = "templates/${app}.mustache"\n`).join(''),
      overrides: new Map(TARGETS.map((app) => [`templates/${app}.mustache`, BUILTIN_TEMPLATES[app]]))
    }).plan
    expect(builtin.diagnostics).toEqual([])
    expect(asUser.diagnostics).toEqual([])
    const registries = (files: typeof builtin.files) => files.filter((f) => f.kind === 'registry').map((f) => [f.path, f.content])
    expect(registries(builtin.files)).toHaveLength(3)
    expect(registries(asUser.files)).toEqual(registries(builtin.files))
  })
})
