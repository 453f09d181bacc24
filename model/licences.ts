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

/** Plans whose Extended Use Rights license the Exchange Server SE servers, where the programme carries them (sources: techcommunity-exchange-se-licensing, microsoft-exchange-licensing-faq). */
export const PLANS_WITH_EXTENDED_USE_RIGHTS: readonly StaffPlan[] = ["M365_E3", "M365_E5"];
export const carriesExtendedUseRights = (plan: LicencePlan): boolean => (PLANS_WITH_EXTENDED_USE_RIGHTS as readonly string[]).includes(plan);

export type Programme = NonNullable<OrganizationFile["cost"]["licensing"]["programme"]>;
/**
 * Programmes whose Product Terms carry the Extended Use Rights of Microsoft 365 E3/E5: not CSP
 * (Microsoft Customer Agreement) and not MOSA (sources: reddit-exchange-se-eur-programmes,
 * microsoft-exchange-licensing-faq).
 */
export const PROGRAMMES_WITH_EXTENDED_USE_RIGHTS: readonly Programme[] = ["EA", "EAS", "EES", "SCE", "MPSA", "OpenValue", "OpenValueSubscription"];
/** Programmes that sell no Software Assurance: Exchange SE is bought there as subscription licences (source: microsoft-product-terms-exchange-server). */
export const SUBSCRIPTION_ONLY_PROGRAMMES: readonly Programme[] = ["CSP", "MOSA"];

/**
 * The Exchange Server CAL an Online Services plan stands in for (CAL equivalency): Exchange
 * Online Plan 1 the Standard CAL, Plan 2 and the suites that hold it the Standard and the
 * Enterprise CAL (sources: microsoft-product-terms-cal-equivalency,
 * ms-volume-licensing-cal-equivalency-blog, quexcel-exchange-online-cal-equivalent). Kiosk and F3
 * are not shown as equivalent in what could be read: their users get CALs.
 */
export type CalLevel = "none" | "standard" | "enterprise";
export const CAL_EQUIVALENCE: Record<LicencePlan, CalLevel> = {
  none: "none",
  EXO_KIOSK: "none",
  M365_F3: "none",
  EXO_P1: "standard",
  EXO_P2: "enterprise",
  O365_E3: "enterprise",
  M365_E3: "enterprise",
  M365_E5: "enterprise",
};
export const carriesCalRights = (plan: LicencePlan): boolean => CAL_EQUIVALENCE[plan] !== "none";

/** Why the Extended Use Rights do or do not license the servers. */
export type ExtendedUseRightsReason = "applies" | "programme-not-stated" | "programme-without-rights" | "users-without-plan";

/** On-prem features of this design that only the additive Enterprise CAL licenses (source: blackbeltxp-exchange-server-licensing). */
export type EnterpriseFeature = "dlp" | "custom-retention" | "information-rights";

/** Who reaches the Exchange servers in the on-prem option and what their plans already license, per planning year. */
export interface ServerAccess {
  /** Staff plus the users outside staff (cost.licensing.otherServerUsers). */
  users: number[];
  /** Users whose plan stands in for the Standard CAL, and for the Enterprise CAL too. */
  standardCovered: number[];
  enterpriseCovered: number[];
  /** CALs to hold: Standard for everyone not covered, Enterprise only where a feature needs it. */
  needStandard: number[];
  needEnterprise: number[];
  enterpriseFeatures: EnterpriseFeature[];
  extendedUseRights: ExtendedUseRightsReason;
}

const owned = (org: OrganizationFile, plans: readonly LicencePlan[]): number =>
  plans.reduce((total, plan) => total + (plan === "none" ? 0 : (org.cost.ownedLicences[plan] ?? 0)), 0);

/** The design's on-prem features that need the Enterprise CAL: DLP-01's transport rule always; custom retention and IRM when chosen. */
export function enterpriseFeatures(org: OrganizationFile): EnterpriseFeature[] {
  const features: EnterpriseFeature[] = ["dlp"];
  if (org.retention.deletionDecisions.some((decision) => decision.appliesTo !== "logs")) features.push("custom-retention");
  if (org.onprem.personalIdentityNumberAction === "encrypt") features.push("information-rights");
  return features;
}

/**
 * Staff holding a plan at or above `level` in the on-prem option: everyone when the staff plan
 * is a suite they keep (or a plan at that level itself is what they hold), else as many as the
 * owned seats of such plans.
 */
function staffAtLevel(org: OrganizationFile, staff: number[], level: "standard" | "enterprise"): number[] {
  const plans = (Object.keys(CAL_EQUIVALENCE) as LicencePlan[]).filter((plan) => CAL_EQUIVALENCE[plan] === "enterprise" || (level === "standard" && CAL_EQUIVALENCE[plan] === "standard"));
  const plan = org.online.licences.staff;
  if (isSuite(plan) && plans.includes(plan)) return staff;
  return staff.map((n) => Math.min(n, owned(org, plans)));
}

/** Staff per year holding Microsoft 365 E3/E5, kept in either option or owned. */
export function staffWithExtendedUseRights(org: OrganizationFile, staff: number[]): number[] {
  if (carriesExtendedUseRights(org.online.licences.staff)) return staff;
  return staff.map((n) => Math.min(n, owned(org, PLANS_WITH_EXTENDED_USE_RIGHTS)));
}

/** Whether Microsoft 365 E3/E5 license the servers: the programme must carry the rights and every user of the servers hold E3/E5. */
export function extendedUseRights(org: OrganizationFile, staff: number[]): ExtendedUseRightsReason {
  const { programme, otherServerUsers, otherServerUsersPlan } = org.cost.licensing;
  if (!programme) return "programme-not-stated";
  if (!PROGRAMMES_WITH_EXTENDED_USE_RIGHTS.includes(programme)) return "programme-without-rights";
  const holders = staffWithExtendedUseRights(org, staff);
  const othersCovered = otherServerUsers === 0 || carriesExtendedUseRights(otherServerUsersPlan);
  return othersCovered && holders.every((n, i) => n >= staff[i]!) ? "applies" : "users-without-plan";
}

export function serverAccess(org: OrganizationFile, staff: number[]): ServerAccess {
  const { otherServerUsers, otherServerUsersPlan } = org.cost.licensing;
  const others = (level: "standard" | "enterprise") => (CAL_EQUIVALENCE[otherServerUsersPlan] === "enterprise" || (level === "standard" && CAL_EQUIVALENCE[otherServerUsersPlan] === "standard") ? otherServerUsers : 0);
  const standardCovered = staffAtLevel(org, staff, "standard").map((n) => n + others("standard"));
  const enterpriseCovered = staffAtLevel(org, staff, "enterprise").map((n) => n + others("enterprise"));
  const users = staff.map((n) => n + otherServerUsers);
  const features = enterpriseFeatures(org);
  return {
    users,
    standardCovered,
    enterpriseCovered,
    needStandard: users.map((n, i) => n - standardCovered[i]!),
    needEnterprise: features.length ? users.map((n, i) => n - enterpriseCovered[i]!) : users.map(() => 0),
    enterpriseFeatures: features,
    extendedUseRights: extendedUseRights(org, staff),
  };
}

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
