// Builds the project's cmdlet reference (model/cmdlet-reference/*.json) from Microsoft's own
// sources, read from git: the Exchange cmdlet docs (MicrosoftDocs/office-docs-powershell,
// exchange/exchange-ps/ExchangePowerShell/<Cmdlet>.md) and Microsoft365DSC's resource schemas
// (Modules/Microsoft365DSC/DSCResources/MSFT_<Resource>/MSFT_<Resource>.schema.mof). Only facts
// are kept (names, parameter sets, products, types, accepted values), never Microsoft's text.
//
//   npm run cmdlet-reference -- --docs <git dir of office-docs-powershell> [--docs-commit <sha>]
//                                --m365dsc <git dir of Microsoft365DSC> --m365dsc-commit <sha>
//
// Which cmdlets: every verb-noun name that the generators' sources mention and the docs have
// a page for; which resources: every Microsoft365DSC resource type the export uses.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../model/write-file";
import {
  CMDLET_REFERENCE_PATH,
  M365DSC_REFERENCE_PATH,
  M365DSC_RELEASE,
  type CmdletReference,
  type CmdletEntry,
  type DscReference,
  type DscClass,
  type ParameterEntry,
  type ParameterSetEntry,
} from "../model/cmdlet-reference/reference";
import { canonicalJson } from "../model/cmdlet-reference/canonical-json";

const DOCS_FOLDER = "exchange/exchange-ps/ExchangePowerShell";
const DOCS_REPOSITORY = "https://github.com/MicrosoftDocs/office-docs-powershell";
const M365DSC_REPOSITORY = "https://github.com/Microsoft365DSC/Microsoft365DSC";
/** Sources whose cmdlet names are collected: everything that emits PowerShell or cmdlet calls. */
const GENERATOR_SOURCES = ["model/exchange-online", "model/exchange-onprem", "adapters/m365"];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

// ---- the cmdlet docs -------------------------------------------------------------------------

/**
 * Where a page contradicts itself, the correction, with the page's own evidence. Kept short and
 * explicit: every entry is written into the reference with its reason.
 */
const ERRATA: { cmdlet: string; optional: string; reason: string }[] = [
  {
    cmdlet: "Get-HostedOutboundSpamFilterPolicy",
    optional: "Identity",
    reason: "the SYNTAX marks -Identity mandatory, but the page's Example 1 runs the cmdlet without it to list every policy",
  },
];

function applyErrata(cmdlet: string, entry: CmdletEntry): CmdletEntry {
  const errata = ERRATA.filter((erratum) => erratum.cmdlet === cmdlet);
  if (!errata.length) return entry;
  for (const erratum of errata) {
    for (const set of entry.parameterSets) {
      if (!set.required.includes(erratum.optional)) continue;
      set.required = set.required.filter((name) => name !== erratum.optional);
      set.optional = [erratum.optional, ...set.optional];
    }
  }
  return { ...entry, errata: errata.map(({ optional, reason }) => ({ optional, reason })) };
}

/** Verb-noun names mentioned in the generators' sources. */
function mentionedCmdlets(): Set<string> {
  const names = new Set<string>();
  for (const folder of GENERATOR_SOURCES) {
    for (const file of readdirSync(folder)) {
      if (!file.endsWith(".ts")) continue;
      for (const match of readFileSync(join(folder, file), "utf8").matchAll(/\b([A-Z][a-z]+-[A-Z][A-Za-z0-9]+)\b/g)) names.add(match[1]!);
    }
  }
  return names;
}

