/**
 * The CLI process's stdout and stderr, written with write(2) on file descriptors 1 and 2.
 *
 * Node creates process.stdout/process.stderr on first use, and that costs a command's start-up
 * 1–8 ms: a file loads the stream modules, a pipe (a CI log, `| jq`) loads net and a socket too.
 * A CLI that prints a few lines and exits needs none of it. A write that the descriptor does not
 * take whole (EAGAIN on a non-blocking pipe, any error) hands the rest, and every later line of
 * that descriptor, to Node's stream, which then behaves as it always did (it waits on a full pipe,
 * reports a closed one); lines never change order within a descriptor. On Windows the stream
 * writes from the start: a console there takes UTF-16 through node's TTY stream, not bytes.
 */
import fs from 'node:fs'

export interface StdioWriter {
  /** Writes text and a newline. */
  line(text: string): void
  /** Calls done once everything written has left the process (at once unless the stream took over). */
  flush(done: () => void): void
}

export interface Descriptor {
  fd: number
  /** Node's stream for this descriptor, created only when a direct write fails. */
  stream: () => NodeJS.WritableStream
  writeSync?: (fd: number, buffer: Uint8Array, offset: number) => number
  /** false: every line through the stream (default: not on Windows). */
  direct?: boolean
}

export function stdioWriter({ fd, stream, writeSync = (f, b, o) => fs.writeSync(f, b, o), direct = process.platform !== 'win32' }: Descriptor): StdioWriter {
  let fallback: NodeJS.WritableStream | null = direct ? null : stream()
  return {
    line(text) {
      const buf = Buffer.from(`${text}\n`)
      if (fallback) {
        fallback.write(buf)
        return
      }
      let off = 0
      try {
        while (off < buf.length) off += writeSync(fd, buf, off)
      } catch {
        fallback = stream()
        fallback.write(buf.subarray(off))
      }
    },
    flush(done) {
      if (fallback) fallback.write('', done)
      else done()
    }
  }
}
