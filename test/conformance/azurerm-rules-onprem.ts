// The azurerm provider's rules (v4.55.0) for the resources and data sources the on-prem stack
// emits: Arc-enabled SCVMM, Arc machines and extensions, the Azure witness VM and its network,
// monitoring, the administrator-password secrets; and hashicorp/random's rules (v3.7.2) for
// random_password. Each entry names the provider file the rule is read in.
import type { ProviderRule } from "./azurerm-check";
import { FILES, block, boolean, list, location, notEmpty, number, placed, required, resourceGroupName, resourceIdPattern, rules, string, tags } from "./azurerm-rules-common";

const SCVMM = "internal/services/systemcentervirtualmachinemanager";
/** hashicorp/random's rules for random_password, read in its v3.7.2 source. */
const RANDOM = { repository: "hashicorp/terraform-provider-random", tag: "v3.7.2" };
const PASSWORD_FILE = "internal/provider/resource_password.go";
const MINIMUMS = ["min_lower", "min_upper", "min_numeric", "min_special"];
const RANDOM_PASSWORD_RULES: ProviderRule[] = [
  ...rules("random_password", PASSWORD_FILE, "length", number, required, { kind: "int-range", min: 1 }, {
    kind: "custom",
    what: "at least the sum of the min_* counts",
    test: (block) => {
      const sum = MINIMUMS.reduce((total, key) => total + (typeof block[key] === "number" ? block[key] : 0), 0);
      return typeof block.length === "number" && block.length < sum ? `${block.length} is less than the sum of the min_* counts (${sum})` : undefined;
    },
    plant: (block) => {
      block.length = 4;
      block.min_lower = 5;
    },
  }),
  ...MINIMUMS.flatMap((key) => rules("random_password", PASSWORD_FILE, key, number)),
  ...rules("random_password", PASSWORD_FILE, "override_special", string),
].map((rule) => ({ ...rule, source: RANDOM }));
const SCVMM_SDK = "vendor/github.com/hashicorp/go-azure-sdk/resource-manager/systemcentervirtualmachinemanager/2023-10-07";
const INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";
const INSTANCE_FILE = `${SCVMM}/system_center_virtual_machine_manager_virtual_machine_instance_resource.go`;
const GUEST_AGENT = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance_guest_agent";
/** SCVMM names: 1-54 letters, digits, - or ., starting and ending with a letter or digit. */
const SCVMM_NAME = { kind: "pattern", pattern: /^[a-zA-Z0-9]([-.a-zA-Z0-9]{0,52}[a-zA-Z0-9])?$/, what: "an SCVMM resource name (1-54 letters, digits, - or .)" } as const;

/** cloud, VM network and VM template share one shape. */
function scvmmInventoryResource(kind: "cloud" | "virtual_network" | "virtual_machine_template"): ProviderRule[] {
  const target = `azurerm_system_center_virtual_machine_manager_${kind}`;
  const file = `${SCVMM}/${target.replace("azurerm_", "")}_resource.go`;
  return [
    ...rules(target, file, "name", string, required, [SCVMM_NAME, "-starts-with-a-dash"]),
    ...rules(target, `${SCVMM}/validate/${target.replace("azurerm_", "")}_name.go`, "name", [SCVMM_NAME, "x".repeat(55)]),
    ...placed(target),
    ...rules(target, file, "custom_location_id", string, required),
    ...rules(target, file, "system_center_virtual_machine_manager_server_inventory_item_id", string, required),
  ];
}

/** An import block's id must parse as the resource's id (static segments compared case-sensitively). */
function importId(type: string, file: string, ...segments: string[]): ProviderRule[] {
  return rules(`import.${type}`, file, "id", required, [{ kind: "pattern", pattern: resourceIdPattern("Microsoft.ScVmm", ...segments), what: `a ${segments.join("/")} resource id` }, "/subscriptions/x/resourceGroups/rg/providers/Microsoft.SCVMM/Clouds/c"]);
}

