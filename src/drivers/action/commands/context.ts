import type { Inputs } from '../inputs.js'

/** What every action command receives: its inputs, the absolute root, and a path mapper for annotations. */
export interface ActionContext<I extends Inputs = Inputs> {
  inputs: I
  /** Absolute directory the platform lives in (workspace + working-directory). */
  root: string
  /** Diagnostic file (root-relative) → workspace-relative path for annotations and the summary. */
  where: (file: string) => string
}
