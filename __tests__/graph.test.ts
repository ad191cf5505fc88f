/**
 * The dependency graph: cycles, closures and reachability, on random graphs (with self-loops,
 * duplicate edges and edges to unknown nodes) against definitions computed the slow, obvious way.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dependencyClosure, dependencyOrder, findCycles, reachableFrom, reaching, type Edges } from '../src/core/graph/graph.js'

const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    nodes: fc.constant(Array.from({ length: n }, (_, i) => `n${i}`)),
    // n + 2 targets: two of them unknown nodes
    deps: fc.array(fc.array(fc.integer({ min: 0, max: n + 1 }).map((j) => `n${j}`), { maxLength: 4 }), { minLength: n, maxLength: n }),
    wanted: fc.array(fc.boolean(), { minLength: n + 2, maxLength: n + 2 })
  })
)
const edgesOf = (nodes: string[], deps: string[][]): Edges => new Map(nodes.map((s, i) => [s, deps[i]!]))

/** Nodes reachable from `start` through at least one edge: a fixpoint, no clever walk. */
function slowReach(start: string, edges: Edges): Set<string> {
  const out = new Set<string>(edges.get(start) ?? [])
  for (let changed = true; changed; ) {
    changed = false
    for (const n of [...out]) {
      for (const m of edges.get(n) ?? []) {
        if (out.has(m)) continue
        out.add(m)
        changed = true
      }
    }
  }
  return out
}

describe('graph', () => {
  it('a closure walked only through nodes that lead to a wanted one finds the wanted nodes in the same order', () => {
    fc.assert(
      fc.property(graph, ({ nodes, deps, wanted }) => {
        const edges = edgesOf(nodes, deps)
        const isWanted = (s: string) => wanted[Number(s.slice(1))] === true
        const leads = reaching([...nodes, 'n' + nodes.length, 'n' + (nodes.length + 1)].filter(isWanted), edges)
        for (const start of nodes) {
          const full = dependencyClosure(start, edges)
          expect(new Set(full)).toEqual(new Set([...slowReach(start, edges)].filter((s) => s !== start)))
          expect(dependencyClosure(start, edges, (s) => leads.has(s)).filter(isWanted)).toEqual(full.filter(isWanted))
        }
      }),
      { numRuns: 300 }
    )
  })

  it('reaching and reachableFrom are the slow definitions', () => {
    fc.assert(
      fc.property(graph, ({ nodes, deps, wanted }) => {
        const edges = edgesOf(nodes, deps)
        const targets = nodes.filter((_, i) => wanted[i])
        expect(reaching(targets, edges)).toEqual(new Set(nodes.filter((s) => targets.some((t) => slowReach(s, edges).has(t)))))
        expect(new Set(reachableFrom(targets, edges))).toEqual(new Set(targets.flatMap((t) => [...slowReach(t, edges)])))
      }),
      { numRuns: 300 }
    )
  })

  it('findCycles: one shortest cycle per strongly connected component with a cycle, from its first node, in node order', () => {
    fc.assert(
      fc.property(graph, ({ nodes, deps }) => {
        const edges = edgesOf(nodes, deps)
        const known = new Set(nodes)
        const reach = new Map(nodes.map((s) => [s, slowReach(s, edges)]))
        const cyclic = nodes.filter((s) => reach.get(s)!.has(s))
        const component = (s: string) => cyclic.filter((t) => reach.get(s)!.has(t) && reach.get(t)!.has(s))
        const firsts = cyclic.filter((s) => component(s)[0] === s)
        const cycles = findCycles(nodes, edges)
        expect(cycles.map((c) => c[0])).toEqual(firsts)
        for (const c of cycles) {
          const start = c[0]!
          expect(c[c.length - 1]).toBe(start)
          for (let i = 0; i + 1 < c.length; i++) expect(edges.get(c[i]!)).toContain(c[i + 1])
          expect(new Set(c).size).toBe(c.length - 1)
          const members = new Set(component(start))
          for (const s of c) expect(members.has(s)).toBe(true)
          // Shortest: no cycle through start inside the component is shorter (breadth-first distances).
          const dist = new Map<string, number>([[start, 0]])
          const queue = [start]
          let shortest = Infinity
          for (let i = 0; i < queue.length; i++) {
            const n = queue[i]!
            for (const m of edges.get(n) ?? []) {
              if (!members.has(m) || !known.has(m)) continue
              if (m === start) shortest = Math.min(shortest, dist.get(n)! + 1)
              else if (!dist.has(m)) {
                dist.set(m, dist.get(n)! + 1)
                queue.push(m)
              }
            }
          }
          expect(c.length - 1).toBe(shortest)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('a 50,000-deep chain and a 50,000-node cycle: no stack overflow', () => {
    const n = 50_000
    const nodes = Array.from({ length: n }, (_, i) => `m${i}`)
    const chain = new Map(nodes.map((s, i) => [s, i ? [`m${i - 1}`] : []]))
    expect(findCycles(nodes, chain)).toEqual([])
    expect(dependencyOrder(nodes, chain)).toEqual(nodes)
    expect(dependencyClosure(`m${n - 1}`, chain)).toHaveLength(n - 1)
    const ring = new Map(nodes.map((s, i) => [s, [`m${(i + 1) % n}`]]))
    const [cycle] = findCycles(nodes, ring)
    expect(cycle).toHaveLength(n + 1)
    expect(reaching(['m0'], ring).size).toBe(n)
  })
})
