// Sizing against Microsoft's documented method. The expected figures are worked out here
// from the formulas and constants in ../shared/reference/onprem-exchange.md §3 and its
// "Numbers a sizing engine can use" table, not copied from the engine's output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sizeExchange, type SizingDesign, type SizingProfile } from "../model/sizing/sizing";

const design: SizingDesign = {
  copiesPerDatabase: 4,
  laggedCopy: true,
  replayLagDays: 7,
  edition: "enterprise",
  vcpuPerPhysicalCore: 1,
  specIntRate2006PerCore: 60,
  hostsPerRoom: 2,
  physicalCoresPerHost: 32,
  ramGBPerHost: 512,
  usableStorageTBPerRoom: 200,
  edgeServersPerRoom: 1,
  witnessInThirdRoom: false,
  pinned: {},
};

function profile(mailboxes: number, quotaGB: number, messagesPerDay: number): SizingProfile {
  return {
    mailboxes,
    quotaGB,
    averageSizeGB: quotaGB / 2,
    sizeGrowthPercentPerYear: 10,
    countGrowthPercentPerYear: 0,
    messagesPerDay,
    averageMessageSizeKB: 75,
    horizonYears: 3,
  };
}

/** The documented method, written out step by step for a 4-copy DAG split 2 + 2 over two rooms. */
function expectedFor(p: SizingProfile) {
  const msgs = p.messagesPerDay;
  const activeMc = 0.0597 * msgs; // S23: 5.97 Mcycles at 100 messages
  const passiveMc = 0.014 * msgs; // S23: 1.40 Mcycles at 100 messages
  const mcPerCore = (60 * 2000) / 33.75; // S25: SPECint per core x 2000 / 33.75
  const dailyMailGB = (msgs * 75) / 1024 / 1024;
  const dumpsterGB = dailyMailGB * 14 + p.quotaGB * (0.012 + 0.058);
  const databasePerMailboxGB = (p.quotaGB + dailyMailGB + dumpsterGB) * 1.2;
  const totalDatabaseGB = p.mailboxes * databasePerMailboxGB;

  // Smallest even split that fits Exchange's limits; the worst failure leaves one room (2 copies).
  for (let perRoom = 2; perRoom <= 8; perRoom++) {
    const activePerServer = p.mailboxes / perRoom;
    const mcycles = activePerServer * (activeMc + 1 * passiveMc);
    const cores = (mcycles * 1.1) / (0.8 * mcPerCore); // +10 % hypervisor, 80 % ceiling
    const vcpu = Math.max(4, Math.ceil(cores / 2) * 2);
    const ramGB = Math.max(128, Math.ceil((activePerServer * 0.24 * msgs) / 1024 / 8) * 8);
    const databases = Math.ceil(Math.ceil(totalDatabaseGB / 2000) / (2 * perRoom)) * 2 * perRoom;
    if (vcpu > 30 || ramGB > 256) continue;
    const utilisation = (mcycles * 1.1) / (vcpu * mcPerCore);
    const iopsTotal = p.mailboxes * 0.00067 * msgs * 1.2;
    return { perRoom, vcpu, ramGB, databases, utilisation, iopsPerServer: iopsTotal / perRoom, databaseSizeGB: totalDatabaseGB / databases };
  }
  throw new Error("no design in the test's own search");
}

