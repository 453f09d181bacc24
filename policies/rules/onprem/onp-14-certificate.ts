import { atOrg, fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";
import { daysBetween } from "../../dates";

// Clients, the reverse proxy (SSL bridging keeps Extended Protection only with the same
// certificate), the Hybrid Configuration Wizard and the Edge servers' STARTTLS all need the
// CA certificate on every Exchange server, bound to IIS and SMTP (sources:
// learn-exchange-certificates, learn-exchange-extended-protection, cmdlet-enable-exchangecertificate).
// HealthChecker flags a certificate within 60 days of expiry; this rule warns at the same point.
const WARN_DAYS = 60;

export const onp14: Rule = {
  id: "ONP-14",
  title: RULE_TEXTS.onp14.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(h) (cryptography); GDPR art. 32; Microsoft: certificates for Exchange Server, Extended Protection with SSL bridging",
  sources: ["learn-exchange-certificates", "learn-exchange-extended-protection", "cmdlet-enable-exchangecertificate", "learn-key-vault-extension-windows", "eurlex-nis2", "eurlex-gdpr"],
  remediation: RULE_TEXTS.onp14.remediation,
  dated: true,
  check: ({ documents, org, asOf }) => {
    const read = onpremDocument(documents, (m) => m.onp14.subject);
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = [];
    const delivered = field(read.document, "certificate.servers");
    const servers = [...(records(field(read.document, "servers.mailbox")) ?? []), ...(records(field(read.document, "servers.edge")) ?? [])].map((s) => String(s.name));
    if (!Array.isArray(delivered)) {
      outcomes.push(undecided(say((m) => m.onp14.unknown), atOnprem("certificate")));
    } else {
      for (const server of servers.filter((name) => !delivered.includes(name))) outcomes.push(fail(say((m) => m.onp14.notDelivered(server)), atOnprem("certificate.servers")));
      const services = field(read.document, "certificate.services");
      if (!Array.isArray(services) || !services.includes("IIS") || !services.includes("SMTP")) outcomes.push(fail(say((m) => m.onp14.services), atOnprem("certificate.services")));
    }
    const expires = org.onprem.certificate.expires;
    if (expires === undefined) return outcomes;
    const left = daysBetween(asOf, expires);
    if (left <= 0) outcomes.push(fail(say((m) => m.onp14.expired(expires, asOf)), atOrg("onprem.certificate.expires")));
    else if (left <= WARN_DAYS) outcomes.push(warn(say((m) => m.onp14.expiresSoon(expires, left)), atOrg("onprem.certificate.expires")));
    return outcomes;
  },
};
