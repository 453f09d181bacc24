// Traceability: a Log Analytics workspace that keeps audit data at least 365 days (AZ-05), a
// data collection rule for the Exchange servers' event logs (including "MSExchange Management",
// where the admin audit log is written), and the Azure Monitor agent on every machine.
import { Construct } from "constructs";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { LogAnalyticsWorkspaceTable } from "@cdktf/provider-azurerm/lib/log-analytics-workspace-table";
import { MonitorDataCollectionRule } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule";
import { MonitorDataCollectionRuleAssociation } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association";
import { ArcMachineExtension } from "@cdktf/provider-azurerm/lib/arc-machine-extension";
import { VirtualMachineExtension } from "@cdktf/provider-azurerm/lib/virtual-machine-extension";
import { LONG_TERM_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS, logAnalyticsRetention } from "../log-analytics-retention";
import type { DeclaredVirtualMachine } from "./platform";
import { ConstructPropsError, requireInteger } from "./validation";

export interface MonitoringProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Days audit data is kept; at least 365. */
  readonly auditRetentionDays: number;
  readonly arcMachines: readonly DeclaredVirtualMachine[];
  readonly azureVirtualMachines?: readonly { name: string; id: string }[];
  readonly tags?: Record<string, string>;
}

export class Monitoring extends Construct {
  readonly workspace: LogAnalyticsWorkspace;
  readonly dataCollectionRule: MonitorDataCollectionRule;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    requireInteger(this, "auditRetentionDays", props.auditRetentionDays, MIN_AUDIT_RETENTION_DAYS, LONG_TERM_RETENTION_DAYS.at(-1));
    const retention = logAnalyticsRetention(props.auditRetentionDays);
    if (props.arcMachines.length === 0) throw new ConstructPropsError(this, "arcMachines", [], "at least one machine to monitor");
    const common = { resourceGroupName: props.resourceGroupName, location: props.location, tags: props.tags };
    this.workspace = new LogAnalyticsWorkspace(this, "workspace", {
      name: props.name,
      ...common,
      sku: "PerGB2018",
      retentionInDays: retention.workspaceDays,
      localAuthenticationEnabled: false,
      lifecycle: { preventDestroy: true },
    });
    if (retention.tableTotalDays !== undefined) {
      // The Event table holds the audit events; its total retention covers the decided period.
      new LogAnalyticsWorkspaceTable(this, "event-table", {
        workspaceId: this.workspace.id,
        name: "Event",
        retentionInDays: retention.workspaceDays,
        totalRetentionInDays: retention.tableTotalDays,
        lifecycle: { preventDestroy: true },
      });
    }
    this.dataCollectionRule = new MonitorDataCollectionRule(this, "dcr", {
      name: `dcr-${props.name}`,
      ...common,
      kind: "Windows",
      destinations: { logAnalytics: [{ name: "workspace", workspaceResourceId: this.workspace.id }] },
      dataFlow: [{ streams: ["Microsoft-Event"], destinations: ["workspace"] }],
      dataSources: {
        windowsEventLog: [
          {
            name: "exchange-and-system",
            streams: ["Microsoft-Event"],
            xPathQueries: [
              "Application!*[System[(Level=1 or Level=2 or Level=3)]]",
              "System!*[System[(Level=1 or Level=2 or Level=3)]]",
              "MSExchange Management!*",
              "Security!*[System[(band(Keywords,13510798882111488))]]",
            ],
          },
        ],
      },
    });
    for (const machine of props.arcMachines) {
      const agent = new ArcMachineExtension(this, `ama-${machine.name.toLowerCase()}`, {
        name: "AzureMonitorWindowsAgent",
        arcMachineId: machine.machineId,
        location: machine.location,
        publisher: "Microsoft.Azure.Monitor",
        type: "AzureMonitorWindowsAgent",
        automaticUpgradeEnabled: true,
        dependsOn: [machine.readyForExtensions],
      });
      new MonitorDataCollectionRuleAssociation(this, `dcra-${machine.name.toLowerCase()}`, {
        name: `dcra-${machine.name.toLowerCase()}`,
        targetResourceId: machine.machineId,
        dataCollectionRuleId: this.dataCollectionRule.id,
        dependsOn: [agent],
      });
    }
    for (const vm of props.azureVirtualMachines ?? []) {
      const agent = new VirtualMachineExtension(this, `ama-${vm.name.toLowerCase()}`, {
        name: "AzureMonitorWindowsAgent",
        virtualMachineId: vm.id,
        publisher: "Microsoft.Azure.Monitor",
        type: "AzureMonitorWindowsAgent",
        typeHandlerVersion: "1.0",
        autoUpgradeMinorVersion: true,
        automaticUpgradeEnabled: true,
      });
      new MonitorDataCollectionRuleAssociation(this, `dcra-${vm.name.toLowerCase()}`, {
        name: `dcra-${vm.name.toLowerCase()}`,
        targetResourceId: vm.id,
        dataCollectionRuleId: this.dataCollectionRule.id,
        dependsOn: [agent],
      });
    }
  }
}
