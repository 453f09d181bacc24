// The tools the generated artifacts run in: Terraform, cdktf, Pulumi, Microsoft365DSC, PowerShell.
import type { SourceArea } from "./types";

export const toolSources = {
  "github-terraform-cdk": {
    title: "CDK for Terraform (hashicorp/terraform-cdk)",
    publisher: "HashiCorp on GitHub",
    url: "https://github.com/hashicorp/terraform-cdk",
    read: "2026-12-01",
    says: "HashiCorp deprecated CDK for Terraform and archived the repository on 10 Dec 2025; the synthesized Terraform JSON stays usable with Terraform itself.",
    primary: false,
  },
  "m365dsc-conditional-access-tests": {
    title: "Microsoft365DSC unit tests of AADConditionalAccessPolicy",
    publisher: "Microsoft365DSC (GitHub)",
    url: "https://github.com/microsoft/Microsoft365DSC/blob/Dev/Tests/Unit/Microsoft365DSC/Microsoft365DSC.AADConditionalAccessPolicy.Tests.ps1",
    read: "2026-12-01",
    says: "The built-in authentication strength 00000000-0000-0000-0000-000000000004 is named Phishing-resistant MFA, and a Conditional Access policy refers to it, to groups and to named locations by display name (MSFT_AADConditionalAccessPolicy.psm1).",
    primary: false,
  },
  "msdocs-exchange-cmdlet-reference": {
    title: "MicrosoftDocs/office-docs-powershell: Exchange cmdlet reference (commit 93336da2)",
    publisher: "Microsoft (GitHub)",
    url: "https://github.com/MicrosoftDocs/office-docs-powershell/tree/93336da2bca96c31c0fc8acc52658a30ef8a6c94/exchange/exchange-ps/ExchangePowerShell",
    read: "2026-12-01",
    says: "The source of model/cmdlet-reference/exchange-cmdlets.json: each cmdlet's parameter sets, per-parameter products and accepted values, as of 2026-08-21.",
    primary: true,
  },
  "m365dsc-release-1-25-226-1": {
    title: "Microsoft365DSC 1.25.226.1 (commit b0aaafbf)",
    publisher: "Microsoft365DSC (GitHub)",
    url: "https://github.com/Microsoft365DSC/Microsoft365DSC/tree/b0aaafbf8db7068b91718303c0a23e1f0205a73d",
    read: "2026-12-01",
    says: "The release the M365DSC export targets: its resource schemas (model/cmdlet-reference/m365dsc-resources.json); since 1.25.129.2 SCDLPComplianceRule passes every property to New-DlpComplianceRule, where 1.24.x passed only the name, policy and advanced rule.",
    primary: true,
  },
  "m365dsc-issue-7352": {
    title: "DLP cmdlet now enforces SITs (Microsoft365DSC issue 7352)",
    publisher: "Microsoft365DSC (GitHub)",
    url: "https://github.com/Microsoft365DSC/Microsoft365DSC/issues/7352",
    read: "2026-12-01",
    says: "Since 2026-07 the DLP cmdlets require sensitive information type ids; with the ids, M365DSC reports the rule as drifted on every run.",
    primary: true,
  },
  "checkov-azure-policies": {
    title: "Checkov policy index: Azure resources",
    publisher: "Checkov (Prisma Cloud)",
    url: "https://www.checkov.io/5.Policy%20Index/azure.html",
    read: "2026-12-01",
    says: "CKV_AZURE_109/110/189 (Key Vault firewall, purge protection, public access) and CKV_AZURE_3/44/190 (storage HTTPS only, TLS 1.2, no public blob access).",
    primary: false,
  },
} satisfies SourceArea;