/** Splits a page into its "## " sections. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^## /m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf("\n");
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return out;
}

function frontMatter(text: string, key: string): string | undefined {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match?.[1]!.split("\n").find((line) => line.startsWith(`${key}:`))?.slice(key.length + 1).trim();
}

/** The products the reference records (the others, e.g. Exchange Server 2016, are left out). */
const PRODUCTS = ["Exchange Server SE", "Exchange Online", "Security & Compliance"];
const products = (value: string | undefined) => list(value).filter((product) => PRODUCTS.includes(product));

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** One SYNTAX code block as a parameter set: required and optional names, positional order. */
function parseSyntax(name: string, block: string, isDefault: boolean): ParameterSetEntry {
  const set: ParameterSetEntry = { name, ...(isDefault ? { default: true } : {}), required: [], optional: [], positional: [], commonParameters: false };
  // The grammar of the SYNTAX blocks (learn.microsoft.com/powershell/exchange/exchange-cmdlet-syntax):
  // [[-P] <T>] optional positional, [-P] <T> required positional, [-P <T>] optional,
  // [-P] optional switch, -P <T> required, -P required switch.
  const token = /\[\[-(\w+)\]\s*<[^>]+>\]|\[-(\w+)\]\s*<[^>]+>|\[-(\w+)\s+<[^>]+>\]|\[-(\w+)\]|-(\w+)\s+<[^>]+>|-(\w+)|\[<CommonParameters>\]/g;
  for (const match of block.matchAll(token)) {
    const [text, optionalPositional, requiredPositional, optionalNamed, optionalSwitch, requiredNamed, requiredSwitch] = match;
    if (text === "[<CommonParameters>]") set.commonParameters = true;
    else if (optionalPositional) set.optional.push(optionalPositional), set.positional.push(optionalPositional);
    else if (requiredPositional) set.required.push(requiredPositional), set.positional.push(requiredPositional);
    else if (optionalNamed ?? optionalSwitch) set.optional.push((optionalNamed ?? optionalSwitch)!);
    else if (requiredNamed ?? requiredSwitch) set.required.push((requiredNamed ?? requiredSwitch)!);
  }
  return set;
}

function parseSyntaxSection(cmdlet: string, section: string): ParameterSetEntry[] {
  const sets: ParameterSetEntry[] = [];
  let heading: string | undefined;
  const lines = section.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("### ")) heading = line.slice(4).trim();
    if (line.startsWith("```")) {
      const end = lines.findIndex((candidate, index) => index > i && candidate.startsWith("```"));
      if (end < 0) break;
      const block = lines.slice(i + 1, end).join("\n");
      i = end;
      if (!block.trimStart().startsWith(cmdlet)) continue;
      const isDefault = heading?.endsWith("(Default)") ?? false;
      sets.push(parseSyntax((heading ?? "(All)").replace(/\s*\(Default\)$/, ""), block.slice(block.indexOf(cmdlet) + cmdlet.length), isDefault));
    }
  }
  return sets;
}

