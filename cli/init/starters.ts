// What `exchange-iac init` writes where the schema has no default: a value that fits most
// Swedish municipalities, or a placeholder ("<...>") where no value can be guessed. The loader
// refuses every placeholder by name until it is replaced (model/placeholders.ts).
import type { Lang } from "../../i18n/lang";

type Starter = unknown | { sv: unknown; en: unknown };

const both = (sv: unknown, en: unknown) => ({ sv, en });

/** Starter values by dotted path of the organization file. */
const STARTERS: Record<string, Starter> = {
  "organization.name": both("<kommunens namn>", "<the municipality's name>"),
  "organization.country": "SE",
  "organization.acceptedDomains": both(["<kommunens e-postdomän, t.ex. kommun.se>"], ["<the e-mail domain, e.g. kommun.se>"]),
  "mailboxes.staff": both("<antal personliga postlådor>", "<number of personal mailboxes>"),
  "mailboxes.averageSizeGB": both("<genomsnittlig postlådestorlek i GB>", "<average mailbox size in GB>"),
  "mailboxes.quotaGB": 10,
  "mailboxes.messagesSentPerDay": 25,
  "mailboxes.messagesReceivedPerDay": 75,
  "classification.email.confidentiality": both("<nivå 0-4 enligt KLASSA>", "<KLASSA level 0-4>"),
  "classification.email.integrity": both("<nivå 0-4 enligt KLASSA>", "<KLASSA level 0-4>"),
  "classification.email.availability": both("<nivå 0-4 enligt KLASSA>", "<KLASSA level 0-4>"),
  "classification.maxConfidentialityInEmail": 2,
  "sites.primary.name": both("<namn på den primära serverhallen>", "<name of the primary server room>"),
  "sites.recovery.name": both("<namn på reservhallen>", "<name of the recovery server room>"),
  "sites.sharedBuilding": both("<true om hallarna är i samma byggnad>", "<true if the rooms share a building>"),
  "sites.sharedPower": both("<true om hallarna har samma elmatning>", "<true if the rooms share a power feed>"),
  "sites.sharedNetwork": both("<true om hallarna har samma nätväg>", "<true if the rooms share a network route>"),
  "sites.witness": { kind: "azure-vm", region: "swedencentral" },
  "onprem.hosts.perRoom": both("<antal virtualiseringsvärdar per hall>", "<virtualization hosts per room>"),
  "onprem.hosts.physicalCoresPerHost": both("<fysiska kärnor per värd>", "<physical cores per host>"),
  "onprem.hosts.ramGBPerHost": both("<RAM per värd i GB>", "<RAM per host in GB>"),
  "onprem.hosts.specRate2017IntBasePerCore": both("<SPECrate2017_int_base per kärna>", "<SPECrate2017_int_base per core>"),
  "onprem.hosts.usableStorageTBPerRoom": both("<användbar lagring per hall i TB>", "<usable storage per room in TB>"),
  "decision.case.reference": both("<ärendets diarienummer, t.ex. KS 2026/412>", "<the matter's diary number>"),
  "decision.case.department": both("<förvaltningen som skriver tjänsteskrivelsen>", "<the administration writing the paper>"),
  "decision.case.officer": both("<handläggarens namn och titel>", "<the official's name and title>"),
  "identity.breakGlassAccountIds": both(
    ["<objekt-id för det första nödkontot>", "<objekt-id för det andra nödkontot>"],
    ["<object id of the first emergency access account>", "<object id of the second emergency access account>"],
  ),
  "identity.automation.federatedCredential.subject": both(
    "<CI-tokenets subject, t.ex. repo:org/repo:environment:production>",
    "<the CI token's subject, e.g. repo:org/repo:environment:production>",
  ),
  "onprem.scvmm.edgeTemplate": both("<VMM-mall för Edge-servrarna, utanför domänen>", "<VMM template of the Edge servers, outside the domain>"),
  "azure.dataPlaneAccess.allowedAddresses": both(["<körmiljöns publika IPv4-adress>"], ["<the runner's public IPv4 address>"]),
  "online.licences.staff": both("<licens för personalen, t.ex. M365_E3>", "<the staff's plan, e.g. M365_E3>"),
  "cost.licensing.programme": both("<hur licenserna köps: EA, EAS, MPSA, OpenValue, CSP eller MOSA>", "<how the licences are bought: EA, EAS, MPSA, OpenValue, CSP or MOSA>"),
};

export function starterValue(path: string, language: Lang): { found: boolean; value?: unknown } {
  if (!Object.hasOwn(STARTERS, path)) return { found: false };
  const starter = STARTERS[path];
  const localized = starter && typeof starter === "object" && !Array.isArray(starter) && "sv" in starter && "en" in starter;
  return { found: true, value: localized ? (starter as { sv: unknown; en: unknown })[language] : starter };
}

/** True when a key below `path` has a starter: the object is then written, not commented out. */
export function hasStarterUnder(path: string): boolean {
  return Object.keys(STARTERS).some((key) => key.startsWith(`${path}.`));
}
