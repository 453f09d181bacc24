// Help that teaches: every command's --help shows the global options, the formats it takes, an
// example and its exit codes; a format it does not take is refused with exit 2.
import { describe, expect, it } from "vitest";
import { COMMAND_HELP } from "../cli/help";
import { runCli } from "./helpers/cli";

describe("--help", () => {
  it.each(Object.keys(COMMAND_HELP))("%s --help shows the global options, its formats, an example and its exit codes", async (path) => {
    const result = await runCli([...path.split(" "), "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Global Options:");
    expect(result.stdout).toContain("--config <file>");
    expect(result.stdout).toContain("--format <format>");
    expect(result.stdout).toContain(`Formats this command takes (--format): ${COMMAND_HELP[path]!.formats.join(", ")}.`);
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n  .*exchange-iac .*${path.split(" ").pop()}`));
    expect(result.stdout.replace(/\s+/g, " ")).toContain("Exit codes: 0 ok");
  });

  it("sizing --help names --config and --format", async () => {
    const result = await runCli(["sizing", "--help"]);
    expect(result.stdout).toMatch(/--config <file>/);
    expect(result.stdout).toMatch(/--format <format>/);
    expect(result.stdout).toContain("Formats this command takes (--format): text, json.");
  });

  it("refuses a format the command does not take, naming the ones it does", async () => {
    const result = await runCli(["--format", "sarif", "cost"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --format: received "sarif"; expected text, json, markdown for the cost command\n');
  });

  it.each(["sizing", "synth", "tenant plan"])("%s refuses a language it does not know, like every command", async (path) => {
    const result = await runCli(["--lang", "xx", ...path.split(" ")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --lang: received "xx"; expected one of sv, en\n');
  });
});
