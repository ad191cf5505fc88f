// Removes the temporary cache directory of global-setup.js.
import { rmSync } from 'node:fs'

export default function globalTeardown() {
  const dir = globalThis.__MODULES_REBUILD_TEST_CACHE__
  if (typeof dir === 'string' && dir.includes('modules-rebuild-test-cache-')) rmSync(dir, { recursive: true, force: true })
}
