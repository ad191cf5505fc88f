/**
 * In-process reader of a repository's SHA-1 objects: loose objects (zlib) and packfiles (.idx
 * version 2 lookup, OFS_DELTA and REF_DELTA chains), as `git cat-file --batch` gives them. Reads
 * are synchronous and positioned (a pack is never loaded whole). Whatever this reader does not
 * know (an index version, an object type, a truncated stream) throws UnsupportedRepo and the
 * caller asks the git binary instead.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, fstatSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import path from 'node:path'
import { UnsupportedRepo } from './repo-files.js'

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag'
export interface StoredObject {
  type: ObjectType
  body: Buffer
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' }

interface Pack {
  file: string
  /** Open while a batch reads; closed by ObjectStore.close(). */
  fd: number | null
  size: number
  idx: Buffer
  count: number
}

/** Bytes a zlib stream of `size` output bytes can take at most (stored blocks), plus the pack's slack. */
const deflateBound = (size: number) => size + 5 * Math.ceil(size / 16383 + 1) + 64

export class ObjectStore {
  private packs: Pack[] | null = null
  private readonly cache = new Map<string, StoredObject>()
  private readonly present = new Set<string>()
  constructor(private readonly objects: string) {}

  private loadPacks(): Pack[] {
    if (this.packs) return this.packs
    const dir = path.join(this.objects, 'pack')
    let names: string[] = []
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.idx')).sort()
    } catch {
      names = []
    }
    const packs: Pack[] = []
    for (const n of names) {
      const idx = readFileSync(path.join(dir, n))
      if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) throw new UnsupportedRepo(`pack index ${n} is not version 2`)
      const file = path.join(dir, n.slice(0, -4) + '.pack')
      const fd = openSync(file, 'r')
      packs.push({ file, fd, size: fstatSync(fd).size, idx, count: idx.readUInt32BE(8 + 255 * 4) })
    }
    return (this.packs = packs)
  }

  /** Closes the pack files (they reopen on the next read). */
  close(): void {
    for (const p of this.packs ?? []) {
      if (p.fd !== null) closeSync(p.fd)
      p.fd = null
    }
  }

  /** The object `id` (40 hex), or null when the store does not have it. */
  read(id: string): StoredObject | null {
    const cached = this.cache.get(id)
    if (cached) return cached
    const bin = Buffer.from(id, 'hex')
    for (const p of this.loadPacks()) {
      const offset = findInPack(p, bin)
      if (offset !== null) return this.remember(id, this.readPacked(p, offset, 0))
    }
    let raw: Buffer
    try {
      raw = readFileSync(path.join(this.objects, id.slice(0, 2), id.slice(2)))
    } catch {
      return null
    }
    const data = inflateSync(raw)
    const nul = data.indexOf(0)
    const m = /^(commit|tree|blob|tag) (\d+)$/.exec(data.subarray(0, nul).toString('latin1'))
    if (!m || Number(m[2]) !== data.length - nul - 1) throw new UnsupportedRepo(`loose object ${id} has a bad header`)
    return this.remember(id, { type: m[1] as ObjectType, body: data.subarray(nul + 1) })
  }

  /** Whether the store has the object `id`, without reading it (a pack index lookup or a loose file's existence). */
  has(id: string): boolean {
    if (this.cache.has(id) || this.present.has(id)) return true
    const bin = Buffer.from(id, 'hex')
    for (const p of this.loadPacks()) if (findInPack(p, bin) !== null) return this.seen(id)
    return existsSync(path.join(this.objects, id.slice(0, 2), id.slice(2))) && this.seen(id)
  }

  /** Remembers that the store has `id` (objects are never removed while a plan reads: plan asks about the same ones for the clean check and for the ids). */
  private seen(id: string): true {
    this.present.add(id)
    return true
  }

  private remember(id: string, o: StoredObject): StoredObject {
    if (o.type !== 'blob') this.cache.set(id, o)
    return o
  }

  private readPacked(p: Pack, offset: number, depth: number): StoredObject {
    if (depth > 100) throw new UnsupportedRepo('delta chain deeper than 100')
    const head = readAt(p, offset, 32)
    let c = head[0]!
    const type = (c >> 4) & 7
    let size = c & 15
    let at = 1
    for (let shift = 4; c & 0x80; shift += 7) {
      c = head[at++]!
      size += (c & 0x7f) * 2 ** shift
    }
    if (TYPES[type]) return { type: TYPES[type]!, body: this.inflate(p, offset + at, size) }
    if (type === 6) {
      c = head[at++]!
      let back = c & 0x7f
      while (c & 0x80) {
        c = head[at++]!
        back = (back + 1) * 128 + (c & 0x7f)
      }
      const base = this.readPacked(p, offset - back, depth + 1)
      return { type: base.type, body: applyDelta(base.body, this.inflate(p, offset + at, size)) }
    }
    if (type === 7) {
      const baseId = head.subarray(at, at + 20).toString('hex')
      const base = this.read(baseId)
      if (!base) throw new UnsupportedRepo(`REF_DELTA base ${baseId} missing (thin pack?)`)
      return { type: base.type, body: applyDelta(base.body, this.inflate(p, offset + at + 20, size)) }
    }
    throw new UnsupportedRepo(`pack object type ${type}`)
  }

  private inflate(p: Pack, offset: number, size: number): Buffer {
    const out = inflateSync(readAt(p, offset, Math.min(deflateBound(size), p.size - offset)))
    if (out.length !== size) throw new UnsupportedRepo(`pack object at ${offset}: ${out.length} bytes instead of ${size}`)
    return out
  }
}

