// Drift of a running on-prem Exchange organization from the declared one. Each watched setting
// has its declared value (from the configuration document, so from the organization file), the
// organization-file field it follows, and a read-only Exchange Management Shell expression that
// reads its current value. The export script runs only those Get-* expressions and writes one
// JSON file; `exchange-iac onprem drift --current FILE` compares it with the document.
import { InputError, describeValue } from "../input-error";
import { psString } from "../powershell";
import type { OnpremExchangeDocument } from "./document";

export const CURRENT_SCHEMA = "exchange-iac/onprem-current/1";

export interface WatchedSetting {
  /** Stable id: the key in the export's `settings`. */
  id: string;
  /** The organization-file field the declared value follows; null where exchange-iac always declares it (the rule id says why). */
  field: string | null;
  rule?: string;
  declared: string | number | boolean | string[];
  /** A read-only PowerShell expression giving the current value. */
  read: string;
}

const days = (timespan: string) => `[int]${timespan}.TotalDays`;
const names = (expression: string) => `@(${expression} | ForEach-Object { "$($_.Name)" } | Sort-Object)`;

/** The watched settings of a document: what the configuration script sets and a council relies on. */
export function watchedSettings(doc: OnpremExchangeDocument): WatchedSetting[] {
  const dag = psString(doc.dag.name);
  const settings: WatchedSetting[] = [
    { id: "adminAuditLog.enabled", field: null, rule: "EXO-02", declared: true, read: "[bool](Get-AdminAuditLogConfig).AdminAuditLogEnabled" },
    { id: "adminAuditLog.ageLimitDays", field: "retention.auditLogRetentionDays", declared: doc.audit.adminAuditLog.ageLimitDays, read: days("(Get-AdminAuditLogConfig).AdminAuditLogAgeLimit") },
    {
      id: "mailboxAudit.mailboxesWithoutAudit",
      field: null,
      rule: "EXO-02",
      declared: 0,
      read: "@(Get-Mailbox -ResultSize Unlimited | Where-Object { -not $_.AuditEnabled }).Count",
    },
    {
      id: "mailboxAudit.shortestAgeLimitDays",
      field: "retention.auditLogRetentionDays",
      declared: doc.audit.mailboxAudit.ageLimitDays,
      read: `[int](@(Get-Mailbox -ResultSize Unlimited | ForEach-Object { $_.AuditLogAgeLimit.TotalDays }) + ${doc.audit.mailboxAudit.ageLimitDays} | Measure-Object -Minimum).Minimum`,
    },
    { id: "transport.safetyNetHoldDays", field: "onprem.dag.replayLagDays", declared: doc.transport.safetyNetHoldDays, read: days("(Get-TransportConfig).SafetyNetHoldTime") },
    { id: "dag.members", field: "onprem.mailboxServers", declared: [...doc.dag.members].sort(), read: names(`(Get-DatabaseAvailabilityGroup -Identity ${dag}).Servers`) },
    { id: "dag.witnessServer", field: "sites.witness", declared: doc.dag.witness.server.toLowerCase(), read: `("$((Get-DatabaseAvailabilityGroup -Identity ${dag}).WitnessServer)" -split '\\.')[0].ToLowerInvariant()` },
    { id: "dag.witnessDirectory", field: "sites.witness", declared: doc.dag.witness.directory, read: `"$((Get-DatabaseAvailabilityGroup -Identity ${dag}).WitnessDirectory)"` },
    { id: "databases", field: "onprem.mailboxServers", declared: doc.databases.map((d) => d.name).sort(), read: names("Get-MailboxDatabase") },
    { id: "remoteDomain.default.autoForwardEnabled", field: null, rule: "EXO-01", declared: false, read: "[bool](Get-RemoteDomain -Identity Default).AutoForwardEnabled" },
    { id: "organization.oauth2ClientProfileEnabled", field: "onprem.modernAuthentication", declared: doc.authentication.oauth2ClientProfileEnabled, read: "[bool](Get-OrganizationConfig).OAuth2ClientProfileEnabled" },
    { id: "organization.mitigationsEnabled", field: null, rule: "ONP-04", declared: true, read: "[bool](Get-OrganizationConfig).MitigationsEnabled" },
    {
      id: "sharing.policiesWithAllDomains",
      field: null,
      rule: "EXO-07",
      declared: 0,
      read: "@(Get-SharingPolicy | Where-Object { $_.Enabled -and ($_.Domains -join ';') -match '(^|;)\\*:' }).Count",
    },
    { id: "retention.policyName", field: "retention.deletionDecisions", declared: doc.retention.policyName, read: `"$((Get-RetentionPolicy -Identity ${psString(doc.retention.policyName)} -ErrorAction SilentlyContinue).Name)"` },
  ];
  for (const [i, tag] of doc.retention.tags.entries()) {
    settings.push({
      id: `retention.tag.${tag.deletionDecisionId}.ageLimitDays`,
      field: `retention.deletionDecisions.${i}.retainYears`,
      declared: tag.ageLimitDays,
      read: `[int](Get-RetentionPolicyTag -Identity ${psString(tag.name)} -ErrorAction SilentlyContinue).AgeLimitForRetention.TotalDays`,
    });
  }
  if (doc.transport.messageTracking.maxAgeDays !== null) {
    settings.push({
      id: "transport.messageTrackingShortestMaxAgeDays",
      field: "retention.deletionDecisions",
      declared: doc.transport.messageTracking.maxAgeDays,
      read: `[int](@(Get-TransportService | ForEach-Object { $_.MessageTrackingLogMaxAge.TotalDays }) + ${doc.transport.messageTracking.maxAgeDays} | Measure-Object -Minimum).Minimum`,
    });
  }
  return settings;
}

