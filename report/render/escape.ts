// The one escape function per target: every text that reaches HTML goes through escapeHtml,
// every text that reaches a markdown table cell or line goes through markdownText.
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * Markdown: on one line (CR and LF end a line, and NEL and the Unicode line and paragraph
 * separators do for JavaScript renderers), every character that could start markup, an
 * entity or HTML backslash-escaped (CommonMark lets any ASCII punctuation be escaped; `$`
 * opens math on GitHub),
 * GitHub's bare autolinks (www., ://, e-mail addresses) broken, and nothing at its start that
 * opens a block where the text begins a line (a list marker, "1.", indentation for code).
 */
export const markdownText = (text: string): string =>
  text
    .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " ")
    .replace(/([\\`*_[\]|<>#~&!$])/g, "\\$1")
    .replace(/:\/\//g, ":\\/\\/")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^[ \t]+/, (space) => "&#32;".repeat(space.length));

/**
 * Markdown code span that no text can end early: on one line, fenced by one backtick more than
 * the longest run of backticks inside, padded with a space where the text begins or ends with
 * a backtick or space (CommonMark strips one such space on each side).
 */
export const markdownCode = (text: string): string => {
  const flat = text.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
};
