import { SENSITIVE } from "../../../inventory/plan-json";
import { isUnresolved } from "../../../inventory/terraform";
import { atDocument, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Attribute names that carry credentials in azurerm and in our documents.
const SECRET_KEY = /(password|passwd|secret|client_secret|access_key|private_key|connection_string|sas_token|api_key)$/i;
// Values that are not secrets even under such a name: references, booleans, empty.
// A plan's sensitive values are redacted by its own sensitivity maps before any rule reads it.
const harmless = (value: unknown) => typeof value !== "string" || value === "" || value === SENSITIVE || isUnresolved(value);

/** Every path whose key looks like a credential and whose value is a literal string. */
export function clearSecrets(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => clearSecrets(item, [...path, String(i)]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      SECRET_KEY.test(key) && !harmless(child) ? [[...path, key].join(".")] : clearSecrets(child, [...path, key]),
    );
  }
  return [];
}

export const az07: Rule = {
  id: "AZ-07",
  title: RULE_TEXTS.az07.title,
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 32; NIS2 art. 21(2)(i) (access control)",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.az07.remediation,
  check: ({ resources, documents }) => {
    const outcomes: Outcome[] = resources.flatMap((r) =>
      clearSecrets(r.values).map((path) => fail(say((m) => m.az07.clearSecret(r.address, path)), at(r))),
    );
    for (const [name, document] of Object.entries(documents)) {
      for (const path of clearSecrets(document)) outcomes.push(fail(say((m) => m.az07.clearSecret(name, path)), atDocument(name, path)));
    }
    return outcomes;
  },
};
