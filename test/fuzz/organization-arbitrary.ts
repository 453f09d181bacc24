// fast-check generators of organization files for the property tests (test/hardening-fuzz.test.ts)
// and `npm run fuzz`. Valid files start from the built-in example and vary what a user varies:
// counts, sizes, profiles, booleans, enums, optional sections, free text (names with spaces,
// quotes and non-ASCII letters). Invalid files are a valid file with one mistake whose field
// path is known: a value of the wrong type, an unknown key, a required key left out, blank text
// or text with a control character (NUL, a line break, a bidi override), or a number of 1e300.
import { purviewName } from "../../model/exchange-online/purview-name";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { EXAMPLE_CONFIG } from "../../model/load";

type Data = Record<string, any>;
const example = (): Data => parse(readFileSync(EXAMPLE_CONFIG, "utf8"));

const uuid = fc.uuid({ version: 4 });
const isoDate = fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
/** Free text as users write it: letters incl. Swedish ones, digits, spaces, punctuation and quotes. */
const text = fc
  .array(fc.constantFrom(..."abcåäöÅÄÖxyz KLMN0123456789-_.,:;/'\"#&()<>$`@!?ü€".split("")), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(""))
  .filter((value) => value.trim().length > 0);
const region = fc.constantFrom("swedencentral", "swedensouth", "northeurope", "westeurope", "germanywestcentral");
const licence = fc.constantFrom("none", "EXO_P1", "EXO_P2", "EXO_KIOSK", "M365_F3", "O365_E3", "M365_E3", "M365_E5");
/** A runner's public address (not in 0.0.0.0/8, which the schema refuses as a catch-all). */
const publicAddress = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join("."));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const deletionDecision = fc
  .record(
    {
      id: text,
      what: text,
      retainYears: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) },
        { weight: 4, arbitrary: fc.double({ min: 0.01, max: 9.9, noNaN: true }) },
        { weight: 1, arbitrary: fc.integer({ min: 10, max: 100 }) },
      ),
      appliesTo: fc.constantFrom("mailbox-content", "logs"),
      contentMatchQuery: text,
    },
    { requiredKeys: ["id", "what", "retainYears"] },
  )
  // Logs can be kept at most 12 years (the schema refuses more; beyond 9.97 the online option refuses).
  .map((decision) => (decision.appliesTo === "logs" ? { ...decision, retainYears: Math.min(decision.retainYears, 12) } : decision));

const waiver = fc.record({
  rule: fc.constantFrom("ONP-03", "EXO-01", "GOV-01", "AZ-06", "RET-02", "ZZ-99"),
  option: fc.constantFrom("onprem", "online"),
  reason: text.map((value) => `${value} (approved exception)`),
  approvedBy: text,
  expires: isoDate,
});