/** Leading tokens of a "Valid values are:" bullet list, when every bullet starts with one value. */
function valuesFromProse(prose: string): string[] | undefined {
  const intro = /Valid values (?:are|include)[^:\n]*:\s*\n\n?((?:- .*\n?)+)/.exec(prose);
  if (!intro) return undefined;
  const values: string[] = [];
  for (const bullet of intro[1]!.trim().split("\n")) {
    const match = /^- `?([A-Za-z0-9][\w.-]*)`?(?::|$| \(|,)/.exec(bullet.trim());
    if (!match) return undefined;
    values.push(match[1]!);
  }
  // $true/$false lists describe booleans, which the type already says.
  return values.length > 1 ? values : undefined;
}

function parseParameters(section: string, cmdletProducts: string[]): Record<string, ParameterEntry> {
  const parameters: Record<string, ParameterEntry> = {};
  for (const chunk of section.split(/^### -/m).slice(1)) {
    const name = chunk.slice(0, chunk.indexOf("\n")).trim();
    if (!/^\w+$/.test(name)) continue;
    const applicable = /^> Applicable: (.*)$/m.exec(chunk)?.[1];
    const yamlBlocks = [...chunk.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const field = (key: string) =>
      yamlBlocks.map((block) => block.split("\n").find((line) => line.startsWith(`${key}:`))?.slice(key.length + 1).trim()).filter((value): value is string => value !== undefined);
    const prose = chunk.split("```yaml")[0]!;
    const accepted = [...new Set(field("Accepted values").flatMap(list))];
    const fromProse = accepted.length ? undefined : valuesFromProse(prose);
    const entry: ParameterEntry = {
      type: field("Type")[0] ?? "",
      products: applicable ? products(applicable) : cmdletProducts,
      aliases: [...new Set(field("Aliases").flatMap(list))],
      pipelineInput: field("Accept pipeline input").some((value) => value.startsWith("True")),
    };
    if (accepted.length) entry.acceptedValues = { values: accepted, from: "yaml" };
    else if (fromProse) entry.acceptedValues = { values: fromProse, from: "valid-values-list" };
    parameters[name] = entry;
  }
  return parameters;
}

function parseCmdletPage(cmdlet: string, text: string): CmdletEntry {
  const parts = sections(text);
  const cmdletProducts = products(frontMatter(text, "applicable"));
  const online = frontMatter(text, "online version") ?? `https://learn.microsoft.com/powershell/module/exchangepowershell/${cmdlet.toLowerCase()}`;
  return {
    url: online.replace("https://learn.microsoft.com/powershell/", "https://learn.microsoft.com/en-us/powershell/"),
    products: cmdletProducts,
    parameterSets: parseSyntaxSection(cmdlet, parts.get("SYNTAX") ?? ""),
    parameters: parseParameters(parts.get("PARAMETERS") ?? "", cmdletProducts),
  };
}

function cmdletReference(docs: string, commit: string): CmdletReference {
  const files = git(docs, "ls-tree", "--name-only", `${commit}:${DOCS_FOLDER}`)
    .split("\n")
    .filter((file) => file.endsWith(".md"));
  const existing = files.map((file) => file.slice(0, -3)).sort();
  const wanted = [...mentionedCmdlets()].filter((name) => existing.includes(name)).sort();
  const cmdlets: Record<string, CmdletEntry> = {};
  for (const cmdlet of wanted) cmdlets[cmdlet] = applyErrata(cmdlet, parseCmdletPage(cmdlet, git(docs, "show", `${commit}:${DOCS_FOLDER}/${cmdlet}.md`)));
  return {
    source: { repository: DOCS_REPOSITORY, path: DOCS_FOLDER, commit, committed: git(docs, "show", "-s", "--format=%cs", commit).trim() },
    allCmdletNames: existing,
    cmdlets,
  };
}

// ---- Microsoft365DSC schemas -----------------------------------------------------------------

/** Resource types the M365DSC export writes (adapters/m365/m365dsc.ts and its Entra part). */
function exportedResources(): string[] {
  const text = ["adapters/m365/m365dsc.ts", "adapters/m365/m365dsc-entra.ts"].map((file) => readFileSync(file, "utf8")).join("\n");
  return [...new Set([...text.matchAll(/type: "([A-Z][A-Za-z0-9]+)"/g)].map((match) => match[1]!))].sort();
}

/** The classes of one .schema.mof: properties with qualifier, type, array, ValueMap, EmbeddedInstance. */
function parseMof(text: string): Record<string, DscClass> {
  const classes: Record<string, DscClass> = {};
  for (const match of text.matchAll(/\[ClassVersion\(([^\n]*)\]\s*class (\w+)(?:\s*:\s*\w+)?\s*\{([\s\S]*?)\};/g)) {
    const [, header, className, body] = match;
    const friendly = /FriendlyName\("(\w+)"\)/.exec(header!)?.[1];
    const properties: DscClass["properties"] = {};
    for (const line of body!.split("\n")) {
      const property = /^\s*\[(\w+)(.*)\]\s+(\w+)\s+(\w+)(\[\])?;/.exec(line);
      if (!property) continue;
      const [, qualifier, rest, type, name, array] = property;
      const valueMap = /ValueMap\{([^}]*)\}/.exec(rest!)?.[1];
      const embedded = /EmbeddedInstance\("(\w+)"\)/.exec(rest!)?.[1];
      properties[name!] = {
        qualifier: qualifier!,
        type: type!,
        ...(array ? { array: true } : {}),
        ...(valueMap ? { values: valueMap.split(",").map((value) => value.trim().replace(/^"|"$/g, "")) } : {}),
        ...(embedded ? { embeddedInstance: embedded } : {}),
      };
    }
    classes[className!] = { ...(friendly ? { friendlyName: friendly } : {}), properties };
  }
  return classes;
}

function dscReference(repo: string, commit: string): DscReference {
  const version = /ModuleVersion\s*=\s*'([^']+)'/.exec(git(repo, "show", `${commit}:Modules/Microsoft365DSC/Microsoft365DSC.psd1`))?.[1];
  if (version !== M365DSC_RELEASE) throw new Error(`${commit} is Microsoft365DSC ${version}, not the pinned release ${M365DSC_RELEASE}`);
  const resources: DscReference["resources"] = {};
  const cimClasses: DscReference["cimClasses"] = {};
  for (const resource of exportedResources()) {
    const path = `Modules/Microsoft365DSC/DSCResources/MSFT_${resource}/MSFT_${resource}.schema.mof`;
    const classes = parseMof(git(repo, "show", `${commit}:${path}`));
    for (const [name, definition] of Object.entries(classes)) {
      if (definition.friendlyName === resource) resources[resource] = { path, properties: definition.properties };
      else cimClasses[name] = definition.properties;
    }
    if (!resources[resource]) throw new Error(`no class with FriendlyName ${resource} in ${path}`);
  }
  return {
    source: { repository: M365DSC_REPOSITORY, release: M365DSC_RELEASE, commit, committed: git(repo, "show", "-s", "--format=%cs", commit).trim() },
    resources,
    cimClasses,
  };
}

/**
 * Adds the exported resources the committed reference lacks, read from another commit, each
 * marked with that commit's release: for when the pinned release's tree is not at hand. Resources
 * already recorded stay as they are.
 */
function supplementedReference(repo: string, commit: string): DscReference {
  const current = JSON.parse(readFileSync(M365DSC_REFERENCE_PATH, "utf8")) as DscReference;
  const release = /ModuleVersion\s*=\s*'([^']+)'/.exec(git(repo, "show", `${commit}:Modules/Microsoft365DSC/Microsoft365DSC.psd1`))?.[1] ?? "unknown";
  for (const resource of exportedResources().filter((name) => !current.resources[name])) {
    const path = `Modules/Microsoft365DSC/DSCResources/MSFT_${resource}/MSFT_${resource}.schema.mof`;
    const classes = parseMof(git(repo, "show", `${commit}:${path}`));
    for (const [name, definition] of Object.entries(classes)) {
      if (definition.friendlyName === resource) current.resources[resource] = { path, properties: definition.properties, release, commit };
      else current.cimClasses[name] ??= definition.properties;
    }
    if (!current.resources[resource]) throw new Error(`no class with FriendlyName ${resource} in ${path}`);
  }
  return current;
}

