/**
 * Keeps the README's reference tables true to the code, both ways: every CLI command and option
 * (src/drivers/cli), every action input and output (action.yml), every field of
 * release-plan.json and release-manifest.json (schema/*.json, derived from the zod schemas) and
 * the permissions of every generated job (rendered from the templates) appear in their table, and
 * every row names something that exists.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { COMMANDS } from '../src/drivers/cli/main.js'
import { ACTION_COMMANDS } from '../src/drivers/action/inputs.js'
import { planWorkflows, configHash, type WorkflowsInput } from '../src/core/workflows/generate.js'
import { exampleInput, workflowsConfig } from './workflows-helpers.js'

const README = readFileSync('README.md', 'utf8')

/** The text under the first heading that matches, up to the next heading of the same or a higher level. */
export function section(text: string, heading: RegExp): string {
  const lines = text.split('\n')
  let fence = false
  let start = -1
  let level = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('```')) fence = !fence
    if (fence) continue
    const m = /^(#+) (.*)$/.exec(line)
    if (!m) continue
    if (start < 0 && heading.test(m[2]!)) {
      start = i
      level = m[1]!.length
    } else if (start >= 0 && m[1]!.length <= level) return lines.slice(start, i).join('\n')
  }
  if (start < 0) throw new Error(`README.md has no heading matching ${heading}`)
  return lines.slice(start).join('\n')
}

/** Cells of a table row, split on `|` that is not escaped. */
function cells(row: string): string[] {
  const parts = row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
  return parts.map((c) => c.trim().replace(/\\\|/g, '|'))
}

/** The rows of every table in `text` whose header's first cell is `first` (header and separator left out). */
export function tableRows(text: string, first: string): string[][] {
  const rows: string[][] = []
  let inTable = false
  let take = false
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false
      continue
    }
    const c = cells(line)
    if (!inTable) {
      inTable = true
      take = c[0] === first
      continue
    }
    if (/^-+$/.test(c[0]!.replace(/:/g, ''))) continue
    if (take) rows.push(c)
  }
  return rows
}

/** The `code` spans of a cell. */
const codes = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

/** `a.{b,c}.d` → `a.b.d`, `a.c.d`. */
export function expand(name: string): string[] {
  const m = /\{([^{}]*)\}/.exec(name)
  if (!m) return [name]
  return m[1]!.split(',').flatMap((alt) => expand(name.slice(0, m.index) + alt.trim() + name.slice(m.index + m[0].length)))
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort()

describe('README: CLI', () => {
  const cli = section(README, /^CLI$/)

  it('the commands table has one row per command, with exactly the options the command takes', async () => {
    const documented = new Map<string, string[]>()
    for (const [usage] of tableRows(cli, 'command')) {
      const text = codes(usage!)[0] ?? ''
      if (text.startsWith('-')) continue // --help, --version
      const name = text.split(' ')[0]!
      expect(documented.has(name)).toBe(false)
      documented.set(name, sorted([...text.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!)))
    }
    expect(sorted(documented.keys())).toEqual(sorted(Object.keys(COMMANDS)))
    for (const [name, load] of Object.entries(COMMANDS)) {
      const options = sorted(Object.keys((await load()).options ?? {}))
      expect({ command: name, options: documented.get(name) }).toEqual({ command: name, options })
    }
  })

  it('the options table names every option once, with exactly the commands that take it and its default', async () => {
    const takes = new Map<string, string[]>()
    const defaults = new Map<string, unknown>()
    for (const [name, load] of Object.entries(COMMANDS)) {
      for (const [option, spec] of Object.entries((await load()).options ?? {})) {
        takes.set(option, [...(takes.get(option) ?? []), name])
        if ((spec as { default?: unknown }).default !== undefined) defaults.set(option, (spec as { default?: unknown }).default)
      }
    }
    const rows = tableRows(cli, 'option')
    const documented = new Map<string, string[]>()
    for (const [first, commands, dflt] of rows) {
      const option = /^--([a-z][a-z-]*)/.exec(codes(first!)[0] ?? '')?.[1]
      expect(option).toBeDefined()
      expect(documented.has(option!)).toBe(false)
      documented.set(option!, sorted(codes(commands!)))
      const d = defaults.get(option!)
      if (typeof d === 'string') expect({ option, default: codes(dflt!) }).toEqual({ option, default: expect.arrayContaining([d]) })
      if (d === false) expect({ option, default: dflt }).toEqual({ option, default: 'off' })
    }
    expect(sorted(documented.keys())).toEqual(sorted(takes.keys()))
    for (const [option, commands] of takes) expect({ option, commands: documented.get(option) }).toEqual({ option, commands: sorted(commands) })
  })
})

describe('README: GitHub Action', () => {
  const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }
  const text = section(README, /^GitHub Action$/)
  const commandCells = (cell: string) => codes(cell).filter((c) => c !== '')

  it('every input has one row, with the commands that read it and its action.yml default, and no row names an input that does not exist', () => {
    const rows = tableRows(text, 'input')
    const names = rows.flatMap(([first]) => codes(first!).flatMap(expand))
    expect(names.length).toBe(new Set(names).size)
    expect(sorted(names)).toEqual(sorted(Object.keys(action.inputs)))
    for (const [first, commands, dflt] of rows) {
      const input = codes(first!)[0]!
      const used = commandCells(commands!)
      expect({ input, commands: used.length > 0 || commands === 'all' }).toEqual({ input, commands: true })
      for (const c of used) expect({ input, command: (ACTION_COMMANDS as readonly string[]).includes(c) ? c : null }).toEqual({ input, command: c })
      const d = action.inputs[input]!.default
      if (d !== undefined) expect({ input, default: codes(dflt!) }).toEqual({ input, default: [d] })
    }
  })

  it('the command input lists every command the action runs', () => {
    const row = tableRows(text, 'input').find(([first]) => codes(first!)[0] === 'command')!
    expect(sorted(codes(row[3]!).filter((c) => (ACTION_COMMANDS as readonly string[]).includes(c)))).toEqual(sorted(ACTION_COMMANDS))
  })

  it('every output has one row, with the commands that set it, and no row names an output that does not exist', () => {
    const rows = tableRows(text, 'output')
    const names = rows.flatMap(([first]) => codes(first!).flatMap(expand))
    expect(names.length).toBe(new Set(names).size)
    expect(sorted(names)).toEqual(sorted(Object.keys(action.outputs)))
    for (const [first, commands] of rows) {
      const used = commandCells(commands!)
      expect({ output: first, commands: used.length > 0 }).toEqual({ output: first, commands: true })
      for (const c of used) expect((ACTION_COMMANDS as readonly string[]).includes(c) ? c : `not a command: ${c}`).toBe(c)
    }
  })
})

