// The organization file: the only thing a user edits. Everything else is derived from it.
// Objects are strict so a misspelt key is an error instead of a silently ignored setting.
// What a user types is checked here, once, so every later stage can trust it: free text is
// one trimmed line of sensible length (text()), numbers are finite and bounded by what the
// domain allows, address ranges are specific networks (docs/security.md, "Input is checked once, at load").
import { z } from "zod";
import { usageSchema } from "../cost/usage";
import { nameClash, purviewName, purviewRuleName } from "./exchange-online/purview-name";

// Zod compiles a fast path for each object schema on its first parse (new Function): about a
// fifth of `sizing`, and a command parses one file. Without it the first parse is faster and
// later ones no slower (measured over 100 parses of the example), so portfolios lose nothing.
z.config({ jitless: true });

const isoDate = z.iso.date().describe("a date written YYYY-MM-DD");
const positive = z.number().positive();
const percent = z.number().min(0).max(100);
const klassaLevel = z.number().int().min(0).max(4).describe("KLASSA level 0-4");
const azureRegion = z
  .string()
  .regex(/^[a-z0-9]+$/, "an Azure region name in lower case without spaces, e.g. swedencentral");
const uuid = z.uuid();
const dnsDomain = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "a lower-case DNS domain");

// ---- Free text ----------------------------------------------------------------------------

/**
 * Characters no free text may hold: C0 and C1 controls (line breaks, tabs, NUL, escape), the
 * line and paragraph separators, bidirectional controls (text that reads otherwise than it is
 * stored), the byte-order mark, lone surrogate halves, and U+FFFD (text already damaged by a
 * wrong encoding). A line break would end a comment or a string in generated code.
 */
const FORBIDDEN_IN_TEXT = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/u;

const CHARACTER_NAMES: Record<string, string> = {
  "\n": "a line break",
  "\r": "a carriage return",
  "\t": "a tab",
  "\0": "a NUL character",
  "\uFFFD": "a replacement character (the file was saved in another encoding than UTF-8 at some point)",
};

/** Maximum lengths of free text, in characters (after trimming). */
export const TEXT_LENGTH = {
  /** a name: an organization, a room, a role, a person, an object in VMM or Entra */
  name: 120,
  /** a reference to a record: a diary number, a decision, a document, a time window */
  reference: 200,
  /** a sentence: what a decision covers */
  sentence: 500,
  /** a paragraph: why a waiver is granted */
  paragraph: 2000,
} as const;

/**
 * Why a string is not acceptable free text, or undefined when it is: once trimmed (a YAML
 * block scalar's final line break goes), blank, shorter than `min` or longer than `max`
 * characters, or holding a character FORBIDDEN_IN_TEXT. The wording completes "expected ..."
 * in an InputError. Policies use it too (isMeaningfulText).
 */
export function textProblem(value: string, max: number, min = 1): string | undefined {
  const trimmed = value.trim();
  const forbidden = FORBIDDEN_IN_TEXT.exec(trimmed);
  if (forbidden) {
    const at = forbidden.index + value.length - value.trimStart().length + 1;
    const char = forbidden[0];
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    const name = CHARACTER_NAMES[char] ?? "a control or formatting character";
    return `one line of text without control characters (found ${code}, ${name}, at character ${at}); write it on one line with visible characters only`;
  }
  if (trimmed === "") return "text that is not blank";
  const length = [...trimmed].length;
  if (length < min) return `text of at least ${min} characters (${length} given)`;
  if (length > max) return `text of at most ${max} characters (${length} given); shorten it or refer to a document`;
  return undefined;
}

/** True when a value is text the loader would accept: not blank, one clean line. */
export function isMeaningfulText(value: unknown, max: number = Number.MAX_SAFE_INTEGER, min = 1): boolean {
  return typeof value === "string" && textProblem(value, max, min) === undefined;
}

/**
 * THE schema for free text a person types (names, reasons, approvers, references): trimmed,
 * not blank, at least `min` and at most `max` characters, no control characters. Every
 * free-text field of the organization file uses it, e.g. `text(TEXT_LENGTH.name)`.
 */
export function text(max: number, min = 1) {
  return z
    .string()
    .check((ctx) => {
      const problem = textProblem(ctx.value, max, min);
      if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
    })
    .overwrite((value) => value.trim())
    .meta({ minLength: min, maxLength: max }); // for editors; the check above counts after trimming
}

/** A name: text of at most TEXT_LENGTH.name characters. */
export const nameText = text(TEXT_LENGTH.name);
/** A reference to a record: text of at most TEXT_LENGTH.reference characters. */
export const referenceText = text(TEXT_LENGTH.reference);

/** A URL holds no control characters either (z.url() lets line breaks and NUL through). */
function singleLine(schema: z.ZodURL): z.ZodURL {
  return schema.check((ctx) => {
    if (FORBIDDEN_IN_TEXT.test(ctx.value)) ctx.issues.push({ code: "custom", input: ctx.value, message: textProblem(ctx.value, Number.MAX_SAFE_INTEGER) ?? "a URL on one line" });
  });
}

// ---- Bounded numbers ----------------------------------------------------------------------
// zod refuses NaN and Infinity; the upper bounds below are what the domain allows (generous
// for any municipality or region), so sizing, cost and generated values stay meaningful.

/** A whole number from 0 to `max`. */
const count = (max: number) => z.number().int().min(0).max(max);
/** Mailboxes of one kind, licences of one kind. */
const MAX_SEATS = 1_000_000;
/** Hours in a (leap) year, days in a year. */
const HOURS_PER_YEAR = 8784;
const DAYS_PER_YEAR = 366;
/** A price in SEK per unit, or a percentage for percent entries. */
const MAX_PRICE_SEK = 1_000_000_000;

/**
 * A deletion decision's years. Keeping something for ever is "bevaras", not a deletion
 * decision, so 100 years is a safe ceiling; decisions about logs can be met for at most
 * 12 years, the longest total retention Azure Monitor Logs offers (4,383 days,
 * source: azurerm-4-55-log-analytics-workspace-table), and so the longest either option keeps logs.
 */
export const MAX_DECISION_YEARS = 100;
export const MAX_LOG_DECISION_YEARS = 12;

// ---- Address ranges -----------------------------------------------------------------------

function ipv4Parts(value: string): { octets: number[]; prefix?: number } | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = match[5] === undefined ? undefined : Number(match[5]);
  if (octets.some((octet) => octet > 255) || (prefix !== undefined && prefix > 32)) return undefined;
  return { octets, prefix };
}

/** True when every address of `inner` (an address or CIDR range) lies inside `outer`. */
export function ipv4RangeWithin(inner: string, outer: string): boolean {
  const [a, b] = [ipv4Parts(inner), ipv4Parts(outer)];
  if (!a || !b) return false;
  const [aPrefix, bPrefix] = [a.prefix ?? 32, b.prefix ?? 32];
  if (aPrefix < bPrefix) return false;
  const number = (octets: number[]) => octets.reduce((n, octet) => n * 256 + octet, 0);
  const block = 2 ** (32 - bPrefix);
  return Math.floor(number(a.octets) / block) === Math.floor(number(b.octets) / block);
}

