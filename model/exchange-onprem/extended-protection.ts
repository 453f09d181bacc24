// Microsoft's expected Extended Protection setting for each front-end (Default Web Site)
// virtual directory of Exchange 2019 and SE: the values Setup applies and HealthChecker and
// the ExchangeExtendedProtectionManagement script check against (sources:
// learn-exchange-extended-protection, css-exchange-extended-protection-table). Setting a
// directory above its value breaks clients (Outlook for Mac cannot download the OAB with
// Require); setting one below leaves it open to relay attacks.
import type { VirtualDirectoryKind } from "./document";

export type ExtendedProtection = "None" | "Allow" | "Require";

export const EXPECTED_EXTENDED_PROTECTION: Readonly<Record<VirtualDirectoryKind, ExtendedProtection>> = {
  owa: "Require",
  ecp: "Require",
  ews: "Allow",
  mapi: "Require",
  activesync: "Allow",
  oab: "Allow",
  powershell: "None",
  autodiscover: "None",
};

/** The source ids of the table, for the rule that checks against it. */
export const EXTENDED_PROTECTION_SOURCES = ["learn-exchange-extended-protection", "css-exchange-extended-protection-table"] as const;
