/**
 * Image references `HOST[:PORT]/repository[:tag][@digest]` (pure), with the grammar of the
 * distribution spec. The registry host is always explicit: no implied docker.io or library/.
 */
import { isDigest } from './digest-format.js'

export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
export const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?'
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$`)

export interface ImageReference {
  /** `host[:port]`, as written. */
  registry: string
  repository: string
  tag?: string
  digest?: string
}

export function isTag(s: string): boolean {
  return TAG_PATTERN.test(s)
}

/** Parses a reference; throws an Error saying which part is wrong. */
export function parseReference(text: string): ImageReference {
  const slash = text.indexOf('/')
  if (slash <= 0) throw new Error(`${JSON.stringify(text)}: an image reference is HOST[:PORT]/REPOSITORY[:TAG][@DIGEST]`)
  const registry = text.slice(0, slash)
  if (!REGISTRY_PATTERN.test(registry) || !validPort(registry)) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(registry)} is not a registry host[:port]`)
  let rest = text.slice(slash + 1)
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(digest)} is not a sha256 or sha512 digest`)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon >= 0) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!isTag(tag)) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(tag)} is not a tag`)
  }
  if (!REPOSITORY_PATTERN.test(rest) || rest.length > 255) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(rest)} is not a repository name (lowercase components separated by /)`)
  return { registry, repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) }
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`
}

function validPort(registry: string): boolean {
  const m = /:([0-9]+)$/.exec(registry.replace(/^\[[^\]]*\]/, ''))
  return !m || (Number(m[1]) >= 1 && Number(m[1]) <= 65535)
}

/** The host of `host[:port]`, without brackets for IPv6. */
export function registryHost(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'))
  const colon = registry.lastIndexOf(':')
  return colon >= 0 ? registry.slice(0, colon) : registry
}

/** localhost, 127.0.0.0/8 and ::1: the only hosts spoken to over plain http without an explicit opt-in. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}
