// English texts the rule helpers share: a document not generated, a fact missing or different,
// a date in the future, a deployment step not recorded.
export const common = {
  notGenerated: (document: string, why: string) => `${document} was not generated, so ${why} cannot be judged`,
  missingFact: (document: string, path: string, what: string) => `${document} has no ${path}, so ${what} cannot be judged`,
  whetherItIs: (wanted: string) => `whether it is ${wanted}`,
  otherValue: (failure: string, path: string, actual: string, wanted: string) => `${failure} (${path} is ${actual}, not ${wanted})`,
  futureDate: (what: string, date: string, asOf: string) => `${what} ${date} is in the future (checked on ${asOf}); record the day it was actually done`,
  becomesError: (day: string, finding: string) => `from ${day} this becomes a blocking error: ${finding}`,
  prerequisite: (what: string, fact: string) => `${what}; record the day it was verified in deployment.prerequisites.${fact}`,
};
