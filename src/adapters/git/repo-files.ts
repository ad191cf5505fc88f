/**
 * In-process repository discovery and ref resolution: what `git rev-parse --show-toplevel
 * --show-prefix HEAD` and `git rev-parse --verify <ref>^{commit}` answer, read from the `.git`
 * directory itself (HEAD, loose refs, packed-refs) so the plan starts no git process.
 *
 * Only a plain layout is read: a `.git` directory (no `.git` file, so no linked worktree or
 * submodule), no commondir, repositoryformatversion 0 or 1 without extensions (so SHA-1 objects
 * and files refs), no core.worktree / core.bare / sparse checkout / split index / includes in the
 * repository's config, no replace refs or grafts, owned by this user. Anything else returns
 * `unsupported` with the reason, and the caller asks the git binary: never a guess.
 */
import { readFileSync, statSync, realpathSync, existsSync } from 'node:fs'
import path from 'node:path'

export interface RepoLayout {
  /** Working tree (real path) and the `.git` directory. */
  top: string
  gitDir: string
  /** The root's path inside the working tree, '' or ending in '/'. */
  prefix: string
}

export type Discovery = { layout: RepoLayout } | { notRepo: true } | { unsupported: string }

const HEX40 = /^[0-9a-f]{40}$/

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

/** Why the repository's config needs the git binary, or null. */
function configProblem(text: string): string | null {
  let section = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    const head = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]\s*(.*)$/.exec(line)
    if (head) {
      section = head[1]!.toLowerCase()
      if (section === 'include' || section === 'includeif') return 'config includes'
      if (section === 'extensions') return 'repository extensions'
      if (!head[2] || /^[#;]/.test(head[2])) continue
      return 'config with a key on a section line'
    }
    if (line.startsWith('[')) return 'unparsed config section'
    const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line)
    if (!kv) continue // a continued value: only the keys below matter, and they are single-line
    const key = `${section}.${kv[1]!.toLowerCase()}`
    const value = (kv[2] ?? 'true').replace(/\s*[#;].*$/, '').replace(/^"|"$/g, '').toLowerCase()
    if (key === 'core.repositoryformatversion' && value !== '0' && value !== '1') return `repositoryformatversion ${value}`
    if (key === 'core.worktree') return 'core.worktree'
    if (key === 'core.bare' && value !== 'false' && value !== 'no' && value !== 'off' && value !== '0') return 'a bare repository'
    if ((key === 'core.sparsecheckout' || key === 'core.splitindex' || key === 'index.sparse') && value !== 'false' && value !== 'no' && value !== 'off' && value !== '0') return key
  }
  return null
}

/** The repository `root` is in, found as git finds it (walking up, stopping at a file-system boundary). */
export function discover(root: string): Discovery {
  for (const k of ['GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM']) if (process.env[k] !== undefined) return { unsupported: `${k} is set` }
  let dir: string
  try {
    dir = realpathSync(root)
  } catch {
    return { unsupported: 'the root cannot be resolved' }
  }
  const start = dir
  let dev = statSync(dir).dev
  for (;;) {
    if (path.basename(dir) === '.git' || existsSync(path.join(dir, 'HEAD'))) {
      // Inside a .git directory or a bare repository: git has its own answers there.
      if (existsSync(path.join(dir, 'objects')) && existsSync(path.join(dir, 'refs'))) return { unsupported: 'inside a git directory' }
    }
    const dotgit = path.join(dir, '.git')
    let st
    try {
      st = statSync(dotgit)
    } catch {
      st = null
    }
    if (st?.isFile()) return { unsupported: 'a .git file (linked worktree or submodule)' }
    if (st?.isDirectory() && existsSync(path.join(dotgit, 'HEAD'))) return layoutOf(dir, dotgit, start)
    const parent = path.dirname(dir)
    if (parent === dir) return { notRepo: true }
    const pdev = statSync(parent).dev
    if (pdev !== dev) return { notRepo: true }
    dev = pdev
    dir = parent
  }
}

function layoutOf(top: string, gitDir: string, start: string): Discovery {
  const uid = process.getuid?.()
  if (uid === undefined || statSync(top).uid !== uid || statSync(gitDir).uid !== uid) return { unsupported: 'owned by another user (safe.directory)' }
  for (const f of ['commondir', 'info/grafts', 'objects/info/alternates', 'objects/info/http-alternates', 'info/sparse-checkout', 'sharedindex']) {
    if (existsSync(path.join(gitDir, f))) return { unsupported: f }
  }
  const config = readText(path.join(gitDir, 'config'))
  if (config === null) return { unsupported: 'no config' }
  const problem = configProblem(config)
  if (problem) return { unsupported: problem }
  if (existsSync(path.join(gitDir, 'refs', 'replace'))) return { unsupported: 'replace refs' }
  if (/ refs\/replace\//.test(readText(path.join(gitDir, 'packed-refs')) ?? '')) return { unsupported: 'replace refs' }
  const rel = path.relative(top, start)
  return { layout: { top, gitDir, prefix: rel ? rel.split(path.sep).join('/') + '/' : '' } }
}

/** A ref's value: an object id, a symbolic ref, missing (null), or unsupported (throws). */
export class Refs {
  private packed: Map<string, string> | null = null
  constructor(private readonly gitDir: string) {}

  private packedRefs(): Map<string, string> {
    if (this.packed) return this.packed
    const map = new Map<string, string>()
    for (const line of (readText(path.join(this.gitDir, 'packed-refs')) ?? '').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('^')) continue
      const m = /^([0-9a-f]{40}) (.+)$/.exec(line)
      if (!m) throw new UnsupportedRepo(`packed-refs line ${JSON.stringify(line)}`)
      map.set(m[2]!, m[1]!)
    }
    return (this.packed = map)
  }

  /** The object id `name` (a full ref name or HEAD) points to, following symbolic refs; null when missing. */
  resolve(name: string, depth = 0): string | null {
    if (depth > 5) throw new UnsupportedRepo(`symbolic ref loop at ${name}`)
    if (!/^(HEAD|refs\/[^\0\\]+)$/.test(name) || name.split('/').some((c) => c === '' || c === '.' || c === '..' || c.endsWith('.lock'))) return null
    const file = path.join(this.gitDir, ...name.split('/'))
    let text: string | null = null
    try {
      if (statSync(file).isFile()) text = readFileSync(file, 'utf8')
    } catch {
      text = null
    }
    if (text !== null) {
      const t = text.trim()
      if (HEX40.test(t)) return t
      const sym = /^ref: (\S+)$/.exec(t)
      if (sym) return this.resolve(sym[1]!, depth + 1)
      throw new UnsupportedRepo(`ref ${name}: ${JSON.stringify(t.slice(0, 60))}`)
    }
    return this.packedRefs().get(name) ?? null
  }

  /** git's rules for a short name (refs.c ref_rev_parse_rules): the first that exists wins. */
  dwim(name: string): string | null {
    for (const candidate of [name, `refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`]) {
      if (candidate !== 'HEAD' && !candidate.startsWith('refs/')) {
        if (existsSync(path.join(this.gitDir, candidate))) throw new UnsupportedRepo(`a file ${candidate} in the git directory`)
        continue
      }
      const id = this.resolve(candidate)
      if (id) return id
    }
    return null
  }
}

export class UnsupportedRepo extends Error {}

/** Whether `ref` is a name this reader resolves on its own (full ids and plain ref names); others go to git. */
export function simpleRevision(ref: string): boolean {
  return HEX40.test(ref) || (/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) && !ref.includes('..') && !ref.includes('//') && !ref.endsWith('/') && !ref.endsWith('.lock') && !/^[0-9a-f]{4,39}$/.test(ref) && !/@|\^|~|:/.test(ref))
}
