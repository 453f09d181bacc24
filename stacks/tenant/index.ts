// Entry point of the tenant Pulumi program (Pulumi.yaml `main`). Reads the organization file
// named by the config key `organizationFile` (relative to this folder), else
// EXCHANGE_IAC_CONFIG, else the built-in example, and declares the tenant from it.
import { resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../../model/load";
import { tenantProgram } from "./program";

const config = new pulumi.Config();
const path = config.get("organizationFile") ?? process.env.EXCHANGE_IAC_CONFIG ?? EXAMPLE_CONFIG;
// `pulumi config set allowDestructive true` for one deliberate run that may remove or shorten
// retention, holds or auditing (otherwise `pulumi up` refuses such changes and names them).
const { outputs } = tenantProgram(loadOrganizationFile(resolve(path)), { allowDestructive: config.getBoolean("allowDestructive") ?? false });

export const automationClientId = outputs.automationClientId;
export const conditionalAccessPolicyIds = outputs.conditionalAccessPolicyIds;
export const allowedCountriesLocationId = outputs.allowedCountriesLocationId;