const HOTPATCH_SKUS = ["2022-datacenter-azure-edition-core", "2022-datacenter-azure-edition-core-smalldisk", "2022-datacenter-azure-edition-hotpatch", "2022-datacenter-azure-edition-hotpatch-smalldisk", "2025-datacenter-azure-edition", "2025-datacenter-azure-edition-smalldisk", "2025-datacenter-azure-edition-core", "2025-datacenter-azure-edition-core-smalldisk"];
const WINDOWS_VM = "internal/services/compute/windows_virtual_machine_resource.go";
const DISALLOWED_ADMIN_NAMES = ["administrator", "admin", "user", "user1", "test", "user2", "test1", "user3", "admin1", "1", "123", "a", "actuser", "adm", "admin2", "aspnet", "backup", "console", "david", "guest", "john", "owner", "root", "server", "sql", "support", "support_388945a0", "sys", "test2", "test3", "user4", "user5"];

export const ONPREM_RULES: ProviderRule[] = [
  // The SCVMM resources (Arc-enabled SCVMM).
  ...scvmmInventoryResource("cloud"),
  ...scvmmInventoryResource("virtual_network"),
  ...scvmmInventoryResource("virtual_machine_template"),
  ...rules("azurerm_system_center_virtual_machine_manager_availability_set", `${SCVMM}/validate/system_center_virtual_machine_manager_availability_set_name.go`, "name", string, required, [SCVMM_NAME, "bad_name"]),
  ...placed("azurerm_system_center_virtual_machine_manager_availability_set"),
  ...rules("azurerm_system_center_virtual_machine_manager_availability_set", `${SCVMM}/system_center_virtual_machine_manager_availability_set_resource.go`, "custom_location_id", string, required),
  ...rules("azurerm_system_center_virtual_machine_manager_availability_set", `${SCVMM}/system_center_virtual_machine_manager_availability_set_resource.go`, "system_center_virtual_machine_manager_server_id", string, required),
  ...importId("azurerm_system_center_virtual_machine_manager_cloud", `${SCVMM_SDK}/clouds/id_cloud.go`, "clouds"),
  ...importId("azurerm_system_center_virtual_machine_manager_virtual_network", `${SCVMM_SDK}/virtualnetworks/id_virtualnetwork.go`, "virtualNetworks"),
  ...importId("azurerm_system_center_virtual_machine_manager_virtual_machine_template", `${SCVMM_SDK}/virtualmachinetemplates/id_virtualmachinetemplate.go`, "virtualMachineTemplates"),

  // The VM instance: what Exchange's virtualization rules and the lifecycle rely on.
  ...rules(INSTANCE, INSTANCE_FILE, "scoped_resource_id", string, required),
  ...rules(INSTANCE, INSTANCE_FILE, "custom_location_id", string, required),
  ...rules(INSTANCE, INSTANCE_FILE, "infrastructure", required, block, { kind: "items", max: 1 }),
  ...rules(INSTANCE, INSTANCE_FILE, "infrastructure.checkpoint_type", string, { kind: "one-of", values: ["Disabled", "Production", "ProductionOnly", "Standard"] }),
  ...rules(INSTANCE, INSTANCE_FILE, "infrastructure.system_center_virtual_machine_manager_cloud_id", string, {
    kind: "required-with",
    with: ["system_center_virtual_machine_manager_template_id"],
  }),
  ...rules(INSTANCE, INSTANCE_FILE, "infrastructure.system_center_virtual_machine_manager_template_id", string, { kind: "required-with", with: ["system_center_virtual_machine_manager_cloud_id"] }),
  ...rules(INSTANCE, INSTANCE_FILE, "infrastructure.system_center_virtual_machine_manager_cloud_id", {
    kind: "at-least-one-of",
    of: ["system_center_virtual_machine_manager_cloud_id", "system_center_virtual_machine_manager_inventory_item_id", "system_center_virtual_machine_manager_template_id", "system_center_virtual_machine_manager_virtual_machine_server_id"],
  }),
  ...rules(INSTANCE, INSTANCE_FILE, "hardware", block, { kind: "items", max: 1 }, { kind: "force-new-ignored" }),
  ...rules(INSTANCE, INSTANCE_FILE, "hardware.cpu_count", number, { kind: "int-range", min: 1, max: 64 }),
  ...rules(INSTANCE, INSTANCE_FILE, "hardware.memory_in_mb", number, { kind: "int-range", min: 32, max: 1048576 }),
  ...rules(INSTANCE, INSTANCE_FILE, "hardware.limit_cpu_for_migration_enabled", boolean),
  ...rules(INSTANCE, INSTANCE_FILE, "hardware.cpu_count", { kind: "at-least-one-of", of: ["cpu_count", "dynamic_memory_max_in_mb", "dynamic_memory_min_in_mb", "limit_cpu_for_migration_enabled", "memory_in_mb"] }),
  ...rules(INSTANCE, INSTANCE_FILE, "network_interface", block),
  ...rules(INSTANCE, INSTANCE_FILE, "network_interface.name", string, required, [
    { kind: "pattern", pattern: /^[0-9a-zA-Z][0-9a-zA-Z_.-]{0,62}[0-9a-zA-Z_]$/, what: "a network interface name (2-64 characters)" },
    "n",
  ]),
  ...rules(INSTANCE, INSTANCE_FILE, "network_interface.virtual_network_id", string),
  ...rules(INSTANCE, `${SCVMM_SDK}/virtualmachineinstances/constants.go`, "network_interface.ipv4_address_type", string, { kind: "one-of", values: ["Dynamic", "Static"] }),
  ...rules(INSTANCE, `${SCVMM_SDK}/virtualmachineinstances/constants.go`, "network_interface.mac_address_type", string, { kind: "one-of", values: ["Dynamic", "Static"] }),
  ...rules(INSTANCE, INSTANCE_FILE, "operating_system", block, { kind: "items", max: 1 }, { kind: "force-new-ignored" }),
  ...rules(INSTANCE, `${SCVMM}/validate/system_center_virtual_machine_manager_virtual_machine_instance_computer_name.go`, "operating_system.computer_name", string, [
    { kind: "pattern", pattern: /^[a-zA-Z0-9]+$/, what: "a computer name of letters and digits only" },
    "EK-MBX01",
  ]),
  ...rules(INSTANCE, INSTANCE_FILE, "operating_system.admin_password", string, notEmpty),
  ...rules(INSTANCE, INSTANCE_FILE, "operating_system.computer_name", { kind: "at-least-one-of", of: ["computer_name", "admin_password"] }),
  // The template's own disk joins storage_disk, so it is ignored (azurerm docs), and a change would restart the VM.
  ...rules(INSTANCE, "website/docs/r/system_center_virtual_machine_manager_virtual_machine_instance.html.markdown", "storage_disk", block, {
    kind: "custom",
    what: "lifecycle ignores storage_disk",
    test: (b) => (Array.isArray(b.lifecycle?.ignore_changes) && b.lifecycle.ignore_changes.includes("storage_disk") ? undefined : "storage_disk changes are not ignored: the service adds the template's disk, so every plan would restart the VM"),
    plant: (b) => (b.lifecycle = { ...b.lifecycle, ignore_changes: (b.lifecycle?.ignore_changes ?? []).filter((name: string) => name !== "storage_disk") }),
  }),
  ...rules(INSTANCE, INSTANCE_FILE, "storage_disk.bus", number, { kind: "int-range", min: 0, max: 3 }),
  ...rules(INSTANCE, INSTANCE_FILE, "storage_disk.bus_type", string, { kind: "one-of", values: ["IDE", "SCSI"] }),
  ...rules(INSTANCE, INSTANCE_FILE, "storage_disk.disk_size_gb", number, { kind: "int-range", min: 1 }),
  ...rules(INSTANCE, INSTANCE_FILE, "storage_disk.lun", number, { kind: "int-range", min: 0, max: 63 }),
  ...rules(INSTANCE, INSTANCE_FILE, "storage_disk.vhd_type", string, { kind: "one-of", values: ["Dynamic", "Fixed"] }),
  ...rules(INSTANCE, `${SCVMM}/validate/system_center_virtual_machine_manager_virtual_machine_instance_storage_disk_name.go`, "storage_disk.name", string, [
    { kind: "pattern", pattern: /^[a-zA-Z]([-_a-zA-Z0-9]{0,78}[a-zA-Z0-9])?$/, what: "a disk name of 1-80 characters starting with a letter" },
    "01-database",
  ]),
  ...rules(INSTANCE, INSTANCE_FILE, "system_center_virtual_machine_manager_availability_set_ids", list),
  ...rules(GUEST_AGENT, `${SCVMM}/system_center_virtual_machine_manager_virtual_machine_instance_guest_agent_resource.go`, "scoped_resource_id", string, required),
  ...rules(GUEST_AGENT, `${SCVMM}/system_center_virtual_machine_manager_virtual_machine_instance_guest_agent_resource.go`, "username", string, required, notEmpty),
  ...rules(GUEST_AGENT, `${SCVMM}/system_center_virtual_machine_manager_virtual_machine_instance_guest_agent_resource.go`, "password", string, required, notEmpty),
  ...rules(GUEST_AGENT, `${SCVMM_SDK}/guestagents/constants.go`, "provisioning_action", string, { kind: "one-of", values: ["install", "repair", "uninstall"] }),
  ...rules("data.azurerm_system_center_virtual_machine_manager_inventory_items", `${SCVMM}/system_center_virtual_machine_manager_inventory_items_data_source.go`, "inventory_type", string, required, {
    kind: "one-of",
    values: ["Cloud", "VirtualMachine", "VirtualMachineTemplate", "VirtualNetwork"],
  }),
  ...rules("data.azurerm_system_center_virtual_machine_manager_inventory_items", `${SCVMM}/system_center_virtual_machine_manager_inventory_items_data_source.go`, "system_center_virtual_machine_manager_server_id", string, required),

  // What onboarding created, looked up.
  ...rules("data.azurerm_arc_resource_bridge_appliance", "internal/services/arcresourcebridge/arc_resource_bridge_appliance_data_source.go", "name", string, required, { kind: "length", min: 1, max: 260 }, [
    { kind: "pattern", pattern: /[^+#%&'?/,%\\]+$/, what: "a name that does not end in +, #, %, &, ', ?, /, , or \\" },
    "bridge?",
  ]),
  ...resourceGroupName("data.azurerm_arc_resource_bridge_appliance", `${FILES.resourceGroupName}`),
  ...rules("data.azurerm_extended_location_custom_location", "internal/services/extendedlocation/extended_location_custom_location_data_source.go", "name", string, required, [
    { kind: "pattern", pattern: /^[A-Za-z\d.\-_]*[A-Za-z\d]$/, what: "a custom location name ending with a letter or digit" },
    "location-",
  ]),
  ...resourceGroupName("data.azurerm_extended_location_custom_location"),
  ...rules("data.azurerm_resources", "internal/services/resource/resources_data_source.go", "name", string, { kind: "at-least-one-of", of: ["name", "resource_group_name", "type"] }),
  ...rules("data.azurerm_resources", "internal/services/resource/resources_data_source.go", "type", string),
  ...rules("data.azurerm_resources", "internal/services/resource/resources_data_source.go", "resource_group_name", string),

  // Arc machines and their extensions.
  ...rules("azurerm_arc_machine", "internal/services/hybridcompute/arc_machine_resource.go", "name", string, required, notEmpty),
  ...rules("azurerm_arc_machine", "vendor/github.com/hashicorp/go-azure-sdk/resource-manager/hybridcompute/2024-07-10/machines/constants.go", "kind", string, required, {
    kind: "one-of",
    values: ["AVS", "AWS", "EPS", "GCP", "HCI", "SCVMM", "VMware"],
  }),
  ...rules("azurerm_arc_machine", FILES.identitySystem, "identity", block, { kind: "items", max: 1 }),
  ...rules("azurerm_arc_machine", FILES.identitySystem, "identity.type", string, required, { kind: "one-of", values: ["SystemAssigned"] }),
  ...placed("azurerm_arc_machine"),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "name", string, required, notEmpty, { kind: "excludes", characters: "/" }),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "arc_machine_id", string, required),
  ...location("azurerm_arc_machine_extension"),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "publisher", string, required, notEmpty),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "type", string, required, notEmpty),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "type_handler_version", string, notEmpty),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "automatic_upgrade_enabled", boolean),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "force_update_tag", string, notEmpty),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "settings", string, { kind: "json" }),
  ...rules("azurerm_arc_machine_extension", "internal/services/hybridcompute/arc_machine_extension_resource.go", "protected_settings", string, { kind: "json" }),

  // The Azure witness VM, its network and its monitoring agent.
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/validate/virtual_machine_name.go", "name", string, required, [
    { kind: "pattern", pattern: /^(?=.{1,80}$)(?!\d+$)[a-zA-Z0-9][a-zA-Z0-9._-]*\w$|^[a-zA-Z]$/, what: "a VM name of 1-80 letters, digits, ., _ or -, starting alphanumeric" },
    "-witness",
  ]),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/validate/windows_computer_name.go", "computer_name", string, [
    { kind: "pattern", pattern: /^(?!\d+$)(?!.*-$)[a-zA-Z0-9-]{1,15}$/, what: "a Windows computer name of at most 15 letters, digits or -" },
    "WITNESSSERVER0001",
  ]),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/validate/windows_admin_username.go", "admin_username", string, { kind: "length", min: 1, max: 20 }, [
    { kind: "pattern", pattern: new RegExp(`^(?!(${DISALLOWED_ADMIN_NAMES.join("|")})$)(?!.*\\.$).+$`), what: "an administrator name Azure allows" },
    "administrator",
  ]),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "admin_username", { kind: "required-with", with: ["admin_password"] }, { kind: "exactly-one-of", of: ["admin_username", "os_managed_disk_id"] }),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "admin_password", string, { kind: "required-with", with: ["admin_username"] }, { kind: "force-new-ignored" }),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "size", string, required, notEmpty),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "network_interface_ids", list, required, { kind: "items", min: 1 }),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/virtual_machine.go", "os_disk", required, block, { kind: "items", max: 1 }),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/virtual_machine.go", "os_disk.caching", string, required, { kind: "one-of", values: ["None", "ReadOnly", "ReadWrite"] }),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/virtual_machine.go", "os_disk.storage_account_type", string, {
    kind: "one-of",
    values: ["Premium_LRS", "Standard_LRS", "StandardSSD_LRS", "StandardSSD_ZRS", "Premium_ZRS"],
  }),
  ...rules("azurerm_windows_virtual_machine", "internal/services/compute/shared_schema.go", "source_image_reference", block, { kind: "items", max: 1 }, {
    kind: "exactly-one-of",
    of: ["os_managed_disk_id", "source_image_id", "source_image_reference"],
  }),
  ...["publisher", "offer", "sku", "version"].flatMap((name) => rules("azurerm_windows_virtual_machine", "internal/services/compute/shared_schema.go", `source_image_reference.${name}`, string, required, notEmpty)),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "patch_mode", string, { kind: "one-of", values: ["AutomaticByOS", "AutomaticByPlatform", "Manual"] }),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "patch_mode", {
    kind: "custom",
    what: "a hotpatch image is patched AutomaticByPlatform",
    test: (b) => {
      const image = [b.source_image_reference].flat()[0];
      const hotpatch = image?.publisher === "MicrosoftWindowsServer" && image?.offer === "WindowsServer" && HOTPATCH_SKUS.includes(image?.sku);
      return hotpatch && b.patch_mode !== "AutomaticByPlatform" ? `image ${image.sku} is a hotpatch image: patch_mode must be AutomaticByPlatform` : undefined;
    },
    plant: (b) => (b.patch_mode = "AutomaticByOS"),
  }),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "encryption_at_host_enabled", boolean),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "secure_boot_enabled", boolean),
  ...rules("azurerm_windows_virtual_machine", WINDOWS_VM, "vtpm_enabled", boolean),
  ...rules("azurerm_windows_virtual_machine", FILES.identitySystemUser, "identity.type", string, required, { kind: "one-of", values: ["SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"] }),
  ...placed("azurerm_windows_virtual_machine"),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "name", string, required, notEmpty, { kind: "excludes", characters: "/" }),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "virtual_machine_id", string, required),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "publisher", string, required),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "type", string, required),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "type_handler_version", string, required),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "auto_upgrade_minor_version", boolean),
  ...rules("azurerm_virtual_machine_extension", "internal/services/compute/virtual_machine_extension_resource.go", "automatic_upgrade_enabled", boolean),
  ...rules("azurerm_virtual_network", "internal/services/network/virtual_network_resource.go", "name", string, required, notEmpty),
  ...rules("azurerm_virtual_network", "internal/services/network/virtual_network_resource.go", "address_space", list, { kind: "items", min: 1 }, notEmpty, { kind: "exactly-one-of", of: ["address_space", "ip_address_pool"] }),
  ...placed("azurerm_virtual_network"),
  ...rules("azurerm_subnet", "internal/services/network/subnet_resource.go", "name", string, required),
  ...resourceGroupName("azurerm_subnet"),
  ...rules("azurerm_subnet", "internal/services/network/subnet_resource.go", "virtual_network_name", string, required),
  ...rules("azurerm_subnet", "internal/services/network/subnet_resource.go", "address_prefixes", list, { kind: "items", min: 1 }, notEmpty, { kind: "exactly-one-of", of: ["address_prefixes", "ip_address_pool"] }),
  ...rules("azurerm_subnet", "internal/services/network/subnet_resource.go", "default_outbound_access_enabled", boolean),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "name", string, required),
  ...placed("azurerm_network_interface"),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "ip_configuration", required, block),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "ip_configuration.name", string, required, notEmpty),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "ip_configuration.subnet_id", string),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "ip_configuration.private_ip_address_allocation", string, required, { kind: "one-of", values: ["Dynamic", "Static"] }),
  ...rules("azurerm_network_interface", "internal/services/network/network_interface_resource.go", "ip_configuration.private_ip_address", string, {
    kind: "custom",
    what: "a Static allocation names its address",
    test: (b) => ([b.ip_configuration].flat().some((c: any) => c.private_ip_address_allocation === "Static" && !c.private_ip_address) ? "a Static allocation has no private_ip_address" : undefined),
    plant: (b) => delete [b.ip_configuration].flat()[0].private_ip_address,
  }),
  ...rules("azurerm_network_interface", FILES.ipv4, "ip_configuration.private_ip_address", { kind: "ipv4" }),
  ...rules("azurerm_virtual_network_peering", "internal/services/network/virtual_network_peering_resource.go", "name", string, required),
  ...resourceGroupName("azurerm_virtual_network_peering"),
  ...rules("azurerm_virtual_network_peering", "internal/services/network/virtual_network_peering_resource.go", "virtual_network_name", string, required),
  ...rules("azurerm_virtual_network_peering", "internal/services/network/virtual_network_peering_resource.go", "remote_virtual_network_id", string, required),
  ...rules("azurerm_virtual_network_peering", FILES.virtualNetworkId, "remote_virtual_network_id", [
    { kind: "pattern", pattern: resourceIdPattern("Microsoft.Network", "virtualNetworks"), what: "a virtual network resource id" },
    "/subscriptions/x/resourceGroups/rg/providers/microsoft.network/virtualnetworks/hub",
  ]),
  ...["allow_forwarded_traffic", "allow_gateway_transit", "use_remote_gateways", "allow_virtual_network_access"].flatMap((name) =>
    rules("azurerm_virtual_network_peering", "internal/services/network/virtual_network_peering_resource.go", name, boolean),
  ),
  ...rules("azurerm_route_table", "internal/services/network/validate/route_table_name.go", "name", string, required, [
    { kind: "pattern", pattern: /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,78}[a-zA-Z0-9_]?$/, what: "a route table name of 1-80 characters" },
    "-routes",
  ]),
  ...placed("azurerm_route_table"),
  ...rules("azurerm_route_table", "internal/services/network/route_table_resource.go", "route", block),
  ...rules("azurerm_route_table", "internal/services/network/validate/route_name.go", "route.name", string, required, [
    { kind: "pattern", pattern: /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,78}[a-zA-Z0-9_]?$/, what: "a route name of 1-80 characters" },
    ".default",
  ]),
  ...rules("azurerm_route_table", "internal/services/network/route_table_resource.go", "route.address_prefix", string, required, notEmpty),
  ...rules("azurerm_route_table", "internal/services/network/route_table_resource.go", "route.next_hop_type", string, required, {
    kind: "one-of",
    values: ["VirtualNetworkGateway", "VnetLocal", "Internet", "VirtualAppliance", "None"],
  }),
  ...rules("azurerm_route_table", "internal/services/network/route_table_resource.go", "route.next_hop_in_ip_address", string, notEmpty),
  ...rules("azurerm_subnet_route_table_association", "internal/services/network/subnet_route_table_association_resource.go", "subnet_id", string, required),
  ...rules("azurerm_subnet_route_table_association", "internal/services/network/subnet_route_table_association_resource.go", "route_table_id", string, required),

  // Monitoring of the on-prem servers.
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "name", string, required, notEmpty),
  ...placed("azurerm_monitor_data_collection_rule"),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "kind", string, { kind: "one-of", values: ["Linux", "Windows", "AgentDirectToStore", "WorkspaceTransforms"] }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_flow", required, block, { kind: "items", min: 1 }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_flow.destinations", list, required, { kind: "items", min: 1 }, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_flow.streams", list, required, { kind: "items", min: 1 }, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "destinations", required, block, { kind: "items", min: 1, max: 1 }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "destinations.log_analytics", {
    kind: "at-least-one-of",
    of: ["azure_monitor_metrics", "event_hub", "event_hub_direct", "log_analytics", "monitor_account", "storage_blob", "storage_blob_direct", "storage_table_direct"],
  }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "destinations.log_analytics.name", string, required, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "destinations.log_analytics.workspace_resource_id", string, required),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_sources", block, { kind: "items", max: 1 }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_sources.windows_event_log.name", string, required, { kind: "length", min: 1, max: 32 }),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_sources.windows_event_log.streams", list, required, { kind: "items", min: 1 }, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule", "internal/services/monitor/monitor_data_collection_rule_resource.go", "data_sources.windows_event_log.x_path_queries", list, required, { kind: "items", min: 1 }, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule_association", "internal/services/monitor/monitor_data_collection_rule_association_resource.go", "name", string, notEmpty),
  ...rules("azurerm_monitor_data_collection_rule_association", "internal/services/monitor/monitor_data_collection_rule_association_resource.go", "target_resource_id", string, required),
  ...rules("azurerm_monitor_data_collection_rule_association", "internal/services/monitor/monitor_data_collection_rule_association_resource.go", "data_collection_rule_id", string, {
    kind: "exactly-one-of",
    of: ["data_collection_endpoint_id", "data_collection_rule_id"],
  }, { kind: "required-with", with: ["name"] }),
  ...tags("azurerm_resource_group"),
  // The servers' generated administrator passwords, the secrets that keep them and the IaC vault they are kept in.
  ...rules("data.azurerm_key_vault", "internal/services/keyvault/validate/vault_name.go", "name", string, required, [{ kind: "pattern", pattern: /^[a-zA-Z0-9-]{3,24}$/, what: "3-24 letters, digits or -" }, "kv_with_underscore"]),
  ...resourceGroupName("data.azurerm_key_vault", FILES.resourceGroupName),
  ...rules("azurerm_key_vault_secret", "internal/services/keyvault/validate/nested_item_name.go", "name", string, required, [{ kind: "pattern", pattern: /^[0-9a-zA-Z-]+$/, what: "letters, digits and -" }, "ekmbx01_local_admin"]),
  ...rules("azurerm_key_vault_secret", "internal/services/keyvault/key_vault_secret_resource.go", "key_vault_id", string, required),
  ...rules("azurerm_key_vault_secret", "internal/services/keyvault/key_vault_secret_resource.go", "value", string, { kind: "exactly-one-of", of: ["value", "value_wo"] }),
  ...rules("azurerm_key_vault_secret", "internal/services/keyvault/key_vault_secret_resource.go", "content_type", string),
  ...tags("azurerm_key_vault_secret"),
  ...rules("azurerm_key_vault_secret", "internal/services/keyvault/key_vault_secret_resource.go", "tags", {
    kind: "custom",
    what: "at most 15 tags (TagsWithMaximumElements)",
    test: (block) => (Object.keys(block.tags ?? {}).length > 15 ? `has ${Object.keys(block.tags).length} tags; a secret takes at most 15` : undefined),
    plant: (block) => {
      block.tags = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`tag${i}`, "x"]));
    },
  }),
  ...RANDOM_PASSWORD_RULES,
];
