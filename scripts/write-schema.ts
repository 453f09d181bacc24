// Regenerates schema/organization.schema.json from the zod schema (npm run schema).
import { writeFileAtomic } from "../model/write-file";
import { SCHEMA_PATH, organizationJsonSchemaText } from "../model/json-schema";

writeFileAtomic(SCHEMA_PATH, organizationJsonSchemaText());
