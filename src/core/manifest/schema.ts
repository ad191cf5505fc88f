/**
 * modules.toml, schema 2 — the single definition of the format. The TypeScript types and the
 * published JSON Schema (schema/modules.schema.json) are derived from these zod schemas.
 *
 * zod checks shape and types only; the rules that need context (sources, slugs, the dependency
 * graph, URLs) live in validate.ts so that each gets its own rule id and RusToK's wording.
 */
import { z } from 'zod'
import { PROFILE_OPTIONS } from '../values/values.js'

export const SLUG_PATTERN = '^[a-z0-9_-]+$'
export const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$'

const slug = z.string().meta({ pattern: SLUG_PATTERN, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' })
const url = z.string().meta({ format: 'uri' })

export const SOURCES = ['path', 'git', 'crates-io', 'registry'] as const
export const STACKS = ['leptos', 'next'] as const
export const RUNTIMES = ['module', 'extension'] as const

export const ModuleEntrySchema = z
  .object({
    crate: z.string().meta({ pattern: CRATE_PATTERN, description: 'Cargo package name of the module crate.' }),
    source: z.enum(SOURCES).describe('Where the crate comes from. Each source needs its own field: path → `path`; git → `git` + `rev`; crates-io/registry → `version`.'),
    path: z.string().optional().describe('Repository-relative directory of the crate (source = "path"). Its package manifest is `<path>/rustok-module.toml`.'),
    git: z.string().optional().describe('https://, ssh:// or git@host: URL (source = "git").'),
    rev: z.string().optional().describe('Commit to build (source = "git"); a full 40-hex id keeps builds reproducible.'),
    version: z.string().optional().describe('Cargo version requirement (source = "crates-io" or "registry").'),
    required: z.boolean().default(false).describe('Core module: always compiled and always active.'),
    depends_on: z.array(slug).default([]).describe('Slugs of the modules this one needs. Must equal the [dependencies] keys of its package manifest.'),
    runtime: z.enum(RUNTIMES).default('module').describe('`extension`: globally active when compiled, never toggled per tenant.'),
    features: z.array(z.string()).default([]).describe('Cargo features of the module crate to enable.')
  })
  .describe('One installed module.')

const AdminSchema = z
  .object({
    stack: z.enum(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the admin is standalone (embed_admin = false).'),
    redirect_uris: z.array(url).default([]).describe('At least one is required when the admin is standalone.')
  })
  .describe('The admin application.')

const StorefrontSchema = z
  .object({
    id: z.string().describe('Unique id of this storefront.'),
    stack: z.enum(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the storefront is standalone (embed_storefront = false).'),
    redirect_uris: z.array(url).default([]).describe('At least one is required when the storefront is standalone.')
  })
  .describe('One storefront.')

export const BuildSchema = z
  .object({
    target: z.string().optional().describe('Rust target triple; non-empty adds `--target <triple>`.'),
    profile: z.string().default('release').describe('`release` adds `--release`; any other value adds `--profile <name>`.'),
    deployment_profile: z.enum(PROFILE_OPTIONS).optional().describe('Schema-1 key, replaced by [build.server] embed_admin / embed_storefront.'),
    server: z
      .object({
        embed_admin: z.boolean().default(false).describe('Embed the admin into the server binary (cargo feature `embed-admin`).'),
        embed_storefront: z.boolean().default(false).describe('Embed the storefront into the server binary (cargo feature `embed-storefront`).')
      })
      .default({ embed_admin: false, embed_storefront: false }),
    admin: AdminSchema.optional(),
    storefront: z.array(StorefrontSchema).default([])
  })
  .describe('How the applications are built.')

export const ManifestSchema = z
  .object({
    schema: z.literal(2).describe('Format version; this tool reads schema 2.'),
    app: z.string().default('rustok-server').meta({ pattern: CRATE_PATTERN, description: 'Cargo package of the server application.' }),
    build: BuildSchema.default({ profile: 'release', server: { embed_admin: false, embed_storefront: false }, storefront: [] }),
    modules: z.record(z.string(), ModuleEntrySchema).default({}).describe('Installed modules, keyed by slug.'),
    settings: z
      .object({
        default_enabled: z.array(slug).default([]).describe('Optional modules enabled for new tenants; must be dependency-closed.')
      })
      .default({ default_enabled: [] })
  })
  .meta({ title: 'modules.toml', description: 'The module manifest of a RusToK-style platform (schema 2).' })

export type Manifest = z.output<typeof ManifestSchema>
export type ModuleEntry = z.output<typeof ModuleEntrySchema>
export type Source = (typeof SOURCES)[number]
