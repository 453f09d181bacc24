// The ONE adapter between the Exchange Online configuration and Microsoft 365. Every cmdlet
// call goes through it, with three outputs: applied over REST (InvokeCommand), written as a
// PowerShell script, or written as a Microsoft365DSC configuration.
import type { ExchangeOnlineDocument } from "../../model/exchange-online/document";
import type { CmdletCall } from "../../model/exchange-online/cmdlets";
import { DestructiveChangeError, findLosses, type Loss } from "../../model/exchange-online/destructive";
import { planCalls } from "../../model/exchange-online/plan";
import type { SettingsSection, TenantSettings } from "../../model/exchange-online/settings";
import { renderM365Dsc } from "./m365dsc";
import type { EntraDeclaration } from "./m365dsc-entra";
import { renderPowerShell } from "./powershell";
import { readTenantSettings } from "./read-state";
import { createInvokeCommandClient, type InvokeCommandClient, type InvokeCommandOptions } from "./rest-client";

export interface ApplyResult {
  /** The calls that were needed and made, in order. Empty when the tenant already matched. */
  applied: CmdletCall[];
  /** What the applied calls removed or shortened (only ever non-empty with allowDestructive). */
  losses: Loss[];
}

export interface ApplyOptions {
  /** Make calls that remove or shorten retention, holds or auditing (--allow-destructive). */
  allowDestructive?: boolean;
}

export interface M365Adapter {
  /** The tenant's current settings: every section, or only the sections named. */
  readCurrentState(sections?: readonly SettingsSection[]): Promise<TenantSettings>;
  plan(desired: TenantSettings): Promise<CmdletCall[]>;
  /** Throws DestructiveChangeError, having sent nothing, when a call would lose data and that is not allowed. */
  apply(desired: TenantSettings, options?: ApplyOptions): Promise<ApplyResult>;
}

export function createM365Adapter(options: InvokeCommandOptions | { client: InvokeCommandClient }): M365Adapter {
  const client = "client" in options ? options.client : createInvokeCommandClient(options);
  // Only the sections the desired state names are read: one Get- call each.
  const readDesiredSections = (desired: TenantSettings) => readTenantSettings(client, Object.keys(desired) as SettingsSection[], desired);
  const adapter: M365Adapter = {
    readCurrentState: (sections) => readTenantSettings(client, sections),
    async plan(desired) {
      return planCalls(desired, await readDesiredSections(desired));
    },
    async apply(desired, options = {}) {
      const current = await readDesiredSections(desired);
      const calls = planCalls(desired, current);
      // Nothing lost: refuse the whole apply before the first call, so a tenant is never
      // left half-changed by a run that was going to be refused anyway.
      const losses = findLosses(desired, current);
      if (losses.length && !options.allowDestructive) throw new DestructiveChangeError(losses);
      // In order: a rule's policy is created before the rule (SECTION_SPECS order).
      for (const call of calls) await client.invoke(call);
      return { applied: calls, losses };
    },
  };
  return adapter;
}

/** The offline outputs: the same desired state for organizations that apply by hand or with DSC. */
export const render = {
  powershell: (document: ExchangeOnlineDocument): string => renderPowerShell(document),
  m365dsc: (document: ExchangeOnlineDocument, entra?: EntraDeclaration | { leftOut: string }): string => renderM365Dsc(document, entra),
};