interface RangeRule {
  /** The shortest prefix accepted: a range of at most 2^(32 - widest) addresses. */
  widest: number;
  /** Whether one address without a prefix is accepted. */
  address?: boolean;
}

/**
 * Why a value is not an IPv4 range that names specific addresses, or undefined when it is:
 * CIDR notation (or one address, where allowed), octets 0-255, and no catch-all: a prefix
 * shorter than `widest` (0.0.0.0/0 is every address there is) or a range in 0.0.0.0/8.
 * The AZ-02 policy judges the generated network rules with it too.
 */
export function addressRangeProblem(value: string, { widest, address = false }: RangeRule): string | undefined {
  const parts = ipv4Parts(value);
  if (!parts || (!address && parts.prefix === undefined)) {
    return address ? "an IPv4 address or CIDR range, e.g. 198.51.100.7 or 198.51.100.0/28" : "an IPv4 network in CIDR notation, e.g. 10.10.1.0/24";
  }
  if ((parts.prefix ?? 32) < widest || parts.octets[0] === 0) {
    return `a specific range of at most ${(2 ** (32 - widest)).toLocaleString("en-US")} addresses (/${widest} or longer), not a catch-all such as 0.0.0.0/0; list the actual addresses`;
  }
  return undefined;
}

/** THE schema for an IPv4 address range field (see addressRangeProblem). */
export function ipv4Range(rule: RangeRule) {
  return z.string().check((ctx) => {
    const problem = addressRangeProblem(ctx.value, rule);
    if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
  });
}

/** A network of a server room or of the witness: /8 or longer. */
const cidr = ipv4Range({ widest: 8 });
/** Public addresses of a runner that deploys: one address or a range of /16 or longer. */
export const RUNNER_RANGE: RangeRule = { widest: 16, address: true };
export const runnerAddressRange = ipv4Range(RUNNER_RANGE);

export const organizationInfo = z.strictObject({
  name: nameText,
  country: z.string().length(2).describe("ISO 3166-1 alpha-2 country code, e.g. SE"),
  acceptedDomains: z.array(dnsDomain).min(1),
  tenantId: uuid.optional().describe("Entra tenant id; optional until deployment"),
  subscriptions: z
    .strictObject({
      primary: uuid.optional(),
      secondary: uuid.optional().describe("second subscription, required by Customer Key"),
    })
    .default({}),
});

export const mailboxes = z.strictObject({
  staff: count(MAX_SEATS).describe("personal mailboxes of employees"),
  shared: count(MAX_SEATS).default(0).describe("shared (functional) mailboxes"),
  resource: count(MAX_SEATS).default(0).describe("room and equipment mailboxes"),
  averageSizeGB: positive.max(1000).describe("average mailbox size today"),
  quotaGB: positive.max(1000).describe("mailbox size limit (ProhibitSendReceiveQuota)"),
  sizeGrowthPercentPerYear: percent.default(10).describe("yearly growth of the average mailbox size"),
  countGrowthPercentPerYear: percent.default(0).describe("yearly growth of the number of mailboxes"),
  messagesSentPerDay: count(10_000).describe("messages a mailbox sends a day, on average"),
  messagesReceivedPerDay: count(10_000).describe("messages a mailbox receives a day, on average"),
  averageMessageSizeKB: positive.max(100_000).default(75),
}).check((ctx) => {
  // Nothing can be sized or priced for no mailboxes (the disks would be 0 GB).
  const { staff, shared, resource } = ctx.value;
  if (staff + shared + resource < 1) ctx.issues.push({ code: "custom", input: staff, path: ["staff"], message: "at least one mailbox in all (staff, shared and resource together)" });
});

export const classification = z.strictObject({
  email: z.strictObject({
    confidentiality: klassaLevel,
    integrity: klassaLevel,
    availability: klassaLevel,
  }),
  maxConfidentialityInEmail: klassaLevel.optional().describe("highest confidentiality level allowed in e-mail (GOV-01 requires it)"),
});

export const governance = z.strictObject({
  dpia: z.strictObject({ reviewed: isoDate, reference: referenceText.optional() }).optional(),
  processorAgreement: z
    .strictObject({
      signed: isoDate,
      subProcessorCountries: z.array(z.string().length(2)).default([]),
      reference: referenceText.optional().describe("the agreement's diary number, listed among the paper's supporting documents"),
    })
    .optional(),
  transferBasis: z
    .strictObject({
      mechanism: z.enum(["dpf-adequacy", "scc"]),
      transferImpactAssessment: isoDate.optional(),
      sccFallback: z.boolean().default(false).describe("SCC kept ready in case the DPF falls (C-703/25 P)"),
    })
    .optional(),
  oslSuitabilityAssessment: z
    .strictObject({ date: isoDate, approvedBy: nameText, reference: referenceText.optional() })
    .optional()
    .describe("OSL 10 kap. 2 a § assessment of whether disclosure to the provider is inappropriate"),
  exitPlan: z.strictObject({ date: isoDate, reference: referenceText.optional() }).optional(),
  emailGuidelines: z
    .strictObject({ adopted: isoDate, reference: referenceText.optional() })
    .optional()
    .describe("the e-mail guidelines that set the highest confidentiality level allowed in e-mail, listed among the paper's supporting documents"),
  incidentRunbook: z
    .strictObject({
      csirtEarlyWarningHours: positive.max(HOURS_PER_YEAR),
      csirtNotificationHours: positive.max(HOURS_PER_YEAR),
      csirtFinalReportDays: positive.max(DAYS_PER_YEAR),
      imyNotificationHours: positive.max(HOURS_PER_YEAR),
    })
    .optional(),
  recordsAccessRoles: z
    .array(nameText)
    .default([])
    .check((ctx) => {
      // The same role twice is one role group; two different roles must not share one.
      const distinct = ctx.value.flatMap((role, index) => (ctx.value.indexOf(role) === index ? [{ role, index }] : []));
      refuseNameClash(ctx, distinct.map(({ role }) => role), [(role) => purviewName(`Records access ${role}`)], distinct.map(({ index }) => index), "a role whose Purview role group name differs");
    })
    .describe("named roles granted search, export and hold across all mailboxes"),
});

/**
 * Refuses the second of two inputs that become one tenant object name under any of `names`
 * (model/exchange-online/purview-name.ts), naming both: the second object would not be made,
 * and the first would act for both. `indexes` are the inputs' places in the list.
 */
function refuseNameClash(ctx: { issues: z.core.$ZodRawIssue[] }, values: string[], names: ((value: string) => string)[], indexes: number[], what: string, subfield?: string): void {
  for (const name of names) {
    const clash = nameClash(values.map(name));
    if (!clash) continue;
    const [first, second] = [indexes[clash.first]!, indexes[clash.second]!];
    ctx.issues.push({
      code: "custom",
      input: values[clash.second],
      path: subfield ? [second, subfield] : [second],
      message: `${what} from entry ${first}'s (${JSON.stringify(values[clash.first])}): both give "${clash.name}" once the characters Purview refuses become "-" and the name is cut at 64 characters, ignoring case; change one of them`,
    });
    return;
  }
}

