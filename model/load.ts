// Reads and validates an organization file (YAML or JSON). Every failure becomes an
// InputError that names the field, the value received and what was expected.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { Lexer, isMap, isPair, isSeq, parseDocument, type Node } from "yaml";
import { config as zodConfig, type z } from "zod";
import { InputError, describeValue } from "./input-error";
import { placeholdersIn } from "./placeholders";
import { allowedKeys, closestKey, schemaAt, unionForms } from "./schema-shape";
import { organizationFile, type OrganizationFile } from "./schema";

export { EXAMPLE_CONFIG } from "./example-config";

// zod compiles each schema into a fast checker on its first parse: 15-25 ms that a command
// validating one file never earns back; after that both ways take the same 0.3 ms a file.
zodConfig({ jitless: true });

export function loadOrganizationFile(path: string): OrganizationFile {
  return parseOrganization(readOrganizationText(path), path);
}

export function parseOrganization(text: string, source = "organization file"): OrganizationFile {
  boundStructure(text, source);
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const at = yamlError.linePos?.[0];
    const where = at ? `line ${at.line}, column ${at.col}` : "(file)";
    throw new InputError(where, "text that is not valid YAML or JSON", `well-formed YAML (${yamlError.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")})`, source);
  }
  return validateOrganization(documentData(document, source), source);
}

// Found by the property tests (test/hardening-fuzz.test.ts): an alias to an anchor that is
// never defined (`*x`) parses without a document error, and toJS() then throws a
// ReferenceError, which reached the user as a stack trace instead of exit 2.
function documentData(document: ReturnType<typeof parseDocument>, source: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError("(file)", "text that YAML cannot resolve", `well-formed YAML (${(error as Error).message.split("\n")[0]})`, source);
  }
}

export function validateOrganization(data: unknown, source = "organization file"): OrganizationFile {
  const [placeholder] = placeholdersIn(data);
  if (placeholder) {
    throw new InputError(placeholder.path, `the placeholder ${JSON.stringify(placeholder.placeholder)}`, "your own value in its place (exchange-iac init wrote the placeholder; see the comment above the key)", source);
  }
  const result = organizationFile.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw explainIssues(result.error.issues, data, source);
}

// One error, the one most useful to the user. A misspelt key usually also leaves a required
// key missing: that is reported as the misspelling, naming the key it most likely meant.
// Otherwise missing and mistyped fields say more than unknown keys on the same object.
function explainIssues(issues: z.core.$ZodIssue[], data: unknown, source: string): InputError {
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = allowedKeys(schemaAt(organizationFile, issue.path, data)) ?? [];
    for (const key of issue.keys) {
      const meant = closestKey(key, allowed);
      const missing = meant !== undefined && issues.some((other) => other.code === "invalid_type" && other.input === undefined && samePath(other.path, [...issue.path, meant]));
      if (missing) return unknownKey(issue.path, key, allowed, meant, source, true);
    }
  }
  const issue = issues.find((candidate) => candidate.code !== "unrecognized_keys") ?? issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeys(schemaAt(organizationFile, issue.path, data)) ?? [];
    const key = issue.keys[0]!;
    return unknownKey(issue.path, key, allowed, closestKey(key, allowed), source, false);
  }
  const path = issue.path.map(String);
  const field = path.length ? path.join(".") : "(top level)";
  if (issue.code === "invalid_union") return new InputError(field, describeValue(valueAt(data, issue.path)), unionExpectation(issue, data), source);
  return new InputError(field, describeValue(issue.input), expectation(issue), source);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, index) => String(key) === String(b[index]));
}

function unknownKey(path: readonly PropertyKey[], key: string, allowed: string[], meant: string | undefined, source: string, meantIsMissing: boolean): InputError {
  const where = path.length ? path.map(String).join(".") : "the top level";
  const keys = allowed.length ? `one of the keys allowed in ${where}: ${allowed.join(", ")}` : "one of the keys the schema defines (schema/organization.schema.json)";
  const hint = meant ? `; did you mean ${meant}?${meantIsMissing ? ` (${meant} is required and missing)` : ""}` : "";
  return new InputError([...path.map(String), key].join("."), "an unknown key", `${keys}${hint}`, source);
}

