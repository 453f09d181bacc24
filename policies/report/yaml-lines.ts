// Finds the line of a dotted key path in the organization file, so SARIF results point
// at the key that needs fixing. Falls back to the deepest existing parent, then line 1.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

export function lineOfPath(text: string, path: string): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  let node: unknown = document.contents;
  let line = 1;
  for (const part of path.split(".")) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lineCounter.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(part)) {
      const item = node.items[Number(part)] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
