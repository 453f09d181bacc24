// A current-state snapshot: the tenant settings as read back (same shape as the desired
// settings, every section optional). A malformed snapshot is the user's mistake: it is an
// InputError that names the field, what was found and what was expected.
import { InputError, describeValue } from "../input-error";
import { INPUT_LIMITS, readBoundedText } from "../read-bounded";
import { tenantSettings, type TenantSettings } from "./settings";

export function loadSnapshot(path: string): TenantSettings {
  const text = readBoundedText(path, "--current", INPUT_LIMITS.snapshot, "a readable snapshot file");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError("(file)", "text that is not valid JSON", `a JSON snapshot (${(error as Error).message})`, path);
  }
  return parseSnapshot(data, path);
}

export function parseSnapshot(data: unknown, source = "snapshot"): TenantSettings {
  const result = tenantSettings.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues.find((candidate) => candidate.code !== "unrecognized_keys") ?? result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    return fail([...path, issue.keys[0]!].join("."), "an unknown key", "one of the settings sections and fields that exchange-iac reads", source);
  }
  const field = path.length ? path.join(".") : "(top level)";
  const expected =
    issue.code === "invalid_type"
      ? `a ${issue.expected}`
      : issue.code === "invalid_value"
        ? `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
        : issue.message.replace(/^Invalid input: /, "");
  return fail(field, describeValue(issue.input), expected, source);
}

function fail(field: string, received: string, expected: string, source: string): never {
  throw new InputError(field, received, expected, source);
}
