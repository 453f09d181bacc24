// SARIF 2.1.0 for GitHub code scanning: one run, the rules as driver metadata, findings as
// results located at a line of the organization file (a YAML source map): the key a finding
// names, or for a generated resource or document the field it follows (organization-fields.ts),
// with the generated artifact as a related location. Waived findings carry an accepted
// external suppression.
import { source } from "../../sources";
import type { Finding, Rule } from "../types";
import { describeLocation } from "./text";
import { RULE_FIELDS } from "./organization-fields";
import { lineOfPath } from "./yaml-lines";

export interface SarifContext {
  rules: Rule[];
  /** The organization file as the repository sees it (relative path) and its text. */
  organizationFile: { uri: string; text: string };
  /** Where each stack's artifact lives, relative to the repository root. */
  stackArtifactUri(stack: string): string;
  documentUri(option: string, document: string): string;
  toolVersion: string;
}

export function toSarif(findings: Finding[], context: SarifContext) {
  const rules = [...context.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "exchange-iac",
            version: context.toolVersion,
            // No informationUri: the project has no public home of its own yet, and SARIF makes it optional.
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace("-", ""),
              shortDescription: { text: rule.title },
              fullDescription: { text: `${rule.title}. Basis: ${rule.basis}.` },
              help: { text: `${rule.remediation} Sources: ${rule.sources.map((id) => `${source(id).title} <${source(id).url}>`).join("; ")}` },
              helpUri: source(rule.sources[0]!).url,
              defaultConfiguration: { level: rule.severity },
              properties: { tags: [`applies-to:${rule.appliesTo}`], basis: rule.basis },
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId),
          level: finding.severity,
          message: { text: `[${finding.option}] ${finding.status === "undecided" ? "could not decide: " : ""}${finding.message}` },
          locations: [location(finding, context)],
          partialFingerprints: { findingKey: `${finding.option}/${finding.ruleId}/${describeLocation(finding)}` },
          ...(finding.waiver
            ? { suppressions: [{ kind: "external", status: "accepted", justification: `${finding.waiver.reason} (approved by ${finding.waiver.approvedBy}, expires ${finding.waiver.expires})` }] }
            : {}),
        })),
      },
    ],
  };
}

function location(finding: Finding, context: SarifContext) {
  const l = finding.location;
  if (l.kind === "organization") {
    return {
      physicalLocation: {
        artifactLocation: { uri: context.organizationFile.uri },
        region: { startLine: lineOfPath(context.organizationFile.text, l.path) },
      },
      logicalLocations: [{ fullyQualifiedName: l.path, kind: "member" }],
    };
  }
  const uri = l.kind === "resource" ? context.stackArtifactUri(l.stack) : context.documentUri(finding.option, l.document);
  const name = l.kind === "resource" ? l.address : l.path;
  const field = RULE_FIELDS[finding.ruleId];
  return {
    physicalLocation: {
      artifactLocation: { uri: context.organizationFile.uri },
      region: { startLine: field ? lineOfPath(context.organizationFile.text, field) : 1 },
    },
    logicalLocations: [{ fullyQualifiedName: name, kind: l.kind === "resource" ? "resource" : "member" }],
    // relatedLocations of a result are a separate SARIF property; the artifact is named here.
    message: { text: `${l.kind === "resource" ? "generated resource" : "generated document"} ${name} in ${uri}` },
  };
}
