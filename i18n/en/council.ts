// English texts of the council paper (the tjänsteskrivelse): conditions, sections, risk scenarios.
import type { ConditionFacts } from "../../report/gates";

type Said = (facts: ConditionFacts) => { text: string; law: string };
const fixed = (text: string, law: string): Said => () => ({ text, law });
const licence = (what: string) => fixed(`Licences for ${what} are bought for all staff.`, "Microsoft's licence terms (Product Terms)");

export const council = {
  conditions: {
    byRule: {
      "GOV-01": fixed("E-mail has a KLASSA rating and the guidelines state the highest confidentiality level allowed in it.", "KLASSA (SKR)"),
      "GOV-02": fixed("Information covered by security protection (level 4) is kept out of e-mail.", "the Protective Security Act (2018:585)"),
      "GOV-03": fixed(
        "An assessment under chapter 10 section 2 a of the Public Access to Information and Secrecy Act (2009:400), OSL, of whether passing the mail to the provider for technical storage is inappropriate, incoming mail included, is documented and approved.",
        "chapter 10 section 2 a OSL; Government bill 2022/23:97",
      ),
      "GOV-04": fixed("A data protection impact assessment for e-mail is made or reviewed within the last twelve months.", "Article 35 GDPR"),
      "GOV-05": fixed("A data processing agreement with the provider is signed and names the countries of its sub-processors.", "Article 28 GDPR"),
      "GOV-06": fixed("The basis for transfers of personal data to third countries is documented (an adequacy decision, or standard contractual clauses with a transfer impact assessment).", "Articles 44-46 GDPR"),
      "GOV-08": fixed("An incident routine sets the reports to the national CSIRT and to IMY (early warning within 24 hours, notification within 72 hours, final report within one month).", "Cybersecurity Act (2025:1506); Article 33 GDPR"),
      "RET-01": (f: ConditionFacts) => ({
        text: f.wholeMailboxDecisions.length
          ? `The archive authority confirms that deletion decision ${f.wholeMailboxDecisions.join(", ")} covers all e-mail, or the deletion is narrowed to the mail the decision covers and records of lasting value are registered or moved before they are deleted.`
          : "Every automatic deletion of e-mail rests on a deletion decision and happens no earlier than it allows.",
        law: "Archives Act (1990:782); chapter 2 Freedom of the Press Act",
      }),
      "RET-02": fixed("Mailboxes of staff who leave are kept until a deletion decision allows them to be deleted.", "Archives Act (1990:782)"),
      "RET-03": fixed("At least two named roles can search, export and hold mail in every mailbox, so public records can be released promptly.", "chapter 2 section 15 Freedom of the Press Act"),
      "RET-04": (f: ConditionFacts) => ({
        text: f.logDecision
          ? `Message trace is exported and kept at least ${f.logDecision.years} years, as deletion decision ${f.logDecision.id} says.`
          : "Message trace and audit logs are kept as long as a decision on logs says.",
        law: "Archives Act (1990:782); RÅ 1998 ref. 44",
      }),
      "LIC-01": licence("Customer Key"),
      "LIC-02": licence("Customer Lockbox"),
      "LIC-03": licence("keeping the audit log as long as decided"),
      "LIC-04": licence("Advanced Data Residency"),
      "LIC-05": licence("data loss prevention (DLP) in e-mail"),
    },
    otherRule: fixed("A legal or governance prerequisite found by the policy check is met.", "see the technical annex"),
    availability4: {
      text: "A separate analysis for availability level 4 (KLASSA) states the longest tolerable outage and data loss for e-mail, and both options are tested against it.",
      law: "KLASSA (SKR); MCF's guidance on risk management",
    },
  },
};
