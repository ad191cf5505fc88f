/**
 * Renders a registry file from the view model with Mustache (logic-less, so a project with a
 * different registry API can bring its own template without TypeScript). HTML escaping is off:
 * the model's string values are already Rust-literal-escaped. The output is normalised so it is
 * the same bytes on every OS: LF line endings, exactly one final newline.
 */
import Mustache, { type TemplateSpans } from 'mustache'
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { CodegenModel } from './model.js'
import { BUILTIN_TEMPLATES } from './templates/index.js'
import { BUILTIN_TOKENS } from './templates/tokens.generated.js'
import { type TargetName } from '../values/values.js'

export interface TemplateSource {
  /** Root-relative path of a user template, or null for the built-in one. */
  file: string | null
  text: string
  /** `text` parsed at build time (the built-in templates): rendered without parsing. */
  tokens?: TemplateSpans
}

const identity = (s: string): string => s

/** LF line endings and exactly one final newline. */
export function normalizeOutput(text: string): string {
  // Same as text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n'), without two regex passes over a
  // registry of 5,000 modules (38 ms) when there is no CR and the end is already right.
  const unix = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  let end = unix.length
  while (end > 0 && unix.charCodeAt(end - 1) === 10) end--
  return end === unix.length - 1 ? unix : unix.slice(0, end) + '\n'
}

export function builtinTemplate(app: TargetName): TemplateSource {
  return { file: null, text: BUILTIN_TEMPLATES[app], tokens: BUILTIN_TOKENS[app] }
}

/** Renders `template` with `model`; a template that does not parse yields a `template-error`. */
export function renderRegistry(model: CodegenModel, template: TemplateSource): { content: string | null; diagnostics: Diagnostic[] } {
  try {
    const config = { escape: identity }
    // (@types/mustache types renderTokens' tokens as string[][]; they are what parse returns.)
    const text = template.tokens
      ? new Mustache.Writer().renderTokens(template.tokens as unknown as string[][], new Mustache.Context(model), {}, template.text, config)
      : Mustache.render(template.text, model, {}, config)
    return { content: normalizeOutput(text), diagnostics: [] }
  } catch (err) {
    const file = template.file ?? '(built-in template)'
    return { content: null, diagnostics: [diagnostic('error', 'template-error', file, null, `Template ${file} does not parse: ${(err as Error).message}`, 'Fix the Mustache syntax (every {{#section}} needs its {{/section}}); see docs/templates.md.')] }
  }
}
