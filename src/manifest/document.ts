/** A parsed TOML file together with its source and key positions. */
import { indexKeys, type KeyIndex } from './locate.js'
import { parseToml, type TomlTable } from './toml.js'

export interface TomlDocument {
  /** Root-relative POSIX path, as shown in diagnostics. */
  file: string
  text: string
  data: TomlTable
  keys: KeyIndex
}

/** Parses and indexes `text`; throws DiagnosticError for anything that is not a readable TOML table. */
export function readDocument(file: string, text: string): TomlDocument {
  const data = parseToml(text, file)
  return { file, text, data, keys: indexKeys(text) }
}
