// The onprem stack as synthesized Terraform JSON: what a `cdktf deploy onprem` would create.
// Expectations come from the sizing engine and the organization file, never from the stack.
import { gunzipSync } from "node:zlib";
import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/input-error";
import { sizeOrganization } from "../model/sizing/sizing";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { SETTINGS_PAYLOAD_KEY, compactPowerShell } from "../constructs/onprem/exchange-config-delivery";
import { DatabaseAvailabilityGroup } from "../constructs/onprem/dag";
import { MailboxServer } from "../constructs/onprem/mailbox-server";
import type { VirtualMachinePlatform } from "../constructs/onprem/platform";
import { OnpremStack } from "../stacks/onprem";
import { type Body, type SynthJson, inventoryName, orgWith, referencedName, resources, synthOnprem } from "./onprem-helpers";

const INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";
const CLOUD = "azurerm_system_center_virtual_machine_manager_cloud";
const VNET = "azurerm_system_center_virtual_machine_manager_virtual_network";

const example = orgWith();
const exampleJson = synthOnprem(example);

function instancesNamed(json: SynthJson, pattern: RegExp): Body[] {
  return resources(json, INSTANCE)
    .map(([, body]) => body)
    .filter((body) => pattern.test(body.operating_system.computer_name));
}

/** VMM cloud name each instance is placed in. */
function cloudOf(json: SynthJson, instance: Body): string {
  const cloudKey = referencedName(instance.infrastructure.system_center_virtual_machine_manager_cloud_id);
  return inventoryName(json.resource[CLOUD]![cloudKey]!);
}

function networksOf(json: SynthJson, instance: Body): string[] {
  return instance.network_interface.map((nic: Body) => inventoryName(json.resource[VNET]![referencedName(nic.virtual_network_id)]!));
}

const mailboxPattern = (org = example) => new RegExp(`^${org.onprem.naming.serverPrefix}MBX\\d+$`);
const edgePattern = (org = example) => new RegExp(`^${org.onprem.naming.serverPrefix}EDGE\\d+$`);

