/** JSON Schemas derived from the zod schemas — never written by hand. Published under schema/. */
import { z } from 'zod'
import { CatalogSchema } from '../core/catalog/schema.js'
import { ConfigSchema } from '../core/config/schema.js'
import { PackageManifestSchema } from '../core/manifest/package-schema.js'
import { BuildSchema, ManifestSchema, ModuleEntrySchema } from '../core/manifest/schema.js'
import { registerZodSchemas } from '../core/manifest/zod-registry.js'
import { releasePlanJsonSchema, ReleasePlanSchema } from '../core/plan/schema.js'
import { releaseManifestJsonSchema } from '../core/release/manifest.js'

export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n'
  return {
    'modules.schema.json': render(ManifestSchema),
    'rustok-module.schema.json': render(PackageManifestSchema),
    'marketplace.schema.json': render(CatalogSchema),
    'modules-rebuild.schema.json': render(ConfigSchema),
    // Written by the tool, read by workflows and people: the output form.
    'release-plan.schema.json': releasePlanJsonSchema(),
    'release-manifest.schema.json': releaseManifestJsonSchema()
  }
}

/** Makes the zod schemas available to the checks that fall back to them (manifest/zod-registry.ts). */
export function registerZodFallbacks(): void {
  registerZodSchemas({ ManifestSchema, BuildSchema, ModuleEntrySchema, PackageManifestSchema, ConfigSchema, ReleasePlanSchema })
}