export const deletionDecision = z
  .strictObject({
    id: referenceText.describe("the gallringsbeslut reference"),
    what: text(TEXT_LENGTH.sentence),
    retainYears: positive.max(MAX_DECISION_YEARS).describe(`delete no earlier than this many years after creation; at most ${MAX_DECISION_YEARS}, and at most ${MAX_LOG_DECISION_YEARS} for a decision on logs`),
    appliesTo: z
      .enum(["mailbox-content", "logs"])
      .default("mailbox-content")
      .describe("mailbox-content becomes an Exchange Online retention policy; logs sets how long audit and trace logs are kept"),
    contentMatchQuery: text(4000)
      .optional()
      .describe("KQL that narrows the mail the decision covers (ContentMatchQuery), on one line; left out, it covers all mail in every mailbox"),
  })
  .check((ctx) => {
    const { appliesTo, retainYears } = ctx.value;
    if (appliesTo === "logs" && retainYears > MAX_LOG_DECISION_YEARS) {
      ctx.issues.push({
        code: "custom",
        input: retainYears,
        path: ["retainYears"],
        message: `at most ${MAX_LOG_DECISION_YEARS} years for a decision on logs (the longest total retention Azure Monitor Logs offers, 4,383 days)`,
      });
    }
  });

export const retention = z.strictObject({
  deletionDecisions: z
    .array(deletionDecision)
    .default([])
    .check((ctx) => {
      const mailbox = ctx.value.flatMap((decision, index) => (decision.appliesTo === "mailbox-content" ? [{ decision, index }] : []));
      const policy = (id: string) => purviewName(`Gallring ${id}`);
      refuseNameClash(ctx, mailbox.map(({ decision }) => decision.id), [policy, (id) => purviewRuleName(policy(id))], mailbox.map(({ index }) => index), "an id whose Purview retention policy and rule names differ", "id");
    }),
  auditLogRetentionDays: z
    .number()
    .int()
    .positive()
    .max(3650)
    .default(365)
    .describe("days audit records are kept; Exchange Online keeps at least a year and at most ten (TenYears)"),
  leaverMailboxes: z.enum(["retain", "delete"]).default("retain"),
});

/** Host number of a room's first Exchange server in its subnets: the plan of static addresses (stacks/onprem.ts). */
const firstServerHost = z
  .number()
  .int()
  .min(1)
  .max(254)
  .default(10)
  .describe("host number of the first Exchange server's static address in the room's subnets (10 gives 10.10.1.10 in 10.10.1.0/24); the room's next servers take the following numbers");

const resourceIdOf = (provider: string, example: string) =>
  z
    .string()
    .regex(new RegExp(`^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w.()]{1,90}/providers/${provider.replace(/\./g, "\\.")}/[^/]+$`), `an Azure resource id such as ${example} (azurerm compares the fixed parts case-sensitively)`);

/** A server room. Each room is its own AD site and SCVMM cloud (source: learn-exchange-preferred-architecture). */
function roomSchema(defaults: { scvmmCloud: string; adSite: string; clientSubnet: string; replicationSubnet: string }) {
  return z.strictObject({
    name: nameText,
    scvmmCloud: nameText.default(defaults.scvmmCloud).describe("name of the room's cloud in System Center VMM"),
    adSite: nameText.default(defaults.adSite).describe("Active Directory site of the room"),
    clientSubnet: cidr.default(defaults.clientSubnet).describe("client/MAPI network of the room"),
    replicationSubnet: cidr.default(defaults.replicationSubnet).describe("DAG replication network of the room"),
    perimeterSubnet: cidr.optional().describe("perimeter network of the room's Edge Transport servers; given, the address plan names their static addresses (NAT, MX and SPF need fixed ones)"),
    firstServerHost,
  });
}

export const sites = z.strictObject({
  primary: roomSchema({ scvmmCloud: "Exchange-Primary", adSite: "Primary", clientSubnet: "10.10.1.0/24", replicationSubnet: "10.10.2.0/24" }),
  recovery: roomSchema({ scvmmCloud: "Exchange-Recovery", adSite: "Recovery", clientSubnet: "10.20.1.0/24", replicationSubnet: "10.20.2.0/24" }),
  sharedBuilding: z.boolean(),
  sharedPower: z.boolean(),
  sharedNetwork: z.boolean(),
  witness: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("third-room"),
      name: nameText,
      scvmmCloud: nameText.default("Exchange-Witness").describe("SCVMM cloud of the third room"),
      clientSubnet: cidr.default("10.40.1.0/24").describe("network of the witness server in the third room (its VMM client VM network)"),
      firstServerHost,
    }),
    z.strictObject({
      kind: z.literal("azure-vm"),
      region: azureRegion,
      addressSpace: cidr.default("10.30.0.0/24").describe("Azure network of the witness VM, reached from both rooms over site-to-site VPN"),
      firstServerHost,
      connectivity: z
        .strictObject({
          kind: z.literal("hub-peering"),
          hubVirtualNetworkId: resourceIdOf("Microsoft.Network/virtualNetworks", "/subscriptions/<id>/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub").describe(
            "the hub network whose VPN or ExpressRoute gateway reaches both server rooms; the stack peers the witness network with it and uses its gateway",
          ),
          firewallAddress: z.ipv4().optional().describe("private address of the hub's firewall: the witness network's default route, so its monitoring agent reaches Azure Monitor"),
        })
        .optional()
        .describe("how the rooms reach the witness; left out, the path is a prerequisite recorded in deployment.prerequisites.witnessConnectivity"),
    }),
  ]),
});

