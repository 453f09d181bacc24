// Security advisories and baselines: CISA directives and the Known Exploited Vulnerabilities catalog, ScubaGear.
import type { SourceArea } from "./types";

export const securitySources = {
  "cisa-scubagear-aad": {
    title: "ScubaGear Microsoft Entra ID baseline (aad.md)",
    publisher: "CISA (GitHub)",
    url: "https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md",
    read: "2026-12-01",
    says: "MS.AAD.4.1v1: security logs shall be sent to the security operations center; the Entra ID diagnostic settings include AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs and ManagedIdentitySignInLogs.",
    primary: true,
  },
} satisfies SourceArea;
