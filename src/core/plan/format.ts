/**
 * What writing release-plan.json needs without loading zod: its serializer, which checks the plan
 * with the generated parser of ReleasePlanSchema (schema.ts, the single definition of the format).
 */
import { FAST_RELEASE_PLAN } from '../manifest/shapes-plan.generated.js'
import { lazySchema, parseWith } from '../manifest/zod-registry.js'
import type { ReleasePlan } from './schema.js'


const RELEASE_PLAN = lazySchema<ReleasePlan>('ReleasePlanSchema', FAST_RELEASE_PLAN)

/** The bytes of release-plan.json: schema key order, two-space indent, final newline. */
export function serializePlan(plan: ReleasePlan): string {
  return JSON.stringify(parseWith(RELEASE_PLAN, plan), null, 2) + '\n'
}
