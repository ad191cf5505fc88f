/**
 * The CLI's stdout/stderr writer (src/drivers/cli/stdio.ts): lines go to the descriptor with
 * write(2); a write the descriptor does not take whole hands the rest of that line, and every
 * later line, to node's stream, in order; flush waits for the stream only when it was used.
 */
import { describe, expect, it } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { stdioWriter } from '../src/drivers/cli/stdio.js'

const collect = () => {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

describe('stdioWriter', () => {
  it('writes whole lines to the descriptor, multi-byte text intact, without creating the stream', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stdio-'))
    const file = path.join(dir, 'out')
    const fd = openSync(file, 'w')
    let created = 0
    const w = stdioWriter({ fd, stream: () => (created++, collect().stream) })
    w.line('first — line')
    w.line('x'.repeat(200_000))
    w.line('')
    let flushed = false
    w.flush(() => (flushed = true))
    closeSync(fd)
    expect(flushed).toBe(true)
    expect(created).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(`first — line\n${'x'.repeat(200_000)}\n\n`)
    rmSync(dir, { recursive: true, force: true })
  })

  it('a descriptor that takes part of a line, then EAGAIN: the rest and every later line go to the stream, in order', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stdio-'))
    const file = path.join(dir, 'out')
    const fd = openSync(file, 'w')
    const sink = collect()
    let calls = 0
    const w = stdioWriter({
      fd,
      stream: () => sink.stream,
      writeSync: (f, buf, off) => {
        calls++
        if (calls === 1) return writeSync(f, buf, off) // the first line whole
        if (calls === 2) return writeSync(f, buf, off, 3) // 3 bytes of the second
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' })
      }
    })
    w.line('one')
    w.line('two-and-more')
    w.line('three')
    await new Promise<void>((resolve) => w.flush(resolve))
    closeSync(fd)
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo')
    expect(sink.text()).toBe('-and-more\nthree\n')
    expect(calls).toBe(3) // no direct write once the stream took over
    rmSync(dir, { recursive: true, force: true })
  })

  it('a closed descriptor (EBADF) falls back to the stream from the first line', async () => {
    const sink = collect()
    const w = stdioWriter({ fd: 987_654, stream: () => sink.stream })
    w.line('a')
    w.line('b')
    await new Promise<void>((resolve) => w.flush(resolve))
    expect(sink.text()).toBe('a\nb\n')
  })

  it('direct: false (Windows) writes every line through the stream', async () => {
    const sink = collect()
    let calls = 0
    const w = stdioWriter({ fd: 1, stream: () => sink.stream, writeSync: () => ++calls, direct: false })
    w.line('a')
    await new Promise<void>((resolve) => w.flush(resolve))
    expect(calls).toBe(0)
    expect(sink.text()).toBe('a\n')
  })
})