describe("onprem stack: mailbox servers", () => {
  const sizing = sizeOrganization(example);
  const mailbox = instancesNamed(exampleJson, mailboxPattern());

  it("declares as many mailbox server instances as the sizing, each on its own Arc machine of kind SCVMM", () => {
    expect(mailbox).toHaveLength(sizing.mailboxServers.total);
    const machines = new Set(mailbox.map((instance) => referencedName(instance.scoped_resource_id)));
    expect(machines.size).toBe(sizing.mailboxServers.total);
    for (const key of machines) expect(exampleJson.resource.azurerm_arc_machine![key]!.kind).toBe("SCVMM");
  });

  it("gives each the sized vCPU and fixed RAM, with checkpoints disabled (ONP-09)", () => {
    for (const instance of mailbox) {
      expect(instance.hardware.cpu_count).toBe(sizing.mailboxServers.vcpu);
      expect(instance.hardware.memory_in_mb).toBe(sizing.mailboxServers.ramGB * 1024);
      expect(instance.hardware).not.toHaveProperty("dynamic_memory_min_in_mb");
      expect(instance.hardware).not.toHaveProperty("dynamic_memory_max_in_mb");
      expect(instance.infrastructure.checkpoint_type).toBe("Disabled");
    }
  });

  it("gives each fixed SCSI disks for its database copies (databases x copies in total) and one for its message tracking logs", () => {
    const disks = mailbox.flatMap((instance) => instance.storage_disk as Body[]);
    expect(disks).toHaveLength(sizing.databases.count * sizing.databases.copiesPerDatabase + sizing.mailboxServers.total);
    for (const disk of disks) {
      expect(disk.vhd_type).toBe("Fixed");
      expect(disk.bus_type).toBe("SCSI");
      expect([sizing.storage.databaseCopyDiskGB, sizing.storage.laggedCopyDiskGB, sizing.storage.messageTracking.diskGB]).toContain(disk.disk_size_gb);
    }
    for (const instance of mailbox) expect((instance.storage_disk as Body[]).filter((d) => d.name === "TransportLogs")).toHaveLength(1);
    const perServer = mailbox.map((instance) => (instance.storage_disk as Body[]).reduce((sum, disk) => sum + disk.disk_size_gb, 0));
    expect(Math.max(...perServer)).toBe(sizing.storage.perServerGB);
  });

  it("splits the servers equally across the two rooms' SCVMM clouds, each room in its own availability set", () => {
    const byCloud = new Map<string, Body[]>();
    for (const instance of mailbox) byCloud.set(cloudOf(exampleJson, instance), [...(byCloud.get(cloudOf(exampleJson, instance)) ?? []), instance]);
    expect([...byCloud.keys()].sort()).toEqual([example.sites.primary.scvmmCloud, example.sites.recovery.scvmmCloud].sort());
    for (const servers of byCloud.values()) {
      expect(servers).toHaveLength(sizing.mailboxServers.perRoom);
      const sets = new Set(servers.map((s) => s.system_center_virtual_machine_manager_availability_set_ids[0]));
      expect(sets.size).toBe(1);
    }
    const allSets = new Set(mailbox.map((s) => s.system_center_virtual_machine_manager_availability_set_ids[0]));
    expect(allSets.size).toBe(2);
  });

  it("keeps every room at most 2 vCPU per physical core of its hosts (ONP-09)", () => {
    const hostCores = example.onprem.hosts.perRoom * example.onprem.hosts.physicalCoresPerHost;
    const byCloud = new Map<string, number>();
    for (const [, instance] of resources(exampleJson, INSTANCE)) {
      const cloud = cloudOf(exampleJson, instance);
      byCloud.set(cloud, (byCloud.get(cloud) ?? 0) + instance.hardware.cpu_count);
      expect(instance.hardware.cpu_count).toBeLessThanOrEqual(2 * example.onprem.hosts.physicalCoresPerHost);
    }
    for (const vcpu of byCloud.values()) expect(vcpu / hostCores).toBeLessThanOrEqual(2);
  });

  it("matches cdktf's own resource matcher for a mailbox instance", () => {
    const app = Testing.app();
    const synthesized = Testing.synth(new OnpremStack(app, "onprem", example));
    expect(
      Testing.toHaveResourceWithProperties(synthesized, INSTANCE, {
        hardware: { cpu_count: sizing.mailboxServers.vcpu, memory_in_mb: sizing.mailboxServers.ramGB * 1024 },
        infrastructure: { checkpoint_type: "Disabled" },
        lifecycle: { prevent_destroy: true },
      }),
    ).toBe(true);
  });
});

