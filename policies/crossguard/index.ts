// The CrossGuard policy pack for the tenant program: `pulumi preview --policy-pack
// ../../policies/crossguard` from stacks/tenant. The organization file comes from
// EXCHANGE_IAC_CONFIG (default: the built-in example), as for the program itself.
import { PolicyPack } from "@pulumi/policy";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../../model/load";
import { tenantPolicies } from "../adapters/crossguard";
import { todayUtc } from "../dates";

new PolicyPack("exchange-iac-tenant", {
  description: "Identity rules IAM-01..IAM-05 of the exchange-iac policy catalog",
  policies: tenantPolicies(loadOrganizationFile(process.env.EXCHANGE_IAC_CONFIG ?? EXAMPLE_CONFIG), todayUtc()),
});
