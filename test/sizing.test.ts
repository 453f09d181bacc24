// Sizing against Microsoft's published method. The worked examples are computed here by hand
// from the published figures (the Exchange Team's 2016 megacycle table and 2013 tables, the
// 2015 calculator post on the worst failure mode, the transaction-log post, Learn's pages on
// storage, high availability and editions), written out without calling the engine's helpers,
// and compared with the engine within 10 %.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/input-error";
import { validateOrganization } from "../model/load";
import { METHOD } from "../model/sizing/constants";
import { logSizeFactor } from "../model/sizing/method";
import { designFromOrganization, sizeExchange, sizeOrganization, type SizingDesign, type SizingProfile } from "../model/sizing/sizing";
import { SOURCES } from "../sources";
import { validOrganization } from "./fuzz/organization-arbitrary";
import { exampleData } from "./helpers/example";
import { orgWith } from "./helpers/policy";

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

/** The reference profiles: 75 KB messages, no growth. */
function profile(mailboxes: number, quotaGB: number, messagesPerDay: number, averageMessageSizeKB = 75): SizingProfile {
  return {
    mailboxes,
    quotaGB,
    averageSizeGB: quotaGB / 2,
    sizeGrowthPercentPerYear: 0,
    countGrowthPercentPerYear: 0,
    messagesPerDay,
    averageMessageSizeKB,
    horizonYears: 3,
  };
}

/**
 * The method by hand for 4 copies, 2 in each room, the fourth lagged 7 days with Replay Lag
 * Manager: the worst failure is a room plus one more server, so perRoom - 1 servers carry
 * every mailbox, with the copies on their own disks.
 */
function byHand(p: SizingProfile) {
  const n = p.mailboxes;
  const m = p.messagesPerDay;
  const activeMcycles = (5.97 / 100) * m; // 2016 table: 5.97 at 100 messages
  const passiveMcycles = (1.4 / 100) * m; // 2016 table: 1.40 at 100 messages
  const mcyclesPerCore = (60 * 2000) / 33.75; // SPECint per core x 2000 MHz / 33.75 baseline
  const dailyMailGB = (m * p.averageMessageSizeKB) / 1024 / 1024;
  const mailboxOnDiskGB = p.quotaGB + dailyMailGB + (dailyMailGB * 14 + p.quotaGB * 0.012 + p.quotaGB * 0.058);
  const allDatabasesGB = n * mailboxOnDiskGB * 1.2; // provision 120 % of the database size
  const logsMBPerMailbox = (30 / 150) * m; // 30 one-megabyte logs a day at 150 messages of 75 KB
  const iopsActive = (0.067 / 100) * m * 1.2; // 0.067 at 100 messages, +20 % I/O overhead

  for (let perRoom = 2; perRoom <= 8; perRoom++) {
    const survivors = perRoom - 1;
    const active = n / survivors;
    const passive = (2 * n) / perRoom - active; // 2 copies per room on perRoom servers
    const cores = ((active * activeMcycles + passive * passiveMcycles) * 1.1) / (0.8 * mcyclesPerCore);
    const vcpu = Math.max(4, Math.ceil(cores / 2) * 2);
    const ramGB = Math.max(128, Math.ceil((active * 0.24 * m) / 1024 / 8) * 8); // 24 MB per active mailbox at 100 messages
    if (vcpu > Math.min(48, 32 - 2) || ramGB > 256) continue;
    const databases = Math.ceil(Math.ceil(allDatabasesGB / 2000) / (2 * perRoom)) * 2 * perRoom;
    const logGBPerDatabasePerDay = ((n / databases) * logsMBPerMailbox) / 1024;
    const logSpaceGB = databases * logGBPerDatabasePerDay * (3 * 4 + 7); // 3 days per copy, 3 + 7 on the lagged one
    return {
      servers: 2 * perRoom,
      cores,
      ramGB,
      databases,
      databaseSizeGB: allDatabasesGB / databases,
      dataOfAllCopiesGB: 4 * allDatabasesGB * 1.2 + logSpaceGB, // content index 20 %
      logSpaceGB,
      dagIops: n * iopsActive * (1 + 0.5 * 3), // passive copies at 50 % of an active one
      serverIopsAtWorstFailure: (active + 0.5 * passive) * iopsActive,
    };
  }
  throw new Error("no design in the test's own search");
}

const within10 = (actual: number, expected: number, what: string) => {
  expect(Math.abs(actual - expected) / expected, `${what}: engine ${actual}, by hand ${expected}`).toBeLessThanOrEqual(0.1);
};

