// Regenerates policies/RULES.md from the rule metadata (npm run rules-md).
import { writeFileAtomic } from "../model/write-file";
import { RULES } from "../policies/catalog";
import { RULES_MD_PATH, rulesMarkdown } from "../policies/rules-md";

writeFileAtomic(RULES_MD_PATH, rulesMarkdown(RULES));
