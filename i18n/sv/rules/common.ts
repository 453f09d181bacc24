// Svenska texter som regelhjälparna delar.
import type { common as en } from "../../en/rules/common";

export const common: typeof en = {
  notGenerated: (document: string, why: string) => `${document} har inte genererats, så ${why} kan inte bedömas`,
  missingFact: (document: string, path: string, what: string) => `${document} saknar ${path}, så ${what} kan inte bedömas`,
  whetherItIs: (wanted: string) => `värdet (som ska vara ${wanted})`,
  otherValue: (failure: string, path: string, actual: string, wanted: string) => `${failure} (${path} är ${actual}, inte ${wanted})`,
  futureDate: (what: string, date: string, asOf: string) => `${what} ${date} ligger i framtiden (kontrollerat ${asOf}); ange den dag då det faktiskt gjordes`,
  becomesError: (day: string, finding: string) => `från och med ${day} blir detta ett stoppande fel: ${finding}`,
  prerequisite: (what: string, fact: string) => `${what}; ange i deployment.prerequisites.${fact} vilken dag det kontrollerades`,
};
