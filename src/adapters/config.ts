/** Reads modules-rebuild.toml from the root (absent: all defaults). */
import { readConfig, type ConfigResult } from '../config/config.js'
import { CONFIG_FILE } from '../config/schema.js'
import { readSnapshot } from './fs.js'

export async function loadConfig(root: string): Promise<ConfigResult> {
  const snapshot = await readSnapshot(root, [CONFIG_FILE])
  return readConfig(snapshot.get(CONFIG_FILE) ?? null)
}
