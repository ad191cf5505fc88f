/** A parsed TOML file together with its source and key positions. */
import { indexKeys, type KeyIndex } from './locate.js'
import { parseToml, type ParseOptions, type TomlCache, type TomlTable } from './toml.js'

export interface TomlDocument {
  /** Root-relative POSIX path, as shown in diagnostics. */
  file: string
  text: string
  data: TomlTable
  keys: KeyIndex
}

/**
 * Parses `text`; throws DiagnosticError for anything that is not a readable TOML table. Key
 * positions are indexed on first use: a file without findings is never indexed.
 */
export function readDocument(file: string, text: string, options: ParseOptions = {}, cache?: TomlCache): TomlDocument {
  return documentOf(file, text, cache ? cache.parse(text, file, options) : parseToml(text, file, options))
}

/** The document of `text` already parsed into `data` by the caller (what readDocument gives for it). */
export function documentOf(file: string, text: string, data: TomlTable): TomlDocument {
  return new ParsedDocument(file, text, data)
}

/** One class for every parsed document: the key index getter lives on the prototype, not in a closure per document. */
class ParsedDocument implements TomlDocument {
  #index: KeyIndex | undefined
  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: TomlTable
  ) {}
  get keys(): KeyIndex {
    return (this.#index ??= indexKeys(this.text))
  }
}
