/** A parsed TOML file together with its source and key positions. */
import { indexKeys, type KeyIndex } from './locate.js'
import { parseToml, type ParseOptions, type TomlTable } from './toml.js'

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
export function readDocument(file: string, text: string, options: ParseOptions = {}): TomlDocument {
  const data = parseToml(text, file, options)
  let index: KeyIndex | undefined
  return {
    file,
    text,
    data,
    get keys() {
      return (index ??= indexKeys(text))
    }
  }
}
