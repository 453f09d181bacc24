// Microsoft's Exchange Server SE builds as recorded from Microsoft's build-number table
// (source: microsoft-exchange-build-numbers), the CSV Get-ExchangeBuildNumber reads; the
// Learn page build-numbers-and-release-dates lists the same builds. Data, not judgement:
// ONP-01 reads the newest build from here and warns when this table itself is old, because a
// table not read for weeks may miss a security update Microsoft has shipped since.
// To update: read the CSV again, add the new rows and set `read` to that day.

export interface ExchangeBuild {
  build: string;
  name: string;
  released: string;
  kb: string;
}

export const EXCHANGE_SE_BUILDS = {
  read: "2026-12-07",
  /** The last change of Microsoft's table at the time it was read (commit a2c819b). */
  tableUpdated: "2026-08-19",
  /** After this many days the table is considered possibly out of date. */
  staleAfterDays: 45,
  builds: [
    { build: "15.2.2562.17", name: "Exchange SE RTM", released: "2025-07-01", kb: "KB5047155" },
    { build: "15.2.2562.20", name: "Exchange SE RTM Aug25SU", released: "2025-08-12", kb: "KB5063224" },
    { build: "15.2.2562.27", name: "Exchange SE RTM Sep25HU", released: "2025-09-08", kb: "KB5066373" },
    { build: "15.2.2562.29", name: "Exchange SE RTM Oct25SU", released: "2025-10-14", kb: "KB5066366" },
    { build: "15.2.2562.35", name: "Exchange SE RTM Dec25SU", released: "2025-12-09", kb: "KB5071876" },
    { build: "15.2.2562.37", name: "Exchange SE RTM Feb26SU", released: "2026-02-10", kb: "KB5074992" },
    { build: "15.2.2562.41", name: "Exchange SE RTM May26HU", released: "2026-05-07", kb: "KB5081755" },
    { build: "15.2.2562.43", name: "Exchange SE RTM Jun26SU", released: "2026-06-09", kb: "KB5094139" },
    { build: "15.2.2562.45", name: "Exchange SE RTM Jul26SU", released: "2026-07-14", kb: "KB5103212" },
    { build: "15.2.2562.46", name: "Exchange SE RTM Aug26SU", released: "2026-08-11", kb: "KB5121573" },
  ] satisfies ExchangeBuild[],
} as const;

/** -1, 0 or 1 as build a is older than, equal to or newer than build b. */
export function compareBuilds(a: string, b: string): number {
  const [x, y] = [a, b].map((build) => build.split(".").map(Number));
  for (let i = 0; i < 4; i++) if (x![i] !== y![i]) return x![i]! < y![i]! ? -1 : 1;
  return 0;
}

/** The newest build in the table. */
export function latestBuild(builds: readonly ExchangeBuild[] = EXCHANGE_SE_BUILDS.builds): ExchangeBuild {
  return [...builds].sort((a, b) => compareBuilds(b.build, a.build))[0]!;
}
