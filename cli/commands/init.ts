import type { Command } from "commander";
import { InputError } from "../../model/input-error";
import { langFlag } from "../../i18n/lang";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function initCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("init")
    .description("write a commented organization file for a new municipality, with placeholders where nothing can be guessed")
    .option("--out <file>", "file to write (refused if it exists); standard output without it")
    .action(async (flags: { out?: string }) => {
      const { placeholdersInYaml } = await import("../../model/placeholders");
      const { writeFileAtomic } = await import("../../model/write-file");
      const { organizationTemplate } = await import("../init/template");
      const { io, options } = context();
      // The comments follow the global --lang; a new file is for a Swedish municipality by default.
      const text = organizationTemplate(langFlag(options.lang, "SE"));
      if (!flags.out) {
        io.stdout.write(text);
        return exit(EXIT_OK);
      }
      try {
        writeFileAtomic(flags.out, text, { overwrite: false });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new InputError("--out", JSON.stringify(flags.out), "a file that does not exist yet (init never overwrites; choose another name or remove the file)");
        throw error;
      }
      const placeholders = placeholdersInYaml(text);
      io.stderr.write(`Wrote ${flags.out}. Replace these ${placeholders.length} placeholders, then run exchange-iac compare --config ${flags.out}:\n`);
      for (const { path, placeholder } of placeholders) io.stderr.write(`  ${path}: ${placeholder}\n`);
      exit(EXIT_OK);
    });
}
