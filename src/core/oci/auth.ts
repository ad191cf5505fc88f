/** WWW-Authenticate challenges (RFC 7235) as registries send them (pure). */

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a WWW-Authenticate header value into its challenges, e.g.
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 * Scheme names are lowercased; parameter names too; quoted values are unescaped. Several
 * challenges in one header are split where a new `scheme name=` starts.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const out: Challenge[] = []
  let i = 0
  const n = header.length
  const skip = (re: RegExp) => {
    while (i < n && re.test(header[i]!)) i++
  }
  while (i < n) {
    skip(/[\s,]/)
    const scheme = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(header.slice(i))
    if (!scheme) break
    i += scheme[0].length
    const challenge: Challenge = { scheme: scheme[0].toLowerCase(), params: {} }
    out.push(challenge)
    skip(/\s/)
    const token68 = /^[A-Za-z0-9._~+/-]+=*(?=\s*(,|$))/.exec(header.slice(i))
    if (token68) {
      i += token68[0].length
      continue
    }
    for (;;) {
      const save = i
      skip(/[\s,]/)
      const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(header.slice(i))
      if (!name) {
        i = save
        break
      }
      i += name[0].length
      let value = ''
      if (header[i] === '"') {
        i++
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++
          value += header[i]
          i++
        }
        i++ // closing quote
      } else {
        const token = /^[^\s,]*/.exec(header.slice(i))![0]
        value = token
        i += token.length
      }
      challenge.params[name[1]!.toLowerCase()] = value
    }
  }
  return out
}

/** `repository:NAME:ACTIONS`: the token scope for pulling (and pushing) one repository. */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`
}