// A discriminated union reports its discriminator's path; the union itself is one level up.
function unionExpectation(issue: z.core.$ZodIssue & { code: "invalid_union" }, data: unknown): string {
  const discriminated = "discriminator" in issue && typeof issue.discriminator === "string";
  const unionPath = discriminated ? issue.path.slice(0, -1) : issue.path;
  const schema = schemaAt(organizationFile, unionPath, undefined);
  const forms = schema && unionForms(schema);
  if (forms) {
    const list = forms.forms.map(({ tag, required }) => `${forms.discriminator}: ${tag}${required.length ? ` (with ${required.join(", ")})` : ""}`);
    return `one of the forms of ${unionPath.map(String).join(".")}: ${list.join("; ")}`;
  }
  const values = schemaAt(organizationFile, issue.path, data)?._zod.values;
  if (values) return `one of ${[...values].map((value) => JSON.stringify(value)).join(", ")}`;
  return "one of the forms the schema allows (see schema/organization.schema.json)";
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "object" ? "an object (a mapping of keys)" : `a ${issue.expected}`;
    case "too_small":
      return `${issue.origin === "array" ? "a list with at least" : issue.origin === "string" ? "text of at least" : "a value of at least"} ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}${issue.inclusive ? "" : " (exclusive)"}`;
    case "too_big":
      return `${issue.origin === "array" ? "a list with at most" : "a value of at most"} ${String(issue.maximum)}`;
    case "invalid_value":
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "invalid_format":
      return formatExpectation(issue.format, issue.message);
    default:
      return issue.message.replace(/^Invalid input: /, "").replace(/^Invalid string: /, "");
  }
}

const FORMATS: Record<string, string> = {
  date: "a date as YYYY-MM-DD",
  uuid: "an id in UUID form, e.g. 00000000-0000-0000-0000-000000000000 (copy it from the Entra or Azure portal)",
  guid: "an id in UUID form, e.g. 00000000-0000-0000-0000-000000000000 (copy it from the Entra or Azure portal)",
  email: "an e-mail address",
  url: "a URL, e.g. https://example.org",
};

// A format check the schema gives its own message for (a regex with a description) keeps it.
function formatExpectation(format: string, message: string): string {
  const own = message.replace(/^Invalid string: /, "");
  if (format === "regex") return own;
  return FORMATS[format] ?? own;
}

// ---- Reading: size, encoding and structure are bounded before the YAML parser runs --------
// (docs/security.md, "Input is checked once, at load"). Measured: any file under these limits loads in well under 400 MB.

/** The largest organization file read, in bytes. The example is about 6 KB. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * The most values (scalars, collections, list items, aliases) a file may hold. The example
 * has about 300; YAML's parser needs time and memory that grow faster than the file for
 * long lists, many keys in one mapping or deep nesting, so these are refused before parsing.
 */
export const MAX_VALUES = 10_000;
/** The deepest nesting of flow collections ([...] and {...}); the schema nests 6 deep. */
export const MAX_FLOW_DEPTH = 64;

/** The file's text: at most MAX_FILE_BYTES (checked before reading), valid UTF-8, a BOM dropped. */
export function readOrganizationText(path: string): string {
  let bytes: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) throw tooLarge(size, path);
      bytes = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError("--config", JSON.stringify(path), `a readable organization file (${reason})`);
  }
  return decodeUtf8(bytes, path);
}

function tooLarge(bytes: number, source: string): InputError {
  return new InputError(
    "(file)",
    `a file of ${bytes.toLocaleString("en-US")} bytes`,
    `an organization file of at most ${MAX_FILE_BYTES.toLocaleString("en-US")} bytes (1 MiB); an organization is described in a few kilobytes, so check that this is the right file`,
    source,
  );
}