describe("worked examples: the engine against the method by hand", () => {
  const cases = [
    { name: "500 mailboxes x 2 GB x 100 messages/day", p: profile(500, 2, 100) },
    { name: "800 mailboxes x 5 GB x 150 messages/day", p: profile(800, 5, 150) },
    { name: "3,000 mailboxes x 10 GB x 200 messages/day", p: profile(3000, 10, 200) },
  ];
  for (const { name, p } of cases) {
    it(name, () => {
      const hand = byHand(p);
      const r = sizeExchange(p, design);
      expect(r.feasibility.fits).toBe(true);
      expect(r.mailboxServers.total).toBe(hand.servers);
      expect(r.worstFailure.survivingServers).toBe(hand.servers / 2 - 1);
      within10(r.mailboxServers.coresNeededAtWorstFailure, hand.cores, "cores per server at the worst failure");
      within10(r.mailboxServers.ramGB, hand.ramGB, "memory per server");
      expect(r.databases.count).toBe(hand.databases);
      within10(r.databases.sizeGB, hand.databaseSizeGB, "database size");
      within10(r.storage.requiredDataGB, hand.dataOfAllCopiesGB, "storage of all copies");
      within10(r.iops.total, hand.dagIops, "DAG IOPS");
      within10(r.iops.perServerAtWorstFailure, hand.serverIopsAtWorstFailure, "IOPS per server at the worst failure");
      within10(r.storage.logSpaceGB, hand.logSpaceGB, "log space");
      expect(r.utilisation.cpuAtWorstFailure).toBeLessThanOrEqual(0.8);
    });
  }

  it("gives the 3,000-mailbox profile one server at the worst failure carrying 3,000 mailboxes, above the 128 GB floor", () => {
    const r = sizeExchange(profile(3000, 10, 200), design);
    expect(r.worstFailure.activeMailboxesPerServer).toBe(3000);
    expect(r.mailboxServers.ramGB).toBe(144);
    expect(r.worstTolerableFailure).toBe("loss of one room and 1 more server in the other room: 1 server carries every mailbox");
  });
});

describe("the worst failure follows the copy layout", () => {
  const survivors = (copies: number, laggedCopy: boolean, replayLagManager: boolean, perRoom: number) =>
    sizeExchange(profile(800, 5, 150), { ...design, copiesPerDatabase: copies, laggedCopy, replayLagManager, pinned: { perRoom } }).worstFailure.survivingServers;
  it("1 + 1 copies: the loss of a room", () => expect(survivors(2, false, true, 3)).toBe(3));
  it("2 + 1 copies: the recovery room and one more server", () => expect(survivors(3, false, true, 3)).toBe(2));
  it("3 + 3 copies: a room and two more servers", () => expect(survivors(6, false, true, 4)).toBe(2));
  it("a lagged copy counts as an activation target only with Replay Lag Manager", () => {
    // 2 + 2 with the recovery room's second copy lagged: without Replay Lag Manager the
    // recovery room survives no further loss, but the primary room still survives one.
    expect(survivors(4, true, false, 3)).toBe(2);
    expect(survivors(2, true, false, 3)).toBe(3);
  });
});

describe("transaction logs grow with the message size", () => {
  it("x1 at 75 KB, x1.9 at 150 KB, x3.8 at 300 KB", () => {
    expect(logSizeFactor(50)).toBe(1);
    expect(logSizeFactor(75)).toBe(1);
    expect(logSizeFactor(150)).toBeCloseTo(1.9, 10);
    expect(logSizeFactor(300)).toBeCloseTo(3.8, 10);
    expect(logSizeFactor(112.5)).toBeCloseTo(1.45, 10);
  });
  it("gives 150 KB messages 1.9 times the log space of 75 KB", () => {
    const at = (kb: number) => sizeExchange(profile(800, 5, 150, kb), design);
    expect(at(150).perMailbox.dailyLogMB).toBeCloseTo(0.2 * 150 * 1.9, 6);
    expect(at(150).storage.logSpaceGB / at(75).storage.logSpaceGB).toBeCloseTo(1.9, 1);
  });
});

