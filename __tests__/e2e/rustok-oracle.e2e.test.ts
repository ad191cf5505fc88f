/**
 * Differential test of preset "rustok": on a copy of the RusToK fixture and on manifests derived
 * from it, `modules-rebuild generate` must write exactly what RusToK's own build scripts write into
 * OUT_DIR — byte for byte below the header line. The scripts are compiled once per run (see
 * rustok-oracle.ts); the suite skips, saying why, without cargo or the Debian crates.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import { describeRustok, rustokDir } from '../rustok-fixture.js'
import { cliIn } from './helpers.js'
import { buildOracle, oracleSkipReason, runOracle } from './rustok-oracle.js'

const SKIP = oracleSkipReason()
if (SKIP) process.stderr.write(`skipped (RusToK build.rs oracle): ${SKIP}\n`)
const describeOracle = SKIP ? describe.skip : describe

/** Preset file → [app, oracle file, cargo features of the oracle run]. */
const FILES: Record<string, [app: 'server' | 'admin' | 'storefront', file: string, features: string[]]> = {
  'apps/server/src/generated/modules_registry_codegen.rs': ['server', 'modules_registry_codegen.rs', []],
  'apps/server/src/generated/graphql_schema_codegen.rs': ['server', 'graphql_schema_codegen.rs', []],
  'apps/server/src/generated/app_routes_codegen.rs': ['server', 'app_routes_codegen.rs', []],
  'apps/admin/src/generated/module_registry_codegen.rs': ['admin', 'module_registry_codegen.rs', []],
  'apps/storefront/src/generated/module_ui_codegen.rs': ['storefront', 'module_ui_codegen.rs', ['ssr', 'hydrate']],
  'apps/storefront/src/generated/module_ui_codegen_client.rs': ['storefront', 'module_ui_codegen.rs', ['hydrate']]
}

// ---- editing a copy of the fixture ----------------------------------------------------------
const read = (root: string, f: string) => readFileSync(path.join(root, f), 'utf8')
const write = (root: string, f: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
  writeFileSync(path.join(root, f), text)
}
const modulesOf = (root: string) => (parse(read(root, 'modules.toml')) as { modules: Record<string, { path?: string; required?: boolean; depends_on?: string[] }> }).modules
const pkgFile = (root: string, slug: string) => `${modulesOf(root)[slug]!.path}/rustok-module.toml`

/** Edits the one-line inline table of `slug` in modules.toml. */
function editEntry(root: string, slug: string, edit: (line: string) => string | null): void {
  const lines = read(root, 'modules.toml').split('\n')
  const i = lines.findIndex((l) => l.startsWith(`${slug} = {`))
  if (i < 0) throw new Error(`no entry ${slug}`)
  const next = edit(lines[i]!)
  if (next === null) lines.splice(i, 1)
  else lines[i] = next
  write(root, 'modules.toml', lines.join('\n'))
}

/** Removes optional modules (and their default_enabled mentions). */
function uninstall(root: string, slugs: string[]): void {
  for (const s of slugs) editEntry(root, s, () => null)
  const text = read(root, 'modules.toml').replace(/^default_enabled = \[(.*)\]$/m, (_, list: string) => `default_enabled = [${list.split(',').map((x) => x.trim()).filter((x) => x && !slugs.includes(JSON.parse(x) as string)).join(', ')}]`)
  write(root, 'modules.toml', text)
}

/** Optional modules no other module depends on. */
function leaves(root: string): string[] {
  const m = modulesOf(root)
  const used = new Set(Object.values(m).flatMap((e) => e.depends_on ?? []))
  return Object.keys(m).filter((s) => !m[s]!.required && !used.has(s))
}

/** Replaces the body of `[header]` (every table it opens up to the next header) or appends the section. */
function setSection(text: string, header: string, body: string | null): string {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.trim() === `[${header}]`)
  if (start < 0) return body === null ? text : `${text.replace(/\n*$/, '\n')}\n[${header}]\n${body}\n`
  let end = start + 1
  while (end < lines.length && !/^\s*\[/.test(lines[end]!)) end++
  lines.splice(start, end - start, ...(body === null ? [] : [`[${header}]`, body, '']))
  return lines.join('\n')
}

/** Drops every `[[header]]` block. */
function dropArrayTables(text: string, header: string): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== `[[${header}]]`) {
      out.push(lines[i]!)
      continue
    }
    while (i + 1 < lines.length && !/^\s*\[/.test(lines[i + 1]!)) i++
  }
  return out.join('\n')
}

function editPackage(root: string, slug: string, edit: (text: string) => string): void {
  const f = pkgFile(root, slug)
  write(root, f, edit(read(root, f)))
}