/** UTF-8 without its byte-order mark; anything else is refused naming the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8Byte(body);
    const byte = body[offset]!;
    const line = body.subarray(0, offset).reduce((lines, b) => (b === 0x0a ? lines + 1 : lines), 1);
    throw new InputError(
      fieldAtByte(body, offset),
      `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at byte offset ${offset + bom} (line ${line}), which is not UTF-8`,
      "a file in UTF-8: save it as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252)",
      source,
    );
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // Lead byte: how many continuation bytes follow, and the allowed range of the first one
    // (which excludes overlong forms, surrogates and code points above U+10FFFF).
    const [length, low, high] =
      b < 0x80 ? [0, 0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf] : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf] : b === 0xf0 ? [3, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (length < 0) return i;
    for (let k = 1; k <= length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length + 1;
  }
  return bytes.length;
}

/** The organization field whose key or value holds the byte at `offset`, or "(file)". */
function fieldAtByte(bytes: Uint8Array, offset: number): string {
  // The text before the bad byte is valid UTF-8, so its length is the character offset of the
  // bad byte in a lossy decoding, where it becomes one U+FFFD.
  const at = new TextDecoder().decode(bytes.subarray(0, offset)).length;
  const document = parseDocument(new TextDecoder().decode(bytes), { uniqueKeys: false });
  const path: string[] = [];
  const within = (node: unknown) => Boolean(node && typeof node === "object" && "range" in node && (node as Node).range && (node as Node).range![0] <= at && at < (node as Node).range![1]);
  let node: unknown = document.contents;
  for (let depth = 0; depth < MAX_FLOW_DEPTH && (isMap(node) || isSeq(node)); depth++) {
    const items: unknown[] = node.items;
    const index = items.findIndex((item) => (isPair(item) ? within(item.key) || within(item.value) : within(item)));
    if (index < 0) break;
    const item = items[index];
    if (isPair(item)) {
      path.push(String((item.key as { value?: unknown })?.value ?? item.key));
      node = within(item.key) ? undefined : item.value;
    } else {
      path.push(String(index));
      node = item;
    }
  }
  return path.length ? path.join(".") : "(file)";
}

/**
 * Refuses, before parsing, a text over MAX_FILE_BYTES or with more than MAX_VALUES values or
 * flow collections nested deeper than MAX_FLOW_DEPTH. YAML's lexer runs in constant memory,
 * so counting its tokens costs little whatever the text holds.
 */
function boundStructure(text: string, source: string): void {
  if (text.length > MAX_FILE_BYTES) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_FILE_BYTES) throw tooLarge(bytes, source);
  }
  let values = 0;
  let depth = 0;
  let line = 1;
  const refuse = (received: string, expected: string) => new InputError(`line ${line}`, received, expected, source);
  for (const token of new Lexer().lex(text)) {
    const first = token[0];
    // "\x1f" opens a plain or block scalar; quoted scalars, collections, list items, explicit
    // keys and aliases are values too.
    if (first === "\x1f" || first === '"' || first === "'" || first === "*" || token === "-" || token === "?" || token === "[" || token === "{") values++;
    if (token === "[" || token === "{") depth++;
    else if (token === "]" || token === "}") depth--;
    for (let at = token.indexOf("\n"); at >= 0; at = token.indexOf("\n", at + 1)) line++;
    if (values > MAX_VALUES) throw refuse(`more than ${MAX_VALUES.toLocaleString("en-US")} values`, `an organization file of at most ${MAX_VALUES.toLocaleString("en-US")} values (keys, items and collections); an organization is described in a few hundred`);
    if (depth > MAX_FLOW_DEPTH) throw refuse(`collections nested more than ${MAX_FLOW_DEPTH} deep`, `collections nested at most ${MAX_FLOW_DEPTH} deep`);
  }
}