describe("every mounted copy counts against the edition", () => {
  it("the example mounts at most 5 copies per server on Standard edition, active and passive counted", () => {
    const org = orgWith();
    expect(org.onprem.edition).toBe("standard");
    const r = sizeOrganization(org);
    const copiesPerServer = (r.databases.count * 2) / r.mailboxServers.perRoom; // 2 copies of every database in each room
    expect(r.databases.mountedCopiesPerServer).toBe(copiesPerServer);
    expect(copiesPerServer).toBeLessThanOrEqual(5);
    expect(r.rooms.map((room) => room.databaseCopiesPerServer)).toEqual([copiesPerServer, copiesPerServer]);
    expect(r.feasibility).toEqual({ fits: true, shortfalls: [] });
  });
  it("refuses a Standard design over the limit, with the numbers and what would fit", () => {
    const r = sizeOrganization(orgWith((d) => (d.onprem.mailboxServers = { perRoom: 2 })));
    expect(r.feasibility.fits).toBe(false);
    expect(r.feasibility.shortfalls).toMatchObject([{ resource: "mounted-databases", field: "onprem.edition", need: 8, have: 5 }]);
    const [shortfall] = r.feasibility.shortfalls;
    expect(shortfall!.problem).toBe("each Mailbox server mounts 8 database copies (8 databases; active and passive copies count alike), and the standard edition mounts at most 5");
    expect(shortfall!.fits).toBe("3 Mailbox servers per room (onprem.mailboxServers.perRoom: 3; 6 databases, 4 copies mounted per server), or onprem.edition: enterprise (100 mounted databases per server)");
  });
  it("scales out on its own when Standard would exceed the limit", () => {
    const r = sizeExchange(profile(1200, 10, 100), { ...design, edition: "standard" });
    expect(r.databases.mountedCopiesPerServer).toBeLessThanOrEqual(5);
    expect(r.mailboxServers.perRoom).toBeGreaterThan(2);
  });
});

describe("designs the hosts cannot carry", () => {
  it("reports storage the rooms lack, never a negative share, and the quota that would fit", () => {
    const r = sizeOrganization(orgWith((d) => (d.mailboxes.quotaGB = 50)));
    expect(r.feasibility.fits).toBe(false);
    const storage = r.feasibility.shortfalls.find((s) => s.resource === "storage")!;
    expect(storage.have).toBe(50);
    expect(storage.need).toBeGreaterThan(100);
    expect(storage.fits).toMatch(/^at least \d[\d,]* TB usable per room \(\d[\d,]* TB keeps the 20 % free ONP-06 asks\), or mailbox quotas of at most \d+ GB \(mailboxes\.quotaGB\)$/);
    expect(r.utilisation.hostStorageFree).toBe(0);
    for (const room of r.rooms) expect(room.hostStorageFreeShare).toBeGreaterThanOrEqual(0);
    // The quota it names does fit.
    const quota = Number(/at most (\d+) GB/.exec(storage.fits)![1]);
    const atQuota = sizeOrganization(orgWith((d) => (d.mailboxes.quotaGB = quota)));
    expect(atQuota.feasibility.shortfalls.some((s) => s.resource === "storage")).toBe(false);
    expect(sizeOrganization(orgWith((d) => (d.mailboxes.quotaGB = quota + 1))).feasibility.shortfalls.some((s) => s.resource === "storage")).toBe(true);
  });
  it("reports servers larger than a host and names the host that would fit", () => {
    const r = sizeExchange(profile(3000, 10, 200), { ...design, physicalCoresPerHost: 8, pinned: { perRoom: 2 } });
    expect(r.feasibility.shortfalls).toMatchObject([{ resource: "processors", need: 14, have: 6 }]);
    expect(r.feasibility.shortfalls[0]!.fits).toContain("hosts of at least 16 physical cores");
  });
  it("reports a room whose hosts cannot hold its VMs", () => {
    const r = sizeExchange(profile(3000, 10, 200), { ...design, hostsPerRoom: 1, ramGBPerHost: 256, pinned: { perRoom: 3 } });
    expect(r.feasibility.shortfalls.map((s) => s.resource)).toEqual(["room-capacity"]);
    expect(r.feasibility.shortfalls[0]!.fits).toBe("2 hosts per room of this size (onprem.hosts.perRoom: 2)");
  });
});