describe("onprem stack: Edge, witness, monitoring, vault", () => {
  it("puts every Edge server on the perimeter network only, and no mailbox server there", () => {
    const edges = instancesNamed(exampleJson, edgePattern());
    expect(edges).toHaveLength(2 * example.onprem.edge.serversPerRoom);
    for (const edge of edges) expect(networksOf(exampleJson, edge)).toEqual([example.onprem.scvmm.networks.perimeter]);
    for (const mailbox of instancesNamed(exampleJson, mailboxPattern())) {
      expect(networksOf(exampleJson, mailbox)).not.toContain(example.onprem.scvmm.networks.perimeter);
    }
  });

  it("declares no Edge server when Edge is disabled", () => {
    const json = synthOnprem(orgWith((d) => (d.onprem.edge.enabled = false)));
    expect(instancesNamed(json, edgePattern())).toHaveLength(0);
  });

  it("runs the Azure witness in the configured allowed region, in neither room", () => {
    const vms = resources(exampleJson, "azurerm_windows_virtual_machine");
    expect(vms).toHaveLength(1);
    expect(vms[0]![1].location).toBe(example.sites.witness.kind === "azure-vm" ? example.sites.witness.region : "");
    expect(example.azure.allowedRegions).toContain(vms[0]![1].location);
    expect(vms[0]![1]).not.toHaveProperty("public_ip_address_id");
    // Only mailbox and Edge servers are in the two rooms' clouds.
    for (const [, instance] of resources(exampleJson, INSTANCE)) {
      expect(instance.operating_system.computer_name).toMatch(new RegExp(`${mailboxPattern().source}|${edgePattern().source}`));
    }
  });

  it("runs a third-room witness in the third room's SCVMM cloud, not in either server room", () => {
    const org = orgWith((d) => (d.sites.witness = { kind: "third-room", name: "Teknikhuset", scvmmCloud: "Teknikhuset-Cloud" }));
    const json = synthOnprem(org);
    const witness = instancesNamed(json, /FSW\d+$/);
    expect(witness).toHaveLength(1);
    expect(cloudOf(json, witness[0]!)).toBe("Teknikhuset-Cloud");
    expect([org.sites.primary.scvmmCloud, org.sites.recovery.scvmmCloud]).not.toContain(cloudOf(json, witness[0]!));
    expect(resources(json, "azurerm_windows_virtual_machine")).toHaveLength(0);
  });

  it("keeps audit data at least 365 days and installs the Azure Monitor agent on every machine", () => {
    const [[, workspace]] = resources(exampleJson, "azurerm_log_analytics_workspace") as [[string, Body]];
    expect(workspace.retention_in_days).toBeGreaterThanOrEqual(365);
    expect(workspace.retention_in_days).toBe(Math.min(730, example.retention.auditLogRetentionDays));
    const agents = resources(exampleJson, "azurerm_arc_machine_extension").filter(([, b]) => b.type === "AzureMonitorWindowsAgent");
    const machines = new Set(agents.map(([, b]) => referencedName(b.arc_machine_id)));
    expect(machines).toEqual(new Set(Object.keys(exampleJson.resource.azurerm_arc_machine!)));
    const vmAgents = resources(exampleJson, "azurerm_virtual_machine_extension").filter(([, b]) => b.type === "AzureMonitorWindowsAgent");
    expect(vmAgents).toHaveLength(1);
  });

  it("keeps a period beyond two years through the Event table's total retention, rounded up to whole years", () => {
    // The example's decision on logs (2 years) needs 731 days: the provider accepts 4-730 or whole years.
    const [[, exampleTable]] = resources(exampleJson, "azurerm_log_analytics_workspace_table") as [[string, Body]];
    expect(exampleTable.total_retention_in_days).toBe(1095);
    const json = synthOnprem(orgWith((d) => (d.retention.auditLogRetentionDays = 1096)));
    const [[, table]] = resources(json, "azurerm_log_analytics_workspace_table") as [[string, Body]];
    expect(table.total_retention_in_days).toBe(1460);
  });

  it("secures the certificate vault (AZ-02)", () => {
    const [[, vault]] = resources(exampleJson, "azurerm_key_vault") as [[string, Body]];
    expect(vault).toMatchObject({ purge_protection_enabled: true, soft_delete_retention_days: 90, public_network_access_enabled: true });
    expect(vault.network_acls).toMatchObject({ default_action: "Deny", ip_rules: example.azure.dataPlaneAccess.allowedAddresses });
    expect(vault.location).toBe(example.azure.region);
  });

  it("puts every Azure resource in an allowed region", () => {
    for (const byName of Object.values(exampleJson.resource)) {
      for (const body of Object.values(byName)) if (typeof body.location === "string") expect(example.azure.allowedRegions).toContain(body.location);
    }
  });
});

