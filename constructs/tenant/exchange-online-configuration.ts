// Pulumi component: the Exchange Online and Purview configuration of one tenant, built from
// the organization file. One dynamic resource per settings section, so `pulumi preview`
// names what drifted (DLP, retention, audit, ...) instead of one opaque blob; every one of
// them goes through the same provider and adapter.
import * as pulumi from "@pulumi/pulumi";
import { SECTION_SPECS } from "../../model/exchange-online/cmdlets";
import { buildExchangeOnlineDocument, type ExchangeOnlineFacts } from "../../model/exchange-online/document";
import type { Endpoint } from "../../model/exchange-online/cmdlets";
import { tenantSettings } from "../../model/exchange-online/settings";
import type { OrganizationFile } from "../../model/schema";
import { exchangeOnlineProvider, type ExchangeOnlineSettingsInputs } from "./exchange-online-provider";

export interface ExchangeOnlineConfigurationProps {
  readonly organization: OrganizationFile;
  /** Tenant id or initial domain; default: organization.tenantId, else the config azuread:tenantId. */
  readonly tenant?: pulumi.Input<string>;
  /** Only for tests and sovereign clouds. */
  readonly baseUrls?: Partial<Record<Endpoint, string>>;
  /** Default: tokens from the environment (see TOKEN_VARIABLES). */
  readonly provider?: pulumi.dynamic.ResourceProvider;
  /** Allow changes that remove or shorten retention, holds or auditing (default: refused). */
  readonly allowDestructive?: boolean;
}

class ExchangeOnlineSettings extends pulumi.dynamic.Resource {
  constructor(provider: pulumi.dynamic.ResourceProvider, name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions) {
    super(provider, name, { ...props, appliedCalls: undefined }, opts, "exchange-iac", "ExchangeOnlineSettings");
  }
}

export class ExchangeOnlineConfiguration extends pulumi.ComponentResource {
  /** The declared facts (data residency, DLP, retention, audit, ...) that policies read. */
  readonly facts: ExchangeOnlineFacts;
  readonly sections: Record<string, pulumi.CustomResource> = {};

  constructor(name: string, props: ExchangeOnlineConfigurationProps, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:ExchangeOnlineConfiguration", name, {}, opts);
    // The tenant is often filled in only before deployment (organization.tenantId is optional),
    // so it may also come from the azuread provider's own setting. Left unknown, the program
    // still builds (tests, previews without a tenant) and the provider's check refuses it.
    const tenant = props.tenant ?? props.organization.organization.tenantId ?? new pulumi.Config("azuread").get("tenantId") ?? "";
    const document = buildExchangeOnlineDocument(props.organization);
    // Validated here, in the program: the serialized provider cannot carry zod.
    tenantSettings.parse(document.settings);
    this.facts = document.facts;
    const provider = props.provider ?? exchangeOnlineProvider();
    // Each section waits for the one before it (SECTION_SPECS order), so a rule's policy
    // exists before the rule and calls reach the service one section at a time.
    let previous: pulumi.CustomResource | undefined;
    for (const spec of SECTION_SPECS) {
      const inputs: pulumi.Inputs = {
        tenant,
        settings: { [spec.section]: document.settings[spec.section] } satisfies ExchangeOnlineSettingsInputs["settings"],
        ...(props.baseUrls ? { baseUrls: props.baseUrls } : {}),
        ...(props.allowDestructive ? { allowDestructive: true } : {}),
      };
      previous = new ExchangeOnlineSettings(provider, `${name}-${spec.section}`, inputs, { parent: this, dependsOn: previous ? [previous] : [] });
      this.sections[spec.section] = previous;
    }
    this.registerOutputs({ facts: this.facts });
  }
}