export const onprem = z.strictObject({
  platform: z.enum(["scvmm", "azure-local"]).default("scvmm"),
  exchangeVersion: z.enum(["SE", "2019", "2016"]).default("SE"),
  edition: z.enum(["standard", "enterprise"]).default("enterprise"),
  dag: z
    .strictObject({
      copiesPerDatabase: z.number().int().min(1).max(16).default(4),
      laggedCopy: z.boolean().default(true),
      replayLagDays: z.number().int().min(0).max(14).default(7).describe("days the lagged copy lags behind; at least 1 for a lagged copy (ONP-07), at most 14 (ReplayLagTime)"),
    })
    .default({ copiesPerDatabase: 4, laggedCopy: true, replayLagDays: 7 }),
  edge: z
    .strictObject({ enabled: z.boolean().default(true), serversPerRoom: z.number().int().min(1).max(16).default(1) })
    .default({ enabled: true, serversPerRoom: 1 }),
  backup: z
    .strictObject({
      kind: z.enum(["lagged-copy", "backup-software", "none"]),
      lastRestoreTest: isoDate.optional(),
    })
    .default({ kind: "lagged-copy" }),
  patching: z
    .strictObject({ maxDaysToApply: z.number().int().positive().max(DAYS_PER_YEAR).default(14), window: referenceText.optional() })
    .default({ maxDaysToApply: 14 }),
  hosts: z
    .strictObject({
      perRoom: z.number().int().min(1).max(1000),
      physicalCoresPerHost: z.number().int().min(4).max(4096),
      ramGBPerHost: z.number().int().min(16).max(65_536),
      specIntRate2006PerCore: positive
        .max(1000)
        .optional()
        .describe(
          "CPU speed for the sizing, give this or specRate2017IntBasePerCore: the host model's SPECint_rate2006 result divided by its physical cores (https://www.spec.org/cpu2006/results/, CINT2006 Rates). The suite was retired in 2018, so current CPUs have no such result",
        ),
      specRate2017IntBasePerCore: positive
        .max(1000)
        .optional()
        .describe(
          "CPU speed for the sizing, give this or specIntRate2006PerCore: the host model's SPECrate2017_int_base divided by its physical cores. Find the server and CPU at https://www.spec.org/cpu2017/results/ (CINT2017 Rates) and divide the Base Result by the # Cores column (2 x 16 cores with a Base Result of 300 give 9.4). The sizing multiplies it by 9.0 to reach Microsoft's SPECint_rate2006 baseline (an empirical ratio, good to about 20 %)",
        ),
      usableStorageTBPerRoom: positive.max(100_000),
    })
    .superRefine((hosts, context) => {
      const given = [hosts.specIntRate2006PerCore, hosts.specRate2017IntBasePerCore].filter((value) => value !== undefined).length;
      if (given === 1) return;
      context.addIssue({
        code: "custom",
        path: [given === 0 ? "specRate2017IntBasePerCore" : "specIntRate2006PerCore"],
        input: given === 0 ? undefined : hosts.specIntRate2006PerCore,
        message:
          given === 0
            ? "the hosts' CPU speed: specRate2017IntBasePerCore (SPECrate2017_int_base / cores) or specIntRate2006PerCore"
            : "one CPU figure only: leave out specIntRate2006PerCore or specRate2017IntBasePerCore",
      });
    }),
  installedBuild: z
    .string()
    .regex(/^15\.\d+\.\d+\.\d+$/, "an Exchange build number such as 15.2.2562.43")
    .optional()
    .describe("build of the Exchange servers already installed (the file version of ExSetup.exe, e.g. 15.2.2562.43); ONP-01 judges it against the lowest build still safe to run"),
  coexistence: z
    .strictObject({
      exchange2016Servers: count(1000).default(0),
      exchange2019Servers: count(1000).default(0),
      decommissionBy: isoDate.optional().describe("when the last Exchange 2016/2019 server is to be removed"),
    })
    .default({ exchange2016Servers: 0, exchange2019Servers: 0 })
    .describe("Exchange 2016/2019 servers that stay in the organization beside Exchange SE during the move (ONP-13)"),
  vcpuPerPhysicalCore: z.number().min(0.5).max(4).default(1).describe("Microsoft supports at most 2"),
  mailboxServers: z
    .strictObject({
      // Bounded for sanity only: a design beyond Exchange's limits is the sizing's to judge (ONP-12).
      perRoom: z.number().int().min(1).max(1000).optional(),
      vcpu: z.number().int().min(1).max(4096).optional(),
      ramGB: z.number().int().min(1).max(65_536).optional(),
    })
    .default({})
    .describe("pin the mailbox server design; left out, the sizing chooses the smallest that holds"),
  scvmm: z
    .strictObject({
      arcResourceGroup: nameText.default("rg-arc-scvmm").describe("resource group of the Arc resource bridge, custom location and VMM server resource that onboarding created"),
      resourceBridge: nameText.default("arc-scvmm-bridge"),
      customLocation: nameText.default("arc-scvmm-location"),
      vmmServer: nameText.default("arc-scvmm-server").describe("Azure name of the SCVMM management server resource that onboarding created (looked up, never created)"),
      region: azureRegion.optional().describe("region of the Arc resource bridge and custom location, where every SCVMM resource must be; default azure.region"),
      template: nameText.default("WS2025-Datacenter").describe("VMM template of the Mailbox servers and a third-room witness: domain-joined Windows Server"),
      edgeTemplate: nameText
        .optional()
        .describe("VMM template of the Edge Transport servers: Windows Server that is not joined to the domain (workgroup); required when onprem.edge.enabled"),
      alreadyEnabled: z
        .strictObject({
          clouds: z.partialRecord(z.enum(["primary", "recovery", "witness"]), resourceIdOf("Microsoft.ScVmm/clouds", "/subscriptions/<id>/resourceGroups/rg-arc-scvmm/providers/Microsoft.ScVmm/clouds/<name>")).optional(),
          networks: z
            .partialRecord(z.enum(["client", "replication", "perimeter"]), resourceIdOf("Microsoft.ScVmm/virtualNetworks", "/subscriptions/<id>/resourceGroups/rg-arc-scvmm/providers/Microsoft.ScVmm/virtualNetworks/<name>"))
            .optional(),
          templates: z
            .partialRecord(z.enum(["servers", "edge"]), resourceIdOf("Microsoft.ScVmm/virtualMachineTemplates", "/subscriptions/<id>/resourceGroups/rg-arc-scvmm/providers/Microsoft.ScVmm/virtualMachineTemplates/<name>"))
            .optional(),
        })
        .default({})
        .describe("VMM clouds, VM networks and templates already enabled in Azure (portal: Enable in Azure), by their Azure resource id: imported into the stack instead of created twice"),
      networks: z
        .strictObject({
          client: nameText.default("Exchange-Client"),
          replication: nameText.default("Exchange-Replication"),
          perimeter: nameText.default("Exchange-Perimeter"),
        })
        .default({ client: "Exchange-Client", replication: "Exchange-Replication", perimeter: "Exchange-Perimeter" })
        .describe("VM networks in VMM"),
    })
    .default({
      arcResourceGroup: "rg-arc-scvmm",
      resourceBridge: "arc-scvmm-bridge",
      customLocation: "arc-scvmm-location",
      vmmServer: "arc-scvmm-server",
      template: "WS2025-Datacenter",
      alreadyEnabled: {},
      networks: { client: "Exchange-Client", replication: "Exchange-Replication", perimeter: "Exchange-Perimeter" },
    })
    .describe("Azure Arc-enabled System Center VMM: how the platform is reached"),
  naming: z
    .strictObject({
      serverPrefix: z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/, "2-6 upper-case letters or digits, starting with a letter").default("EX"),
      dag: z.string().regex(/^[A-Z][A-Z0-9-]{1,14}$/, "an upper-case NetBIOS name of at most 15 characters").default("DAG01"),
    })
    .default({ serverPrefix: "EX", dag: "DAG01" }),
  namespace: z
    .strictObject({
      mail: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/).optional().describe("default mail.<first accepted domain>"),
      autodiscover: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/).optional().describe("default autodiscover.<first accepted domain>"),
      download: dnsDomain.optional().describe("host name OWA serves attachments from (Download Domains, CVE-2021-1730); default download.<first accepted domain>, a name on the certificate"),
    })
    .default({})
    .describe("unbound client namespace, the same in both rooms (Preferred Architecture)"),
  personalIdentityNumberAction: z
    .enum(["reject", "encrypt"])
    .default("reject")
    .describe("what the transport rule does with outbound mail that holds Swedish personal identity numbers (DLP-01)"),
  rightsManagement: z
    .strictObject({
      template: nameText.describe("name of the AD RMS rights policy template the transport rule applies (Get-RMSTemplate lists them)"),
    })
    .optional()
    .describe("AD RMS integrated with Exchange (IRM): needed by personalIdentityNumberAction: encrypt (ONP-11)"),
  modernAuthentication: z
    .enum(["none", "adfs", "hybrid"])
    .default("none")
    .describe("how modern authentication (OAuth) is set up for on-prem clients: AD FS, or hybrid modern authentication with Entra ID; legacy authentication is blocked only once it is (ONP-10)"),
  mailAuthentication: z
    .strictObject({
      dkimSigner: nameText.default("outbound gateway").describe("Exchange Server cannot sign DKIM itself: what signs outbound mail"),
      dkimSelectors: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).default(["selector1", "selector2"]),
      dmarcPolicy: z.enum(["reject", "quarantine", "none"]).default("reject"),
      dmarcReportAddress: z.email().optional(),
      signerHost: dnsDomain
        .optional()
        .describe("SMTP host of the DKIM signer: outbound Internet mail is routed through it (smart host), so it is on the path; without it DMARC may not be reject (ONP-16)"),
    })
    .default({ dkimSigner: "outbound gateway", dkimSelectors: ["selector1", "selector2"], dmarcPolicy: "reject" }),
  certificate: z
    .strictObject({
      name: z
        .string()
        .regex(/^[a-zA-Z0-9-]{1,127}$/, "a Key Vault certificate name: letters, digits and -")
        .default("exchange-tls")
        .describe("name of the certificate in the Exchange Key Vault; the Key Vault extension installs it on every Mailbox and Edge server"),
      expires: isoDate.optional().describe("the certificate's expiry date (NotAfter) once imported; ONP-14 warns 60 days before"),
    })
    .default({ name: "exchange-tls" })
    .describe("the SAN certificate for the client namespaces and SMTP, from the municipality's CA or a public one"),
  mailFlow: z
    .strictObject({
      requireTlsDomains: z.array(dnsDomain).max(500).default([]).describe("partner domains mail to which must use TLS (a send connector with RequireTLS each); other domains get TLS when they offer it"),
    })
    .default({ requireTlsDomains: [] }),
  egress: z
    .strictObject({
      proxy: singleLine(z.url({ protocol: /^http$/ }).max(200)).optional().describe("http:// proxy the Exchange servers reach Microsoft through (Emergency Mitigation service, feature flighting, hybrid); left out, they reach it directly"),
    })
    .default({})
    .describe("how the Mailbox servers reach Microsoft's services"),
});