/** Changes to the example that keep it valid against the schema. */
const variation = fc.record({
  name: fc.oneof(fc.constant(undefined), text),
  dropNamePrefix: fc.boolean(),
  tenantId: maybe(uuid),
  subscriptions: maybe(fc.record({ primary: maybe(uuid), secondary: maybe(uuid) })),
  mailboxes: fc.record({
    staff: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 3_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }) }),
    shared: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_000 }) }),
    resource: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000 }) }),
    averageSizeGB: fc.double({ min: 0.01, max: 100, noNaN: true }),
    quotaGB: fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0.5, max: 20, noNaN: true }) }, { weight: 1, arbitrary: fc.double({ min: 0.1, max: 200, noNaN: true }) }),
    sizeGrowthPercentPerYear: fc.integer({ min: 0, max: 100 }),
    countGrowthPercentPerYear: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }),
    messagesSentPerDay: fc.integer({ min: 0, max: 100 }),
    messagesReceivedPerDay: fc.integer({ min: 0, max: 250 }),
    averageMessageSizeKB: fc.double({ min: 1, max: 5_000, noNaN: true }),
  }),
  klassa: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), maybe(fc.integer({ min: 0, max: 4 }))),
  dropGovernance: fc.subarray(["dpia", "processorAgreement", "transferBasis", "oslSuitabilityAssessment", "exitPlan", "incidentRunbook"]),
  // Sometimes the same role twice.
  // Distinct roles give distinct role group names (two that would share one are refused at load).
  recordsAccessRoles: fc.oneof(fc.uniqueArray(text, { maxLength: 3, selector: (role) => purviewName(`Records access ${role}`).toLowerCase() }), text.map((role) => [role, role])),
  // The organization's country is the default of the allowed sign-in countries.
  country: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("SE", "se", "NO") }, { weight: 1, arbitrary: fc.constantFrom("s1", "  ") }),
  dropSignInCountries: fc.boolean(),
  // Each decision its own Purview policy (ids that would share one are refused at load).
  deletionDecisions: fc.uniqueArray(deletionDecision, { maxLength: 4, selector: (decision) => purviewName(`Gallring ${decision.id}`).toLowerCase() }),
  auditLogRetentionDays: fc.integer({ min: 1, max: 3650 }),
  leaverMailboxes: fc.constantFrom("retain", "delete"),
  shared: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  witness: fc.oneof(fc.record({ kind: fc.constant("third-room"), name: text }), fc.record({ kind: fc.constant("azure-vm"), region: fc.constant("allowed") })),
  onprem: fc.record({
    exchangeVersion: fc.constantFrom("SE", "2019", "2016"),
    edition: fc.constantFrom("standard", "enterprise", "enterprise"),
    dag: fc.record({ copiesPerDatabase: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 16 }) }), laggedCopy: fc.boolean(), replayLagDays: fc.integer({ min: 0, max: 14 }) }),
    edge: fc.record({ enabled: fc.boolean(), serversPerRoom: fc.integer({ min: 1, max: 4 }) }),
    backup: fc.record({ kind: fc.constantFrom("lagged-copy", "backup-software", "none"), lastRestoreTest: maybe(isoDate) }, { requiredKeys: ["kind"] }),
    hosts: fc
      .tuple(
        fc.record({
          perRoom: fc.integer({ min: 1, max: 16 }),
          physicalCoresPerHost: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 16, max: 128 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 192 }) }),
          ramGBPerHost: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 256, max: 2048 }) }, { weight: 1, arbitrary: fc.integer({ min: 16, max: 4096 }) }),
          usableStorageTBPerRoom: fc.double({ min: 0.5, max: 2_000, noNaN: true }),
        }),
        // The CPU figure as SPECint_rate2006 or as SPECrate2017_int_base per core.
        fc.oneof(fc.record({ specIntRate2006PerCore: fc.double({ min: 30, max: 200, noNaN: true }) }), fc.record({ specRate2017IntBasePerCore: fc.double({ min: 3, max: 22, noNaN: true }) })),
      )
      .map(([hosts, cpu]) => ({ ...hosts, ...cpu })),
    // Mostly what Microsoft supports (at most 2 vCPU per core, a sized design); sometimes beyond.
    vcpuPerPhysicalCore: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(0.5, 1, 1.5, 2) }, { weight: 1, arbitrary: fc.double({ min: 0.5, max: 4, noNaN: true }) }),
    mailboxServers: fc.oneof(
      { weight: 8, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.record({ perRoom: fc.integer({ min: 2, max: 8 }), vcpu: fc.integer({ min: 4, max: 48 }), ramGB: fc.integer({ min: 128, max: 256 }) }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ perRoom: fc.integer({ min: 1, max: 12 }), vcpu: fc.integer({ min: 1, max: 96 }), ramGB: fc.integer({ min: 1, max: 1024 }) }, { requiredKeys: [] }) },
    ),
    personalIdentityNumberAction: fc.constantFrom("reject", "encrypt"),
    dmarcPolicy: fc.constantFrom("reject", "quarantine", "none"),
  }),
  online: fc.record({
    licences: fc.record({ staff: licence, shared: licence, resource: licence }),
    addOns: fc.subarray(["E5_COMPLIANCE", "E5_EDISCOVERY_AUDIT", "AUDIT_LOG_RETENTION_10_YEARS", "ADVANCED_DATA_RESIDENCY"]),
    dataLocation: fc.constantFrom("EU", "SE", "US", "other"),
    advancedDataResidency: fc.boolean(),
    customerKey: fc.record({ enabled: fc.boolean(), keySize: fc.constantFrom(2048, 3072, 4096), regions: fc.tuple(region, region) }),
    archiveStorage: fc.boolean(),
    customerLockbox: fc.boolean(),
    providerJurisdiction: fc.constantFrom("EU", "non-EU"),
  }),
  // The deployment region is one of the allowed ones (another is an error the tests below cover).
  azure: fc
    .oneof({ weight: 9, arbitrary: fc.uniqueArray(region, { minLength: 2, maxLength: 4 }) }, { weight: 1, arbitrary: fc.uniqueArray(region, { minLength: 1, maxLength: 1 }) })
    .chain((allowedRegions) => fc.record({ region: fc.constantFrom(...allowedRegions), allowedRegions: fc.constant(allowedRegions) })),
  identity: fc.record({
    // The tenant program needs at least one (none is an error covered elsewhere).
    breakGlassAccountIds: fc.array(uuid, { minLength: 1, maxLength: 2 }),
    globalAdministrators: maybe(fc.integer({ min: 0, max: 20 })),
    conditionalAccessState: fc.constantFrom("enabled", "enabledForReportingButNotEnforced"),
    federated: fc.constant(true),
    // CI's OIDC issuer and subject as users write them (the schema takes any URL and any text).
    issuer: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom("https://token.actions.githubusercontent.com", "https://gitlab.example.se") },
      { weight: 1, arbitrary: fc.constant("http://token.example.org") },
    ),
    subject: fc.constantFrom("repo:exempelkommun/exchange-iac:environment:production", "project_path:it/mail:ref_type:branch:ref:main"),
  }),
  cost: fc.record({
    planningYears: fc.integer({ min: 1, max: 10 }),
    owned: fc.dictionary(fc.constantFrom("M365_E3", "M365_E5", "EXO_P1", "EXCHANGE_SERVER_STANDARD", "EXCHANGE_CAL_STANDARD", "WINDOWS_SERVER_DATACENTER_CORES", "SYSTEM_CENTER_DATACENTER_CORES"), fc.integer({ min: 0, max: 5_000 })),
    overrides: fc.dictionary(fc.constantFrom("exo_p1_list", "m365_e3", "exch_cal_std", "sa_rate", "ws2025_16c_dc", "kv_hsm_key"), fc.integer({ min: 0, max: 10_000 })),
  }),
  waivers: fc.array(waiver, { maxLength: 2 }),
  // How the runner and the servers reach the Key Vault data planes: the example's addresses, other
  // public addresses, or a private endpoint subnet (none at all is refused: test/azurerm-first-deploy.test.ts).
  dataPlaneAccess: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.record({ allowedAddresses: fc.array(fc.ipV4().filter((ip) => !ip.startsWith("0.")).map((ip) => `${ip}/32`), { minLength: 1, maxLength: 2 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        allowedAddresses: fc.constant([]),
        privateEndpoint: fc.record({ subnetId: uuid.map((id) => `/subscriptions/${id}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-endpoints`), location: region }),
      }),
    },
  ),
});

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never;

