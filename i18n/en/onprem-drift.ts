// English texts of `onprem drift`: the on-prem Exchange organization against the declared one.
export const onpremDrift = {
  title: "On-prem Exchange drift",
  exported: (at: string) => `Current values exported ${at}.`,
  none: (count: number) => `No drift: all ${count} watched settings match the organization file.`,
  some: (drifted: number, count: number) => `${drifted} of ${count} watched settings differ from the organization file.`,
  line: (id: string, declared: string, current: string, field: string) => `${id}: declared ${declared}, found ${current}; organization file: ${field}`,
  alwaysDeclared: (rule: string) => `none, exchange-iac always declares it (${rule})`,
  headers: ["Setting", "Declared", "Found", "Organization file"],
};
