import { fail, undecided, warn } from "../../outcome";
import { say, type Words } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, valueAt, type OptionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.EXO.2.2 (SPF failing every other sender), 3.1 (DKIM for every domain) and 4.x (DMARC
// p=reject, SHALL; an own rua and ruf, SHOULD) (source: cisa-scubagear-exo). Exchange Online
// signs only with 1024 or 2048 bits; 2048 is the baseline.
const MIN_DKIM_BITS = 2048;
/** Exchange Online's sending addresses, which an online domain's SPF must name (source: learn-spf-configure). */
const EXCHANGE_ONLINE_INCLUDE = "include:spf.protection.outlook.com";

/** The p= tag of a DMARC record, judged as the catalog says: reject passes, quarantine warns; no rua warns (SHOULD). */
function dmarc(doc: OptionDocument, domain: string, record: unknown, path: string): Outcome[] {
  if (typeof record !== "string") return [missingFact(doc, path, (m) => m.exo05.dmarcRecordOf(domain))];
  const policy = /^v=DMARC1\s*;(?:.*;)?\s*p=([a-z]+)/i.exec(record)?.[1]?.toLowerCase();
  const reports = /;\s*rua=mailto:[^;\s]+/i.test(record) ? [] : [warn(say((m) => m.exo05.noReports(domain)), at(doc, path))];
  if (policy === "reject") return reports;
  if (policy === "quarantine") return [warn(say((m) => m.exo05.quarantine(domain)), at(doc, path)), ...reports];
  return [fail(say((m) => (policy ? m.exo05.weakPolicy(domain, policy) : m.exo05.invalidRecord(domain, record))), at(doc, path))];
}

/** An SPF record that ends in -all (every other sender fails) and, online, names Exchange Online. */
function spf(doc: OptionDocument, domain: string, records: Record<string, unknown>[] | undefined, listPath: string): Outcome[] {
  if (!records) return [missingFact(doc, listPath, () => "SPF")];
  const i = records.findIndex((entry) => entry.domain === domain);
  if (i < 0) return [fail(say((m) => m.exo05.noSpf(domain)), at(doc, listPath))];
  const field = doc.option === "online" ? "value" : "record";
  const record = records[i]![field];
  const path = `${listPath}.${i}.${field}`;
  if (typeof record !== "string") return [missingFact(doc, path, () => `SPF ${domain}`)];
  const terms = record.trim().split(/\s+/);
  if (terms[0] !== "v=spf1" || terms.at(-1) !== "-all") return [fail(say((m) => m.exo05.weakSpf(domain, record)), at(doc, path))];
  if (doc.option === "online" && !terms.includes(EXCHANGE_ONLINE_INCLUDE)) return [fail(say((m) => m.exo05.spfWithoutExchangeOnline(domain, EXCHANGE_ONLINE_INCLUDE)), at(doc, path))];
  return [];
}

function bits(doc: OptionDocument, value: unknown, what: Words, path: string): Outcome[] {
  if (typeof value !== "number") return [undecided(say((m, lang) => m.exo05.unknownKeySize(what(m, lang))), at(doc, path))];
  return value >= MIN_DKIM_BITS ? [] : [fail(say((m, lang) => m.exo05.weakKey(what(m, lang), value, MIN_DKIM_BITS)), at(doc, path))];
}

function onprem(doc: OptionDocument, domains: string[]): Outcome[] {
  const outcomes = bits(doc, valueAt(doc.document, "mailAuthentication.dkim.keyBits"), (m) => m.exo05.outboundMail, "mailAuthentication.dkim.keyBits");
  const selectors = listAt(doc.document, "mailAuthentication.dkim.domains") ?? [];
  const records = listAt(doc.document, "mailAuthentication.dmarc");
  if (!records) return [...outcomes, missingFact(doc, "mailAuthentication.dmarc", () => "DMARC")];
  for (const domain of domains) {
    if (!selectors.some((s) => s.domain === domain)) outcomes.push(fail(say((m) => m.exo05.noSelector(domain)), at(doc, "mailAuthentication.dkim.domains")));
    const i = records.findIndex((r) => r.domain === domain);
    outcomes.push(...(i < 0 ? [fail(say((m) => m.exo05.noDmarc(domain)), at(doc, "mailAuthentication.dmarc"))] : dmarc(doc, domain, records[i]!.record, `mailAuthentication.dmarc.${i}.record`)));
    outcomes.push(...spf(doc, domain, listAt(doc.document, "mailAuthentication.spf"), "mailAuthentication.spf"));
  }
  return outcomes;
}

function online(doc: OptionDocument, domains: string[]): Outcome[] {
  const configs = listAt(doc.document, "settings.dkimSigningConfigs");
  const records = listAt(doc.document, "facts.mail.dmarc");
  if (!configs) return [missingFact(doc, "settings.dkimSigningConfigs", () => "DKIM")];
  if (!records) return [missingFact(doc, "facts.mail.dmarc", () => "DMARC")];
  const outcomes: Outcome[] = [];
  for (const domain of domains) {
    const c = configs.findIndex((config) => config.Identity === domain);
    if (c < 0) outcomes.push(fail(say((m) => m.exo05.noSigningConfig(domain)), at(doc, "settings.dkimSigningConfigs")));
    else {
      // Before the selector CNAMEs are published DKIM cannot be enabled; ONL-05 warns about that step.
      const cnames = listAt(doc.document, "facts.manualSteps.dkimCnames")?.find((entry) => entry.domain === domain);
      const waitingForCnames = cnames?.published === false;
      if (configs[c]!.Enabled !== true && !waitingForCnames) outcomes.push(fail(say((m) => m.exo05.signingOff(domain)), at(doc, `settings.dkimSigningConfigs.${c}.Enabled`)));
      outcomes.push(...bits(doc, configs[c]!.KeySize, () => domain, `settings.dkimSigningConfigs.${c}.KeySize`));
    }
    const d = records.findIndex((record) => record.domain === domain);
    outcomes.push(...(d < 0 ? [fail(say((m) => m.exo05.noDmarc(domain)), at(doc, "facts.mail.dmarc"))] : dmarc(doc, domain, records[d]!.value, `facts.mail.dmarc.${d}.value`)));
    outcomes.push(...spf(doc, domain, listAt(doc.document, "facts.mail.spf"), "facts.mail.spf"));
  }
  return outcomes;
}

export const exo05: Rule = {
  id: "EXO-05",
  title: RULE_TEXTS.exo05.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.2.2, MS.EXO.3.1, MS.EXO.4.1, 4.2, 4.4; NIS2 art. 21(2)(h)",
  sources: ["eurlex-nis2", "cisa-scubagear-exo", "learn-spf-configure"],
  remediation: RULE_TEXTS.exo05.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo05.subject);
    if ("missing" in doc) return [doc.missing];
    const domains = input.org.organization.acceptedDomains;
    return doc.option === "onprem" ? onprem(doc, domains) : online(doc, domains);
  },
};
