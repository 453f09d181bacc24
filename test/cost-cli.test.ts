// `exchange-iac cost` end to end: formats, option filter, determinism and bad input.
import { describe, expect, it } from "vitest";
import { runBinary, runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

describe("exchange-iac cost", () => {
  it("prints both options, key figures, sensitivity, owned and unpriced items as text (the real binary)", async () => {
    const result = await runBinary(["--lang", "en", "cost"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const heading of ["On-prem (expanded Exchange Server SE)", "Online (Exchange Online)", "Key figures", "Sensitivity (largest drivers over their sourced range, else +-20 %)", "Already owned (excluded)", "Unpriced (not in the totals)", "Prices used"]) {
      expect(result.stdout).toContain(heading);
    }
    // Everything the design needs is priced: System Center by its edition logic, nothing unpriced.
    const flat = result.stdout.replace(/\s+/g, " ");
    expect(flat).toMatch(/System Center 2025 standard \(VMM\) for 4 hosts \(4 VMs per host 223,488 0 0 223,488 with one host of a room down\)/);
    expect(flat).toContain("Unpriced (not in the totals) ============================ None.");
    expect(flat).toMatch(/Low confidence \(estimates or unverified; get quotes\): .*sentinel_analytics/);
    // Which baseline the seat licences use, and the licence scenarios with their sentence.
    expect(result.stdout).toMatch(/^Baseline: staff keep their M365_E3 plan in both options/m);
    expect(result.stdout).toMatch(/Licence scenarios \(seat and Exchange server licences over the period\)\n=+\nSituation +Seats on-prem +Seats online +Seats on-prem minus online +Exchange servers on-prem\n/);
  });

  it("fits a terminal of 100 columns: only a URL, which must stay whole to be opened, may be longer", async () => {
    const result = await runCli(["--lang", "en", "cost"]);
    const long = result.stdout.split("\n").filter((line) => [...line].length > 100 && !/^\s*https:\/\/\S+$/.test(line));
    expect(long).toEqual([]);
    expect(result.stdout).toMatch(/^Component +Year 1 +Year 2 +Year 3 +Total$/m);
  });

  it("speaks Swedish for a Swedish organization (and with --lang sv): heads, categories, items and figures, within 100 columns", async () => {
    const byDefault = await runCli(["cost"]);
    const result = await runCli(["--lang", "sv", "cost"]);
    expect(result.code).toBe(0);
    expect(byDefault.stdout).toBe(result.stdout);
    for (const heading of ["Kostnadsberäkning för Exempelkommun över 3 år", "Lokal drift (utbyggd Exchange Server SE)", "Molntjänst (Exchange Online)", "Nyckeltal", "Licensscenarier (användarlicenser och Exchange-serverlicenser under perioden)", "Känslighetsanalys (största kostnadsdrivarna över källornas prisintervall, annars ±20 %)", "Redan ägt eller täckt (ingår inte)", "Poster utan pris (ingår inte i summorna)", "Resurser utan kostnad", "Priser som används"]) {
      expect(result.stdout).toContain(`${heading}\n${"=".repeat(heading.length)}\n`);
    }
    expect(result.stdout).toMatch(/^Post +År 1 +År 2 +År 3 +Summa$/m);
    expect(result.stdout).toMatch(/^Summor +År 1 +År 2 +År 3 +Summa$/m);
    const flat = result.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Kategori: licenser; Mängd: 70 / 78 / 85 licenser köps (av 720 / 728 / 735); Priser: m365_e3");
    expect(result.stdout).toMatch(/^Windows Server 2025 Standard för 4 värdar \(4 virtuella servrar/m);
    expect(flat).toMatch(/El och kyla för 4 värdar 25 229 25 229 25 229 75 686/);
    expect(flat).toContain("Mängd: 21 024 kWh per år (400 W x PUE 1,5)");
    expect(result.stdout).toMatch(/^System Center 2025 Standard \(VMM\) för 4 värdar/m);
    expect(flat).toContain("Servrarna licensieras genom: utökade användningsrättigheter");
    // The municipal hour ranges over 450-650 SEK around 520: -13 % and +25 %.
    expect(result.stdout).toMatch(/^Timkostnad för egen IT-personal +-13 % /m);
    // No English text of the report is left.
    for (const english of ["Cost estimate", "Component", "Category:", "Quantity:", "seats bought", "hosts", "Power and cooling", "no price found", "Totals", "Cash", "Key figures", "Year 1", "is free", "not billed"]) {
      expect(result.stdout, english).not.toContain(english);
    }
    const long = result.stdout.split("\n").filter((line) => [...line].length > 100 && !/^\s*https:\/\/\S+$/.test(line));
    expect(long).toEqual([]);
  });

  it("renders Swedish markdown with right-aligned figures", async () => {
    const result = await runCli(["--lang", "sv", "--format", "markdown", "cost", "--option", "onprem"]);
    expect(result.stdout).toMatch(/^# Kostnadsberäkning för Exempelkommun över 3 år\n/);
    expect(result.stdout).toMatch(/\| Post \| Kategori \| Mängd \| År 1 \| År 2 \| År 3 \| Summa \| Priser \|\n\|---\|---\|---\|---:\|---:\|---:\|---:\|---\|\n/);
    expect(result.stdout).toContain("| El och kyla för 4 värdar | energi | 21\u00a0024 kWh per år (400 W x PUE 1,5) | 25\u00a0229 |");
  });

  it("gives JSON whose totals match the text, byte-identical on a second run", async () => {
    const json = await runCli(["--format", "json", "cost", "--option", "online"]);
    const again = await runCli(["--format", "json", "cost", "--option", "online"]);
    expect(json.code).toBe(0);
    expect(again.stdout).toBe(json.stdout);
    const estimate = JSON.parse(json.stdout);
    expect(estimate.options.map((o: { option: string }) => o.option)).toEqual(["online"]);
    expect(estimate.sensitivity).toBeUndefined();
    const text = await runCli(["--lang", "en", "cost", "--option", "online"]);
    const cash = estimate.options[0].totals.cash as number;
    expect(text.stdout).toMatch(new RegExp(`Cash\\s.*\\s${cash.toLocaleString("en-US")}\\n`));
    expect(text.stdout).not.toContain("On-prem (expanded Exchange Server SE)");
  });

  it("exposes the baseline and the licence scenarios in JSON as a stable structure, in whole SEK, and every price with its registry source", async () => {
    const result = await runCli(["--format", "json", "cost"]);
    expect(result.code).toBe(0);
    const estimate = JSON.parse(result.stdout);
    expect(estimate.baseline).toEqual({ staffPlan: "M365_E3", suite: true, staffPlanBaseline: "both-options", ownedSeats: 650 });
    expect(estimate.licenceScenarios).toEqual({
      staffPlanBaseline: "both-options",
      years: 3,
      scenarios: [
        { id: "organization", programme: "EAS", staffPlan: "M365_E3", carriesCalRights: true, extendedUseRights: "applies", exchangeLicensing: "software-assurance", onpremSEK: 1188580, onlineSEK: 1188580, onpremMinusOnlineSEK: 0, serversSEK: 0, unpricedItems: 0 },
        { id: "extended-use-rights", programme: "EA", staffPlan: "M365_E3", carriesCalRights: true, extendedUseRights: "applies", exchangeLicensing: "software-assurance", onpremSEK: 1188580, onlineSEK: 1188580, onpremMinusOnlineSEK: 0, serversSEK: 0, unpricedItems: 0 },
        // 8 Standard servers as subscriptions: 8 x 319 USD x 9.6 x 3 years.
        { id: "csp-subscription", programme: "CSP", staffPlan: "M365_E3", carriesCalRights: true, extendedUseRights: "programme-without-rights", exchangeLicensing: "subscription", onpremSEK: 1188580, onlineSEK: 1188580, onpremMinusOnlineSEK: 0, serversSEK: 73498, unpricedItems: 0 },
        // Office 365 E3 stands in for the CALs, not the servers: 8 x 709 USD x 9.6 x (1 + 3 x 25 %).
        { id: "cal-equivalent-plans", programme: "EAS", staffPlan: "O365_E3", carriesCalRights: true, extendedUseRights: "users-without-plan", exchangeLicensing: "software-assurance", onpremSEK: 792386, onlineSEK: 792386, onpremMinusOnlineSEK: 0, serversSEK: 95290, unpricedItems: 0 },
        { id: "plans-without-cal-rights", programme: "EAS", staffPlan: "M365_F3", carriesCalRights: false, extendedUseRights: "users-without-plan", exchangeLicensing: "software-assurance", onpremSEK: 2468719, onlineSEK: 304764, onpremMinusOnlineSEK: 2163955, serversSEK: 95290, unpricedItems: 0 },
      ],
    });
    const e3 = estimate.prices.find((p: { id: string }) => p.id === "m365_e3");
    expect(e3).toMatchObject({ source: "npifinancial-m365-price-increase", sourceUrl: expect.stringMatching(/^https:\/\//), read: "2026-12-01" });
  });

  it("renders markdown tables", async () => {
    const result = await runCli(["--lang", "en", "--format", "markdown", "cost", "--option", "onprem"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Cost estimate for Exempelkommun over 3 years\n/);
    expect(result.stdout).toContain("## On-prem (expanded Exchange Server SE)");
    expect(result.stdout).toMatch(/\| Component \| Category \| Quantity \| Year 1 \| Year 2 \| Year 3 \| Total \| Prices \|\n\|---\|---\|---\|---:\|---:\|---:\|---:\|---\|\n/);
  });

  it("shows an override from the organization file as overridden", async () => {
    const config = tempFile("org.yaml", exampleWith((d) => (d.cost.priceOverrides.server_2s_hw = 180000)));
    const result = await runCli(["--config", config, "--lang", "en", "cost", "--option", "onprem"]);
    expect(result.code).toBe(0);
    const flat = result.stdout.replace(/\s+/g, " ");
    expect(flat).toMatch(/Hosts: 4 two-socket servers .*720,000 .*server_2s_hw \(overridden\)/);
    expect(flat).toContain("server_2s_hw: catalog no price SEK per server, overridden to 180000 SEK (cost.priceOverrides)");
    expect(flat).toContain("All at the defaults documented in cost/usage.ts");
  });

  it("names the usage assumptions the organization file changed", async () => {
    const config = tempFile("org.yaml", exampleWith((d) => (d.cost.usage = { onpremBuildConsultantDays: 20 })));
    const result = await runCli(["--config", config, "--lang", "en", "cost", "--option", "onprem"]);
    const flat = result.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("Changed in the organization file (cost.usage): onpremBuildConsultantDays = 20.");
    expect(flat).toMatch(/Exchange SE build and mailbox moves, consultants 192,000 .*Quantity: 20 days \(160 h\)/);
  });

  it("exits 2 naming the field for an override of an unknown price", async () => {
    const config = tempFile("org.yaml", exampleWith((d) => (d.cost.priceOverrides = { exchange_server: 5000 })));
    const result = await runCli(["--config", config, "cost"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \S*: cost\.priceOverrides\.exchange_server: received 5000; expected an id of the price catalog/);
  });

  it("exits 2 for an unknown --option", async () => {
    const result = await runCli(["cost", "--option", "hybrid"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--option");
  });

  it("makes commands without markdown output reject --format markdown with exit 2", async () => {
    const result = await runCli(["--format", "markdown", "sizing"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('error: --format: received "markdown"; expected text, json for the sizing command\n');
    const sarif = await runCli(["--format", "sarif", "cost"]);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain("--format");
  });
});
