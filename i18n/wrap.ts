// Wraps text for a terminal: words onto lines of at most `width` characters, each line after
// the first indented. A word longer than the line (a resource address) stands on its own line.
export const TERMINAL_WIDTH = 100;

export function wrapText(text: string, indent: string, width = TERMINAL_WIDTH, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = "";
  let prefix = firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(`${prefix}${line}`);
      prefix = indent;
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(`${prefix}${line}`);
  return lines;
}
