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
} satisfies SourceArea;
