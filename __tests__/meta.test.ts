// Keeps the generated and documented artefacts in step with the code.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { parse as parseYaml } from 'yaml'
import { RULES } from '../src/core/diagnostics/rules.js'
import { jsonSchemas } from '../src/app/schemas.js'
import { VERSION } from '../src/version.js'
import { TARGETS } from '../src/core/values/values.js'
import { RELEASE_ID_PATTERN } from '../src/core/plan/release-id.js'
import { planOutputs } from '../src/core/plan/assemble.js'
import { changeOutputs } from '../src/app/change.js'

describe('published artefacts', () => {
  it.each(Object.entries(jsonSchemas()))('schema/%s is fresh (npm run schemas)', (name, text) => {
    expect(readFileSync(`schema/${name}`, 'utf8')).toBe(text)
  })

  it('the JSON Schemas describe the keys RusToK uses', () => {
    const modules = JSON.parse(jsonSchemas()['modules.schema.json']!)
    expect(Object.keys(modules.properties)).toEqual(['schema', 'app', 'build', 'modules', 'settings'])
    const entry = modules.properties.modules.additionalProperties
    expect(entry.properties.source.enum).toEqual(['path', 'git', 'crates-io', 'registry'])
    expect(entry.required).toEqual(['crate', 'source'])
  })

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('the README documents every rule id', () => {
    const readme = readFileSync('README.md', 'utf8')
    const missing = Object.keys(RULES).filter((rule) => !readme.includes(`\`${rule}\``))
    expect(missing).toEqual([])
  })

  it('release-plan.schema.json takes the release-id pattern of the code', () => {
    const patterns = new Set<string>()
    const walk = (node: unknown, key: string | null): void => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, key))
      else if (node !== null && typeof node === 'object') {
        const o = node as Record<string, unknown>
        if (key !== null && /release_id$|^existing_release$/.test(key) && typeof o.pattern === 'string') patterns.add(o.pattern)
        for (const [k, v] of Object.entries(o)) walk(v, k === 'properties' || k === 'anyOf' || k === 'items' ? key : k)
      }
    }
    walk(JSON.parse(jsonSchemas()['release-plan.schema.json']!), null)
    expect([...patterns]).toEqual([RELEASE_ID_PATTERN.source])
  })
})

/**
 * action.yml against the code, both ways, derived from the sources: the inputs getInputs reads
 * (src/drivers/action/inputs.ts, the only place that reads inputs) and the outputs the commands
 * set (core.setOutput under src/drivers/action/). An input or output on one side only fails.
 */
describe('action.yml and the action code', () => {
  const yml = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } }
  const ACTION = path.join('src', 'drivers', 'action')
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
  const calls = (file: string): ts.CallExpression[] => {
    const out: ts.CallExpression[] = []
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) out.push(n)
      ts.forEachChild(n, visit)
    }
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true))
    return out
  }
  const calleeName = (c: ts.CallExpression): string => (ts.isIdentifier(c.expression) ? c.expression.text : ts.isPropertyAccessExpression(c.expression) ? c.expression.getText() : '')

  /** Names read in inputs.ts: read('x'), required(read, 'x', …), booleanInput(read, 'x', …). */
  function inputsRead(): Set<string> {
    const names = new Set<string>()
    for (const c of calls(path.join(ACTION, 'inputs.ts'))) {
      const callee = calleeName(c)
      const arg = callee === 'read' ? c.arguments[0] : callee === 'required' || callee === 'booleanInput' ? c.arguments[1] : undefined
      if (arg && ts.isStringLiteral(arg)) names.add(arg.text)
    }
    return names
  }

  /** Outputs set with a literal name, or `${t}_…` in a loop over TARGETS; the others are the record-valued sites. */
  function outputsSet(): { names: Set<string>; dynamic: string[] } {
    const names = new Set<string>()
    const dynamic: string[] = []
    for (const file of files(ACTION)) {
      for (const c of calls(file)) {
        if (calleeName(c) !== 'core.setOutput') continue
        const arg = c.arguments[0]!
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) names.add(arg.text)
        else if (ts.isTemplateExpression(arg) && arg.templateSpans.length === 1 && arg.head.text === '') for (const t of TARGETS) names.add(`${t}${arg.templateSpans[0]!.literal.text}`)
        else dynamic.push(`${path.basename(file)}: ${arg.getText()}`)
      }
    }
    return { names, dynamic }
  }

  it('reads every input action.yml declares, and declares every input it reads', () => {
    const read = inputsRead()
    expect(read.size).toBeGreaterThan(30)
    expect([...read].sort()).toEqual(Object.keys(yml.inputs).sort())
  })

  it('reads inputs nowhere but inputs.ts (one typed object)', () => {
    const elsewhere = files('src').filter((f) => f !== path.join(ACTION, 'inputs.ts')).flatMap((f) => calls(f).filter((c) => /^core\.get(Boolean|Multiline)?Input$/.test(calleeName(c))).map((c) => `${f}: ${c.getText()}`))
    expect(elsewhere).toEqual([])
  })

  it('sets every output action.yml declares, and declares every output it sets', () => {
    const { names, dynamic } = outputsSet()
    // The two record-valued sites: the plan's outputs and the change's; their keys come from the functions themselves.
    expect(dynamic.sort()).toEqual(['change.ts: name', 'plan.ts: name'])
    for (const k of Object.keys(planOutputs(null, null, null))) names.add(k)
    for (const k of Object.keys(changeOutputs({ status: 'refused', diagnostics: [], request: null, permission: null }))) names.add(k)
    expect([...names].sort()).toEqual(Object.keys(yml.outputs).sort())
  })

  it('runs the bundled entry point on node24', () => {
    expect(yml.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
  })
})
