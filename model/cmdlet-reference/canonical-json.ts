// JSON for generated data files that people read in diffs: anything short on one line, longer
// objects one key per line and longer lists one item per line, keys in the order given.
// Same input, same bytes.
const LINE = 120;

export function canonicalJson(value: unknown): string {
  return `${render(value, "")}\n`;
}

function render(value: unknown, indent: string): string {
  const line = JSON.stringify(value);
  if (line.length <= LINE || value === null || typeof value !== "object") return line;
  const inner = indent + "  ";
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + render(item, inner)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${render(item, inner)}`).join(",\n")}\n${indent}}`;
}
