/** Reads a release-plan.json that a command is given (publish): unreadable or invalid is a usage error (exit 2). */
import { promises as fs } from 'node:fs'
import { ReleasePlanSchema, type ReleasePlan } from '../core/plan/schema.js'
import { parseJsonAs } from '../core/release/parse-json.js'
import { IoError } from '../core/diagnostics/errors.js'

export async function readReleasePlan(file: string): Promise<ReleasePlan> {
  const text = await fs.readFile(file, 'utf8').catch((e: Error) => {
    throw new IoError(`cannot read ${file}: ${e.message}`)
  })
  try {
    return parseJsonAs(ReleasePlanSchema, text, file, 'release-plan.json')
  } catch (e) {
    throw new IoError((e as Error).message)
  }
}
