// The risk assessment as Swedish guidance describes one (MCF's, formerly MSB's, method
// support; SS-ISO 31000): threat scenarios per option, each with a likelihood (1-4) from the
// facts of the configuration and a consequence (1-4) from the KLASSA level of the aspect the
// scenario hurts, the risk level as their product, the organization's acceptance criteria,
// a treatment and the residual risk. Shared dependencies (Entra ID sign-in, Microsoft 365 kept
// in both options) and incidents on both sides count for both options.
import type { OptionId } from "../../cost/types";
import type { OrganizationFile } from "../../model/schema";
import type { SourceId } from "../../sources";
import type { Condition } from "../gates";

export type ScenarioId = "intrusion" | "foreign-authority" | "supplier-outage" | "shared-building" | "wrong-deletion" | "skills" | "data-loss";
export const SCENARIOS: readonly ScenarioId[] = ["intrusion", "foreign-authority", "supplier-outage", "shared-building", "wrong-deletion", "skills", "data-loss"];
type Aspect = "confidentiality" | "integrity" | "availability";

export type Acceptance = "accepted" | "treat" | "not-accepted";

export interface ScenarioRisk {
  scenario: ScenarioId;
  option: OptionId;
  /** 1 (low) to 4 (very high). */
  likelihood: number;
  /** 1 to 4: the KLASSA level of the aspect the scenario hurts, at least 1. */
  consequence: number;
  /** likelihood x consequence, 1-16. */
  level: number;
  acceptance: Acceptance;
  /** The treatment's likelihood afterwards; the consequence stays. */
  residualLikelihood: number;
  residualLevel: number;
  /** Whether the treatment's cost is in the cost estimate. */
  treatmentCosted: boolean;
  sources: SourceId[];
}

interface Judged {
  likelihood: number;
  residual: number;
  costed: boolean;
}

const ASPECT: Record<ScenarioId, Aspect> = {
  intrusion: "confidentiality",
  "foreign-authority": "confidentiality",
  "supplier-outage": "availability",
  "shared-building": "availability",
  "wrong-deletion": "integrity",
  skills: "availability",
  "data-loss": "integrity",
};

const SOURCES: Record<ScenarioId, Record<OptionId, SourceId[]>> = {
  intrusion: { onprem: ["cisa-ed-21-02", "msrc-proxyshell-proxynotshell", "cve-2026-42897"], online: ["cisa-csrb-storm-0558"] },
  "foreign-authority": { onprem: ["uscode-cloud-act"], online: ["uscode-cloud-act", "eurlex-gdpr", "rkrattsbaser-osl"] },
  "supplier-outage": { onprem: ["microsoft-online-services-sla"], online: ["microsoft-online-services-sla", "esam-molnfragan"] },
  "shared-building": { onprem: ["learn-exchange-preferred-architecture"], online: ["microsoft-online-services-sla"] },
  "wrong-deletion": { onprem: ["rkrattsbaser-arkivlag"], online: ["rkrattsbaser-arkivlag"] },
  skills: { onprem: ["msb-metodstod-riskhantering", "learn-exchange-2019-lifecycle"], online: ["msb-metodstod-riskhantering"] },
  "data-loss": { onprem: ["learn-exchange-disaster-recovery"], online: ["learn-exo-data-resiliency"] },
};

const clamp = (value: number) => Math.max(1, Math.min(4, value));

/** The likelihood per scenario and option, from the facts; each rule says why in the catalog's words. */
function judge(id: ScenarioId, option: OptionId, org: OrganizationFile, conditions: Condition[]): Judged {
  const onprem = option === "onprem";
  const s = org.sites;
  const hybrid = org.onprem.modernAuthentication === "hybrid";
  switch (id) {
    case "intrusion":
      // Mass exploitation of internet-facing servers (2021, 2022, 2026) against a targeted intrusion into the service (2023).
      return onprem ? { likelihood: 3, residual: 2, costed: true } : { likelihood: 2, residual: 2, costed: false };
    case "foreign-authority":
      // Only management data, logs and keys reach a US provider on-prem (with Microsoft 365 kept for staff in both).
      return onprem ? { likelihood: 1, residual: 1, costed: true } : { likelihood: org.online.providerJurisdiction === "non-EU" ? 2 : 1, residual: org.online.providerJurisdiction === "non-EU" ? 2 : 1, costed: true };
    case "supplier-outage":
      // Sign-in through Entra ID is shared when on-prem uses hybrid modern authentication.
      return onprem ? { likelihood: hybrid ? 2 : 1, residual: 1, costed: true } : { likelihood: 2, residual: org.governance.exitPlan ? 1 : 2, costed: false };
    case "shared-building":
      return onprem && (s.sharedBuilding || s.sharedPower) ? { likelihood: 3, residual: 1, costed: false } : { likelihood: 1, residual: 1, costed: true };
    case "wrong-deletion": {
      const wide = conditions.some((c) => c.rule === "RET-01" || c.rule === "RET-02");
      return { likelihood: wide ? 3 : 1, residual: 1, costed: true };
    }
    case "skills":
      return onprem ? { likelihood: 3, residual: 2, costed: true } : { likelihood: 1, residual: 1, costed: true };
    case "data-loss": {
      if (!onprem) return { likelihood: 2, residual: 1, costed: false };
      const kind = org.onprem.backup.kind;
      return { likelihood: kind === "none" ? 3 : kind === "lagged-copy" ? 2 : 1, residual: 1, costed: kind !== "none" };
    }
  }
}

export function acceptanceOf(level: number, criteria: { acceptUpTo: number; treatUpTo: number }): Acceptance {
  return level <= criteria.acceptUpTo ? "accepted" : level <= criteria.treatUpTo ? "treat" : "not-accepted";
}

export function scenarioRisks(option: OptionId, org: OrganizationFile, conditions: Condition[]): ScenarioRisk[] {
  const levels: Record<Aspect, number> = org.classification.email;
  return SCENARIOS.map((scenario) => {
    const { likelihood, residual, costed } = judge(scenario, option, org, conditions);
    const consequence = clamp(levels[ASPECT[scenario]]);
    const level = likelihood * consequence;
    const residualLikelihood = Math.min(likelihood, residual);
    return {
      scenario,
      option,
      likelihood,
      consequence,
      level,
      acceptance: acceptanceOf(level, org.decision.riskAcceptance),
      residualLikelihood,
      residualLevel: residualLikelihood * consequence,
      treatmentCosted: costed,
      sources: SOURCES[scenario][option],
    };
  });
}