/** Every field path of a JSON Schema: `a.b`, `a[].b`; the targets of release-plan.json as `targets.<target>`. */
export function schemaPaths(schema: Record<string, unknown>): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>
  const out = new Set<string>()
  const resolve = (n: Record<string, unknown>) => (typeof n.$ref === 'string' ? defs[n.$ref.replace('#/$defs/', '')]! : n)
  const walk = (node: Record<string, unknown>, at: string) => {
    const n = resolve(node)
    for (const k of ['oneOf', 'anyOf', 'allOf']) for (const x of (n[k] ?? []) as Record<string, unknown>[]) walk(x, at)
    for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const p = at === 'targets' && ['server', 'admin', 'storefront'].includes(key) ? 'targets.<target>' : at ? `${at}.${key}` : key
      out.add(p)
      walk(value, p)
    }
    if (n.items) walk(n.items as Record<string, unknown>, `${at}[]`)
  }
  walk(schema, '')
  return [...out]
}

describe('README: file formats', () => {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  // One row stands for fields that repeat another's shape.
  const alias = (p: string) => p.replace(/^matrix_stages\[\]\.include\[\]/, 'matrix.include[]').replace(/^matrix\.include\[\]\.consumes\[\]/, 'targets.<target>.consumes[]')

  for (const [file, heading] of [
    ['schema/release-plan.schema.json', /^release-plan\.json/],
    ['schema/release-manifest.schema.json', /^release-manifest\.json/]
  ] as const) {
    it(`${file}: every field has a row in the README's table, and every row is a field`, () => {
      const documented = tableRows(section(README, heading), 'field').flatMap(([first]) => codes(first!).flatMap(expand))
      expect(documented.length).toBe(new Set(documented).size)
      expect(sorted(documented)).toEqual(sorted(schemaPaths(read(file)).map(alias)))
    })
  }
})

describe('README: permissions of the generated jobs', () => {
  const variants: WorkflowsInput[] = (() => {
    const base = exampleInput()
    return [
      base,
      { ...base, images: { server: { dockerfile: 'apps/server/Dockerfile', context: '.', build_args: {}, repository: 'ghcr.io/acme/shop-server' } } } as WorkflowsInput,
      { ...base, workflows: workflowsConfig({ change_token_secret: 'MODULES_BOT_TOKEN' }) }
    ]
  })()

  it('every job of every generated workflow has a row listing exactly the permissions it can hold', () => {
    const rendered = new Map<string, Set<string>>()
    for (const input of variants) {
      for (const w of planWorkflows(input, configHash(input))) {
        const file = w.path.split('/').pop()!
        const doc = parseYaml(w.content) as { permissions: Record<string, string>; jobs: Record<string, { permissions?: Record<string, string> }> }
        expect({ file, top: doc.permissions }).toEqual({ file, top: { contents: 'read' } })
        for (const [job, spec] of Object.entries(doc.jobs)) {
          const key = `${file} ${job}`
          const set = rendered.get(key) ?? new Set<string>()
          for (const [scope, level] of Object.entries(spec.permissions ?? doc.permissions)) set.add(`${scope}: ${level}`)
          rendered.set(key, set)
        }
      }
    }
    const rows = tableRows(section(README, /^Permissions each job needs$/), 'workflow')
    const documented = new Map<string, string[]>()
    for (const [file, job, permissions] of rows) {
      const key = `${codes(file!)[0]} ${codes(job!)[0]}`
      expect(documented.has(key)).toBe(false)
      documented.set(key, sorted(codes(permissions!).filter((c) => /^[a-z-]+: (read|write|none)$/.test(c))))
    }
    expect(sorted(documented.keys())).toEqual(sorted(rendered.keys()))
    for (const [key, set] of rendered) expect({ job: key, permissions: documented.get(key) }).toEqual({ job: key, permissions: sorted(set) })
  })
})
