/**
 * The one tool-error type. A ToolError stops a command: it carries one Diagnostic (a rule id of
 * the table in rules.ts, a message, the hint of that rule unless the thrower gives a better one)
 * and the exit code its rule implies: 2 for a failure to look at the input at all (usage, I/O,
 * catalog fetch, git, the shipped workflow template, a registry), 1 for input that was read and is
 * invalid (or contradicts what a release store holds).
 * The narrow subclasses exist only where a caller must tell one cause from another.
 */
import { diagnostic, type Diagnostic } from './diagnostic.js'
import { RULE_HINTS, type RuleId } from './rules.js'

/** Rules that mean the command could not look at its input (exit 2); every other rule is exit 1. */
const EXIT_2: ReadonlySet<RuleId> = new Set<RuleId>(['usage-error', 'io-error', 'catalog-fetch-error', 'git-error', 'workflow-template-error', 'oci-error', 'github-api-error'])

export const exitCodeOf = (rule: RuleId): 1 | 2 => (EXIT_2.has(rule) ? 2 : 1)

export interface ToolErrorOptions {
  /** The file the problem is in, relative to the root; null when there is none (an argument, a URL). */
  file?: string | null
  /** Replaces the rule's hint from the table (null: no hint). */
  hint?: string | null
}

export class ToolError extends Error {
  override name = 'ToolError'
  readonly diagnostic: Diagnostic
  readonly exitCode: 1 | 2
  constructor(rule: RuleId, message: string, options: ToolErrorOptions = {}) {
    super(message)
    const hint = options.hint === undefined ? (RULE_HINTS[rule] ?? null) : options.hint
    this.diagnostic = diagnostic('error', rule, options.file ?? null, null, message, hint)
    this.exitCode = exitCodeOf(rule)
  }
  get rule(): RuleId {
    return this.diagnostic.rule
  }
}

/** A file or directory could not be read or written (exit 2). */
export class IoError extends ToolError {
  override name = 'IoError'
  constructor(message: string, options: ToolErrorOptions = {}) {
    super('io-error', message, options)
  }
}

/** A command-line argument (or action input) the command does not accept (exit 2, printed with the usage line). */
export class ArgumentError extends ToolError {
  override name = 'ArgumentError'
  constructor(message: string, options: ToolErrorOptions = {}) {
    super('usage-error', message, options)
  }
}

/** The catalog (file or URL) could not be fetched, or the URL policy refused it (exit 2). */
export class CatalogFetchError extends ToolError {
  override name = 'CatalogFetchError'
  constructor(message: string, options: ToolErrorOptions = {}) {
    super('catalog-fetch-error', message, options)
  }
}

/** A git command failed or answered what the tool cannot read (exit 2). */
export class GitError extends ToolError {
  override name = 'GitError'
  constructor(message: string, options: ToolErrorOptions = {}) {
    super('git-error', message, options)
  }
}

/** The workflow template shipped with the tool does not render: a defect of this tool (exit 2). */
export class TemplateError extends ToolError {
  override name = 'TemplateError'
  constructor(message: string) {
    super('workflow-template-error', message)
  }
}
