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
} satisfies SourceArea;
