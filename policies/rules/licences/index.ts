import { lic01 } from "./lic-01-customer-key";
import { lic02 } from "./lic-02-customer-lockbox";
import { lic03 } from "./lic-03-audit-retention";
import { lic04 } from "./lic-04-advanced-data-residency";
import { lic05 } from "./lic-05-dlp";
import { lic06 } from "./lic-06-programme";
import { lic07 } from "./lic-07-lapsed-assurance";

export const licenceRules = [lic01, lic02, lic03, lic04, lic05, lic06, lic07];
