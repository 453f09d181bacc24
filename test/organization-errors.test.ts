// Errors that point at the fix: the exact one-line message a user sees for the four most
// common mistakes in an organization file (exit 2, no stack trace).
import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

async function errorFor(edit: (document: any) => void): Promise<string> {
  const path = tempFile("org.yaml", exampleWith(edit));
  const result = await runCli(["--config", path, "sizing"]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stderr.replace(`${path}: `, "org.yaml: ");
}

const MAILBOX_KEYS = "staff, shared, resource, averageSizeGB, quotaGB, sizeGrowthPercentPerYear, countGrowthPercentPerYear, messagesSentPerDay, messagesReceivedPerDay, averageMessageSizeKB";

describe("errors that point at the fix", () => {
  it("names the keys allowed and the closest one for an unknown key", async () => {
    expect(await errorFor((d) => (d.mailboxes.messagesSentPerDayy = 40))).toBe(
      `error: org.yaml: mailboxes.messagesSentPerDayy: received an unknown key; expected one of the keys allowed in mailboxes: ${MAILBOX_KEYS}; did you mean messagesSentPerDay?\n`,
    );
  });

  it("reports a misspelt required key as the misspelling, not as a missing field", async () => {
    const message = await errorFor((d) => {
      d.mailboxes.messagesSentPerDai = d.mailboxes.messagesSentPerDay;
      delete d.mailboxes.messagesSentPerDay;
    });
    expect(message).toBe(
      `error: org.yaml: mailboxes.messagesSentPerDai: received an unknown key; expected one of the keys allowed in mailboxes: ${MAILBOX_KEYS}; did you mean messagesSentPerDay? (messagesSentPerDay is required and missing)\n`,
    );
  });

  it("lists a union's forms and their required keys", async () => {
    expect(await errorFor((d) => (d.sites.witness = { kind: "third_room", name: "Brandstationen" }))).toBe(
      'error: org.yaml: sites.witness.kind: received "third_room"; expected one of the forms of sites.witness: kind: third-room (with name); kind: azure-vm (with region)\n',
    );
  });

  it("asks for a date as YYYY-MM-DD", async () => {
    expect(await errorFor((d) => (d.governance.dpia.reviewed = "2026-13-01"))).toBe(
      'error: org.yaml: governance.dpia.reviewed: received "2026-13-01"; expected a date as YYYY-MM-DD\n',
    );
  });

  it("lists the fixed keys of a record", async () => {
    const message = await errorFor((d) => (d.cost.ownedLicences = { M365_E9: 3 }));
    expect(message).toMatch(/^error: org\.yaml: cost\.ownedLicences\.M365_E9: received an unknown key; expected one of the keys allowed in cost\.ownedLicences: EXO_P1, /);
    expect(message).toContain("WINDOWS_SERVER_DATACENTER_CORES");
    expect(message).toMatch(/; did you mean M365_E[35]\?\n$/);
  });

  it("suggests nothing when no key is close", async () => {
    const message = await errorFor((d) => (d.mailboxes.colour = "blue"));
    expect(message).toBe(`error: org.yaml: mailboxes.colour: received an unknown key; expected one of the keys allowed in mailboxes: ${MAILBOX_KEYS}\n`);
  });
});
