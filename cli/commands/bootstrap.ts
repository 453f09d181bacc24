// `exchange-iac bootstrap state|identities`: the az CLI scripts an administrator runs once
// before the first CI run (docs/ci.md). Offline: the scripts are written, never run, here.
import type { Command } from "commander";
import type { OrganizationFile } from "../../model/schema";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

type Scripts = typeof import("../../model/ci/bootstrap-script");

export function bootstrapCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const bootstrap = program.command("bootstrap").description("the az CLI scripts that prepare Azure and Entra for CI, run once by an administrator");
  const script = (name: string, description: string, render: (scripts: Scripts, org: OrganizationFile) => string) =>
    bootstrap
      .command(name)
      .description(description)
      .option("--out <file>", "write the script to a file instead of standard output")
      .action(async (flags: { out?: string }) => {
        const { io, loadOrganization } = context();
        const text = render(await import("../../model/ci/bootstrap-script"), loadOrganization());
        if (flags.out) (await import("../../model/write-file")).writeFileAtomic(flags.out, text);
        else io.stdout.write(text);
        exit(EXIT_OK);
      });
  script("state", "the EU storage account of the Terraform and Pulumi state (azure.state): versioning, soft delete, Entra ID sign-in only, a delete lock, the Pulumi secrets key", (s, org) =>
    s.stateBootstrapScript(org),
  );
  script("identities", "the plan and drift identities with their federated credentials, and the least rights of all three CI identities (identity.ci)", (s, org) =>
    s.identitiesBootstrapScript(org),
  );
}
