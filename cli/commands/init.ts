import type { Command } from "commander";
import { Option } from "commander";
import { InputError } from "../../model/input-error";
import { placeholdersIn } from "../../model/placeholders";
import { writeFileAtomic } from "../../model/write-file";
import { LANGUAGES, type Language } from "../init/comments";
import { organizationTemplate } from "../init/template";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { parse } from "yaml";

export function initCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("init")
    .description("write a commented organization file for a new municipality, with placeholders where nothing can be guessed")
    .option("--out <file>", "file to write (refused if it exists); standard output without it")
    .addOption(new Option("--lang <language>", "language of the comments").choices([...LANGUAGES]).default("sv"))
    .action((flags: { out?: string; lang: Language }) => {
      const { io } = context();
      const text = organizationTemplate(flags.lang);
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
      const placeholders = placeholdersIn(parse(text));
      io.stderr.write(`Wrote ${flags.out}. Replace these ${placeholders.length} placeholders, then run exchange-iac compare --config ${flags.out}:\n`);
      for (const { path, placeholder } of placeholders) io.stderr.write(`  ${path}: ${placeholder}\n`);
      exit(EXIT_OK);
    });
}
