// The organization file: the only thing a user edits. Everything else is derived from it.
// Objects are strict so a misspelt key is an error instead of a silently ignored setting.
import { z } from "zod";

const isoDate = z.iso.date().describe("a date written YYYY-MM-DD");
const count = z.number().int().nonnegative();
const positive = z.number().positive();
const percent = z.number().min(0).max(100);
const klassaLevel = z.number().int().min(0).max(4).describe("KLASSA level 0-4");
const azureRegion = z
  .string()
  .regex(/^[a-z0-9]+$/, "an Azure region name in lower case without spaces, e.g. swedencentral");
const uuid = z.uuid();

export const organizationInfo = z.strictObject({
  name: z.string().min(1),
  country: z.string().length(2).describe("ISO 3166-1 alpha-2 country code, e.g. SE"),
  acceptedDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "a lower-case DNS domain")).min(1),
  tenantId: uuid.optional().describe("Entra tenant id; optional until deployment"),
  subscriptions: z
    .strictObject({
      primary: uuid.optional(),
      secondary: uuid.optional().describe("second subscription, required by Customer Key"),
    })
    .default({}),
});

export const mailboxes = z.strictObject({
  staff: count.describe("personal mailboxes of employees"),
  shared: count.default(0).describe("shared (functional) mailboxes"),
  resource: count.default(0).describe("room and equipment mailboxes"),
  averageSizeGB: positive.describe("average mailbox size today"),
  quotaGB: positive.describe("mailbox size limit (ProhibitSendReceiveQuota)"),
  sizeGrowthPercentPerYear: percent.default(10).describe("yearly growth of the average mailbox size"),
  countGrowthPercentPerYear: percent.default(0).describe("yearly growth of the number of mailboxes"),
  messagesSentPerDay: count,
  messagesReceivedPerDay: count,
  averageMessageSizeKB: positive.default(75),
});

export const classification = z.strictObject({
  email: z.strictObject({
    confidentiality: klassaLevel,
    integrity: klassaLevel,
    availability: klassaLevel,
  }),
  maxConfidentialityInEmail: klassaLevel.describe("highest confidentiality level allowed in e-mail"),
});