export const licencePlan = z.enum([
  "none",
  "EXO_P1",
  "EXO_P2",
  "EXO_KIOSK",
  "M365_F3",
  "O365_E3",
  "M365_E3",
  "M365_E5",
]);

export const online = z.strictObject({
  licences: z.strictObject({
    staff: licencePlan,
    shared: licencePlan.default("none"),
    resource: licencePlan.default("none"),
  }),
  addOns: z
    .array(z.enum(["E5_COMPLIANCE", "E5_EDISCOVERY_AUDIT", "AUDIT_LOG_RETENTION_10_YEARS", "ADVANCED_DATA_RESIDENCY"]))
    .default([])
    .describe("add-ons bought for every staff user: E5 Compliance (Customer Key, Customer Lockbox, Audit Premium), E5 eDiscovery and Audit (Audit Premium), the 10-year audit log retention add-on, Advanced Data Residency (policies LIC-01..05)"),
  dataLocation: z.enum(["EU", "SE", "US", "other"]).default("EU"),
  advancedDataResidency: z.boolean().default(false),
  customerKey: z
    .strictObject({
      enabled: z.boolean(),
      regions: z
        .tuple([azureRegion, azureRegion])
        .default(["swedencentral", "swedensouth"])
        .describe("regions of the two Key Vaults, first under the primary and second under the secondary subscription"),
      keySize: z
        .union([z.literal(2048), z.literal(3072), z.literal(4096)])
        .default(2048)
        .describe("RSA-HSM key size in bits; Microsoft's own setup example uses the 2048 default"),
      exchangeOnlinePrincipalObjectId: uuid
        .optional()
        .describe("object id in your tenant of the Office 365 Exchange Online service principal (app 00000002-0000-0ff1-ce00-000000000000); left out, a Terraform variable asks for it"),
    })
    .default({ enabled: false, regions: ["swedencentral", "swedensouth"], keySize: 2048 }),
  audit: z
    .strictObject({
      archiveStorage: z
        .boolean()
        .default(false)
        .describe("also export Exchange and Entra audit tables to a storage account for a long-term archive"),
    })
    .default({ archiveStorage: false })
    .describe("traceability in Azure: Log Analytics workspace, Sentinel, Entra diagnostic setting"),
  customerLockbox: z.boolean().default(true),
  messageTraceExport: z
    .strictObject({
      retainDays: z.number().int().positive().max(4383).describe("days the exported message trace is kept"),
      reference: referenceText.optional().describe("the document or order that sets up the export"),
    })
    .optional()
    .describe("a daily export of Exchange Online message trace (searchable only 90 days in the service) kept as long as the decision on logs says; RET-04 blocks the online option without it"),
  manualSteps: z
    .strictObject({
      customerLockboxEnabled: isoDate.optional().describe("the day Customer Lockbox was turned on in the Microsoft 365 admin center (no cmdlet does it; ONL-04)"),
      dkimCnamesPublished: z
        .array(dnsDomain)
        .default([])
        .describe("accepted domains whose DKIM selector1/selector2 CNAME records are published in DNS; DKIM is enabled only for them (ONL-05)"),
      customerKeyRegistered: isoDate
        .optional()
        .describe("the day Microsoft confirmed both Azure subscriptions for Customer Key (mandatory retention period; ONL-06)"),
    })
    .default({ dkimCnamesPublished: [] })
    .describe("what the tenant administrator has done by hand; check warns until each is recorded"),
  providerJurisdiction: z.enum(["EU", "non-EU"]).default("non-EU").describe("Microsoft is a US company"),
  threatProtection: z
    .strictObject({
      alertRecipients: z
        .array(z.email())
        .default([])
        .describe("monitored mailboxes (the security team, the SOC) the required alert policies notify (EXO-12, MS.SECURITYSUITE.4.2)"),
      protectedUsers: z
        .array(z.strictObject({ name: nameText, address: z.email() }))
        .max(350)
        .default([])
        .describe("key people whose names senders may impersonate (the municipal director, the chair of the executive board); protected where Defender for Office 365 is licensed (MS.SECURITYSUITE.2.1)"),
      partnerDomains: z
        .array(dnsDomain)
        .default([])
        .describe("domains of key suppliers and partners protected against look-alike senders where Defender for Office 365 is licensed (MS.SECURITYSUITE.2.3)"),
    })
    .default({ alertRecipients: [], protectedUsers: [], partnerDomains: [] })
    .describe("anti-malware, anti-spam, anti-phishing and alerts of the security suite (EXO-09..12)"),
});

