/**
 * Where the tests find RusToK's real files (BSL-1.1, never committed here): `RUSTOK_FIXTURE`, then
 * `../shared/fixtures/rustok` beside the checkout, then the cache `npm run fixtures` fills. When none
 * is present, the suites that need it are skipped with one line that says why and how to get it.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from '@jest/globals'

const REPO = fileURLToPath(new URL('..', import.meta.url))

export const RUSTOK_CANDIDATES: readonly string[] = [
  ...(process.env.RUSTOK_FIXTURE ? [path.resolve(process.env.RUSTOK_FIXTURE)] : []),
  path.resolve(REPO, '..', 'shared', 'fixtures', 'rustok'),
  path.resolve(REPO, '.cache', 'fixtures', 'rustok')
]

/** The RusToK fixture's directory, or null when no candidate holds its modules.toml. */
export const RUSTOK_DIR: string | null = RUSTOK_CANDIDATES.find((dir) => existsSync(path.join(dir, 'modules.toml'))) ?? null

export const RUSTOK_SKIP_REASON =
  'RusToK fixture not found (looked in: ' + RUSTOK_CANDIDATES.join(', ') + '); ' +
  'set RUSTOK_FIXTURE=DIR or run `npm run fixtures` to fetch it'

/** The fixture's directory; only call inside a `describeRustok` block (it throws when absent). */
export function rustokDir(): string {
  if (!RUSTOK_DIR) throw new Error(RUSTOK_SKIP_REASON)
  return RUSTOK_DIR
}

let said = false
/**
 * `describe` when the fixture is present. Without it, the block's body is never run (so it may read
 * the fixture at the top level): one skipped test stands for it, one line names the suite, and the
 * first such line of a test file also says where the fixture was looked for and how to get it.
 */
export const describeRustok: typeof describe = RUSTOK_DIR
  ? describe
  : (((name: string) => {
      process.stderr.write(`skipped (RusToK fixture): ${name}${said ? '' : ` — ${RUSTOK_SKIP_REASON}`}\n`)
      said = true
      describe.skip(name, () => {
        it('needs the RusToK fixture', () => {})
      })
    }) as unknown as typeof describe)
