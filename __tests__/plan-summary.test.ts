// The job summary: targets table, delta, mermaid graph — every untrusted string escaped.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runPlan } from '../src/app/plan.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { escapeHtml, mermaidGraph, mermaidLabel, planText, refusedSummary, summaryMarkdown } from '../src/core/plan/summary.js'
import { cleanup, commitAll, git, read, shopRepo, write } from './plan-helpers.js'

afterAll(cleanup)

const HOSTILE = '<img src=x onerror=alert(1)>"]; click m0 "javascript:alert(1)"\n```\n</details>|x|'

let base: ReleasePlan
beforeAll(async () => {
  const r = await runPlan({ root: shopRepo(), store: null, profile: 'monolith' })
  base = r.plan!
})

/** Mermaid blocks of a summary. */
const mermaid = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!)

describe('summaryMarkdown', () => {
  it('shows the targets, why, and the graph', () => {
    const md = summaryMarkdown(base)
    expect(md).toContain(`<h2>modules-rebuild plan: <code>${base.release_id}</code></h2>`)
    expect(md).toMatch(/<tr><td>admin<\/td><td>0<\/td><td><code>[0-9a-f]{12}<\/code><\/td><td>yes<\/td><td>offline/)
    expect(mermaid(md)).toHaveLength(1)
    expect(mermaid(md)[0]).toContain('m0["blog@0.2.0"]')
    expect(mermaid(md)[0]).toMatch(/m0 --> m\d/)
  })

  it('escapes a hostile module name in the table, the delta and the mermaid graph', () => {
    const plan: ReleasePlan = structuredClone(base)
    plan.modules.push({ slug: HOSTILE, crate: 'x', source: 'path', version: '1.0.0', required: false, depends_on: ['blog'] })
    plan.delta = { base_ref: `main${HOSTILE}`, base_commit: 'a'.repeat(40), base_manifest_hash: null, entries: [{ op: '-', slug: HOSTILE, version: null, text: `-${HOSTILE}`, changes: [], depends_on: [] }, { op: '+', slug: HOSTILE, version: '1.0.0', text: `+${HOSTILE}@1.0.0`, changes: [HOSTILE], depends_on: [] }], text: '', base_keys: {} }
    plan.targets.server!.reasons = [`changed since ${HOSTILE}`]
    plan.notes.push(HOSTILE)
    const md = summaryMarkdown(plan)
    const outside = md.replace(/```mermaid\n[\s\S]*?\n```/g, '')
    expect(outside).not.toMatch(/<img|<\/details>\|/)
    expect(outside).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(md.match(/```/g)).toHaveLength(2) // the hostile ``` did not open or close a block
    const graph = mermaid(md)[0]!
    expect(graph).not.toMatch(/<|>"|javascript:alert\(1\)"|\n\s*click/)
    for (const line of graph.split('\n').filter((l) => l.includes('['))) expect(line).toMatch(/^ {2}m\d+\["[A-Za-z0-9 _.@+#;-]*"\]$/)
    expect(graph).toContain('#60;img src#61;x onerror#61;alert#40;1#41;#62;')
  })

  it('refused plans list their errors escaped', () => {
    const md = refusedSummary([{ severity: 'error', rule: 'invalid-value', file: 'modules.toml', line: 1, column: 1, message: HOSTILE, hint: null }])
    expect(md).not.toContain('<img')
    expect(md).toContain('&#60;img')
  })

  it('text view', () => {
    const t = planText(base)
    expect(t).toContain(`release_id: ${base.release_id} (monolith, from --profile)`)
    expect(t).toContain('  $ cargo build --locked -p shop-server --release --no-default-features --features embed-admin,embed-storefront,mod-forum,mod-comments,mod-blog,mod-search')
  })
})

describe('escaping', () => {
  it('escapeHtml leaves no markup, quote or line break', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => expect(escapeHtml(s).replace(/<br>/g, '')).not.toMatch(/[<>"'`\n\r|]/)))
  })

  it('a mermaid label is one quoted token of safe characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => expect(mermaidLabel(s)).toMatch(/^"[A-Za-z0-9 _.@+#;-]*"$/)))
  })

  it('large graphs draw only the changed modules and their neighbours', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => ({ slug: `m${i}`, version: '1.0.0', depends_on: i ? [`m${i - 1}`] : [], kind: i === 250 ? ('added' as const) : ('same' as const) }))
    const g = mermaidGraph(nodes)!
    expect(g.partial).toBe(true)
    expect(g.text.split('\n').filter((l) => l.includes('["'))).toHaveLength(3)
  })
})

describe('a hostile slug removed at the base, end to end', () => {
  it('is escaped in the summary', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace('[settings]', `${JSON.stringify(HOSTILE)} = { crate = "x", source = "path", path = "crates/x" }\n\n[settings]`))
    commitAll(root, 'hostile base')
    const hostileBase = git(root, 'rev-parse', 'HEAD')
    git(root, 'revert', '--no-edit', 'HEAD')
    const r = await runPlan({ root, store: null, base: hostileBase })
    expect(r.ok).toBe(true)
    expect(r.plan!.delta!.entries.map((e) => e.slug)).toEqual([HOSTILE])
    expect(r.summary).not.toContain('<img')
    expect(r.summary.match(/```/g)).toHaveLength(2)
    expect(mermaid(r.summary)[0]).toMatch(/class m\d+ removed/)
  })
})
