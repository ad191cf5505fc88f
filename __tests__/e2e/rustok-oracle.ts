/**
 * RusToK's own registry generators (the fixture's apps/{server,admin,storefront}/build.rs) as a
 * differential oracle. At test time each script is copied into a temporary binary crate as
 * `src/bin/<app>.rs` and built offline against Debian's packaged serde / serde_derive / serde_json /
 * toml (a cargo `[source]` replacement pointing crates-io at /usr/share/cargo/registry). The only
 * crate that is not packaged, leptos_i18n_build (admin and storefront), is replaced by a local crate
 * with the same API surface the scripts call and no effect: everything else runs for real; the
 * i18n module it would write is not part of the comparison. Nothing of the scripts is stored in
 * this repository; they are read from the fixture.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const DEBIAN_REGISTRY = '/usr/share/cargo/registry'
const CRATES = ['serde-1.', 'serde_derive-1.', 'serde_json-1.', 'toml-0.5.']
export const APPS = ['server', 'admin', 'storefront'] as const
export type OracleApp = (typeof APPS)[number]

/** Why the oracle cannot be built here, or null. */
export function oracleSkipReason(): string | null {
  if (spawnSync('cargo', ['--version'], { stdio: 'ignore' }).status !== 0) return 'cargo is not on PATH'
  const have = existsSync(DEBIAN_REGISTRY) ? readdirSync(DEBIAN_REGISTRY) : []
  const missing = CRATES.filter((c) => !have.some((d) => d.startsWith(c)))
  if (missing.length) return `Debian Rust crates missing in ${DEBIAN_REGISTRY} (${missing.map((m) => m.replace(/-[0-9.]*$/, '')).join(', ')}): apt-get install librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-toml-dev`
  return null
}

const MANIFEST = `[package]
name = "rustok-build-oracle"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"
toml = "0.5"
leptos_i18n_build = { path = "i18n-stub" }

[workspace]
`

const CARGO_CONFIG = `[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "${DEBIAN_REGISTRY}"

[net]
offline = true
`

/** The calls the scripts make on leptos_i18n_build, accepted and ignored. */
const I18N_STUB = `use std::io;
use std::path::Path;

pub struct Config;

impl Config {
    pub fn new(_default_locale: &str) -> io::Result<Self> { Ok(Config) }
    pub fn add_locale(self, _locale: &str) -> io::Result<Self> { Ok(self) }
}

pub struct TranslationsInfos;

impl TranslationsInfos {
    pub fn parse(_config: Config) -> io::Result<Self> { Ok(TranslationsInfos) }
    pub fn emit_diagnostics(&self) {}
    pub fn rerun_if_locales_changed(&self) {}
    pub fn generate_i18n_module<P: AsRef<Path>>(&self, _dir: P) -> io::Result<()> { Ok(()) }
}
`

/** Builds the three scripts once (debug profile) in a new temporary crate `dir`; `bin` holds the binaries. */
export function buildOracle(fixture: string): { dir: string; bin: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustok-oracle-'))
  mkdirSync(path.join(dir, '.cargo'))
  mkdirSync(path.join(dir, 'src', 'bin'), { recursive: true })
  mkdirSync(path.join(dir, 'i18n-stub', 'src'), { recursive: true })
  writeFileSync(path.join(dir, 'Cargo.toml'), MANIFEST)
  writeFileSync(path.join(dir, '.cargo', 'config.toml'), CARGO_CONFIG)
  writeFileSync(path.join(dir, 'i18n-stub', 'Cargo.toml'), '[package]\nname = "leptos_i18n_build"\nversion = "0.0.0"\nedition = "2021"\n')
  writeFileSync(path.join(dir, 'i18n-stub', 'src', 'lib.rs'), I18N_STUB)
  for (const app of APPS) copyFileSync(path.join(fixture, 'apps', app, 'build.rs'), path.join(dir, 'src', 'bin', `${app}.rs`))
  execFileSync('cargo', ['build', '--offline', '--quiet', '--bins'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CARGO_TARGET_DIR: path.join(dir, 'target') } })
  return { dir, bin: path.join(dir, 'target', 'debug') }
}

/**
 * Runs one script the way cargo runs a build script: CARGO_MANIFEST_DIR = `<root>/apps/<app>`,
 * OUT_DIR a fresh directory, plus the CARGO_FEATURE_* variables given. Returns OUT_DIR's files.
 */
export function runOracle(bin: string, app: OracleApp, root: string, features: string[] = []): Map<string, string> {
  const out = path.join(root, '.oracle-out', [app, ...features].join('-'))
  mkdirSync(out, { recursive: true })
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: out, CARGO_MANIFEST_DIR: path.join(root, 'apps', app) }
  delete env.RUSTOK_MODULES_MANIFEST
  for (const f of features) env[`CARGO_FEATURE_${f.toUpperCase().replace(/-/g, '_')}`] = '1'
  execFileSync(path.join(bin, app), [], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  return new Map(readdirSync(out).filter((f) => f.endsWith('.rs')).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]))
}
