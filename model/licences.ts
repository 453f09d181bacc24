// What each Microsoft licence entitles, as Microsoft's licensing pages state it, and what the
// organization's chosen features need. One place for these facts: the licence prerequisite
// rules (policies/rules/licences, LIC-xx) judge them and the cost module prices them.
import type { SourceId } from "../sources";
import { logRetentionDays } from "./retention-periods";
import type { OrganizationFile } from "./schema";

export type LicencePlan = OrganizationFile["online"]["licences"]["staff"];
export type StaffPlan = Exclude<LicencePlan, "none">;
export type AddOn = OrganizationFile["online"]["addOns"][number];

/** Suites staff use for more than mail (Office, Teams, Intune, ...): held whichever mail option is chosen. */
export const SUITE_PLANS: readonly StaffPlan[] = ["M365_F3", "O365_E3", "M365_E3", "M365_E5"];
export const isSuite = (plan: LicencePlan): plan is StaffPlan => (SUITE_PLANS as readonly string[]).includes(plan);

/**
 * Plans whose users may use Exchange Server SE without buying Exchange CALs, and whose Extended
 * Use Rights also license the servers when every user of them holds one (sources below).
 * Office 365 E3 and F3 carry no such rights: their users need CALs (or a CAL Suite Bridge).
 */
export const PLANS_WITH_EXCHANGE_SERVER_RIGHTS: readonly StaffPlan[] = ["M365_E3", "M365_E5"];
export const carriesExchangeServerRights = (plan: LicencePlan): boolean => (PLANS_WITH_EXCHANGE_SERVER_RIGHTS as readonly string[]).includes(plan);

/** Plans that include DLP for Exchange Online (source: learn-m365-security-compliance-licensing; Plan 2: microsoft-exchange-online-plans). */
export const PLANS_WITH_EXCHANGE_DLP: readonly StaffPlan[] = ["EXO_P2", "O365_E3", "M365_E3", "M365_E5"];

/** Days of audit records each audit tier keeps (source: learn-m365-security-compliance-licensing, microsoft-purview-audit). */
export const AUDIT_STANDARD_DAYS = 180;
export const AUDIT_PREMIUM_DAYS = 365;

export type LicenceNeedId = "customer-key" | "customer-lockbox" | "audit-premium" | "audit-10-year" | "advanced-data-residency" | "exchange-online-dlp";

/** A licence the online option's configuration needs for staff, judged from the organization file. */
export interface LicenceNeed {
  id: LicenceNeedId;
  /** The rule that enforces it. */
  rule: string;
  /** The organization file key that asks for it, e.g. "online.customerKey.enabled". */
  path: string;
  /** True when the staff plan or a declared add-on provides it. */
  met: boolean;
  /** The add-on that provides it where the staff plan does not; null when only another plan does. */
  addOn: AddOn | null;
  sources: SourceId[];
}

const COMPLIANCE_SOURCES: SourceId[] = ["learn-m365-security-compliance-licensing"];

/**
 * Staff per year who hold Microsoft 365 E3/E5 in the on-prem option and so need no Exchange CAL:
 * everyone when their plan carries the rights (a suite is kept in either option), else as many
 * as own E3/E5 seats.
 */
export function staffWithExchangeServerRights(org: OrganizationFile, staff: number[]): number[] {
  if (carriesExchangeServerRights(org.online.licences.staff)) return staff;
  const owned = (org.cost.ownedLicences.M365_E3 ?? 0) + (org.cost.ownedLicences.M365_E5 ?? 0);
  return staff.map((n) => Math.min(n, owned));
}

/** The days the online option keeps audit records: as long as asked or decided, and at least a year. */
export const onlineAuditDays = (org: OrganizationFile, minimumDays: number): number => Math.max(minimumDays, logRetentionDays(org));

/**
 * Every licence the online configuration needs, met or not. `auditDays` is how long the tenant
 * configuration keeps audit records (model/exchange-online: at least a year).
 */
export function licenceNeeds(org: OrganizationFile, auditDays: number): LicenceNeed[] {
  const plan = org.online.licences.staff;
  const addOns = org.online.addOns;
  const e5 = plan === "M365_E5";
  const compliance = e5 || addOns.includes("E5_COMPLIANCE");
  // E5 Compliance carries Audit Premium too, so where Customer Key or Lockbox need it anyway it is the route.
  const complianceRoute = compliance || org.online.customerKey.enabled || org.online.customerLockbox;
  const needs: LicenceNeed[] = [];
  const need = (n: Omit<LicenceNeed, "sources"> & { sources?: SourceId[] }) => needs.push({ sources: COMPLIANCE_SOURCES, ...n });

  if (org.online.customerKey.enabled) {
    need({ id: "customer-key", rule: "LIC-01", path: "online.customerKey.enabled", met: compliance, addOn: "E5_COMPLIANCE" });
  }
  if (org.online.customerLockbox) {
    need({
      id: "customer-lockbox",
      rule: "LIC-02",
      path: "online.customerLockbox",
      met: compliance,
      addOn: "E5_COMPLIANCE",
      sources: [...COMPLIANCE_SOURCES, "learn-customer-lockbox-configure"],
    });
  }
  if (auditDays > AUDIT_STANDARD_DAYS) {
    need({
      id: "audit-premium",
      rule: "LIC-03",
      path: "retention.auditLogRetentionDays",
      met: compliance || addOns.includes("E5_EDISCOVERY_AUDIT"),
      addOn: complianceRoute ? "E5_COMPLIANCE" : "E5_EDISCOVERY_AUDIT",
      sources: [...COMPLIANCE_SOURCES, "microsoft-purview-audit"],
    });
  }
  if (auditDays > AUDIT_PREMIUM_DAYS) {
    need({
      id: "audit-10-year",
      rule: "LIC-03",
      path: "retention.auditLogRetentionDays",
      met: addOns.includes("AUDIT_LOG_RETENTION_10_YEARS"),
      addOn: "AUDIT_LOG_RETENTION_10_YEARS",
      sources: [...COMPLIANCE_SOURCES, "microsoft-purview-audit"],
    });
  }
  if (org.online.advancedDataResidency) {
    need({
      id: "advanced-data-residency",
      rule: "LIC-04",
      path: "online.advancedDataResidency",
      met: addOns.includes("ADVANCED_DATA_RESIDENCY"),
      addOn: "ADVANCED_DATA_RESIDENCY",
      sources: ["learn-advanced-data-residency", "learn-exchange-online-data-residency"],
    });
  }
  // The online DLP policy covers every Exchange mailbox (DLP-01): its senders need Exchange DLP.
  need({
    id: "exchange-online-dlp",
    rule: "LIC-05",
    path: "online.licences.staff",
    met: (PLANS_WITH_EXCHANGE_DLP as readonly string[]).includes(plan),
    addOn: null,
    sources: [...COMPLIANCE_SOURCES, "microsoft-exchange-online-plans"],
  });
  return needs;
}
