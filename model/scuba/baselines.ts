// CISA's SCuBA secure configuration baselines for the three products the tenant program
// configures, as data: every policy id with its baseline and whether it is a SHALL or a SHOULD,
// read from ScubaGear's baseline files at one commit (sources: cisa-scubagear-exo,
// cisa-scubagear-securitysuite, cisa-scubagear-aad). The security suite baseline replaced the
// Defender baseline in 2026 (source: cisa-scubagear-removed-policies). model/scuba/coverage.ts
// says how each policy is met; test/scuba-baselines.test.ts holds that no id is left unmapped.
import type { SourceId } from "../../sources";

export type ScubaProduct = "exo" | "securitysuite" | "aad";
export type Requirement = "SHALL" | "SHOULD";

export interface ScubaBaseline {
  product: ScubaProduct;
  /** The section name ScubaGear's configuration file uses for the product. */
  configSection: "Exo" | "SecuritySuite" | "Aad";
  url: string;
  commit: string;
  /** The day of that commit. */
  committed: string;
  /** The day the project read it. */
  read: string;
  source: SourceId;
}

const COMMIT = "4d34e9a48e38ce5c2e14c0fdfbaee53e57594ae2";
const file = (name: string) => `https://github.com/cisagov/ScubaGear/blob/${COMMIT}/PowerShell/ScubaGear/baselines/${name}.md`;
const dated = { commit: COMMIT, committed: "2026-08-20", read: "2026-12-07" };

export const SCUBA_BASELINES: Record<ScubaProduct, ScubaBaseline> = {
  exo: { product: "exo", configSection: "Exo", url: file("exo"), ...dated, source: "cisa-scubagear-exo" },
  securitysuite: { product: "securitysuite", configSection: "SecuritySuite", url: file("securitysuite"), ...dated, source: "cisa-scubagear-securitysuite" },
  aad: { product: "aad", configSection: "Aad", url: file("aad"), ...dated, source: "cisa-scubagear-aad" },
};

export interface ScubaPolicy {
  id: string;
  product: ScubaProduct;
  requirement: Requirement;
}

/** Every policy of the three baselines, in the baselines' order: Exchange Online 12, security suite 24, Entra ID 34. */
export const SCUBA_POLICIES: readonly ScubaPolicy[] = (
  [
  ["MS.EXO.1.1v2", "exo", "SHALL"],
  ["MS.EXO.2.2v3", "exo", "SHALL"],
  ["MS.EXO.3.1v1", "exo", "SHOULD"],
  ["MS.EXO.4.1v1", "exo", "SHALL"],
  ["MS.EXO.4.2v1", "exo", "SHALL"],
  ["MS.EXO.4.3v1", "exo", "SHALL"],
  ["MS.EXO.4.4v1", "exo", "SHOULD"],
  ["MS.EXO.5.1v1", "exo", "SHALL"],
  ["MS.EXO.6.1v1", "exo", "SHALL"],
  ["MS.EXO.6.2v1", "exo", "SHALL"],
  ["MS.EXO.7.1v1", "exo", "SHALL"],
  ["MS.EXO.13.1v1", "exo", "SHALL"],
  ["MS.SECURITYSUITE.1.1v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.1.2v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.1.3v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.1.4v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.2.1v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.2.2v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.2.3v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.2.4v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.3.1v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.3.2v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.3.3v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.3.4v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.3.5v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.4.1v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.4.2v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.5.1v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.5.2v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.6.1v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.6.2v1", "securitysuite", "SHALL"],
  ["MS.SECURITYSUITE.7.1v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.7.2v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.7.3v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.8.1v1", "securitysuite", "SHOULD"],
  ["MS.SECURITYSUITE.8.2v1", "securitysuite", "SHOULD"],
  ["MS.AAD.1.1v1", "aad", "SHALL"],
  ["MS.AAD.2.1v1", "aad", "SHALL"],
  ["MS.AAD.2.2v1", "aad", "SHOULD"],
  ["MS.AAD.2.3v1", "aad", "SHALL"],
  ["MS.AAD.3.1v1", "aad", "SHALL"],
  ["MS.AAD.3.2v2", "aad", "SHALL"],
  ["MS.AAD.3.3v2", "aad", "SHALL"],
  ["MS.AAD.3.4v1", "aad", "SHALL"],
  ["MS.AAD.3.5v2", "aad", "SHALL"],
  ["MS.AAD.3.6v1", "aad", "SHALL"],
  ["MS.AAD.3.7v1", "aad", "SHOULD"],
  ["MS.AAD.3.8v1", "aad", "SHOULD"],
  ["MS.AAD.3.9v1", "aad", "SHOULD"],
  ["MS.AAD.4.1v1", "aad", "SHALL"],
  ["MS.AAD.5.1v1", "aad", "SHALL"],
  ["MS.AAD.5.2v1", "aad", "SHALL"],
  ["MS.AAD.5.3v1", "aad", "SHALL"],
  ["MS.AAD.5.5v1", "aad", "SHOULD"],
  ["MS.AAD.5.6v1", "aad", "SHOULD"],
  ["MS.AAD.5.7v1", "aad", "SHOULD"],
  ["MS.AAD.6.1v1", "aad", "SHALL"],
  ["MS.AAD.7.1v1", "aad", "SHALL"],
  ["MS.AAD.7.2v1", "aad", "SHALL"],
  ["MS.AAD.7.3v1", "aad", "SHALL"],
  ["MS.AAD.7.4v1", "aad", "SHALL"],
  ["MS.AAD.7.5v1", "aad", "SHALL"],
  ["MS.AAD.7.6v1", "aad", "SHALL"],
  ["MS.AAD.7.7v1", "aad", "SHALL"],
  ["MS.AAD.7.8v1", "aad", "SHALL"],
  ["MS.AAD.7.9v1", "aad", "SHOULD"],
  ["MS.AAD.8.1v1", "aad", "SHOULD"],
  ["MS.AAD.8.2v1", "aad", "SHOULD"],
  ["MS.AAD.8.3v1", "aad", "SHOULD"],
  ["MS.AAD.9.1v1", "aad", "SHALL"],
  ] as const
).map(([id, product, requirement]) => ({ id, product, requirement }));
