/**
 * Resource providers Arc-enabled SCVMM and Arc-enabled servers need (source:
 * learn-arc-servers-prerequisites); all but Microsoft.GuestConfiguration are outside azurerm's default registration (source:
 * azurerm-4-55-resource-providers). The on-prem stack's provider lists them, so it checks (or registers)
 * them; onboarding needs them first, and DEP-01 asks for them to be recorded.
 */
export const ARC_RESOURCE_PROVIDERS = ["Microsoft.ScVmm", "Microsoft.HybridCompute", "Microsoft.ExtendedLocation", "Microsoft.ResourceConnector", "Microsoft.HybridConnectivity", "Microsoft.GuestConfiguration"];
