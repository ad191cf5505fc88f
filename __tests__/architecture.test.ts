/**
 * The layout rule (docs/architecture.md), enforced: every import of src/ read with the TypeScript
 * parser, the folder graph built from them, and no folder cycle, no layer violation, no I/O module
 * or `process` in core. The checker itself is tested on synthetic sources first, so a green run
 * on src/ means something. And no hand-written file of src/ over 400 lines.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { check, nodeOf, parseSource, readSources, type SourceFile } from './architecture.js'

const SRC = path.join(process.cwd(), 'src')
const src = (file: string, imports: string[] = [], processAt: number[] = []): SourceFile => ({ file, imports, processAt })

describe('the checker', () => {
  it('maps files to their folder node', () => {
    expect(nodeOf('core/plan/plan.ts')).toEqual({ node: 'core/plan', layer: 'core' })
    expect(nodeOf('core/codegen/rustok/admin.ts')).toEqual({ node: 'core/codegen', layer: 'core' })
    expect(nodeOf('adapters/fs/write.ts')).toEqual({ node: 'adapters/fs', layer: 'adapters' })
    expect(nodeOf('app/plan.ts')).toEqual({ node: 'app', layer: 'app' })
    expect(nodeOf('drivers/action/commands/plan.ts')).toEqual({ node: 'drivers/action', layer: 'drivers' })
    expect(nodeOf('version.ts')).toEqual({ node: 'version.ts', layer: 'version' })
    for (const outside of ['main.ts', 'core/loose.ts', 'adapters/fs.ts', 'drivers/web/x.ts', 'plan/run.ts']) expect(nodeOf(outside)).toBeNull()
  })

  it('accepts a graph that keeps the rule', () => {
    const r = check([
      src('core/a/x.ts', ['../b/y.js', 'zod', 'node:path', 'node:crypto', '../../version.js']),
      src('core/b/y.ts', ['semver']),
      src('adapters/fs/fs.ts', ['node:fs', '../../core/a/x.js', '../git/g.js']),
      src('adapters/git/g.ts', ['node:child_process', '../../core/b/y.js'], [3]),
      src('app/p.ts', ['../adapters/fs/fs.js', '../core/a/x.js', './q.js']),
      src('app/q.ts'),
      src('drivers/cli/main.ts', ['../../app/p.js', '@actions/core'], [1]),
      src('drivers/action/main.ts', ['../../app/q.js']),
      src('cli.ts', ['./drivers/cli/main.js']),
      src('version.ts')
    ])
    expect(r.violations).toEqual([])
    expect(r.cycles).toEqual([])
    expect([...r.edges.get('core/a')!]).toEqual(['core/b', 'version.ts'])
  })

  it('names a folder cycle, with the folders in order', () => {
    const r = check([src('core/a/x.ts', ['../b/y.js']), src('core/b/y.ts', ['../c/z.js']), src('core/c/z.ts', ['../a/x.js']), src('core/d/w.ts', ['../a/x.js'])])
    expect(r.cycles).toEqual(['core/a → core/b → core/c → core/a'])
    expect(r.violations).toEqual(['folder cycle: core/a → core/b → core/c → core/a'])
  })

  it('finds a cycle between layers that also breaks the layer rule', () => {
    const r = check([src('core/plan/run.ts', ['../../adapters/fs/fs.js']), src('adapters/fs/fs.ts', ['../../core/plan/run.js'])])
    expect(r.violations).toEqual(["core/plan/run.ts: core imports adapters ('../../adapters/fs/fs.js', adapters/fs/fs.ts)", 'folder cycle: adapters/fs → core/plan → adapters/fs'])
  })

  it('refuses each layer violation', () => {
    const r = check([
      src('core/a/x.ts', ['../../app/p.js', '../../drivers/cli/c.js']),
      src('adapters/fs/f.ts', ['../../app/p.js', '../../drivers/action/a.js']),
      src('app/p.ts', ['../drivers/cli/c.js']),
      src('drivers/cli/c.ts', ['../action/a.js']),
      src('drivers/action/a.ts', ['../cli/c.js']),
      src('version.ts', ['./core/a/x.js'])
    ])
    expect(r.violations.filter((v) => !v.startsWith('folder cycle'))).toEqual([
      "core/a/x.ts: core imports app ('../../app/p.js', app/p.ts)",
      "core/a/x.ts: core imports drivers ('../../drivers/cli/c.js', drivers/cli/c.ts)",
      "adapters/fs/f.ts: adapters imports app ('../../app/p.js', app/p.ts)",
      "adapters/fs/f.ts: adapters imports drivers ('../../drivers/action/a.js', drivers/action/a.ts)",
      "app/p.ts: app imports drivers ('../drivers/cli/c.js', drivers/cli/c.ts)",
      "drivers/cli/c.ts: drivers/cli imports the other driver drivers/action ('../action/a.js')",
      "drivers/action/a.ts: drivers/action imports the other driver drivers/cli ('../cli/c.js')",
      "version.ts: version imports core ('./core/a/x.js', core/a/x.ts)"
    ])
  })

  it('refuses I/O modules, @actions, @octokit and process in core, and files outside the layout', () => {
    const r = check([
      src('core/a/x.ts', ['node:fs', 'node:child_process', 'fs', 'node:os', 'node:net', 'node:http', 'node:stream/promises', 'node:readline', '@actions/core', '@octokit/plugin-retry', 'node:path'], [7]),
      src('plan/run.ts'),
      src('core/b/y.ts', ['./missing.js'])
    ])
    expect(r.violations).toEqual([
      'core/a/x.ts:7: core uses process (pass what it needs in from an adapter or driver)',
      ...['node:fs', 'node:child_process', 'fs', 'node:os', 'node:net', 'node:http', 'node:stream/promises', 'node:readline', '@actions/core', '@octokit/plugin-retry'].map((m) => expect.stringContaining(`core/a/x.ts: core imports '${m}'`)),
      'plan/run.ts: outside the layout (core/<area>/, adapters/<thing>/, app/, drivers/{cli,action}/, or index.ts, cli.ts, launcher.ts, version.ts)',
      "core/b/y.ts: imports './missing.js', which is no file of src/"
    ])
  })

  it("allows node:module only to the one core file that loads node:crypto through it, and nothing else there", () => {
    const r = check([src('core/hash/digest.ts', ['node:module']), src('core/hash/other.ts', ['node:module']), src('core/plan/digest.ts', ['node:module']), src('core/hash/digest2.ts', ['node:fs'])])
    expect(r.violations).toEqual([
      expect.stringContaining("core/hash/other.ts: core imports 'node:module'"),
      expect.stringContaining("core/plan/digest.ts: core imports 'node:module'"),
      expect.stringContaining("core/hash/digest2.ts: core imports 'node:fs'")
    ])
    expect(check([src('core/hash/digest.ts', ['node:module', 'node:fs'])]).violations).toEqual([expect.stringContaining("core/hash/digest.ts: core imports 'node:fs'")])
  })

  it('reads every kind of import and only real uses of process', () => {
    const text = [
      "import a from './a.js'",
      "import type { B } from '../b.js'",
      "export { c } from './c.js'",
      "export * from 'node:fs'",
      "const d = await import('./d.js')",
      "type E = typeof import('./e.js')",
      "const s = 'process.env in a string'",
      '// process.exit in a comment',
      'const o = { process: 1 }; o.process',
      'function f(env: NodeJS.ProcessEnv = process.env) { return env }'
    ].join('\n')
    const r = parseSource('core/x/y.ts', text)
    expect(r.imports).toEqual(['./a.js', '../b.js', './c.js', 'node:fs', './d.js', './e.js'])
    expect(r.processAt).toEqual([10])
  })
})

describe('src/', () => {
  const result = check(readSources(SRC))

  it('keeps the layout rule: no layer violation, no I/O in core, no folder cycle', () => {
    expect(result.violations).toEqual([])
  })

  it('has 0 folder cycles', () => {
    expect(result.cycles).toEqual([])
  })

  it('keeps every hand-written file at most 400 lines (the project rule; *.generated.ts excepted)', () => {
    const long: string[] = []
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e)
        if (statSync(p).isDirectory()) walk(p)
        else if (p.endsWith('.ts') && !p.endsWith('.generated.ts')) {
          const lines = readFileSync(p, 'utf8').split('\n').length - 1
          if (lines > 400) long.push(`${path.relative(SRC, p)}: ${lines} lines`)
        }
      }
    }
    walk(SRC)
    expect(long).toEqual([])
  })

  it('has every layer (the checker sees the real tree)', () => {
    const nodes = [...result.edges.keys()]
    for (const n of ['core/manifest', 'core/plan', 'adapters/fs', 'adapters/git', 'app', 'drivers/cli', 'drivers/action']) expect(nodes).toContain(n)
  })
})
