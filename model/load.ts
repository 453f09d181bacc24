// Reads and validates an organization file (YAML or JSON). Every failure becomes an
// InputError that names the field, the value received and what was expected.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { InputError, describeValue } from "./input-error";
import { placeholdersIn } from "./placeholders";
import { allowedKeys, closestKey, schemaAt, unionForms } from "./schema-shape";
import { organizationFile, type OrganizationFile } from "./schema";

export const EXAMPLE_CONFIG = fileURLToPath(new URL("../examples/municipality.yaml", import.meta.url));

export function loadOrganizationFile(path: string): OrganizationFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new InputError("--config", JSON.stringify(path), `a readable organization file (${reason})`);
  }
  return parseOrganization(text, path);
}

export function parseOrganization(text: string, source = "organization file"): OrganizationFile {
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
