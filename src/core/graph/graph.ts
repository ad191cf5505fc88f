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
  // Tarjan's algorithm on node numbers (typed arrays, no map per step: 50,000 modules).
  const adjacency = nodes.map((n) => {
    const out: number[] = []
    for (const m of edges.get(n) ?? []) {
      const j = order.get(m)
      if (j !== undefined) out.push(j)
    }
    return out
  })
  const index = new Int32Array(nodes.length).fill(-1)
  const low = new Int32Array(nodes.length)
  const onStack = new Uint8Array(nodes.length)
  const stack: number[] = []
  const components: number[][] = []
  let counter = 0
  const work: number[] = [] // pairs: node, next successor
  const enter = (v: number) => {
    index[v] = low[v] = counter++
    stack.push(v)
    onStack[v] = 1
    work.push(v, 0)
  }
  for (let root = 0; root < nodes.length; root++) {
    if (index[root]! >= 0) continue
    enter(root)
    while (work.length) {
      const top = work[work.length - 2]!
      const next = adjacency[top]!
      const k = work[work.length - 1]!
      if (k < next.length) {
        work[work.length - 1] = k + 1
        const m = next[k]!
        if (index[m]! < 0) enter(m)
        else if (onStack[m]) low[top] = Math.min(low[top]!, index[m]!)
        continue
      }
      work.length -= 2
      if (work.length) {
        const parent = work[work.length - 2]!
        low[parent] = Math.min(low[parent]!, low[top]!)
      }
      if (low[top] === index[top]) {
        const comp: number[] = []
        let m: number
        do {
          m = stack.pop()!
          onStack[m] = 0
          comp.push(m)
        } while (m !== top)
        if (comp.length > 1 || next.includes(top)) components.push(comp)
      }
    }
  }
  return components
    .map((comp) => cyclePath(comp.map((i) => nodes[i]!), succ, order))
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
        const back = [n] // walked backwards, then reversed: unshift would make a long cycle quadratic
        while (back[back.length - 1] !== start) back.push(prev.get(back[back.length - 1]!)!)
        return [...back.reverse(), start]
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
  // On node numbers (typed arrays, no string-keyed map per step: 5,000 modules and more).
  const position = new Map(nodes.map((n, i) => [n, i]))
  const pending = new Int32Array(nodes.length)
  const dependents: Array<number[] | undefined> = new Array(nodes.length)
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    const deps = knownDeps(n, edges.get(n), position)
    pending[i] = deps.length
    for (const d of deps) {
      const j = position.get(d)!
      const list = dependents[j]
      if (list) list.push(i)
      else dependents[j] = [i]
    }
  }
  const heap = new MinHeap()
  for (let i = 0; i < nodes.length; i++) if (pending[i] === 0) heap.push(i)
  const out: string[] = []
  const done = new Uint8Array(nodes.length)
  while (heap.size) {
    const i = heap.pop()
    out.push(nodes[i]!)
    done[i] = 1
    const list = dependents[i]
    if (list) {
      for (const j of list) if ((pending[j] = pending[j]! - 1) === 0) heap.push(j)
    }
  }
  if (out.length < nodes.length) for (let i = 0; i < nodes.length; i++) if (!done[i]) out.push(nodes[i]!)
  return out
}

/** `n`'s distinct dependencies among the nodes, itself excluded; the usual list (no duplicate, every one known) is itself. */
function knownDeps(n: string, deps: readonly string[] | undefined, position: ReadonlyMap<string, number>): readonly string[] {
  if (deps === undefined) return []
  let plain = deps.length <= 16 // the pairwise duplicate test below is quadratic
  for (let i = 0; i < deps.length && plain; i++) {
    const d = deps[i]!
    if (d === n || !position.has(d)) plain = false
    for (let j = 0; j < i && plain; j++) if (deps[j] === d) plain = false
  }
  return plain ? deps : [...new Set(deps)].filter((d) => position.has(d) && d !== n)
}

/**
 * All modules reachable from `start` through `edges`, excluding `start` itself, in discovery order
 * (depth-first, each node's dependencies in their listed order). `descend`: whether to walk on from
 * a node (default: always); a walk that skips nodes from which nothing wanted is reachable finds
 * the wanted nodes in the same order.
 */
export function dependencyClosure(start: string, edges: Edges, descend?: (node: string) => boolean): string[] {
  const seen = new Set<string>([start])
  const out: string[] = []
  const stack = [...(edges.get(start) ?? [])].reverse()
  while (stack.length) {
    const n = stack.pop()!
    if (seen.has(n)) continue
    seen.add(n)
    out.push(n)
    if (descend && !descend(n)) continue
    const next = edges.get(n) ?? []
    for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!)) stack.push(next[i]!)
  }
  return out
}

/** Every node reachable from one of `starts` through at least one edge. */
export function reachableFrom(starts: readonly string[], edges: Edges): string[] {
  const seen = new Set<string>()
  const stack: string[] = []
  for (const s of starts) stack.push(...(edges.get(s) ?? []))
  while (stack.length) {
    const n = stack.pop()!
    if (seen.has(n)) continue
    seen.add(n)
    for (const m of edges.get(n) ?? []) if (!seen.has(m)) stack.push(m)
  }
  return [...seen]
}

/** Every node from which one of `targets` is reachable through at least one edge (a target itself only when it reaches one). */
export function reaching(targets: readonly string[], edges: Edges): Set<string> {
  const into = new Map<string, string[]>()
  for (const [n, deps] of edges) {
    for (const d of deps) {
      const list = into.get(d)
      if (list) list.push(n)
      else into.set(d, [n])
    }
  }
  const found = new Set<string>()
  const queue = [...targets]
  for (let i = 0; i < queue.length; i++) {
    for (const p of into.get(queue[i]!) ?? []) {
      if (found.has(p)) continue
      found.add(p)
      queue.push(p)
    }
  }
  return found
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