describe("onprem stack: protection and secrets", () => {
  it("protects every data-bearing resource from destroy (AZ-06)", () => {
    const protectedTypes = ["azurerm_key_vault", "azurerm_log_analytics_workspace"];
    for (const type of protectedTypes) for (const [, body] of resources(exampleJson, type)) expect(body.lifecycle?.prevent_destroy).toBe(true);
    // Mailbox servers hold the databases, Edge servers their queues: every machine and instance.
    const instances = resources(exampleJson, INSTANCE);
    expect(instances.length).toBe(sizeOrganization(example).mailboxServers.total + 2 * example.onprem.edge.serversPerRoom);
    for (const [, instance] of instances) {
      expect(instance.lifecycle?.prevent_destroy).toBe(true);
      expect(exampleJson.resource.azurerm_arc_machine![referencedName(instance.scoped_resource_id)]!.lifecycle?.prevent_destroy).toBe(true);
    }
  });

  it("writes no literal password and asks for none: each server's password is generated, its own, and kept in a vault no server reads (AZ-07)", () => {
    const cases = [
      // The example declares azure.state: the passwords go to the IaC vault the bootstrap created.
      { json: exampleJson, vault: "existing" },
      { json: synthOnprem(orgWith((d) => ((d.sites.witness = { kind: "third-room", name: "Brandstationen" }), delete d.azure.state))), vault: "new" },
    ];
    for (const { json, vault: kind } of cases) {
      const text = JSON.stringify(json);
      const credentialValues = [...text.matchAll(/"([a-z_]*(?:password|secret)[a-z_]*)":"([^"]*)"/g)].map(([, key, value]) => [key!, value!] as const);
      // No password is a Terraform variable: CI sets no TF_VAR and a plan needs no secret input.
      expect(Object.keys(json.variable ?? {}).filter((name) => /password|secret/i.test(name))).toEqual([]);
      const generated = new Set(resources(json, "random_password").map(([name]) => name));
      const servers = [...resources(json, INSTANCE), ...resources(json, "azurerm_windows_virtual_machine")];
      expect(servers.length).toBeGreaterThanOrEqual(4);
      expect(generated.size).toBe(servers.length);
      for (const [key, value] of credentialValues) expect(generated.has(referencedName(value)), `${key}: ${value}`).toBe(true);
      // One password per server, each handed to that server's VM (and its guest agent) only.
      const used = servers.map(([, body]) => referencedName(body.operating_system?.admin_password ?? body.admin_password));
      expect(new Set(used).size).toBe(servers.length);
      // Each is kept as a secret named after its server, in a vault that grants no server anything.
      const secrets = resources(json, "azurerm_key_vault_secret");
      expect(secrets.map(([, body]) => referencedName(body.value)).sort()).toEqual([...generated].sort());
      const vaultIds = new Set(secrets.map(([, body]) => body.key_vault_id));
      expect(vaultIds.size).toBe(1);
      const [vaultId] = [...vaultIds] as [string];
      for (const [, body] of secrets) expect(body.name).toMatch(/^[a-z0-9]+-local-admin$/);
      expect(resources(json, "azurerm_role_assignment").filter(([, body]) => body.scope === vaultId)).toEqual([]);
      if (kind === "existing") {
        expect(vaultId).toMatch(/^\$\{data\.azurerm_key_vault\.administrators_vault_\w+\.id\}$/);
        expect(Object.values(json.data.azurerm_key_vault ?? {})).toContainEqual(expect.objectContaining({ name: example.azure.state!.keyVaultName, resource_group_name: example.azure.state!.resourceGroupName }));
      } else {
        const vault = json.resource.azurerm_key_vault![referencedName(vaultId)]!;
        expect(vault).toMatchObject({ rbac_authorization_enabled: true, purge_protection_enabled: true, network_acls: { default_action: "Deny" } });
      }
      // Every class in every password, from specials no shell, PowerShell or JSON quotes.
      for (const [, body] of resources(json, "random_password")) {
        expect(body).toMatchObject({ length: 32, min_lower: 2, min_upper: 2, min_numeric: 2, min_special: 2 });
        expect(body.override_special).not.toMatch(/["'`$\\%;&]/);
      }
    }
  });

  it("delivers exactly the rendered Exchange script to the first mailbox server, with no secret in it", () => {
    const [[, extension]] = resources(exampleJson, "azurerm_arc_machine_extension").filter(([key, b]) => b.type === "CustomScriptExtension" && key.startsWith("exchange-config")) as [[string, Body]];
    const command: string = JSON.parse(extension.protected_settings).commandToExecute;
    // Inline while it fits the command line, else in the public settings (the next test).
    const payload = /\$b='([A-Za-z0-9+/=]+)'/.exec(command)?.[1] ?? JSON.parse(extension.settings)[SETTINGS_PAYLOAD_KEY];
    const script = gunzipSync(Buffer.from(payload, "base64")).toString("utf8");
    expect(script).toBe(compactPowerShell(renderOnpremScript(buildOnpremExchangeDocument(example))));
    expect(script).not.toMatch(/password\s*[=:]/i);
    expect(command.length).toBeLessThanOrEqual(8191);
    const target = exampleJson.resource.azurerm_arc_machine![referencedName(extension.arc_machine_id)]!;
    expect(target.name).toBe(`${example.onprem.naming.serverPrefix}MBX01`.toLowerCase());
  });

  it("mounts each database copy on its own disk: the script's volumes are the stack's disks, server by server, before any database exists", () => {
    const doc = buildOnpremExchangeDocument(example);
    const script = renderOnpremScript(doc);
    const volumes = script.indexOf("own ReFS data volume");
    expect(volumes).toBeGreaterThan(0);
    expect(volumes).toBeLessThan(script.indexOf("New-MailboxDatabase"));
    // Only an empty disk is formatted, the smallest that holds the copy; ReFS with 64 KB units and no integrity streams.
    expect(script).toContain("$_.PartitionStyle -eq 'RAW' -and $_.Size -ge [int64]$SizeGB * 1073741824");
    expect(script).toContain("Format-Volume -Partition $partition -FileSystem ReFS -AllocationUnitSize 65536 -SetIntegrityStreams $false");
    for (const instance of instancesNamed(exampleJson, mailboxPattern())) {
      const server = instance.operating_system.computer_name as string;
      const copies = doc.databases.flatMap((db) => db.copies.filter((c) => c.server === server).map((c) => ({ db, c })));
      // One disk per copy, and the message tracking log disk (the example decides to keep logs two years).
      const logDisk = doc.transport.messageTracking.diskGB!;
      expect([...copies.map(({ c }) => c.diskGB), logDisk].sort(), server).toEqual((instance.storage_disk as Body[]).map((d) => d.disk_size_gb).sort());
      for (const { db, c } of copies) expect(script, `${db.name} on ${server}`).toContain(`@{ Volume = '${db.name}'; Server = '${server}'; Folder = '${db.volumeFolder}'; SizeGB = ${c.diskGB} }`);
      for (const { db } of copies) expect(db.edbFilePath.startsWith(db.volumeFolder) && db.logFolderPath.startsWith(db.volumeFolder)).toBe(true);
    }
  });

  it("moves a script too long for the command line into the extension's public settings", () => {
    const large = orgWith((d) => {
      d.mailboxes.staff *= 3;
      d.mailboxes.shared *= 3;
      d.mailboxes.resource *= 3;
    });
    const json = synthOnprem(large);
    const [[, extension]] = resources(json, "azurerm_arc_machine_extension").filter(([key, b]) => b.type === "CustomScriptExtension" && key.startsWith("exchange-config")) as [[string, Body]];
    const command: string = JSON.parse(extension.protected_settings).commandToExecute;
    expect(command.length).toBeLessThan(1000);
    expect(command).toContain("RuntimeSettings");
    const payload: string = JSON.parse(extension.settings)[SETTINGS_PAYLOAD_KEY];
    const script = gunzipSync(Buffer.from(payload, "base64")).toString("utf8");
    expect(script).toBe(compactPowerShell(renderOnpremScript(buildOnpremExchangeDocument(large))));
  });
});

describe("onprem stack: growth and bad input", () => {
  it("grows as the sizing says when the mailboxes double", () => {
    const doubled = orgWith((d) => {
      d.mailboxes.staff *= 2;
      d.mailboxes.shared *= 2;
      d.mailboxes.resource *= 2;
    });
    const before = sizeOrganization(example);
    const after = sizeOrganization(doubled);
    const json = synthOnprem(doubled);
    const mailbox = instancesNamed(json, mailboxPattern(doubled));
    expect(mailbox).toHaveLength(after.mailboxServers.total);
    const disks = mailbox.flatMap((instance) => instance.storage_disk as Body[]);
    expect(disks).toHaveLength(after.databases.count * after.databases.copiesPerDatabase + after.mailboxServers.total);
    // The sizing grows (more databases and storage), and so does the stack.
    expect(after.databases.count).toBeGreaterThan(before.databases.count);
    expect(disks.length).toBeGreaterThan(instancesNamed(exampleJson, mailboxPattern()).flatMap((i) => i.storage_disk).length);
    const totalGB = disks.reduce((sum, disk) => sum + disk.disk_size_gb, 0);
    expect(totalGB).toBe(totalOf(after));
    for (const instance of mailbox) {
      expect(instance.hardware.cpu_count).toBe(after.mailboxServers.vcpu);
      expect(instance.hardware.memory_in_mb).toBe(after.mailboxServers.ramGB * 1024);
    }
  });

  it("adds servers when the sizing needs more of them", () => {
    // Twice the mailboxes on Standard edition need 12 databases, so 6 servers per room (each mounting 4 copies).
    const grown = orgWith((d) => {
      d.mailboxes.staff *= 2;
      d.mailboxes.shared *= 2;
      d.mailboxes.resource *= 2;
      d.onprem.hosts.usableStorageTBPerRoom = 100;
    });
    const sizing = sizeOrganization(grown);
    expect(sizing.feasibility.fits).toBe(true);
    expect(sizing.mailboxServers.total).toBeGreaterThan(sizeOrganization(example).mailboxServers.total);
    const grownJson = synthOnprem(grown);
    expect(instancesNamed(grownJson, mailboxPattern(grown))).toHaveLength(sizing.mailboxServers.total);
    // A scale-out only adds servers: every server of the example keeps its Terraform address,
    // its room (VMM cloud) and its place in the room's address pool.
    const byName = (json: SynthJson) => new Map(resources(json, INSTANCE).map(([key, body]) => [body.operating_system.computer_name as string, { key, cloud: cloudOf(json, body) }]));
    const [before, after] = [byName(exampleJson), byName(grownJson)];
    for (const [name, server] of before) expect(after.get(name), name).toEqual(server);
    const roomOrder = (json: SynthJson) => resources(json, INSTANCE).map(([, body]) => [cloudOf(json, body), body.operating_system.computer_name as string]);
    for (const cloud of new Set(roomOrder(exampleJson).map(([c]) => c))) {
      const names = (json: SynthJson) => roomOrder(json).filter(([c]) => c === cloud).map(([, n]) => n).sort();
      expect(names(grownJson).slice(0, names(exampleJson).length), cloud).toEqual(names(exampleJson));
    }
  });

  it.each([
    ["azure.region", (d: any) => (d.azure.region = "westeurope"), '"westeurope"'],
    ["sites.witness.region", (d: any) => (d.sites.witness.region = "eastus"), '"eastus"'],
    ["onprem.vcpuPerPhysicalCore", (d: any) => (d.onprem.vcpuPerPhysicalCore = 3), "3"],
    ["onprem.platform", (d: any) => (d.onprem.platform = "azure-local"), '"azure-local"'],
    ["sites.witness.name", (d: any) => (d.sites.witness = { kind: "third-room", name: d.sites.primary.name }), "Serverhall Nya"],
  ])("rejects %s with received and expected", (field, change, received) => {
    const org = orgWith(change);
    let error: unknown;
    try {
      synthOnprem(org);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe(field);
    expect((error as InputError).received).toContain(received);
    expect((error as InputError).expected.length).toBeGreaterThan(10);
  });
});

describe("onprem constructs validate their props", () => {
  const platform: VirtualMachinePlatform = {
    kind: "scvmm",
    rooms: ["primary", "recovery"],
    declareVirtualMachine: () => {
      throw new Error("not reached");
    },
  };

  it("a mailbox server above Exchange's 256 GB limit fails with received and expected", () => {
    const stack = new OnpremStack(Testing.app(), "onprem", example);
    expect(
      () => new MailboxServer(stack, "too-big", { platform, name: "X", room: "primary", vcpu: 8, ramGB: 512, databaseDisks: [{ name: "DB01", sizeGB: 100 }] }),
    ).toThrow(/too-big: ramGB: received 512; expected a whole number from 8 to 256/);
  });

  it("a DAG with copies of a database in one room only fails", () => {
    const stack = new OnpremStack(Testing.app(), "onprem", example);
    const member = (name: string, room: "primary" | "recovery", db: string) => ({ name, room, vcpu: 4, ramGB: 128, copies: [{ database: db, diskGB: 100 }] });
    expect(
      () => new DatabaseAvailabilityGroup(stack, "dag-bad", { platform, members: [member("A", "primary", "DB01"), member("B", "primary", "DB01"), member("C", "recovery", "DB02"), member("D", "recovery", "DB02")] }),
    ).toThrow(/copies of DB01: received \["primary"\]; expected copies in both rooms/);
    expect(
      () => new DatabaseAvailabilityGroup(stack, "dag-uneven", { platform, members: [member("A", "primary", "DB01"), member("B", "primary", "DB01"), member("C", "recovery", "DB01")] }),
    ).toThrow(/expected the same number of members in each room/);
  });
});

function totalOf(sizing: ReturnType<typeof sizeOrganization>): number {
  // Each database has copies on plain copy disks and, when lagged, one larger lagged-copy disk;
  // each server has its message tracking log disk.
  const lagged = sizing.databases.laggedCopy ? sizing.databases.count : 0;
  const copies = (sizing.databases.count * sizing.databases.copiesPerDatabase - lagged) * sizing.storage.databaseCopyDiskGB + lagged * sizing.storage.laggedCopyDiskGB;
  return copies + sizing.mailboxServers.total * sizing.storage.messageTracking.diskGB;
}