export const governance = z.strictObject({
  dpia: z.strictObject({ reviewed: isoDate, reference: z.string().optional() }).optional(),
  processorAgreement: z
    .strictObject({
      signed: isoDate,
      subProcessorCountries: z.array(z.string().length(2)).default([]),
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
    .strictObject({ date: isoDate, approvedBy: z.string().min(1), reference: z.string().optional() })
    .optional()
    .describe("OSL 10 kap. 2 a § assessment of whether disclosure to the provider is inappropriate"),
  exitPlan: z.strictObject({ date: isoDate, reference: z.string().optional() }).optional(),
  incidentRunbook: z
    .strictObject({
      csirtEarlyWarningHours: positive,
      csirtNotificationHours: positive,
      csirtFinalReportDays: positive,
      imyNotificationHours: positive,
    })
    .optional(),
  recordsAccessRoles: z
    .array(z.string().min(1))
    .default([])
    .describe("named roles granted search, export and hold across all mailboxes"),
});

export const deletionDecision = z.strictObject({
  id: z.string().min(1).describe("the gallringsbeslut reference"),
  what: z.string().min(1),
  retainYears: positive.describe("delete no earlier than this many years after creation"),
});

export const retention = z.strictObject({
  deletionDecisions: z.array(deletionDecision).default([]),
  auditLogRetentionDays: z.number().int().positive().default(365),
  leaverMailboxes: z.enum(["retain", "delete"]).default("retain"),
});

const room = z.strictObject({ name: z.string().min(1) });

export const sites = z.strictObject({
  primary: room,
  recovery: room,
  sharedBuilding: z.boolean(),
  sharedPower: z.boolean(),
  sharedNetwork: z.boolean(),
  witness: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("third-room"), name: z.string().min(1) }),
    z.strictObject({ kind: z.literal("azure-vm"), region: azureRegion }),
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
      replayLagDays: z.number().int().min(0).max(14).default(7),
    })
    .default({ copiesPerDatabase: 4, laggedCopy: true, replayLagDays: 7 }),
  edge: z
    .strictObject({ enabled: z.boolean().default(true), serversPerRoom: z.number().int().min(1).default(1) })
    .default({ enabled: true, serversPerRoom: 1 }),
  backup: z
    .strictObject({
      kind: z.enum(["lagged-copy", "backup-software", "none"]),
      lastRestoreTest: isoDate.optional(),
    })
    .default({ kind: "lagged-copy" }),
  patching: z
    .strictObject({ maxDaysToApply: z.number().int().positive().default(14), window: z.string().optional() })
    .default({ maxDaysToApply: 14 }),
  hosts: z.strictObject({
    perRoom: z.number().int().min(1),
    physicalCoresPerHost: z.number().int().min(4),
    ramGBPerHost: z.number().int().min(16),
    specIntRate2006PerCore: positive.describe("SPECint_rate2006 result divided by the host's physical cores"),
    usableStorageTBPerRoom: positive,
  }),
  vcpuPerPhysicalCore: z.number().min(0.5).max(4).default(1).describe("Microsoft supports at most 2"),
  mailboxServers: z
    .strictObject({
      perRoom: z.number().int().min(1).optional(),
      vcpu: z.number().int().min(1).optional(),
      ramGB: z.number().int().min(1).optional(),
    })
    .default({})
    .describe("pin the mailbox server design; left out, the sizing chooses the smallest that holds"),
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
  addOns: z.array(z.enum(["E5_COMPLIANCE", "ADVANCED_DATA_RESIDENCY"])).default([]),
  dataLocation: z.enum(["EU", "SE", "US", "other"]).default("EU"),
  advancedDataResidency: z.boolean().default(false),
  customerKey: z
    .strictObject({
      enabled: z.boolean(),
      regions: z.tuple([azureRegion, azureRegion]).default(["swedencentral", "swedensouth"]),
    })
    .default({ enabled: false, regions: ["swedencentral", "swedensouth"] }),
  customerLockbox: z.boolean().default(true),
  providerJurisdiction: z.enum(["EU", "non-EU"]).default("non-EU").describe("Microsoft is a US company"),
});

export const azure = z
  .strictObject({
    region: azureRegion.default("swedencentral"),
    allowedRegions: z.array(azureRegion).min(1).default(["swedencentral", "swedensouth"]),
  })
  .default({ region: "swedencentral", allowedRegions: ["swedencentral", "swedensouth"] });

export const cost = z
  .strictObject({
    planningYears: z.number().int().min(1).max(10).default(3),
    currency: z.literal("SEK").default("SEK"),
    priceOverrides: z.record(z.string(), z.number().nonnegative()).default({}),
    ownedLicences: z.partialRecord(licencePlan.exclude(["none"]), count).default({}).describe("seats already owned, excluded from cost"),
  })
  .default({ planningYears: 3, currency: "SEK", priceOverrides: {}, ownedLicences: {} });

export const waiver = z.strictObject({
  rule: z.string().regex(/^[A-Z]{2,3}-\d{2}$/, "a rule ID such as ONP-03"),
  option: z.enum(["onprem", "online"]),
  reason: z.string().min(10),
  approvedBy: z.string().min(1),
  expires: isoDate,
});

export const organizationFile = z.strictObject({
  $schema: z.string().optional(),
  organization: organizationInfo,
  mailboxes,
  classification,
  governance: governance.default({ recordsAccessRoles: [] }),
  retention: retention.default({ deletionDecisions: [], auditLogRetentionDays: 365, leaverMailboxes: "retain" }),
  sites,
  onprem,
  online,
  azure,
  cost,
  waivers: z.array(waiver).default([]),
});

export type OrganizationFile = z.output<typeof organizationFile>;
export type OrganizationInput = z.input<typeof organizationFile>;
export type Mailboxes = z.output<typeof mailboxes>;
export type OnpremOption = z.output<typeof onprem>;
