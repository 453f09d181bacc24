// Pulumi dynamic provider for Exchange Online / Purview settings. Its diff, create and
// update go through the one M365 adapter (REST InvokeCommand): diff reads the tenant and
// reports a change when the planner finds calls to make, so drift made in the portal shows
// up in `pulumi preview`; create and update apply exactly those calls.
// Delete leaves the tenant as it is: removing a baseline from the program must not switch
// auditing, DLP or retention off (and deleting a retention policy can destroy records).
import type * as pulumi from "@pulumi/pulumi";
import { createM365Adapter, type M365Adapter } from "../../adapters/m365/adapter";
import type { TokenProvider } from "../../adapters/m365/rest-client";
import type { Endpoint } from "../../model/exchange-online/cmdlets";
import type { TenantSettings } from "../../model/exchange-online/settings";

export interface ExchangeOnlineSettingsInputs {
  /** Tenant id or initial domain (contoso.onmicrosoft.com). */
  tenant: string;
  /** The desired settings of the sections this resource manages. */
  settings: TenantSettings;
  /** Only for tests and sovereign clouds; default: the public Microsoft 365 endpoints. */
  baseUrls?: Partial<Record<Endpoint, string>>;
  /** Make changes that remove or shorten retention, holds or auditing; otherwise create/update refuse them. */
  allowDestructive?: boolean;
}

export interface ExchangeOnlineSettingsOutputs extends ExchangeOnlineSettingsInputs {
  /** How many cmdlet calls the last create or update made. */
  appliedCalls: number;
}

/** Names of the environment variables CI fills with tokens obtained through its federated credential. */
export const TOKEN_VARIABLES: Record<Endpoint, string> = {
  exchange: "EXCHANGE_IAC_EXO_TOKEN",
  compliance: "EXCHANGE_IAC_COMPLIANCE_TOKEN",
};

/** Tokens from the environment at call time: never stored in state or in the program. */
export const environmentTokens: TokenProvider = async (endpoint) => {
  const token = process.env[TOKEN_VARIABLES[endpoint]];
  if (!token) throw new Error(`${TOKEN_VARIABLES[endpoint]} is not set: CI must put a ${endpoint} access token there (workload identity federation)`);
  return token;
};

export function exchangeOnlineProvider(
  tokenProvider: TokenProvider = environmentTokens,
): pulumi.dynamic.ResourceProvider<ExchangeOnlineSettingsInputs, ExchangeOnlineSettingsOutputs> {
  const adapterFor = (inputs: ExchangeOnlineSettingsInputs): M365Adapter =>
    createM365Adapter({ tenant: inputs.tenant, tokenProvider, baseUrls: inputs.baseUrls });
  const apply = async (inputs: ExchangeOnlineSettingsInputs): Promise<ExchangeOnlineSettingsOutputs> => {
    // Refused (DestructiveChangeError, nothing sent) unless the program allows losses.
    const { applied } = await adapterFor(inputs).apply(inputs.settings, { allowDestructive: inputs.allowDestructive === true });
    return { ...inputs, appliedCalls: applied.length };
  };

  return {
    // Settings are validated by the component in the program (zod cannot be serialized into
    // this provider); here only the tenant is checked.
    async check(_olds, news) {
      if (typeof news.tenant === "string" && news.tenant.length > 0) return { inputs: news };
      return { failures: [{ property: "tenant", reason: "expected the tenant id or initial domain" }] };
    },
    async diff(_id, olds, news) {
      if (olds.tenant !== news.tenant) return { changes: true, replaces: ["tenant"], deleteBeforeReplace: false };
      const calls = await adapterFor(news).plan(news.settings);
      return { changes: calls.length > 0 };
    },
    async create(inputs) {
      return { id: `exchange-online/${inputs.tenant}/${Object.keys(inputs.settings).sort().join("+")}`, outs: await apply(inputs) };
    },
    async update(_id, _olds, news) {
      return { outs: await apply(news) };
    },
    async delete() {
      // Deliberately nothing: see the header.
    },
  };
}
