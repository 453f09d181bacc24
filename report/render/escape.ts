// The one escape function per target: every text that reaches HTML goes through escapeHtml,
// every text that reaches a markdown table cell or line goes through markdownText.
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * Markdown: on one line (CR and LF end a line, and NEL and the Unicode line and paragraph
 * separators do for JavaScript renderers), every character that could start markup, an
 * entity or HTML backslash-escaped (CommonMark lets any ASCII punctuation be escaped),
 * GitHub's bare autolinks (www., ://, e-mail addresses) broken, and nothing at its start that
 * opens a block where the text begins a line (a list marker, "1.", indentation for code).
 */
export const markdownText = (text: string): string =>
  text
    .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " ")
    .replace(/([\\`*_[\]|<>#~&!])/g, "\\$1")
    .replace(/:\/\//g, ":\\/\\/")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^[ \t]+/, (space) => "&#32;".repeat(space.length));
