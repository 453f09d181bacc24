// Documentation that cannot rot: the checks test/docs.test.ts runs over README.md,
// CONTRIBUTING.md, CHANGELOG.md and docs/. Each check takes the markdown as text, so a test can
// plant a broken link, an invented option or an invented key and see it reported.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface DocsProblem {
  file: string;
  line: number;
  problem: string;
}

export interface MarkdownFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** The documentation a reader is pointed at: README, CONTRIBUTING, CHANGELOG and docs/. */
export function documentationFiles(root: string): MarkdownFile[] {
  const paths = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"].filter((path) => existsSync(join(root, path)));
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith(".md")) paths.push(path);
    }
  };
  walk("docs");
  return paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

interface Line {
  number: number;
  text: string;
  inFence: boolean;
}

function lines(text: string): Line[] {
  let inFence = false;
  return text.split("\n").map((text, index) => {
    const fence = /^\s*```/.test(text);
    if (fence) inFence = !inFence;
    return { number: index + 1, text, inFence: inFence || fence };
  });
}

/** Prose with inline code removed, so a link written as code is not followed. */
function proseLines(text: string): Line[] {
  return lines(text)
    .filter((line) => !line.inFence)
    .map((line) => ({ ...line, text: line.text.replace(/`[^`]*`/g, "") }));
}

/** GitHub's anchor of a heading: lower case, inline markup and punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/ /g, "-");
}

function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of lines(text)) {
    const heading = !line.inFence && /^#{1,6} (.+)$/.exec(line.text);
    if (!heading) continue;
    const slug = headingSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** Every relative link (and anchor) resolves to a file in the repository. */
export function brokenLinks(root: string, files: MarkdownFile[]): DocsProblem[] {
  const problems: DocsProblem[] = [];
  const textOf = (path: string): string | undefined =>
    files.find((file) => file.path === path)?.text ?? (existsSync(join(root, path)) && statSync(join(root, path)).isFile() ? readFileSync(join(root, path), "utf8") : undefined);
  for (const file of files) {
    for (const line of proseLines(file.text)) {
      for (const match of line.text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
        const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
        const path = pathPart === "" ? file.path : relative(root, resolve(root, dirname(file.path), pathPart)).split("\\").join("/");
        const say = (problem: string) => problems.push({ file: file.path, line: line.number, problem });
        if (path.startsWith("..")) {
          say(`link ${target} leaves the repository`);
          continue;
        }
        if (!existsSync(join(root, path))) {
          say(`link ${target}: ${path} does not exist`);
          continue;
        }
        if (anchor && path.endsWith(".md") && !anchors(textOf(path) ?? "").has(anchor)) say(`link ${target}: ${path} has no heading with the anchor #${anchor}`);
      }
    }
  }
  return problems;
}

export interface CommandMention {
  line: number;
  /** The words before the first option, e.g. ["tenant", "plan"]. */
  words: string[];
  options: string[];
}

const GLOBAL_VALUE_OPTIONS = ["--config", "--format", "--lang"];

/**
 * Command lines in code: `exchange-iac <words> --options` anywhere in code, and code spans that
 * start with one of `commandNames` (what `exchange-iac --help` lists) and carry an option
 * (`check --plan FILE`).
 */
