// The tools the generated artifacts run in: Terraform, cdktf, Pulumi, Microsoft365DSC, PowerShell.
import type { SourceArea } from "./types";

export const toolSources = {
} satisfies SourceArea;