/** How the deploying runner and the servers reach the data planes behind the vault firewalls (Key Vault keys, the certificate vault). */
export const dataPlaneAccess = z
  .strictObject({
    allowedAddresses: z
      .array(runnerAddressRange)
      .max(100)
      .default([])
      .describe("public IPv4 addresses let through the Key Vault firewalls: the runner that deploys (it creates the Customer Key keys), the admins who import the certificate, and, on-prem, the server rooms' internet egress"),
    privateEndpoint: z
      .strictObject({
        subnetId: z
          .string()
          .regex(
            /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/,
            "a subnet resource id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>",
          )
          .describe("subnet the runner (and, on-prem, the server rooms over the VPN) reaches; every vault gets a private endpoint in it"),
        location: azureRegion.describe("region of that subnet's virtual network (a private endpoint is created in its network's region)"),
        privateDnsZoneId: resourceIdOf("Microsoft.Network/privateDnsZones", "/subscriptions/<id>/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net")
          .optional()
          .describe("the privatelink.vaultcore.azure.net zone the endpoints register in; left out, DNS for the endpoints is a recorded prerequisite"),
      })
      .optional()
      .describe("a private endpoint per vault; with it, the vaults keep public network access off"),
  })
  .describe("the Key Vault data planes are behind default-deny firewalls: name the addresses allowed through, or a private endpoint subnet");

/** Where Terraform and Pulumi keep state (docs/ci.md; `exchange-iac bootstrap state` writes the script that creates it). */
export const stateStorage = z
  .strictObject({
    resourceGroupName: z.string().regex(/^[-\w.()]{1,89}[-\w()]$/, "an Azure resource group name: 1-90 letters, digits, - _ . ( ), not ending in .").describe("resource group of the state storage account"),
    storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, "3-24 lower-case letters or digits (a globally unique storage account name)").describe("storage account that holds the state: Entra ID sign-in only, versioning and soft delete on"),
    terraformContainer: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "a blob container name: 3-63 lower-case letters, digits and single hyphens").default("tfstate").describe("container of the Terraform state (one blob per stack, locked by blob lease)"),
    pulumiContainer: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "a blob container name: 3-63 lower-case letters, digits and single hyphens").default("pulumi").describe("container of the Pulumi state of the tenant program"),
    plansContainer: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "a blob container name: 3-63 lower-case letters, digits and single hyphens").default("plans").describe("container of the saved plans the deploy job applies (they hold secrets, so they never become CI artifacts)"),
    keyVaultName: z.string().regex(/^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "3-24 letters, digits and single hyphens, starting with a letter").describe("Key Vault whose key encrypts the Pulumi secrets (Azure Key Vault secrets provider)"),
  })
  .describe("remote state in an EU storage account in azure.region; synth writes it as the azurerm backend of both stacks unless --local-state is given");

export const azure = z
  .strictObject({
    region: azureRegion.default("swedencentral"),
    allowedRegions: z.array(azureRegion).min(1).default(["swedencentral", "swedensouth"]),
    namePrefix: z
      .string()
      .regex(/^[a-z][a-z0-9]{1,13}$/, "2-14 lower-case letters or digits, starting with a letter")
      .optional()
      .describe("start of globally unique Azure names (Key Vaults, storage); default: the organization name in lower case"),
    dataPlaneAccess: dataPlaneAccess.default({ allowedAddresses: [] }),
    state: stateStorage.optional(),
  })
  .default({ region: "swedencentral", allowedRegions: ["swedencentral", "swedensouth"], dataPlaneAccess: { allowedAddresses: [] } });

/**
 * The highly privileged roles of CISA's Entra ID baseline, by role template id (the same in every
 * tenant) and display name: phishing-resistant MFA (MS.AAD.3.6), PIM (7.4-7.9) and IAM-02 cover
 * each of them (source: cisa-scubagear-aad).
 */
export const HIGHLY_PRIVILEGED_ROLES = {
  "62e90394-69f5-4237-9190-012177145e10": "Global Administrator",
  "e8611ab8-c189-46e8-94e1-60213ab1f814": "Privileged Role Administrator",
  "fe930be7-5e62-47db-91af-98c3a49a38b1": "User Administrator",
  "f28a1f50-f6e7-4571-818b-6a12f2af6b6c": "SharePoint Administrator",
  "29232cdf-9323-42fd-ade2-1d097af3e4de": "Exchange Administrator",
  "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2": "Hybrid Identity Administrator",
  "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3": "Application Administrator",
  "158c047a-c907-4556-b7ef-446551a6b5f7": "Cloud Application Administrator",
} as const;

/**
 * Built-in Entra role template ids held to phishing-resistant MFA by default: Microsoft's
 * Conditional Access template "Require phishing-resistant MFA for administrators" plus
 * Hybrid Identity and Compliance Administrator (MS.AAD.3.6; source: cisa-scubagear-aad).
 */
export const PRIVILEGED_ROLE_IDS = [
  "62e90394-69f5-4237-9190-012177145e10", // Global Administrator
  "e8611ab8-c189-46e8-94e1-60213ab1f814", // Privileged Role Administrator
  "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", // Privileged Authentication Administrator
  "194ae4cb-b126-40b2-bd5b-6091b380977d", // Security Administrator
  "29232cdf-9323-42fd-ade2-1d097af3e4de", // Exchange Administrator
  "f28a1f50-f6e7-4571-818b-6a12f2af6b6c", // SharePoint Administrator
  "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
  "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", // Application Administrator
  "158c047a-c907-4556-b7ef-446551a6b5f7", // Cloud Application Administrator
  "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", // Conditional Access Administrator
  "c4e39bd9-1100-46d3-8c65-fb160da0071f", // Authentication Administrator
  "966707d0-3269-4727-9be2-8c3a10f19b9d", // Password Administrator
  "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
  "b0f54661-2d74-4c50-afa3-1ec803f12efe", // Billing Administrator
  "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", // Hybrid Identity Administrator
  "17315797-102d-40b4-93e0-432062caca18", // Compliance Administrator
];

/** The display names of PRIVILEGED_ROLE_IDS, as Microsoft names the built-in roles (TCM and Microsoft365DSC name roles this way). */
export const PRIVILEGED_ROLE_NAMES: Record<string, string> = {
  ...HIGHLY_PRIVILEGED_ROLES,
  "7be44c8a-adaf-4e2a-84d6-ab2649e08a13": "Privileged Authentication Administrator",
  "194ae4cb-b126-40b2-bd5b-6091b380977d": "Security Administrator",
  "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9": "Conditional Access Administrator",
  "c4e39bd9-1100-46d3-8c65-fb160da0071f": "Authentication Administrator",
  "966707d0-3269-4727-9be2-8c3a10f19b9d": "Password Administrator",
  "729827e3-9c14-49f7-bb1b-9608f156bbb8": "Helpdesk Administrator",
  "b0f54661-2d74-4c50-afa3-1ec803f12efe": "Billing Administrator",
  "17315797-102d-40b4-93e0-432062caca18": "Compliance Administrator",
};

/** Entra roles the automation identity needs for EXO and Security & Compliance cmdlets (source: learn-exo-powershell). */
export const AUTOMATION_ROLE_IDS = [
  "29232cdf-9323-42fd-ade2-1d097af3e4de", // Exchange Administrator
  "17315797-102d-40b4-93e0-432062caca18", // Compliance Administrator
];

/** Entra limits the issuer, subject and audience of a federated credential to 600 characters each (source: learn-graph-federated-identity-credential). */
const ENTRA_CREDENTIAL_TEXT = 600;

const automationDefaults = { displayName: "exchange-iac automation", directoryRoleIds: AUTOMATION_ROLE_IDS };

