// Every process the tests start (the built CLI, the action) and every in-process run keeps its
// caches — the launcher's V8 code cache and the parsed-TOML store — in one temporary directory,
// never in the user's ~/.cache: XDG_CACHE_HOME is set here, before the workers start, and the
// variables that would point the caches elsewhere are cleared. Tests that check a cache set
// MODULES_REBUILD_CODE_CACHE / MODULES_REBUILD_TOML_CACHE themselves.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function globalSetup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'modules-rebuild-test-cache-'))
  process.env.XDG_CACHE_HOME = dir
  delete process.env.MODULES_REBUILD_CODE_CACHE
  delete process.env.MODULES_REBUILD_TOML_CACHE
  globalThis.__MODULES_REBUILD_TEST_CACHE__ = dir
}
