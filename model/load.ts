// Reads and validates an organization file (YAML or JSON). Every failure becomes an
// InputError that names the field, the value received and what was expected.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { InputError, describeValue } from "./input-error";
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
  const result = organizationFile.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw issueToInputError(firstIssue(result.error.issues), source);
}

// Missing and mistyped fields say more than the unrecognized-key issues that zod reports
// on the same object, so they are reported first.
function firstIssue(issues: z.core.$ZodIssue[]): z.core.$ZodIssue {
  return issues.find((issue) => issue.code !== "unrecognized_keys") ?? issues[0]!;
}

function issueToInputError(issue: z.core.$ZodIssue, source: string): InputError {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    const field = [...path, key].join(".");
    return new InputError(field, "an unknown key", `one of the keys the schema defines (schema/organization.schema.json)`, source);
  }
  const field = path.length ? path.join(".") : "(top level)";
  const received = describeValue(issue.input);
  return new InputError(field, received, expectation(issue), source);
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
    case "invalid_union":
      return "one of the forms the schema allows (see schema/organization.schema.json)";
    default:
      return issue.message.replace(/^Invalid input: /, "").replace(/^Invalid string: /, "");
  }
}
