/**
 * Text from other programs (cargo, rustc, build scripts) on its way to the runner log. The runner
 * reads every line of a step's output for workflow commands: `::name::…` at the start of a line
 * (after blanks) and the legacy `##[name]…` form. A crate's build script that prints
 * `::add-mask::` or `::set-output` must reach the log as text, not as a command, so both markers
 * get a zero-width space between their characters: the log reads the same, the runner ignores it.
 */
const ZWSP = '\u200b'

/** One line of foreign output, safe to print on its own line of the runner log. */
export function escapeLogLine(line: string): string {
  return line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/##\[/g, `#${ZWSP}#[`)
}

/** Foreign text of any number of lines (LF, CRLF or CR), each line escaped. */
export function escapeLogText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLogLine)
    .join('\n')
}
