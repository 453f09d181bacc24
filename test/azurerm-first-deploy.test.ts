// What makes a first `cdktf deploy` work against real Azure and Arc-enabled SCVMM: every provider
// names its subscription; no Key Vault data plane is left behind a firewall the runner cannot
// pass (a private endpoint or named addresses, else synth stops naming the field) and no storage
// data plane is called; what Arc onboarding made is looked up or imported, not created twice;
// the DAG members and the witness have static addresses from the room subnets; Edge has its own
// template; the witness has a declared path to the rooms; VM instances ignore storage_disk.
import { describe, expect, it } from "vitest";
import { synthesizeToJson } from "../inventory/from-stacks";
import { parseOrganization } from "../model/load";
import { everythingOn } from "./conformance/azurerm-matrix";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData, exampleWith } from "./helpers/example";
import { stringify } from "yaml";

type Json = Record<string, any>;
const synth = (data: Json): Map<string, Json> => synthesizeToJson(parseOrganization(stringify(data)));
const bodies = (json: Json, type: string): Json[] => Object.values(json.resource?.[type] ?? {});
const INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";

const example = synth(exampleData());
const everything = synth(everythingOn("azure-vm"));
const thirdRoom = synth(everythingOn("third-room"));

async function synthExit(change: (d: Json) => void, stack?: string): Promise<{ code: number; stderr: string }> {
  const out = tempFile("out", "").replace(/out$/, "cdktf.out");
  const result = await runCli(["--config", tempFile("org.yaml", exampleWith(change)), "synth", "--out", out, ...(stack ? ["--stack", stack] : [])]);
  return { code: result.code, stderr: result.stderr };
}

describe("every provider names its subscription", () => {
  it.each([["example", example], ["everything on", everything]] as const)("%s: each azurerm provider block of both stacks has subscription_id", (_, stacks) => {
    for (const [, json] of stacks) for (const provider of json.provider.azurerm) expect(provider.subscription_id, JSON.stringify(provider.alias)).toMatch(/^(\$\{var\.[a-z_]+\}|[0-9a-f-]{36})$/);
  });

  it("takes it from the organization file, else from a GUID variable; the hub and endpoint providers from the ids the file gives", () => {
    expect(example.get("onprem")!.provider.azurerm[0].subscription_id).toBe("${var.primary_subscription_id}");
    expect(example.get("onprem")!.variable.primary_subscription_id.validation).toBeDefined();
    const aliases = Object.fromEntries(everything.get("onprem")!.provider.azurerm.map((p: Json) => [p.alias ?? "default", p.subscription_id]));
    expect(aliases).toEqual({ default: "2f4a8c6e-1b3d-4e5f-8a7b-9c0d1e2f3a41", endpoints: "6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52", hub: "6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52" });
  });

  it("lets the on-prem provider check the resource providers Arc-enabled SCVMM needs", () => {
    expect(example.get("onprem")!.provider.azurerm[0].resource_providers_to_register).toEqual(expect.arrayContaining(["Microsoft.ScVmm", "Microsoft.HybridCompute", "Microsoft.ExtendedLocation", "Microsoft.ResourceConnector"]));
  });
});