/**
 * The read-only export script: every line is a Get-* read; it changes nothing. It writes the
 * current values as JSON (UTF-8) to the path given, for `onprem drift --current`.
 */
export function renderExportScript(doc: OnpremExchangeDocument): string {
  const settings = watchedSettings(doc);
  const lines = [
    "# Read-only export of the on-prem Exchange settings exchange-iac declares, for `exchange-iac onprem drift --current`.",
    `# Generated for the organization ${doc.organization.name.replace(/[\r\n]+/g, " ")}. Run in the Exchange Management Shell with View-Only Organization Management;`,
    "# it only reads (Get-* cmdlets) and writes one JSON file.",
    "param([Parameter(Mandatory = $true)][string]$OutFile)",
    "$ErrorActionPreference = 'Stop'",
    "$settings = [ordered]@{}",
    ...settings.map((s) => `$settings[${psString(s.id)}] = ${s.read}`),
    `$export = [ordered]@{ schema = ${psString(CURRENT_SCHEMA)}; exportedAt = (Get-Date).ToUniversalTime().ToString('o'); settings = $settings }`,
    "$json = $export | ConvertTo-Json -Depth 5",
    "[System.IO.File]::WriteAllText($OutFile, $json, (New-Object System.Text.UTF8Encoding $false))",
    "",
  ];
  return lines.join("\r\n");
}

export interface DriftedSetting {
  id: string;
  field: string | null;
  rule?: string;
  declared: WatchedSetting["declared"];
  current: unknown;
}

/** Exchange writes names in any case; lists are compared as sets. */
function same(declared: WatchedSetting["declared"], current: unknown): boolean {
  if (Array.isArray(declared)) {
    const list = Array.isArray(current) ? current : current === null || current === undefined ? [] : [current];
    const norm = (values: unknown[]) => values.map((v) => String(v).toLowerCase()).sort().join("\n");
    return norm(declared) === norm(list);
  }
  if (typeof declared === "string") return typeof current === "string" && current.toLowerCase() === declared.toLowerCase();
  return current === declared;
}

/** Reads and checks the export; refuses, naming the field, a file that is not one. */
export function parseCurrent(raw: unknown, source: string, settings: WatchedSetting[]): Record<string, unknown> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new InputError("schema", describeValue(raw), `the JSON the export script writes (${CURRENT_SCHEMA})`, source);
  const file = raw as { schema?: unknown; settings?: unknown };
  if (file.schema !== CURRENT_SCHEMA) throw new InputError("schema", describeValue(file.schema), `"${CURRENT_SCHEMA}": run the export script of this release (exchange-iac onprem export-script)`, source);
  if (typeof file.settings !== "object" || file.settings === null || Array.isArray(file.settings)) throw new InputError("settings", describeValue(file.settings), "an object of setting ids to their current values", source);
  const current = file.settings as Record<string, unknown>;
  const missing = settings.find((s) => !Object.hasOwn(current, s.id));
  if (missing) throw new InputError(`settings.${missing.id}`, "nothing", "the current value the export script reads; export again with the script generated for this organization file", source);
  return current;
}

export function onpremDrift(settings: WatchedSetting[], current: Record<string, unknown>): DriftedSetting[] {
  return settings
    .filter((s) => !same(s.declared, current[s.id]))
    .map((s) => ({ id: s.id, field: s.field, ...(s.rule ? { rule: s.rule } : {}), declared: s.declared, current: current[s.id] }));
}