export function commandMentions(text: string, commandNames: readonly string[]): CommandMention[] {
  const mentions: CommandMention[] = [];
  const read = (line: number, command: string): void => {
    const tokens = command.replace(/\\\|/g, "|").split(/\s+/).map((token) => token.replace(/^[[(]+|[\]),;.]+$/g, ""));
    const words: string[] = [];
    const options: string[] = [];
    let wordsEnded = false;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const option = /^--[a-z][a-z-]*/.exec(token)?.[0];
      if (option) {
        options.push(option);
        // A global option's value (`--config kommun.yaml`) comes before the command words.
        if (GLOBAL_VALUE_OPTIONS.includes(option) && !token.includes("=")) index++;
        else wordsEnded = true;
      } else if (!wordsEnded && /^[a-z][a-z0-9-]*$/.test(token)) words.push(token);
      else wordsEnded = true; // a placeholder or value ends the command words
    }
    mentions.push({ line, words, options });
  };
  for (const line of lines(text)) {
    const codes = line.inFence ? [line.text] : [...line.text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    for (const code of codes) {
      for (const match of code.matchAll(/exchange-iac\s+([^|#`]*(?:\\\|[^|#`]*)*)/g)) read(line.number, match[1]!);
      const first = /^([a-z]+) /.exec(code)?.[1];
      if (!line.inFence && first && commandNames.includes(first) && / --[a-z]/.test(code)) read(line.number, code);
    }
  }
  return mentions;
}

/** What `--help` of one command lists: its options and its subcommands. */
export interface HelpPage {
  options: string[];
  commands: string[];
}

export function parseHelp(help: string): HelpPage {
  const options: string[] = [];
  const commands: string[] = [];
  let section = "";
  for (const line of help.split("\n")) {
    const heading = /^([A-Z][A-Za-z ]*):\s*$/.exec(line);
    if (heading) {
      section = heading[1]!;
      continue;
    }
    if (/Options$/.test(section)) options.push(...[...line.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/g)].map((match) => match[1]!));
    if (section === "Commands") commands.push(...[...line.matchAll(/^\s+([a-z][a-z0-9-]*)/g)].map((match) => match[1]!));
  }
  return { options, commands };
}

/**
 * Each mentioned command path exists and each option is one its `--help` lists (global options
 * included). `help(words)` returns the help text of that command path.
 */
export async function unknownCommandsAndOptions(file: MarkdownFile, help: (words: string[]) => Promise<string>): Promise<DocsProblem[]> {
  const problems: DocsProblem[] = [];
  const pages = new Map<string, Promise<HelpPage>>();
  const page = (words: string[]) => {
    const key = words.join(" ");
    if (!pages.has(key)) pages.set(key, help(words).then(parseHelp));
    return pages.get(key)!;
  };
  const commandNames = (await page([])).commands;
  for (const mention of commandMentions(file.text, commandNames)) {
    const [first, ...rest] = mention.words;
    if (first !== undefined && !commandNames.includes(first)) {
      problems.push({ file: file.path, line: mention.line, problem: `command "exchange-iac ${first}" does not exist` });
      continue;
    }
    const path = first === undefined ? [] : [first];
    for (const word of rest) {
      if (!(await page(path)).commands.includes(word)) break; // an argument, e.g. `export powershell`
      path.push(word);
    }
    const known = new Set([...(await page(path)).options, ...(await page([])).options]);
    for (const option of mention.options) {
      if (!known.has(option)) problems.push({ file: file.path, line: mention.line, problem: `option ${option} is not one "exchange-iac ${path.join(" ")} --help" lists` });
    }
  }
  return problems;
}

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

function branches(schema: JsonSchema): JsonSchema[] {
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...alternatives.flatMap(branches)];
}

/** A placeholder segment (`<room>`, `*`, `N`, a number) stands for any key or item. */
const isPlaceholder = (segment: string) => /^(<[^>]+>|\*|N|\d+)$/.test(segment);

function childrenOf(schema: JsonSchema, segment: string): JsonSchema[] {
  return branches(schema).flatMap((branch) => {
    if (branch.items && isPlaceholder(segment)) return [branch.items];
    if (isPlaceholder(segment)) return [...Object.values(branch.properties ?? {}), ...(typeof branch.additionalProperties === "object" ? [branch.additionalProperties] : [])];
    const named = branch.properties?.[segment];
    if (named) return [named];
    if (branch.items) return childrenOf(branch.items, segment);
    return typeof branch.additionalProperties === "object" ? [branch.additionalProperties] : [];
  });
}

export function schemaHasPath(schema: JsonSchema, path: string): boolean {
  let current = [schema];
  for (const segment of path.split(".")) {
    current = current.flatMap((node) => childrenOf(node, segment));
    if (current.length === 0) return false;
  }
  return true;
}

/** Organization-file keys in code spans (`onprem.edge.enabled`, `retention.deletionDecisions.N.retainYears: 10`). */
export function unknownKeys(file: MarkdownFile, schema: JsonSchema): DocsProblem[] {
  const sections = Object.keys(schema.properties ?? {}).filter((key) => key !== "$schema");
  const problems: DocsProblem[] = [];
  for (const line of lines(file.text)) {
    if (line.inFence) continue;
    for (const match of line.text.matchAll(/`([^`]+)`/g)) {
      const key = /^([a-z][A-Za-z0-9]*(?:\.(?:[A-Za-z0-9_-]+|<[^>]+>|\*))+)(?::.*)?$/.exec(match[1]!)?.[1];
      if (!key || !sections.includes(key.split(".")[0]!) || /\.(ts|js|md|json|ya?ml|ps1)$/.test(key)) continue; // a file name such as azure.ts
      if (!schemaHasPath(schema, key)) problems.push({ file: file.path, line: line.number, problem: `key ${key} is not in the organization file's schema` });
    }
  }
  return problems;
}