const withoutUndefined = (value: Data): Data => JSON.parse(JSON.stringify(value));

function applyVariation(v: Variation): Data {
  const data = example();
  if (v.name !== undefined) data.organization.name = v.name;
  if (v.dropNamePrefix) delete data.azure.namePrefix;
  if (v.tenantId) data.organization.tenantId = v.tenantId;
  data.organization.country = v.country;
  if (v.dropSignInCountries) delete data.identity.allowedSignInCountries;
  if (v.subscriptions) data.organization.subscriptions = withoutUndefined(v.subscriptions);
  data.mailboxes = v.mailboxes;
  const [confidentiality, integrity, availability, max] = v.klassa;
  data.classification = { email: { confidentiality, integrity, availability }, ...(max === undefined ? {} : { maxConfidentialityInEmail: max }) };
  for (const key of v.dropGovernance) delete data.governance[key];
  data.governance.recordsAccessRoles = v.recordsAccessRoles;
  data.retention = { deletionDecisions: v.deletionDecisions, auditLogRetentionDays: v.auditLogRetentionDays, leaverMailboxes: v.leaverMailboxes };
  [data.sites.sharedBuilding, data.sites.sharedPower, data.sites.sharedNetwork] = v.shared;
  data.sites.witness = v.witness.kind === "azure-vm" ? { kind: "azure-vm", region: v.azure.region } : v.witness;
  const { dmarcPolicy, ...onprem } = v.onprem;
  Object.assign(data.onprem, withoutUndefined(onprem));
  data.onprem.mailAuthentication.dmarcPolicy = dmarcPolicy;
  const { archiveStorage, ...online } = v.online;
  Object.assign(data.online, online, { audit: { archiveStorage } });
  // Customer Key vaults in allowed regions (another region is an error the tests below cover).
  const [first, second] = v.online.customerKey.regions;
  const allowedRegions: string[] = v.azure.allowedRegions;
  const allowed = (candidate: string) => (allowedRegions.includes(candidate) ? candidate : v.azure.region);
  const primary = allowed(first);
  data.online.customerKey.regions = [primary, allowedRegions.find((candidate) => candidate !== primary) ?? allowed(second)];
  data.azure.region = v.azure.region;
  if (v.dataPlaneAccess) data.azure.dataPlaneAccess = v.dataPlaneAccess;
  data.azure.allowedRegions = v.azure.allowedRegions;
  const { federated, issuer, subject, ...identity } = v.identity;
  Object.assign(data.identity, withoutUndefined(identity));
  if (!federated) delete data.identity.automation.federatedCredential;
  else Object.assign(data.identity.automation.federatedCredential, { issuer, subject });
  data.cost.planningYears = v.cost.planningYears;
  data.cost.ownedLicences = v.cost.owned;
  // Owned Exchange licences state their Software Assurance (cost.licensing.coverage).
  const exchangeOwned = Object.keys(v.cost.owned).filter((key) => key.startsWith("EXCHANGE_") && (v.cost.owned[key] ?? 0) > 0);
  data.cost.licensing = { ...data.cost.licensing, coverage: Object.fromEntries(exchangeOwned.map((key) => [key, { kind: "software-assurance", since: "2020-01-01" }])) };
  data.cost.priceOverrides = v.cost.overrides;
  data.waivers = v.waivers;
  return withoutUndefined(data);
}