describe("sizing follows Microsoft's method", () => {
  const cases = [
    { name: "500 mailboxes x 2 GB x 100 messages/day", p: profile(500, 2, 100) },
    { name: "800 mailboxes x 5 GB x 150 messages/day", p: profile(800, 5, 150) },
    { name: "3,000 mailboxes x 10 GB x 200 messages/day", p: profile(3000, 10, 200) },
  ];

  for (const { name, p } of cases) {
    it(name, () => {
      const expected = expectedFor(p);
      const result = sizeExchange(p, design);
      expect(result.mailboxServers.perRoom).toBe(expected.perRoom);
      expect(result.mailboxServers.total).toBe(2 * expected.perRoom);
      expect(result.rooms.map((room) => room.mailboxServers)).toEqual([expected.perRoom, expected.perRoom]);
      expect(result.mailboxServers.vcpu).toBe(expected.vcpu);
      expect(result.mailboxServers.ramGB).toBe(expected.ramGB);
      expect(result.databases.count).toBe(expected.databases);
      expect(result.databases.sizeGB).toBeCloseTo(expected.databaseSizeGB, 0);
      expect(result.databases.sizeGB).toBeLessThanOrEqual(2000);
      expect(result.utilisation.cpuAtWorstFailure).toBeCloseTo(expected.utilisation, 2);
      expect(result.utilisation.cpuAtWorstFailure).toBeLessThanOrEqual(0.8);
      expect(result.iops.perServerAtWorstFailure).toBeCloseTo(expected.iopsPerServer, 0);
      expect(result.utilisation.storageFreeAfterGrowth).toBeGreaterThanOrEqual(0.2);
    });
  }

  it("gives the 3,000-mailbox profile more than the 500-mailbox one", () => {
    const small = sizeExchange(profile(500, 2, 100), design);
    const large = sizeExchange(profile(3000, 10, 200), design);
    expect(large.storage.totalGB).toBeGreaterThan(5 * small.storage.totalGB);
    expect(large.mailboxServers.vcpu * large.mailboxServers.total).toBeGreaterThan(
      small.mailboxServers.vcpu * small.mailboxServers.total,
    );
  });

  it("reports CPU above the 80 % ceiling when the organization pins servers that are too small", () => {
    const result = sizeExchange(profile(3000, 10, 200), { ...design, pinned: { perRoom: 2, vcpu: 4 } });
    expect(result.mailboxServers.pinned).toBe(true);
    expect(result.utilisation.cpuAtWorstFailure).toBeGreaterThan(0.8);
  });

  it("scales out when the Standard edition's five mounted databases per server would be exceeded", () => {
    const result = sizeExchange(profile(3000, 10, 200), { ...design, edition: "standard" });
    expect(result.databases.count / result.mailboxServers.perRoom).toBeLessThanOrEqual(5);
  });
});

describe("more or larger mailboxes never give fewer resources (property)", () => {
  const base = fc.record({
    mailboxes: fc.integer({ min: 10, max: 5000 }),
    quotaGB: fc.integer({ min: 1, max: 50 }),
    messagesPerDay: fc.integer({ min: 10, max: 400 }),
  });
  // Scaling out may trade vCPU per server for more servers, so the design is compared the
  // way an operator reads it: never fewer servers; with as many servers, never smaller
  // ones; never less storage need or IOPS. (Provisioned disks are rounded per database
  // copy, so their sum may shift by a few GB when databases are rebalanced.)
  const resources = (p: SizingProfile) => {
    const r = sizeExchange(p, design);
    return { servers: r.mailboxServers.total, vcpu: r.mailboxServers.vcpu, ramGB: r.mailboxServers.ramGB, storageGB: r.storage.requiredDataGB, iops: r.iops.total };
  };
  const noFewer = (before: ReturnType<typeof resources>, after: ReturnType<typeof resources>) => {
    expect(after.servers).toBeGreaterThanOrEqual(before.servers);
    if (after.servers === before.servers) {
      expect(after.vcpu).toBeGreaterThanOrEqual(before.vcpu);
      expect(after.ramGB).toBeGreaterThanOrEqual(before.ramGB);
    }
    expect(after.storageGB).toBeGreaterThanOrEqual(before.storageGB);
    expect(after.iops).toBeGreaterThanOrEqual(before.iops);
  };

  it("holds for more mailboxes", () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 3000 }), (b, extra) => {
        noFewer(resources(profile(b.mailboxes, b.quotaGB, b.messagesPerDay)), resources(profile(b.mailboxes + extra, b.quotaGB, b.messagesPerDay)));
      }),
      { numRuns: 300 },
    );
  });

  it("holds for larger mailboxes", () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 50 }), (b, extra) => {
        noFewer(resources(profile(b.mailboxes, b.quotaGB, b.messagesPerDay)), resources(profile(b.mailboxes, b.quotaGB + extra, b.messagesPerDay)));
      }),
      { numRuns: 300 },
    );
  });
});