function readAt(p: Pack, offset: number, length: number): Buffer {
  if (p.fd === null) p.fd = openSync(p.file, 'r')
  const buf = Buffer.allocUnsafe(Math.max(0, Math.min(length, p.size - offset)))
  let got = 0
  while (got < buf.length) {
    const n = readSync(p.fd!, buf, got, buf.length - got, offset + got)
    if (n === 0) break
    got += n
  }
  return buf.subarray(0, got)
}

/** Binary search of a v2 .idx: the object's pack offset, or null. */
function findInPack(p: Pack, id: Buffer): number | null {
  const first = id[0]!
  let lo = first === 0 ? 0 : p.idx.readUInt32BE(8 + (first - 1) * 4)
  let hi = p.idx.readUInt32BE(8 + first * 4)
  const names = 8 + 256 * 4
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const cmp = p.idx.compare(id, 0, 20, names + mid * 20, names + mid * 20 + 20)
    if (cmp === 0) {
      const offsets = names + p.count * 24
      const o = p.idx.readUInt32BE(offsets + mid * 4)
      if (!(o & 0x80000000)) return o
      const large = offsets + p.count * 4 + (o & 0x7fffffff) * 8
      return p.idx.readUInt32BE(large) * 2 ** 32 + p.idx.readUInt32BE(large + 4)
    }
    if (cmp < 0) lo = mid + 1
    else hi = mid
  }
  return null
}

/** git's delta format: source and target sizes, then copy (from the base) and insert instructions. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let at = 0
  const varint = () => {
    let v = 0
    let shift = 0
    let c: number
    do {
      c = delta[at++]!
      v += (c & 0x7f) * 2 ** shift
      shift += 7
    } while (c & 0x80)
    return v
  }
  if (varint() !== base.length) throw new UnsupportedRepo('delta base size mismatch')
  const out = Buffer.allocUnsafe(varint())
  let w = 0
  while (at < delta.length) {
    const op = delta[at++]!
    if (op & 0x80) {
      let off = 0
      let len = 0
      for (let i = 0; i < 4; i++) if (op & (1 << i)) off += delta[at++]! * 2 ** (8 * i)
      for (let i = 0; i < 3; i++) if (op & (16 << i)) len += delta[at++]! * 2 ** (8 * i)
      if (len === 0) len = 0x10000
      if (off + len > base.length || w + len > out.length) throw new UnsupportedRepo('delta copy out of range')
      base.copy(out, w, off, off + len)
      w += len
    } else if (op) {
      if (w + op > out.length || at + op > delta.length) throw new UnsupportedRepo('delta insert out of range')
      delta.copy(out, w, at, at + op)
      w += op
      at += op
    } else throw new UnsupportedRepo('delta opcode 0')
  }
  if (w !== out.length) throw new UnsupportedRepo('delta result size mismatch')
  return out
}