// ---- main ------------------------------------------------------------------------------------

const docs = option("docs");
const m365dsc = option("m365dsc");
const m365dscCommit = option("m365dsc-commit");
const supplement = option("m365dsc-supplement");
const supplementCommit = option("m365dsc-supplement-commit");
if (!docs || !((m365dsc && m365dscCommit) || (supplement && supplementCommit))) {
  process.stderr.write(
    "usage: npm run cmdlet-reference -- --docs <office-docs-powershell git dir> [--docs-commit <sha>] (--m365dsc <Microsoft365DSC git dir> --m365dsc-commit <sha> | --m365dsc-supplement <Microsoft365DSC git dir> --m365dsc-supplement-commit <sha>)\n",
  );
  process.exit(2);
}
const docsCommit = git(docs, "rev-parse", option("docs-commit") ?? "HEAD").trim();
writeFileAtomic(CMDLET_REFERENCE_PATH, canonicalJson(cmdletReference(docs, docsCommit)));
const dsc = m365dsc && m365dscCommit ? dscReference(m365dsc, git(m365dsc, "rev-parse", m365dscCommit).trim()) : supplementedReference(supplement!, git(supplement!, "rev-parse", supplementCommit!).trim());
writeFileAtomic(M365DSC_REFERENCE_PATH, canonicalJson(dsc));
process.stderr.write(`wrote ${CMDLET_REFERENCE_PATH} (docs @${docsCommit.slice(0, 10)}) and ${M365DSC_REFERENCE_PATH} (Microsoft365DSC ${M365DSC_RELEASE})\n`);
