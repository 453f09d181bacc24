// Nothing lost, in the PowerShell output: before the script changes anything in Security &
// Compliance it reads each retention rule, retention policy and audit retention policy it
// would set, and stops with the list of what would be lost (retention shortened, Keep turned
// into a deletion, a narrower query, a disabled policy, audit kept shorter) unless it was run
// with -AllowDestructive, which lists the same losses as warnings and goes on. The same
// judgement as model/exchange-online/destructive.ts, evaluated in the tenant at run time.
import { auditRetentionDays } from "../../model/exchange-online/audit-retention";
import { SECTION_SPECS, type SectionSpec } from "../../model/exchange-online/cmdlets";
import { REPORTED_AUDIT_RETENTION_DURATIONS, type DesiredSettings } from "../../model/exchange-online/settings";
import { psString as quote, psValue } from "../../model/powershell";

/** The expression that reads one item of a section, $null when it is absent. */
export function currentItem(spec: SectionSpec, identity: string): string {
  if (spec.find === "list") return `${spec.get} | Where-Object { $_.${spec.key} -eq ${quote(identity)} }`;
  return `${spec.get} -Identity ${quote(identity)} -ErrorAction SilentlyContinue`;
}

const spec = (section: SectionSpec["section"]) => SECTION_SPECS.find((candidate) => candidate.section === section)!;

/** Actions of a retention rule that keep content, and that delete it. */
const KEEPS = ["Keep", "KeepAndDelete"];
const DELETES = ["Delete", "KeepAndDelete"];

/** Current actions from which changing to `to` loses something. */
function lossyActionsFor(to: string): string[] {
  return ["Keep", "KeepAndDelete", "Delete"].filter((from) => (KEEPS.includes(from) && !KEEPS.includes(to)) || (!DELETES.includes(from) && DELETES.includes(to)));
}

const list = (values: readonly string[]) => `@(${values.map(quote).join(", ")})`;

/** `$losses += '<item>: <field> ' + <current value> + ' -> <desired>'`: names only ever in single quotes. */
const addLoss = (item: string, field: string, current: string, desired: string) =>
  `$losses += ${quote(`${item}: ${field} `)} + ${current} + ${quote(` -> ${desired}`)}`;

/** The guard block, run right after Connect-IPPSSession and before any compliance change. */
export function renderLossGuard(settings: DesiredSettings): string[] {
  const lines = [
    "# Nothing lost: stop before any change here if one would remove or shorten retention or auditing.",
    "$losses = @()",
    "function ConvertTo-RetentionDays($Value) { if (\"$Value\" -eq 'Unlimited') { [double]::PositiveInfinity } elseif (\"$Value\" -match '^\\d+$') { [double]\"$Value\" } else { [double]::NegativeInfinity } }",
  ];
  for (const policy of settings.retentionCompliancePolicies) {
    if (policy.Enabled) continue;
    lines.push(
      `$current = ${currentItem(spec("retentionCompliancePolicies"), policy.Name)}`,
      `if ($null -ne $current -and $current.Enabled) { ${addLoss(policy.Name, "Enabled", "'True'", "False")} }`,
    );
  }
  for (const rule of settings.retentionComplianceRules) {
    const name = rule.Name;
    const checks = [
      `if ((ConvertTo-RetentionDays $current.RetentionDuration) -gt (ConvertTo-RetentionDays ${quote(rule.RetentionDuration)})) { ${addLoss(name, "RetentionDuration", "$current.RetentionDuration", rule.RetentionDuration)} }`,
    ];
    const lossy = lossyActionsFor(rule.RetentionComplianceAction);
    if (lossy.length) {
      checks.push(`if (${list(lossy)} -contains $current.RetentionComplianceAction) { ${addLoss(name, "RetentionComplianceAction", "$current.RetentionComplianceAction", rule.RetentionComplianceAction)} }`);
    }
    if (rule.ExpirationDateOption === "CreationAgeInDays") {
      checks.push(`if ($current.ExpirationDateOption -eq 'ModificationAgeInDays') { ${addLoss(name, "ExpirationDateOption", "'ModificationAgeInDays'", "CreationAgeInDays")} }`);
    }
    if (rule.ContentMatchQuery !== "") {
      checks.push(`if ("$($current.ContentMatchQuery)" -ne ${quote(rule.ContentMatchQuery)}) { ${addLoss(name, "ContentMatchQuery", "$current.ContentMatchQuery", rule.ContentMatchQuery)} }`);
    }
    lines.push(`$current = ${currentItem(spec("retentionComplianceRules"), name)}`, "if ($null -ne $current) {", ...checks.map((check) => `    ${check}`), "}");
  }
  if (settings.unifiedAuditLogRetentionPolicies.length) {
    // Days of each duration a tenant may report: a shorter one than before is a loss.
    const days = Object.fromEntries(REPORTED_AUDIT_RETENTION_DURATIONS.map((duration) => [duration, auditRetentionDays(duration)]));
    lines.push(`$auditDays = ${psValue(days)}`);
  }
  for (const policy of settings.unifiedAuditLogRetentionPolicies) {
    lines.push(
      `$current = ${currentItem(spec("unifiedAuditLogRetentionPolicies"), policy.Name)}`,
      `if ($null -ne $current -and $auditDays.ContainsKey("$($current.RetentionDuration)") -and $auditDays["$($current.RetentionDuration)"] -gt ${auditRetentionDays(policy.RetentionDuration)}) { ${addLoss(policy.Name, "RetentionDuration", "$current.RetentionDuration", policy.RetentionDuration)} }`,
    );
  }
  lines.push(
    "if ($losses.Count -gt 0) {",
    "    if (-not $AllowDestructive) { throw \"refused: these changes would remove or shorten retention or auditing (rerun with -AllowDestructive to make them):`n  $($losses -join \"`n  \")\" }",
    "    foreach ($loss in $losses) { Write-Warning \"allowed by -AllowDestructive, would be lost: $loss\" }",
    "}",
  );
  return lines;
}
