import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, stringsAt } from "../exchange/documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// TF 2 kap. 15-16 §§: public records are handed out at once or promptly, also when one holder
// is away, and a hold must be possible while a request is tried (JK, Hässleholm; sources: rkrattsbaser-tryckfrihetsforordning, nsk-jk-hassleholm-2015).
// Search, export and hold: Purview Compliance Search, Export, Hold; Exchange Server Mailbox
// Search, Mailbox Import Export, Legal Hold.
const NEEDED = {
  online: { path: "settings.roleGroups", name: "Name", roles: "Roles", needed: ["Compliance Search", "Export", "Hold"] },
  onprem: { path: "recordsAccess", name: "roleGroup", roles: "roles", needed: ["Mailbox Search", "Mailbox Import Export", "Legal Hold"] },
} as const;

export const ret03: Rule = {
  id: "RET-03",
  title: RULE_TEXTS.ret03.title,
  severity: "error",
  appliesTo: "both",
  basis: "Tryckfrihetsförordningen 2 kap. 15-16 §§; JK (Hässleholm, 2015)",
  sources: ["rkrattsbaser-tryckfrihetsforordning", "nsk-jk-hassleholm-2015"],
  remediation: RULE_TEXTS.ret03.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.ret03.subject);
    if ("missing" in doc) return [doc.missing];
    const { path, name, roles, needed } = NEEDED[doc.option];
    const groups = listAt(doc.document, path);
    if (!groups) return [missingFact(doc, path, (m) => m.ret03.searchExportHold)];
    const granted = new Set(groups.filter((group) => needed.every((role) => (stringsAt(group, roles) ?? []).includes(role))).map((group) => String(group[name])));
    return granted.size >= 2
      ? []
      : [fail(say((m) => m.ret03.tooFew([...needed], [...granted])), at(doc, path))];
  },
};
