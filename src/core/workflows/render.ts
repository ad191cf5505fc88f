/**
 * Renders a workflow template (YAML with comments) structurally: the template is parsed into a
 * `yaml` Document, tagged placeholder nodes are replaced by nodes built from values, and the
 * Document is printed again — comments, key order and quoting of the template survive, and no
 * value is ever pasted into YAML text. Pure.
 *
 *   key: !param NAME       the node becomes params[NAME] (a value or a prepared node)
 *   uses: !pin ACTION      `ACTION@<sha>` with the comment `# <version>` from pins.ts
 *   - !splice NAME         in a sequence: replaced by the items of params[NAME] (an array)
 *   key: !splice NAME      in a mapping: the pair is replaced by the pairs of params[NAME] (an object)
 *   key: !clone NAME       in a mapping: a copy of a sibling pair's value, rendered, changed as
 *                          params[NAME] (a Clone) says — one definition, two jobs
 *
 * Template lines that start with `#:` are notes on the template and are dropped before parsing.
 */
import { isMap, isNode, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type ScalarTag } from 'yaml'
import { isPinnedAction, pinnedRef, PINS } from '../actions/pins.js'
import { TemplateError } from '../diagnostics/errors.js'

const TAGS = ['!param', '!pin', '!splice', '!clone'] as const
const customTags: ScalarTag[] = TAGS.map((tag) => ({ tag, resolve: (value: string) => value }))

/** A `uses:` value with its `# vX.Y.Z` comment, for params. */
export function usesNode(ref: string, version: string): Scalar {
  const node = new Scalar(ref)
  node.comment = ` ${version}`
  return node
}

/** What `key: !clone NAME` makes: the sibling `from`, with values set at paths and steps inserted. */
export interface Clone {
  from: string
  /** [path inside the copy, value]: e.g. [['needs'], ['plan', 'build']], [['strategy', 'matrix'], '…']. */
  set: ReadonlyArray<readonly [readonly string[], unknown]>
  /** Steps inserted before the step with this `id`. */
  insertBefore?: { id: string; steps: readonly unknown[] }
}

/** Renders `template` with `params`; throws TemplateError on an unknown placeholder or a YAML error. */
export function renderTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  const source = template
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*#:/.test(line))
    .join('\n')
  const doc = parseDocument(source, { customTags, keepSourceTokens: false })
  const problems = [...doc.errors, ...doc.warnings]
  if (problems.length) throw new TemplateError(`template does not parse: ${problems.map((e) => e.message).join('; ')}`)
  doc.contents = fill(doc, doc.contents as Node, params) as typeof doc.contents
  return doc.toString({ lineWidth: 0, indentSeq: true })
}

function node(doc: Document, value: unknown): Node {
  return isNode(value) ? (value as Node) : (doc.createNode(value) as Node)
}

function param(params: Readonly<Record<string, unknown>>, name: string): unknown {
  if (!Object.hasOwn(params, name)) throw new TemplateError(`template uses !param/!splice ${name}, which the generator does not provide`)
  return params[name]
}

function tagged(n: unknown): n is Scalar & { tag: string; value: string } {
  return isScalar(n) && typeof n.tag === 'string' && (TAGS as readonly string[]).includes(n.tag)
}

