/**
 * The two escapers every printed line goes through (README "Guarantees"):
 *
 *  - `terminalText`: a display string made safe for a terminal — control characters (C0 but tab
 *    and line feed, DEL, C1) and the bidirectional overrides shown as `\u001B`, `\r` … instead of
 *    moving the cursor, clearing the screen, opening an OSC-8 link or hiding text. CRLF is a line
 *    break. Used by every text renderer: the CLI applies it to each line it prints.
 *  - `logText`: a line for a GitHub Actions runner log. The runner splits output on CR and LF and
 *    runs any line that starts (after white space) with `::` as a workflow command — `::warning`,
 *    `::add-mask`, `::stop-commands` —, and the legacy `##[command]` form anywhere in a line.
 *    After splitting the text the same way, such a line gets a backslash before its first
 *    character and `##[` becomes `##\u200B[`, so the runner shows it and runs nothing. The action
 *    prints through it (core.info), and so does the CLI when GITHUB_ACTIONS=true.
 *    Text passed to core.error/warning/notice/group/setFailed is escaped by @actions/core itself
 *    (CR, LF and % as %0D, %0A, %25), so it needs no further escaping.
 */

/** Control characters a terminal acts on, and the bidirectional formatting characters. */
const UNSAFE = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const SHORT: Record<string, string> = { '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\u001b': '\\e' }

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\r\n' ? '\n' : (SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)))
}

/** Would the runner read this line as a workflow command? */
const COMMAND_LINE = /^[\s\u0085]*::/

export function logText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (COMMAND_LINE.test(line) ? `\\${line}` : line).replaceAll('##[', '##\u200B['))
    .join('\n')
}

/**
 * Escapes untrusted text for a job summary or a pull-request body (neither escapes). What we write
 * there is inside HTML blocks; the markdown punctuation is escaped too, and every line break
 * CommonMark knows (CRLF, LF, a lone CR) and U+2028/U+2029 becomes <br>, so a value cannot end its
 * block and start markdown of its own.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`|\\[\]*_#!~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r|\u2028|\u2029/g, '<br>')
}
