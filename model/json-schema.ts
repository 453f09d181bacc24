// The JSON Schema editors use to complete organization files, generated from the zod schema.
import { z } from "zod";
import { organizationFile } from "./schema";

export const SCHEMA_PATH = new URL("../schema/organization.schema.json", import.meta.url);

export function organizationJsonSchemaText(): string {
  const schema = z.toJSONSchema(organizationFile, { io: "input", target: "draft-2020-12" });
  const titled = { ...schema, title: "exchange-iac organization file" };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
