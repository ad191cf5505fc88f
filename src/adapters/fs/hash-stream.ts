/**
 * SHA-256 and size of bytes as they stream past, never whole in memory: of a readable
 * (`hashStream`) or of a pipeline's middle (`hashingTap`, for copies that hash on the way).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform } from 'node:stream'

export interface StreamHash {
  /** Lower-case hex. */
  sha256: string
  size: number
}

/** SHA-256 and size of everything `stream` yields. */
export async function hashStream(stream: AsyncIterable<Uint8Array>): Promise<StreamHash> {
  const h = createHash('sha256')
  let size = 0
  for await (const chunk of stream) {
    h.update(chunk)
    size += chunk.byteLength
  }
  return { sha256: h.digest('hex'), size }
}

/** SHA-256 and size of a file, streamed in 64 KiB chunks. */
export const hashFile = (file: string): Promise<StreamHash> => hashStream(createReadStream(file, { highWaterMark: 64 * 1024 }))

/** A pass-through that hashes what flows through it; `result()` once the pipeline has finished. */
export function hashingTap(): { tap: Transform; result: () => StreamHash } {
  const h = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      h.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  return { tap, result: () => ({ sha256: h.digest('hex'), size }) }
}
