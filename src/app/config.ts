/** Reads modules-rebuild.toml from the root (absent: all defaults; present but unreadable: a IoError). */
import fsSync from 'node:fs'
import path from 'node:path'
import { readConfig, type ConfigResult } from '../core/config/config.js'
import { CONFIG_FILE } from '../core/config/constants.js'
import { readSnapshot } from '../adapters/fs/fs.js'
import { IoError } from '../core/diagnostics/errors.js'

export async function loadConfig(root: string, manifest?: string): Promise<ConfigResult> {
  const snapshot = await readSnapshot(root, [CONFIG_FILE])
  const text = snapshot.get(CONFIG_FILE) ?? null
  if (text === null) await assertConfigReadable(root)
  return readConfig(text, CONFIG_FILE, manifest === undefined ? {} : { manifest })
}

/**
 * readSnapshot reads a directory, or a symbolic link leading out of the root or to nothing, as
 * missing; for the config that would silently mean "all defaults" and generate for another
 * layout. Only a config that does not exist at all is absent.
 */
export async function assertConfigReadable(root: string): Promise<void> {
  if ((await readSnapshot(root, [CONFIG_FILE])).get(CONFIG_FILE) != null) return
  let st: fsSync.Stats
  try {
    st = fsSync.lstatSync(path.join(root, CONFIG_FILE))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return
    throw new IoError(`${CONFIG_FILE}: cannot read: ${(err as Error).message}`)
  }
  const why = st.isDirectory() ? 'it is a directory' : st.isSymbolicLink() ? 'it is a symbolic link that does not lead to a file inside the root' : 'it is not a regular file'
  throw new IoError(`${CONFIG_FILE}: cannot read: ${why}; fix or remove it (without it every setting is the default)`)
}