describe("CPU figures people have", () => {
  it("takes SPECrate2017_int_base per core and converts it to the SPECint_rate2006 baseline (x 9.0)", () => {
    const org = orgWith((d) => (d.onprem.hosts.specRate2017IntBasePerCore = 8));
    expect(designFromOrganization(org).specIntRate2006PerCore).toBeCloseTo(72, 10);
    expect(sizeOrganization(org).cpu.megacyclesPerCore).toBeCloseTo((72 * 2000) / 33.75, 0);
  });
  it("asks for exactly one CPU figure, naming the field", () => {
    const refused = (change: (d: Record<string, any>) => void) => {
      const data = exampleData();
      change(data);
      try {
        validateOrganization(data, "org.yaml");
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused((d) => delete d.onprem.hosts.specRate2017IntBasePerCore)).toBe(
      "org.yaml: onprem.hosts.specRate2017IntBasePerCore: received nothing (the field is missing); expected the hosts' CPU speed: specRate2017IntBasePerCore (SPECrate2017_int_base / cores) or specIntRate2006PerCore",
    );
    expect(refused((d) => (d.onprem.hosts.specIntRate2006PerCore = 60))).toBe(
      "org.yaml: onprem.hosts.specIntRate2006PerCore: received 60; expected one CPU figure only: leave out specIntRate2006PerCore or specRate2017IntBasePerCore",
    );
  });
});

describe("every constant names its source", () => {
  it("marks a figure read in a primary source only where the source itself is primary", () => {
    for (const [name, constant] of Object.entries(METHOD)) {
      const source = SOURCES[constant.source];
      expect(source, name).toBeDefined();
      if (constant.primary) expect(source.primary, `${name} says it was read in ${constant.source}`).toBe(true);
      expect(constant.what.length, name).toBeGreaterThan(10);
    }
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
  // ones; never less storage need or IOPS. A design the hosts cannot carry is a finding,
  // not a design, so only designs that fit are compared.
  const sized = (p: SizingProfile) => sizeExchange(p, design);
  const resources = (r: ReturnType<typeof sized>) => ({ servers: r.mailboxServers.total, vcpu: r.mailboxServers.vcpu, ramGB: r.mailboxServers.ramGB, storageGB: r.storage.requiredDataGB, iops: r.iops.total });
  const noFewer = (smaller: SizingProfile, larger: SizingProfile) => {
    const [a, b] = [sized(smaller), sized(larger)];
    fc.pre(a.feasibility.fits && b.feasibility.fits);
    const [before, after] = [resources(a), resources(b)];
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
      fc.property(base, fc.integer({ min: 1, max: 3000 }), (b, extra) => noFewer(profile(b.mailboxes, b.quotaGB, b.messagesPerDay), profile(b.mailboxes + extra, b.quotaGB, b.messagesPerDay))),
      { numRuns: 100 },
    );
  });

  it("holds for larger mailboxes", () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 50 }), (b, extra) => noFewer(profile(b.mailboxes, b.quotaGB, b.messagesPerDay), profile(b.mailboxes, b.quotaGB + extra, b.messagesPerDay))),
      { numRuns: 100 },
    );
  });
});

describe("Microsoft's limits hold for every organization file (the example, and random valid files)", () => {
  const limitsHold = (data: Record<string, unknown>) => {
    let org;
    try {
      org = validateOrganization(data);
    } catch {
      return; // the loader's refusals are tested elsewhere
    }
    let r;
    try {
      r = sizeOrganization(org);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError); // a pinned design that cannot place its copies
      return;
    }
    // Never a negative share: what does not fit is a shortfall with its numbers.
    for (const share of [r.utilisation.hostStorageFree, r.utilisation.storageFreeAfterGrowth, ...r.rooms.map((room) => room.hostStorageFreeShare)]) expect(share).toBeGreaterThanOrEqual(0);
    expect(r.feasibility.fits).toBe(r.feasibility.shortfalls.length === 0);
    for (const s of r.feasibility.shortfalls) expect(s.need).toBeGreaterThan(s.have);
    expect(r.databases.sizeGB).toBeLessThanOrEqual(2000);
    if (!r.feasibility.fits) return;
    // A design that fits is a valid Exchange SE design on these hosts.
    const limit = org.onprem.edition === "standard" ? 5 : 100;
    for (const room of r.rooms) expect(room.databaseCopiesPerServer).toBeLessThanOrEqual(limit);
    expect(r.mailboxServers.vcpu).toBeLessThanOrEqual(48);
    expect(r.mailboxServers.ramGB).toBeLessThanOrEqual(256);
    expect(r.mailboxServers.total).toBeLessThanOrEqual(16);
    for (const room of r.rooms) expect(room.provisionedStorageGB).toBeLessThanOrEqual(org.onprem.hosts.usableStorageTBPerRoom * 1000);
    if (!r.mailboxServers.pinned) expect(r.utilisation.cpuAtWorstFailure).toBeLessThanOrEqual(0.8 + 1e-9);
  };
  it("the example", () => limitsHold(exampleData()));
  it("random valid files", () => fc.assert(fc.property(validOrganization, limitsHold), { numRuns: 60 }));
});
