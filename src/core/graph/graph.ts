/**
 * The module dependency graph: cycles (with their path), a deterministic dependency order and
 * dependency closures. All walks are iterative so a 50,000-deep chain cannot overflow the stack.
 */
export type Edges = ReadonlyMap<string, readonly string[]>

/**
 * Every cycle of the graph, one per strongly connected component, as a path that starts and ends
 * at the component's first node in `nodes` order: ["a", "b", "c", "a"]. Edges to unknown nodes
 * are ignored (they are reported as unknown dependencies elsewhere).
 */
export function findCycles(nodes: readonly string[], edges: Edges): string[][] {
  const order = new Map(nodes.map((n, i) => [n, i]))
  const succ = (n: string) => (edges.get(n) ?? []).filter((m) => order.has(m))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  let counter = 0
  for (const root of nodes) {
    if (index.has(root)) continue
    const work: Array<{ node: string; next: number; succ: string[] }> = []
    const enter = (n: string) => {
      index.set(n, counter)
      low.set(n, counter++)
      stack.push(n)
      onStack.add(n)
      work.push({ node: n, next: 0, succ: succ(n) })
    }
    enter(root)
    while (work.length) {
      const top = work[work.length - 1]!
      if (top.next < top.succ.length) {
        const m = top.succ[top.next++]!
        if (!index.has(m)) enter(m)
        else if (onStack.has(m)) low.set(top.node, Math.min(low.get(top.node)!, index.get(m)!))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!))
      if (low.get(top.node) === index.get(top.node)) {
        const comp: string[] = []
        let m: string
        do {
          m = stack.pop()!
          onStack.delete(m)
          comp.push(m)
        } while (m !== top.node)
        if (comp.length > 1 || succ(top.node).includes(top.node)) components.push(comp)
      }
    }
  }
  return components
    .map((comp) => cyclePath(comp, succ, order))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!)
}

/** A shortest cycle through the component's first node (breadth-first inside the component). */
function cyclePath(comp: string[], succ: (n: string) => string[], order: Map<string, number>): string[] {
  const inComp = new Set(comp)
  const start = [...comp].sort((a, b) => order.get(a)! - order.get(b)!)[0]!
  const prev = new Map<string, string>()
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!
    for (const m of succ(n)) {
      if (!inComp.has(m)) continue
      if (m === start) {
        const path = [n]
        while (path[0] !== start) path.unshift(prev.get(path[0]!)!)
        return [...path, start]
      }
      if (!prev.has(m)) {
        prev.set(m, n)
        queue.push(m)
      }
    }
  }
  return [start, start]
}

/**
 * Dependencies before dependents; among modules that are ready at the same time, the one listed
 * first in `nodes` comes first. Nodes on a cycle are appended in `nodes` order.
 */
export function dependencyOrder(nodes: readonly string[], edges: Edges): string[] {
  const position = new Map(nodes.map((n, i) => [n, i]))
  const pending = new Map<string, number>()
  const dependents = new Map<string, string[]>()
  for (const n of nodes) {
    const deps = [...new Set(edges.get(n) ?? [])].filter((d) => position.has(d) && d !== n)
    pending.set(n, deps.length)
    for (const d of deps) {
      const list = dependents.get(d)
      if (list) list.push(n)
      else dependents.set(d, [n])
    }
  }
  const heap = new MinHeap()
  for (const n of nodes) if (pending.get(n) === 0) heap.push(position.get(n)!)
  const out: string[] = []
  while (heap.size) {
    const n = nodes[heap.pop()]!
    out.push(n)
    for (const m of dependents.get(n) ?? []) {
      const left = pending.get(m)! - 1
      pending.set(m, left)
      if (left === 0) heap.push(position.get(m)!)
    }
  }
  if (out.length < nodes.length) {
    const done = new Set(out)
    for (const n of nodes) if (!done.has(n)) out.push(n)
  }
  return out
}

/** All modules reachable from `start` through `edges`, excluding `start` itself, in discovery order. */
export function dependencyClosure(start: string, edges: Edges): string[] {
  const seen = new Set<string>([start])
  const out: string[] = []
  const stack = [...(edges.get(start) ?? [])].reverse()
  while (stack.length) {
    const n = stack.pop()!
    if (seen.has(n)) continue
    seen.add(n)
    out.push(n)
    for (const m of [...(edges.get(n) ?? [])].reverse()) if (!seen.has(m)) stack.push(m)
  }
  return out
}

class MinHeap {
  private a: number[] = []
  get size(): number {
    return this.a.length
  }
  push(v: number): void {
    const a = this.a
    a.push(v)
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1
      if (a[p]! <= a[i]!) break
      ;[a[p], a[i]] = [a[i]!, a[p]!]
      i = p
    }
  }
  pop(): number {
    const a = this.a
    const top = a[0]!
    const last = a.pop()!
    if (a.length) {
      a[0] = last
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l]! < a[m]!) m = l
        if (r < a.length && a[r]! < a[m]!) m = r
        if (m === i) break
        ;[a[m], a[i]] = [a[i]!, a[m]!]
        i = m
      }
    }
    return top
  }
}