/** Turns a module required ⇄ optional (trust_level "core" goes with required, as both tools demand). */
function setRequired(root: string, slug: string, required: boolean): void {
  editEntry(root, slug, (l) => (/required = (true|false)/.test(l) ? l.replace(/required = (true|false)/, `required = ${required}`) : l.replace(/ \}$/, `, required = ${required} }`)))
  editPackage(root, slug, (t) => t.replace(/^trust_level = ".*"$/m, `trust_level = "${required ? 'core' : 'verified'}"`))
  if (!required) return
  const text = read(root, 'modules.toml').replace(/^default_enabled = \[(.*)\]$/m, (_, list: string) => `default_enabled = [${list.split(',').map((x) => x.trim()).filter((x) => x && JSON.parse(x) !== slug).join(', ')}]`)
  write(root, 'modules.toml', text)
}

/** Temporary directories of this run, removed after it. */
const made: string[] = []

function copyFixture(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rustok-preset-'))
  made.push(root)
  execFileSync('cp', ['-R', `${rustokDir()}/.`, root])
  execFileSync('chmod', ['-R', 'u+w', root])
  return root
}

interface Scenario {
  name: string
  edit: (root: string) => void
}

const SCENARIOS: Scenario[] = [
  { name: 'the fixture as it is', edit: () => {} },
  { name: 'leaf modules uninstalled', edit: (r) => uninstall(r, leaves(r).slice(0, 6)) },
  {
    name: 'every optional module uninstalled (empty registries)',
    edit: (r) => {
      for (let l = leaves(r); l.length; l = leaves(r)) uninstall(r, l)
    }
  },
  {
    name: 'a required module made optional (its gate and registration appear)',
    edit: (r) => {
      const m = modulesOf(r)
      const slug = Object.keys(m).find((s) => m[s]!.required && !Object.values(m).some((e) => e.required && (e.depends_on ?? []).includes(s)))!
      setRequired(r, slug, false)
      write(r, 'modules.toml', read(r, 'modules.toml').replace(/^default_enabled = \[/m, `default_enabled = ["${slug}", `))
    }
  },
  { name: 'an optional module made required (gate and registrations go)', edit: (r) => setRequired(r, 'blog', true) },
  {
    name: 'a module with every provides kind and UI defaults',
    edit: (r) =>
      editPackage(r, 'blog', (t) => {
        let x = setSection(t, 'provides.graphql', 'query = "graphql::BlogQuery"\nmutation = "graphql::BlogMutation"\nsubscription = "graphql::BlogSubscription"\nruntime_data_factory = "graphql::attach_schema_data"')
        x = setSection(x, 'provides.http', 'axum_router = "controllers::axum_router"\naxum_webhook_router = "controllers::webhooks::router"')
        x = setSection(x, 'provides.admin_ui', 'leptos_crate = "rustok-blog-admin"\nnav_group = " COMMERCE "')
        x = dropArrayTables(x, 'provides.admin_ui.child_pages')
        x += '\n[[provides.admin_ui.child_pages]]\nsubpath = "/posts/drafts-list/"\ntitle = "Drafts"\n\n[[provides.admin_ui.child_pages]]\nsubpath = "//"\ntitle = "Skipped"\n\n[[provides.admin_ui.child_pages]]\nsubpath = "new"\ntitle = "New post"\nnav_label = "Новый пост"\n'
        x = setSection(x, 'provides.storefront_ui', 'leptos_crate = "rustok-blog-storefront"')
        x += '\n[[provides.storefront_ui.components]]\nid = " Teaser-Card.v2 "\ncomponent = "widgets::BlogTeaser"\nslot = ""\n\n[[provides.storefront_ui.components]]\nid = "footer-links"\ncomponent = "FooterLinks"\nslot = "footer_navigation"\norder = 7\n'
        return x
      })
  },
  {
    name: 'entry_type inferred from src/lib.rs, or absent',
    edit: (r) => {
      editPackage(r, 'blog', (t) => setSection(t, 'crate', null))
      write(r, `${modulesOf(r).blog!.path}/src/lib.rs`, '//! Blog.\npub struct BlogModuleImpl;\n\nimpl RusToKModule for BlogModuleImpl {\n}\n')
      editPackage(r, 'comments', (t) => setSection(t, 'crate', null))
    }
  },
  {
    name: 'settings of every TOML type, with escapes',
    edit: (r) =>
      editPackage(r, 'blog', (t) =>
        setSection(
          t,
          'settings',
          'ratio = { type = "number", default = 1.0, min = -0.5, max = 1e21, step = 0.0001, tiny = 1.5e-7, big = 123456789012.5 }\n' +
            'title = { type = "string", default = "say \\"hi\\"\\\\ \\t tab", description = "Заголовок — ✓ \\u00a0nbsp \\u200bzw \\u0301accent" }\n' +
            'nested = { type = "object", z = { b = [1, 2.5, "x", true, [3]], a = {} }, "Ä" = 1, "B" = -7 }'
        )
      )
  },
  {
    name: 'admin UI defaults: no route_segment / nav_label / nav_group / nav_order, unknown group',
    edit: (r) => {
      editPackage(r, 'blog', (t) => setSection(dropArrayTables(t, 'provides.admin_ui.child_pages'), 'provides.admin_ui', 'leptos_crate = "rustok-blog-admin"'))
      editPackage(r, 'pages', (t) => setSection(t, 'provides.admin_ui', 'leptos_crate = "rustok-pages-admin"\nnav_group = "Marketing"\nnav_order = 0\nroute_segment = "site/pages"'))
    }
  },
  {
    name: "a storefront UI crate the storefront's Cargo.toml does not name is left out",
    edit: (r) => {
      const cargo = read(r, 'apps/storefront/Cargo.toml')
      write(r, 'apps/storefront/Cargo.toml', cargo.split('\n').filter((l) => !/rustok-blog-storefront/.test(l)).join('\n'))
    }
  },
  {
    name: 'modules uninstalled and settings removed',
    edit: (r) => {
      uninstall(r, leaves(r).slice(-3))
      editPackage(r, 'blog', (t) => setSection(t, 'settings', null))
    }
  }
]

describeRustok('preset "rustok" equals RusToK\'s build.rs output', () => {
  describeOracle('differential test against the compiled build scripts', () => {
    let bin = ''
    beforeAll(() => {
      const oracle = buildOracle(rustokDir())
      made.push(oracle.dir)
      bin = oracle.bin
    }, 600_000)
    afterAll(() => {
      // Only the directories this suite created (mkdtemp, prefix rustok-), never anything above them.
      for (const d of made) if (path.basename(d).startsWith('rustok-')) rmSync(d, { recursive: true, force: true })
    })

    /** The oracle's files for the unedited fixture: every other scenario must change at least one. */
    let baseline: string[] | null = null

    it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (name, scenario) => {
      const root = copyFixture()
      scenario.edit(root)
      writeFileSync(path.join(root, 'modules-rebuild.toml'), '[codegen]\npreset = "rustok"\n')
      const gen = await cliIn(root, ['generate', '--root', root])
      expect(gen.stderr).not.toMatch(/error\[(?!feature-)/)
      const oracle = new Map<string, Map<string, string>>()
      for (const [file, [app, name, features]] of Object.entries(FILES)) {
        const key = `${app}:${features.join(',')}`
        if (!oracle.has(key)) oracle.set(key, runOracle(bin, app, root, features))
        const want = oracle.get(key)!.get(name)
        expect(want).toBeDefined()
        const have = read(root, file)
        const [header, ...rest] = have.split('\n')
        expect(header).toMatch(/^\/\/ @generated by modules-rebuild .* DO NOT EDIT$/)
        expect({ file, text: rest.join('\n') }).toEqual({ file, text: want })
      }
      const outputs = [...oracle.values()].flatMap((m) => [...m.values()])
      if (baseline === null) baseline = outputs
      else expect({ name, changed: outputs.some((o, i) => o !== baseline![i]) }).toEqual({ name, changed: true })
    }, 120_000)

    it('check passes right after generate, and fails on an edited generated file', async () => {
      const root = copyFixture()
      // The fixture's own feature drift (12 modules missing from `default`, mod-iggy_connector never
      // declared) is Cargo.toml's business, not the preset's: declare the feature, let drift warn.
      write(root, 'apps/server/Cargo.toml', read(root, 'apps/server/Cargo.toml').replace(/^\[features\]$/m, '[features]\nmod-iggy_connector = []'))
      writeFileSync(path.join(root, 'modules-rebuild.toml'), 'allow_dirty = ["features"]\n\n[codegen]\npreset = "rustok"\n')
      await cliIn(root, ['generate', '--root', root])
      const clean = await cliIn(root, ['check', '--root', root])
      expect(clean.stderr).not.toMatch(/error\[/)
      expect(clean.code).toBe(0)
      const file = 'apps/admin/src/generated/module_registry_codegen.rs'
      write(root, file, read(root, file).replace('"blog"', '"b1og"'))
      const stale = await cliIn(root, ['check', '--root', root])
      expect(stale.stderr).toMatch(/apps\/admin\/src\/generated\/module_registry_codegen\.rs.*error\[stale-generated\]/)
      expect(stale.code).toBe(1)
    }, 120_000)
  })
})