describe("the deploying runner reaches every data plane it needs", () => {
  it("lets the named addresses through the vault firewalls (default deny)", () => {
    const addresses = exampleData().azure.dataPlaneAccess.allowedAddresses;
    for (const vault of bodies(example.get("onprem")!, "azurerm_key_vault")) {
      expect(vault.network_acls).toMatchObject({ default_action: "Deny", ip_rules: addresses });
      expect(vault.public_network_access_enabled).toBe(true);
    }
  });

  it("gives every vault a private endpoint in the named subnet, keeps public access off, and creates keys only after the endpoint", () => {
    const subnet = everythingOn("azure-vm").azure.dataPlaneAccess.privateEndpoint.subnetId;
    for (const [stack, json] of everything) {
      const vaults = Object.keys(json.resource.azurerm_key_vault ?? {});
      const endpoints = bodies(json, "azurerm_private_endpoint");
      expect(endpoints.length, stack).toBe(vaults.length);
      for (const endpoint of endpoints) {
        expect(endpoint.subnet_id).toBe(subnet);
        expect(endpoint.provider).toBe("azurerm.endpoints");
        expect(endpoint.private_service_connection.subresource_names).toEqual(["vault"]);
        expect(endpoint.private_dns_zone_group.private_dns_zone_ids).toHaveLength(1);
      }
      for (const vault of bodies(json, "azurerm_key_vault")) expect(vault.public_network_access_enabled).toBe(false);
    }
    for (const key of bodies(everything.get("online")!, "azurerm_key_vault_key")) expect(key.depends_on.some((ref: string) => ref.startsWith("azurerm_private_endpoint."))).toBe(true);
  });

  it("stops synth with exit 2 naming azure.dataPlaneAccess when nothing can reach the vaults", async () => {
    const none = (d: Json) => (d.azure.dataPlaneAccess = { allowedAddresses: [] });
    const onprem = await synthExit(none, "onprem");
    expect(onprem.code).toBe(2);
    expect(onprem.stderr).toMatch(/^error: .*azure\.dataPlaneAccess: received no allowedAddresses and no privateEndpoint; expected a way through the Key Vault firewall/m);
    const online = await synthExit((d) => (none(d), (d.online.customerKey = { enabled: true })), "online");
    expect(online.code).toBe(2);
    expect(online.stderr).toContain("azure.dataPlaneAccess");
    expect((await synthExit(none, "online")).code).toBe(0);
  });

  it("refuses a catch-all range at load, naming the field", async () => {
    const result = await synthExit((d) => (d.azure.dataPlaneAccess = { allowedAddresses: ["0.0.0.0/0"] }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/azure\.dataPlaneAccess\.allowedAddresses\.0: received "0\.0\.0\.0\/0"; expected .*catch-all/);
  });

  it("never calls a storage data plane: every provider has data_plane_available = false, and the archive account stays default-deny", () => {
    for (const stacks of [example, everything]) for (const [, json] of stacks) for (const provider of json.provider.azurerm) expect(provider.features[0].storage[0].data_plane_available).toBe(false);
    const [account] = bodies(everything.get("online")!, "azurerm_storage_account");
    expect(account!.network_rules.default_action).toBe("Deny");
  });
});

describe("what Arc onboarding made is looked up or imported", () => {
  const onprem = example.get("onprem")!;

  it("looks up the VMM server, bridge and custom location instead of creating them", () => {
    expect(onprem.resource.azurerm_system_center_virtual_machine_manager_server).toBeUndefined();
    const [lookup] = Object.values<Json>(onprem.data.azurerm_resources);
    expect(lookup).toMatchObject({ type: "Microsoft.ScVmm/vmmServers", name: exampleData().onprem.scvmm.vmmServer, resource_group_name: exampleData().onprem.scvmm.arcResourceGroup });
    expect(lookup!.lifecycle.postcondition[0].error_message).toContain("onprem.scvmm.vmmServer");
    const [location] = Object.values<Json>(onprem.data.azurerm_extended_location_custom_location);
    expect(location!.lifecycle.postcondition[0].condition).toContain('== "swedencentral"');
    expect(Object.keys(onprem.variable).filter((name) => /vmm/i.test(name))).toEqual([]);
  });

  it("imports the clouds, VM networks and templates the organization already enabled in Azure, under their own names", () => {
    const json = everything.get("onprem")!;
    const enabled = everythingOn("azure-vm").onprem.scvmm.alreadyEnabled;
    expect(json.import.map((block: Json) => block.id).sort()).toEqual([enabled.clouds.primary, enabled.networks.client, enabled.templates.edge, enabled.templates.servers].sort());
    for (const block of json.import) {
      const [type, name] = block.to.split(".");
      expect(json.resource[type][name].name).toBe(block.id.split("/").at(-1));
      expect(json.resource[type][name].resource_group_name).toBe("rg-arc-scvmm");
    }
    expect(example.get("onprem")!.import).toBeUndefined();
  });
});

describe("servers on the platform", () => {
  const onprem = example.get("onprem")!;
  const instances = bodies(onprem, INSTANCE);

  it("ignore storage_disk (the template's own disk), hardware and operating_system changes on every VM instance", () => {
    for (const instance of instances) expect(instance.lifecycle.ignore_changes).toEqual(["storage_disk", "hardware", "operating_system"]);
  });

  it("give DAG members a static address on the one network the rooms share, Edge servers a static address and their own workgroup template on the perimeter", () => {
    const templates = Object.fromEntries(Object.entries<Json>(onprem.resource.azurerm_system_center_virtual_machine_manager_virtual_machine_template).map(([name, body]) => [name, body]));
    const templateOf = (instance: Json) => templates[instance.infrastructure.system_center_virtual_machine_manager_template_id.split(".")[1]];
    for (const instance of instances) {
      const edge = /EDGE/.test(instance.operating_system.computer_name);
      // The example's rooms share one network: one adapter for clients and replication (Preferred Architecture).
      expect(instance.network_interface.map((nic: Json) => nic.ipv4_address_type)).toEqual(["Static"]);
      expect(templateOf(instance)!.system_center_virtual_machine_manager_server_inventory_item_id).toContain(edge ? "WS2025-Datacenter-Workgroup" : "WS2025-Datacenter-Exchange");
    }
  });

  it("outputs the address plan: per room the n-th server takes host firstServerHost + n in the client subnet (the rooms share one network)", () => {
    const plan = onprem.output.exchange_address_plan.value;
    const primary = plan.servers.filter((server: Json) => server.room === "primary");
    expect(primary.map((server: Json) => [server.client, server.replication])).toEqual(primary.map((_: Json, n: number) => [`10.10.1.${10 + n}`, undefined]));
    expect(plan.pools.find((pool: Json) => pool.room === "recovery" && pool.network === "client")).toMatchObject({ subnet: "10.20.1.0/24", first: "10.20.1.10" });
    expect(plan.pools.filter((pool: Json) => pool.network === "replication")).toEqual([]);
    // The Edge servers' fixed addresses, from the rooms' perimeter subnets.
    expect(plan.edge).toEqual([
      { name: "EKEDGE01", room: "primary", perimeter: "192.168.10.10" },
      { name: "EKEDGE02", room: "recovery", perimeter: "192.168.20.10" },
    ]);
    expect(plan.pools.find((pool: Json) => pool.network === "perimeter" && pool.room === "primary")).toMatchObject({ subnet: "192.168.10.0/24", first: "192.168.10.10", last: "192.168.10.10" });
    const [nic] = bodies(onprem, "azurerm_network_interface");
    expect(nic!.ip_configuration[0]).toMatchObject({ private_ip_address_allocation: "Static", private_ip_address: "10.30.0.10" });
  });

  it("refuses a first host number that leaves the subnet, naming the room's field", async () => {
    const result = await synthExit((d) => (d.sites.recovery.firstServerHost = 254), "onprem");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("sites.recovery.firstServerHost");
  });

  it("refuses Edge servers without their own template, naming the field", async () => {
    const result = await synthExit((d) => delete d.onprem.scvmm.edgeTemplate, "onprem");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("onprem.scvmm.edgeTemplate");
  });
});

describe("the witness has a path to both rooms", () => {
  it("peers the Azure witness network with the hub on both sides and routes its default route through the hub firewall", () => {
    const json = everything.get("onprem")!;
    const peerings = bodies(json, "azurerm_virtual_network_peering");
    expect(peerings.map((p) => [p.provider ?? "default", p.allow_gateway_transit ?? false, p.use_remote_gateways ?? false]).sort()).toEqual([
      ["azurerm.hub", true, false],
      ["default", false, true],
    ]);
    const [table] = bodies(json, "azurerm_route_table");
    expect(table!.route[0]).toMatchObject({ address_prefix: "0.0.0.0/0", next_hop_type: "VirtualAppliance", next_hop_in_ip_address: "10.0.0.4" });
    expect(bodies(json, "azurerm_subnet_route_table_association")).toHaveLength(1);
  });

  it("gives a third-room witness a static address in its room's network", () => {
    const json = thirdRoom.get("onprem")!;
    const witness = bodies(json, INSTANCE).find((body) => /FSW/.test(body.operating_system.computer_name))!;
    expect(witness.network_interface[0].ipv4_address_type).toBe("Static");
    expect(json.output.exchange_address_plan.value.servers.find((server: Json) => server.room === "witness").client).toBe("10.40.1.10");
  });
});
