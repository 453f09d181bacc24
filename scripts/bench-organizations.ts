// Generated organization files for the benchmark and the portfolio tests: the built-in
// example with a different name, domain, Azure name prefix and size per organization, so
// the portfolio spans small and large municipalities (deterministic: organization i is
// always the same file).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { EXAMPLE_CONFIG } from "../model/load";

export function generatedOrganization(index: number): Record<string, any> {
  const data = parse(readFileSync(EXAMPLE_CONFIG, "utf8"));
  const id = String(index + 1).padStart(2, "0");
  data.organization.name = `Kommun ${id}`;
  data.organization.acceptedDomains = [`kommun${id}.se`];
  data.azure.namePrefix = `kommun${id}`;
  // 250 to 2,000 staff mailboxes: the span of Swedish municipalities a shared service runs.
  data.mailboxes.staff = 250 + ((index * 373) % 1751);
  data.mailboxes.shared = 20 + ((index * 17) % 120);
  data.mailboxes.resource = 10 + ((index * 7) % 60);
  data.mailboxes.messagesReceivedPerDay = 50 + ((index * 11) % 50);
  // Storage grows with the mailboxes (the example: 50 TB a room for 845 mailboxes), so every
  // generated organization passes synth's capacity rules, as a real design would.
  const mailboxes = data.mailboxes.staff + data.mailboxes.shared + data.mailboxes.resource;
  data.onprem.hosts.usableStorageTBPerRoom = Math.ceil((mailboxes / 845) * 60);
  // Standard edition mounts at most 5 databases per server (active and passive copies
  // alike): beyond about 1,500 mailboxes the example's hosts hold no Standard design.
  if (mailboxes > 1500) data.onprem.edition = "enterprise";
  return data;
}

/** Writes `count` organization files (kommun-01.yaml ...) into `directory`; returns it. */
export function writeGeneratedOrganizations(directory: string, count: number): string {
  mkdirSync(directory, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(directory, `kommun-${String(i + 1).padStart(2, "0")}.yaml`), stringify(generatedOrganization(i)));
  return directory;
}