/** Replaces placeholders under `n` (depth first); returns the node that takes `n`'s place. */
function fill(doc: Document, n: Node | null, params: Readonly<Record<string, unknown>>): Node | null {
  if (n === null) return n
  if (tagged(n)) {
    let out: Node
    if (n.tag === '!param') out = node(doc, param(params, n.value))
    else if (n.tag === '!pin') {
      if (!isPinnedAction(n.value)) throw new TemplateError(`!pin ${n.value}: not in the pin table (src/core/actions/pins.ts)`)
      out = usesNode(pinnedRef(n.value), PINS[n.value].version)
    } else throw new TemplateError(`!splice ${n.value} must be an item of a sequence or the value of a mapping pair`)
    keepComments(n, out)
    return out
  }
  if (isSeq(n)) {
    const items: unknown[] = []
    for (const item of n.items) {
      if (tagged(item) && item.tag === '!splice') {
        const list = param(params, item.value)
        if (!Array.isArray(list)) throw new TemplateError(`!splice ${item.value} in a sequence needs an array`)
        const added = list.map((v) => node(doc, v))
        carryComment(item, added[0], n)
        items.push(...added)
      } else items.push(fill(doc, item as Node, params))
    }
    n.items = items
    return n
  }
  if (isMap(n)) {
    const pairs: Pair[] = []
    const clones: Pair[] = []
    for (const pair of n.items) {
      if (!isPair(pair)) continue
      if (tagged(pair.value) && pair.value.tag === '!splice') {
        const map = param(params, pair.value.value)
        if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new TemplateError(`!splice ${pair.value.value} in a mapping needs an object`)
        const added = Object.entries(map).map(([k, v]) => new Pair(doc.createNode(k), node(doc, v)))
        carryComment(pair.key as Node, added[0]?.key as Node | undefined, n)
        pairs.push(...added)
      } else {
        if (!(tagged(pair.value) && pair.value.tag === '!clone')) pair.value = fill(doc, pair.value as Node | null, params)
        else clones.push(pair)
        pairs.push(pair)
      }
    }
    n.items = pairs as typeof n.items
    for (const pair of clones) pair.value = clone(doc, n, pair.value as Scalar & { value: string }, params)
    return n
  }
  return n
}

/** `!clone NAME` in `parent`: the (filled) sibling params[NAME].from, copied and changed. */
function clone(doc: Document, parent: YAMLMap, marker: Scalar & { value: string }, params: Readonly<Record<string, unknown>>): Node {
  const spec = param(params, marker.value) as Clone
  const source = parent.get(spec.from, true) as Node | undefined
  if (!isMap(source)) throw new TemplateError(`!clone ${marker.value}: '${spec.from}' is not a mapping of the same parent`)
  const copy = source.clone() as YAMLMap
  for (const [p, v] of spec.set) {
    if (!copy.hasIn(p) && p.length > 1) throw new TemplateError(`!clone ${marker.value}: '${p.join('.')}' is not in '${spec.from}'`)
    copy.setIn(p, node(doc, v))
  }
  if (spec.insertBefore) {
    const steps = copy.get('steps', true)
    const at = isSeq(steps) ? steps.items.findIndex((s) => isMap(s) && s.get('id') === spec.insertBefore!.id) : -1
    if (!isSeq(steps) || at < 0) throw new TemplateError(`!clone ${marker.value}: '${spec.from}' has no step with id '${spec.insertBefore.id}'`)
    steps.items.splice(at, 0, ...spec.insertBefore.steps.map((v) => node(doc, v)))
  }
  keepComments(marker, copy)
  return copy
}

/** Comments written on a placeholder belong to what replaces it. */
function keepComments(from: Node, to: Node) {
  if (from.commentBefore) to.commentBefore = from.commentBefore
  if (from.comment) to.comment = to.comment ? `${to.comment}${from.comment}` : from.comment
  if (from.spaceBefore) to.spaceBefore = true
}

/**
 * The comment above a !splice marker moves to the first inserted node. With nothing inserted, a
 * mapping keeps it at its end (it explains what may follow, e.g. the jobs after build); in a
 * sequence it would label the next item, so it goes.
 */
function carryComment(marker: Node, first: Node | undefined, parent: YAMLMap | YAMLSeq) {
  if (first) {
    if (marker.commentBefore) first.commentBefore = marker.commentBefore
    if (marker.spaceBefore) first.spaceBefore = true
  } else if (marker.commentBefore && isMap(parent)) {
    parent.comment = parent.comment ? `${parent.comment}\n${marker.commentBefore}` : marker.commentBefore
  }
}
