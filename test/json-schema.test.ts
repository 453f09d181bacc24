import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { SCHEMA_PATH, organizationJsonSchemaText } from "../model/json-schema";

it("the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)", () => {
  expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(organizationJsonSchemaText());
});