/** A random organization file that the schema accepts (as data; write it as YAML or JSON). */
export const validOrganization: fc.Arbitrary<Data> = variation.map(applyVariation);

/** Every path in the data with the value there ("a.b.0.c"). */
function paths(value: unknown, prefix: string[] = []): { path: string[]; value: unknown }[] {
  const here = prefix.length ? [{ path: prefix, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, String(index)]))];
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return here;
}

/** Strings the loader must refuse wherever they stand: blank, or holding a control character. */
const BAD_TEXT = (value: string, pick: number) => ["   ", `${value.slice(0, 1)}\u0000${value.slice(1)}`, `${value}\nRemove-Item -Recurse C:\\`, `\u202E${value}`][pick % 4]!;

/** A value whose JSON type differs from the one found there. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return "many";
  if (typeof value === "boolean") return "yes";
  if (Array.isArray(value)) return "a list";
  return 7;
}

/** Required keys of the example's objects, from the generated JSON Schema. */
function requiredKeys(): string[][] {
  const schema = JSON.parse(readFileSync(new URL("../../schema/organization.schema.json", import.meta.url), "utf8"));
  const out: string[][] = [];
  const walk = (node: any, path: string[], data: unknown) => {
    if (!node || typeof node !== "object" || !data || typeof data !== "object" || Array.isArray(data)) return;
    for (const key of node.required ?? []) if (key in (data as Data)) out.push([...path, key]);
    for (const [key, child] of Object.entries<any>(node.properties ?? {})) walk(child, [...path, key], (data as Data)[key]);
  };
  walk(schema, [], example());
  // Inside a discriminated union (sites.witness) the JSON Schema holds the required keys per branch.
  return out;
}

export interface InvalidCase {
  data: Data;
  /** The field path the error must name (or a prefix of it, for a union). */
  field: string;
  mistake: string;
}

const REQUIRED = requiredKeys();

/** A valid file with exactly one mistake at a known field. */
export const invalidOrganization: fc.Arbitrary<InvalidCase> = fc
  .tuple(validOrganization, fc.nat(), fc.constantFrom("wrong-type", "unknown-key", "missing-required", "bad-text", "huge-number"), fc.constantFrom("colour", "Staff", "retain_years", "x"))
  .map(([data, pick, mistake, unknownKey]) => {
    if (mistake === "missing-required") {
      const present = REQUIRED.filter((path) => path.slice(0, -1).reduce<any>((node, key) => node?.[key], data)?.[path.at(-1)!] !== undefined);
      const path = present[pick % present.length]!;
      delete path.slice(0, -1).reduce<any>((node, key) => node[key], data)[path.at(-1)!];
      return { data, field: path.join("."), mistake };
    }
    const all = paths(data).filter(({ path }) => path[0] !== "$schema");
    if (mistake === "unknown-key") {
      // Records (price overrides, owned licences, usage) take any key of the right shape, so only
      // objects with fixed keys are candidates.
      const objects = all.filter(({ path, value }) => value && typeof value === "object" && !Array.isArray(value) && !/^(priceOverrides|ownedLicences|usage)$/.test(path.at(-1)!));
      const { path, value } = objects[pick % objects.length]!;
      (value as Data)[unknownKey] = 1;
      return { data, field: [...path, unknownKey].join("."), mistake };
    }
    const leaves = all.filter(({ value }) => value === null || typeof value !== "object" || Array.isArray(value));
    // Text and numbers the schema must judge by value: every string but the two-letter country
    // code (a code, checked later), every number (each is bounded; none reaches 1e300).
    const candidates =
      mistake === "bad-text"
        ? all.filter(({ path, value }) => typeof value === "string" && path.join(".") !== "organization.country")
        : mistake === "huge-number"
          ? all.filter(({ value }) => typeof value === "number")
          : leaves;
    const { path } = candidates[pick % candidates.length]!;
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], data);
    const current = parent[path.at(-1)!];
    parent[path.at(-1)!] = mistake === "bad-text" ? BAD_TEXT(current, pick) : mistake === "huge-number" ? 1e300 : wrongTypeFor(current);
    return { data, field: path.join("."), mistake };
  });
