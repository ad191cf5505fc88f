/**
 * GitHub Actions expressions (`${{ … }}`) inside the strings of [workflows] setup steps and extra
 * jobs, read the way the runner reads them: the expression ends at the first `}}` outside a
 * string literal; names are case-insensitive (`github.EVENT` is `github.event`); a context can be
 * reached by property (`github.event`), by index (`github['event']`) or whole (`toJSON(github)`).
 *
 * Where an expression becomes code (`run:`, a script input), only an allow-list may be named:
 * contexts whose values the workflow itself decides, and the properties of `github` an outside
 * contributor cannot choose. Everything else — `github.event`, `github.head_ref`, `github.actor`,
 * `inputs`, a dynamic index, an expression that does not tokenize — is refused (fail closed).
 */

/** Contexts that may be named anywhere inside an expression used as code. */
export const ALLOWED_CONTEXTS: ReadonlySet<string> = new Set(['matrix', 'steps', 'needs', 'env', 'runner', 'vars', 'secrets', 'strategy', 'job'])

/**
 * Properties of `github` an outside contributor cannot set. Left out on purpose: event (titles,
 * bodies, commit messages, branch names of forks), head_ref and base_ref (branch names),
 * actor / triggering_actor (user-chosen names), event_path, and anything unknown.
 */
export const ALLOWED_GITHUB: ReadonlySet<string> = new Set([
  'repository', 'repository_owner', 'repository_id', 'repository_owner_id', 'sha', 'ref', 'ref_name', 'ref_type', 'ref_protected',
  'run_id', 'run_number', 'run_attempt', 'workflow', 'workflow_ref', 'workflow_sha', 'server_url', 'api_url', 'graphql_url',
  'event_name', 'job', 'workspace', 'token', 'retention_days', 'action', 'action_path'
])

const LITERALS = new Set(['true', 'false', 'null', 'nan', 'infinity'])

type Token = { kind: 'ident' | 'string' | 'number' | 'punct'; text: string }

/** The bodies of the `${{ … }}` expressions of `text`; an unterminated one makes `error` set. */
export function expressionBodies(text: string): { bodies: string[]; error: string | null } {
  const bodies: string[] = []
  for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i)) {
    let j = i + 3
    let end = -1
    while (j < text.length) {
      if (text[j] === "'") {
        j++
        while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === "'" ? 2 : 1
        j++
      } else if (text.startsWith('}}', j)) {
        end = j
        break
      } else j++
    }
    if (end < 0) return { bodies, error: 'an expression `${{` has no closing `}}`' }
    bodies.push(text.slice(i + 3, end))
    i = end + 2
  }
  return { bodies, error: null }
}

function tokenize(src: string): Token[] | null {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const rest = src.slice(i)
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest) ?? null
    if (m) {
      out.push({ kind: 'ident', text: m[0].toLowerCase() })
      i += m[0].length
      continue
    }
    if (c === "'") {
      let j = i + 1
      let s = ''
      for (;;) {
        if (j >= src.length) return null
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            s += "'"
            j += 2
            continue
          }
          break
        }
        s += src[j++]
      }
      out.push({ kind: 'string', text: s })
      i = j + 1
      continue
    }
    const num = /^(?:0x[0-9a-fA-F]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(rest)
    if (num && /[\d.]/.test(c)) {
      out.push({ kind: 'number', text: num[0] })
      i += num[0].length
      continue
    }
    const op = /^(?:==|!=|<=|>=|&&|\|\||[<>!.[\](),*])/.exec(rest)
    if (!op) return null
    out.push({ kind: 'punct', text: op[0] })
    i += op[0].length
  }
  return out
}

/**
 * What an expression names that may not become code, e.g. `github.event.*`, `inputs.*`,
 * `github.head_ref`, `github` (the whole context); empty when it names only the allow-list.
 */
export function refusedReferences(body: string): string[] {
  const tokens = tokenize(body)
  if (tokens === null) return ['an expression that cannot be read']
  const found = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'ident') continue
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (prev?.kind === 'punct' && prev.text === '.') continue // a property, checked with its context
    if (next?.kind === 'punct' && next.text === '(') continue // a function name; its arguments are tokens too
    if (LITERALS.has(t.text)) continue
    if (ALLOWED_CONTEXTS.has(t.text)) continue
    if (t.text !== 'github') {
      found.add(`${t.text}.*`)
      continue
    }
    // github: the first property decides, by name or by literal index.
    let prop: string | null = null
    let after = i + 1
    if (next?.text === '.' && tokens[i + 2]?.kind === 'ident') {
      prop = tokens[i + 2]!.text
      after = i + 3
    } else if (next?.text === '[' && tokens[i + 2]?.kind === 'string' && tokens[i + 3]?.text === ']') {
      prop = tokens[i + 2]!.text.toLowerCase()
      after = i + 4
    } else if (next?.text === '[') {
      found.add('github[…]')
      continue
    }
    if (prop === null) found.add('github')
    else if (!ALLOWED_GITHUB.has(prop)) found.add(`github.${prop}${tokens[after]?.text === '.' || tokens[after]?.text === '[' ? '.*' : ''}`)
  }
  return [...found]
}

/** The refused references of every expression in `text` (a run: script, a script input). */
export function unsafeExpressions(text: string): string[] {
  const { bodies, error } = expressionBodies(text)
  const found = new Set(bodies.flatMap(refusedReferences))
  if (error) found.add(error)
  // Read a second way too — each expression ending at the first `}}`, quotes or not — so a `}}`
  // inside a string literal cannot hide a reference from one reading or the other.
  for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i + 3)) {
    const end = text.indexOf('}}', i + 3)
    if (end < 0) break
    for (const r of refusedReferences(text.slice(i + 3, end))) found.add(r)
  }
  return [...found]
}