/** The Entra ID baseline the tenant program declares (stacks/tenant, IAM-01..IAM-05). */
export const identity = z
  .strictObject({
    breakGlassAccountIds: z
      .array(uuid)
      .default([])
      .describe("object ids of the emergency access (break-glass) accounts, excluded from every Conditional Access policy; the tenant program needs at least one, Microsoft recommends two"),
    globalAdministrators: count(10_000)
      .optional()
      .describe("how many accounts hold the Global Administrator role, break-glass accounts included (IAM-04 wants 2 to 8)"),
    allowedSignInCountries: z
      .array(z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code in upper case, e.g. SE"))
      .min(1)
      .optional()
      .describe("countries sign-ins may come from; default: the organization's country"),
    administratorRoleIds: z
      .array(uuid)
      .min(1)
      .default(PRIVILEGED_ROLE_IDS)
      .describe("Entra role template ids whose holders must use phishing-resistant MFA"),
    conditionalAccessState: z
      .enum(["enabled", "enabledForReportingButNotEnforced"])
      .default("enabled")
      .describe("report-only is for a staged rollout; policies judge only enforced policies"),
    ci: z
      .strictObject({
        repository: z.string().regex(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, "owner/name of the GitHub repository that runs the workflow").describe("the repository whose workflow signs in to Azure and Entra"),
        deployEnvironment: z.string().regex(/^[A-Za-z0-9._-]{1,255}$/, "a GitHub environment name").default("production").describe("the GitHub environment with required reviewers that the deploy job waits in"),
      })
      .optional()
      .describe("the CI identities (plan, drift, deploy) and their federated credentials are generated for this repository (docs/ci.md)"),
    breakGlassUserPrincipalNames: z
      .array(z.email())
      .optional()
      .describe("user principal names of the break-glass accounts, in the order of breakGlassAccountIds: the drift monitor names users this way (TCM)"),
    allUsersAuthenticationStrength: z
      .enum(["phishing-resistant", "mfa"])
      .default("phishing-resistant")
      .describe("what every user signs in with: phishing-resistant MFA (passkey, FIDO2, Windows Hello; MS.AAD.3.1) or any MFA during a staged rollout, with an approved waiver for IAM-02"),
    requireManagedDevice: z
      .boolean()
      .default(true)
      .describe("where Intune is licensed, require a compliant or hybrid-joined device to sign in and to register MFA (MS.AAD.3.7, 3.8)"),
    administratorAccounts: z
      .enum(["cloud-only", "synchronized"])
      .default("cloud-only")
      .describe("whether the accounts holding privileged roles exist only in Entra ID or are synchronized from the on-premises AD (MS.AAD.7.3 wants cloud-only; IAM-09)"),
    guestInvitationDomains: z
      .array(dnsDomain)
      .default([])
      .describe("domains guests may be invited from (MS.AAD.8.3); empty: no domain, so only administrators and Guest Inviters can invite, and nobody from outside the list"),
    automation: z
      .strictObject({
        displayName: nameText.default(automationDefaults.displayName),
        directoryRoleIds: z
          .array(uuid)
          .default(AUTOMATION_ROLE_IDS)
          .describe("Entra role template ids assigned to the automation identity; app-only Exchange access needs a role besides Exchange.ManageAsApp"),
        federatedCredential: z
          .strictObject({
            issuer: singleLine(z.url().max(ENTRA_CREDENTIAL_TEXT)).default("https://token.actions.githubusercontent.com").describe("OIDC issuer of the CI system"),
            subject: text(ENTRA_CREDENTIAL_TEXT).describe("subject claim of the CI token, e.g. repo:org/repo:environment:production"),
            audiences: z.array(text(ENTRA_CREDENTIAL_TEXT)).min(1).max(1).default(["api://AzureADTokenExchange"]).describe("the audience the CI token carries; Entra takes exactly one"),
          })
          .optional()
          .describe("how CI signs in as the automation identity, without a client secret (IAM-05)"),
      })
      .default(automationDefaults)
      .describe("the application that applies the Exchange Online configuration from CI"),
  })
  .default({
    breakGlassAccountIds: [],
    administratorRoleIds: PRIVILEGED_ROLE_IDS,
    conditionalAccessState: "enabled",
    allUsersAuthenticationStrength: "phishing-resistant",
    requireManagedDevice: true,
    administratorAccounts: "cloud-only",
    guestInvitationDomains: [],
    automation: automationDefaults,
  });

/** On-prem licences an organization may already own (perpetual; SA or subscription is still due for Exchange SE). */
export const onpremLicence = z.enum([
  "EXCHANGE_SERVER_STANDARD",
  "EXCHANGE_SERVER_ENTERPRISE",
  "EXCHANGE_CAL_STANDARD",
  "EXCHANGE_CAL_ENTERPRISE",
  "WINDOWS_SERVER_STANDARD_CORES",
  "WINDOWS_SERVER_DATACENTER_CORES",
  "SYSTEM_CENTER_STANDARD_CORES",
  "SYSTEM_CENTER_DATACENTER_CORES",
]);

/** How the organization buys Microsoft licences; the programme's Product Terms decide the rights (model/licences.ts). */
export const licensingProgramme = z.enum(["EA", "EAS", "EES", "SCE", "MPSA", "OpenValue", "OpenValueSubscription", "CSP", "MOSA"]);

/** Owned Exchange licences: Exchange SE runs only on those with unbroken Software Assurance or as subscriptions. */
export const exchangeLicence = z.enum(["EXCHANGE_SERVER_STANDARD", "EXCHANGE_SERVER_ENTERPRISE", "EXCHANGE_CAL_STANDARD", "EXCHANGE_CAL_ENTERPRISE"]);

const licenceCoverage = z.strictObject({
  kind: z
    .enum(["software-assurance", "subscription", "lapsed"])
    .describe("software-assurance or subscription: active and unbroken; lapsed: SA ended (it cannot be resumed, the licences must be bought again for Exchange SE)"),
  since: isoDate.describe("the day SA or the subscription has run unbroken since; for lapsed, the day SA ended"),
});

export const licensing = z
  .strictObject({
    programme: licensingProgramme
      .optional()
      .describe(
        "the licensing programme the Microsoft licences are bought through: EA, EAS, EES, SCE, MPSA, OpenValue, OpenValueSubscription (these carry the Extended Use Rights of Microsoft 365 E3/E5), CSP (Microsoft Customer Agreement through a partner) or MOSA (direct online); left out, no Extended Use Rights are assumed",
      ),
    otherServerUsers: count(MAX_SEATS)
      .default(0)
      .describe("users outside staff who reach the Exchange servers: elected officials, temporary staff, trainees, admin accounts with mailboxes"),
    otherServerUsersPlan: licencePlan.default("none").describe("the plan those users hold (none: they need Exchange CALs on-prem and rule out the Extended Use Rights)"),
    coverage: z
      .partialRecord(exchangeLicence, licenceCoverage)
      .default({})
      .describe("for each owned Exchange licence (cost.ownedLicences): whether Software Assurance or a subscription is active, and since when"),
  })
  .prefault({})
  .describe("how the Microsoft licences are bought and covered; decides the Extended Use Rights and what owned licences are worth for Exchange SE");

export const cost = z
  .strictObject({
    planningYears: z.number().int().min(1).max(10).default(3),
    currency: z.literal("SEK").default("SEK"),
    priceOverrides: z
      .record(z.string().regex(/^[a-z0-9_]+$/, "a price id of cost/catalog/prices.yaml"), z.number().nonnegative().max(MAX_PRICE_SEK))
      .default({})
      .describe("negotiated prices by catalog id (cost/catalog/prices.yaml): SEK per the entry's unit, percent for percentages"),
    ownedLicences: z
      .partialRecord(z.union([licencePlan.exclude(["none"]), onpremLicence]), count(MAX_SEATS))
      .default({})
      .describe("seats, servers or cores already owned, excluded from cost with a visible note"),
    licensing,
    usage: usageSchema.describe("usage assumptions of the cost estimate; every key has a documented default (cost/usage.ts)"),
  })
  .superRefine((cost, context) => {
    // An owned Exchange licence is worth something for Exchange SE only with active SA or as a subscription: say which.
    for (const key of exchangeLicence.options) {
      if ((cost.ownedLicences[key] ?? 0) === 0 || cost.licensing.coverage[key]) continue;
      context.addIssue({
        code: "custom",
        path: ["licensing", "coverage", key],
        input: undefined,
        message: `whether the ${cost.ownedLicences[key]} owned ${key} have active Software Assurance or a subscription: { kind: software-assurance, since: YYYY-MM-DD } (or subscription, or lapsed)`,
      });
    }
  })
  .prefault({});

/** How the comparison weighs its seven risk dimensions against each other (report/decision.ts). */
const weight = (what: string) =>
  z
    .number()
    .min(0)
    .max(10)
    .default(1)
    .describe(`weight of ${what} in the overall risk (0-10, default 1: every dimension counts the same)`);

/** The case file a tjänsteskrivelse carries in its head (the paper's first lines). */
export const caseFile = z.strictObject({
  reference: referenceText.describe("the diary number (dnr) of the matter, e.g. KS 2026/412"),
  department: nameText.describe("the administration that writes the paper (förvaltning)"),
  officer: nameText.describe("the official who writes it and answers for the assessment (handläggare)"),
  approvedBy: nameText.optional().describe("who approved the paper for the committee, e.g. the head of the administration"),
  decidedBy: z.enum(["council", "executive-board"]).default("council").describe("who decides: council (kommunfullmäktige, after the executive board prepares the matter; a matter of principle, 5 kap. 1 § KL) or executive-board (kommunstyrelsen, by delegation)"),
  background: text(TEXT_LENGTH.paragraph).optional().describe("where e-mail runs today and what is already decided, in a few sentences (the paper's Bakgrund)"),
});

/**
 * Risk acceptance (riskacceptans) on the 1-16 scale of likelihood x consequence. Defaults:
 * up to 4 accepted, 5-8 accepted with a treatment plan, above 8 not accepted untreated.
 */
export const riskAcceptance = z
  .strictObject({
    acceptUpTo: z.number().int().min(1).max(16).default(4).describe("risk levels up to this are accepted (default 4)"),
    treatUpTo: z.number().int().min(1).max(16).default(8).describe("levels above acceptUpTo and up to this are accepted with a treatment plan; above it not accepted until treated (default 8)"),
  })
  .prefault({})
  .refine((r) => r.treatUpTo >= r.acceptUpTo, "treatUpTo at least acceptUpTo");

export const decision = z
  .strictObject({
    case: caseFile.optional().describe("dnr, förvaltning and handläggare of the decision paper (init asks for them)"),
    riskAcceptance,
    chosenOption: z
      .enum(["onprem", "online"])
      .optional()
      .describe("the option the organization decided on: only its stack is planned and deployed; the other is still synthesized and checked"),
    weights: z
      .strictObject({
        confidentiality: weight("confidentiality (konfidentialitet): unauthorized access to mail content"),
        integrity: weight("integrity (riktighet): mail lost or changed, and whether it can be restored"),
        availability: weight("availability (tillgänglighet): mail reachable when needed"),
        traceability: weight("traceability (spårbarhet): audit and logs of who did what"),
        legal: weight("legal risk (juridik): OSL, GDPR chapter V, CLOUD Act, archives, cybersäkerhetslagen"),
        technical: weight("technical risk (teknik): attack surface, patching and operations"),
        economic: weight("economic risk (ekonomi): cost over the planning years and its uncertainty"),
      })
      .prefault({})
      .refine((w) => Object.values(w).some((value) => value > 0), "at least one weight above 0"),
  })
  .prefault({})
  .describe("the weights the recommendation is computed with; all 1 unless the organization decides otherwise");

const doneOn = (what: string) => isoDate.optional().describe(`the day ${what} was verified done; left out, check warns (DEP rules)`);

/** Facts about the first deployment that check cannot see in the artifacts (docs/onprem.md, "First deployment"). */
export const deployment = z
  .strictObject({
    prerequisites: z
      .strictObject({
        resourceProvidersRegistered: doneOn("the resource providers Arc-enabled SCVMM needs were registered in the subscription"),
        arcScvmmOnboarded: doneOn("VMM was onboarded to Azure Arc (resource bridge, custom location, VMM server resource)"),
        encryptionAtHostRegistered: doneOn("the subscription feature Microsoft.Compute/EncryptionAtHost was registered"),
        swedenSouthAccess: doneOn("access to the restricted region Sweden South was granted to the subscriptions"),
        witnessConnectivity: doneOn("both server rooms were shown to reach the witness server (and the Azure witness its monitoring endpoints)"),
        privateEndpointDns: doneOn("the vaults' private endpoint names were shown to resolve to their private addresses from the runner and the server rooms"),
        certificateImported: doneOn("the Exchange TLS certificate was imported into the certificate vault"),
        staticIpPools: doneOn("each room's VMM static IP pools were shown to hold the address plan's ranges"),
        perimeterOutbound: doneOn("the perimeter network was shown to reach the Azure Arc endpoints (HTTPS, directly or through a proxy)"),
      })
      .default({}),
  })
  .default({ prerequisites: {} });

export const waiver = z.strictObject({
  rule: z.string().regex(/^[A-Z]{2,3}-\d{2}$/, "a rule ID such as ONP-03"),
  option: z.enum(["onprem", "online"]),
  reason: text(TEXT_LENGTH.paragraph, 10),
  approvedBy: nameText,
  expires: isoDate,
});

export const organizationFile = z.strictObject({
  $schema: text(2000).optional(),
  organization: organizationInfo,
  mailboxes,
  classification,
  governance: governance.default({ recordsAccessRoles: [] }),
  retention: retention.default({ deletionDecisions: [], auditLogRetentionDays: 365, leaverMailboxes: "retain" }),
  sites,
  onprem,
  online,
  azure,
  identity,
  cost,
  decision,
  deployment,
  waivers: z.array(waiver).default([]),
});

export type OrganizationFile = z.output<typeof organizationFile>;
export type OrganizationInput = z.input<typeof organizationFile>;
export type Mailboxes = z.output<typeof mailboxes>;
export type OnpremOption = z.output<typeof onprem>;
