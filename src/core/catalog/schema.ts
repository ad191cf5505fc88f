/**
 * marketplace.toml, schema 1 — the catalog that install/uninstall read. Each entry carries what
 * an install writes into modules.toml, plus `depends_on` so an install can close the dependencies
 * of a crates-io or git module whose package manifest is not on disk.
 */
import { z } from 'zod'
import { PackageManifestSchema } from '../manifest/package-schema.js'
import { CRATE_PATTERN, SLUG_PATTERN, SOURCES } from '../manifest/schema.js'

export const CatalogEntrySchema = z
  .object({
    slug: z.string().meta({ pattern: SLUG_PATTERN }).describe('The slug the module is installed under.'),
    name: z.string(),
    description: z.string().optional(),
    source: z.enum(SOURCES),
    crate: z.string().meta({ pattern: CRATE_PATTERN }),
    version: z.string().optional().describe('Module version (semver); written as the requirement for crates-io/registry sources.'),
    git: z.string().optional(),
    rev: z.string().optional(),
    path: z.string().optional().describe('Repository-relative crate directory (source = "path").'),
    depends_on: z.array(z.string().meta({ pattern: SLUG_PATTERN })).default([]).describe('Slugs of the modules it needs; a package table\'s [dependencies] wins over this.'),
    package: PackageManifestSchema.optional().describe(
      'The rustok-module.toml of the offered version, for a crates-io / git / registry module (its crate is not in the repository): install writes it to `<codegen.package_dir>/<slug>/rustok-module.toml`, where code generation reads it.'
    ),
    tags: z.array(z.string()).default([])
  })
  .describe('One module offered by the catalog.')

export const CatalogSchema = z
  .object({
    schema: z.literal(1),
    updated_at: z.union([z.string(), z.date()]).optional().describe('When the catalog was last updated (RFC 3339).'),
    modules: z.record(z.string(), CatalogEntrySchema).default({})
  })
  .meta({ title: 'marketplace.toml', description: 'A catalog of installable modules (schema 1).' })

export type Catalog = z.output<typeof CatalogSchema>
export type CatalogEntry = z.output<typeof CatalogEntrySchema>
