// Parses generated PowerShell with an independent grammar (tree-sitter-powershell, through
// web-tree-sitter's wasm runtime; no PowerShell is installable here) and lists what a script
// would run: every command with its parameters, every comment, every property read from a
// variable ($current.Enabled), and every syntax error.
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";

/**
 * Parameter names with a digit, which the grammar (0.26.4) splits into "-OAuth" and a command
 * "2ClientProfileEnabled". Each is named here on purpose, so an unlisted one still fails:
 * before parsing it is replaced by a name of the same length without digits, and mapped back.
 */
export const PARAMETERS_WITH_DIGITS = ["OAuth2ClientProfileEnabled"] as const;

export interface PowerShellParameter {
  /** Without the dash, as the script spells it. */
  name: string;
  /** The argument's source text; undefined for a switch. `-Enabled:$true` gives "$true". */
  value?: string;
  /** The argument's syntax node type, e.g. string_literal, variable, hash_literal_expression. */
  valueKind?: string;
}

export interface PowerShellCommand {
  /** The command name as written; for `& $x` the invoked expression's text. */
  name: string;
  /** True for a named command (Get-Mailbox), false for an invocation of an expression (& $cmd). */
  named: boolean;
  parameters: PowerShellParameter[];
  /** Positional arguments' source text, in order. */
  positional: string[];
  /** Splatted hashtables (@name), by variable name. */
  splats: string[];
  /** The command receives the output of the command before it in a pipeline. */
  piped: boolean;
  line: number;
}

export interface PowerShellMemberRead {
  /** The variable without "$", e.g. "current". */
  variable: string;
  member: string;
  line: number;
}

export interface PowerShellSyntaxError {
  line: number;
  column: number;
  kind: "ERROR" | "MISSING";
  text: string;
}

export interface ParsedPowerShell {
  commands: PowerShellCommand[];
  comments: string[];
  members: PowerShellMemberRead[];
  /** Names of the functions the script defines. */
  functions: string[];
  errors: PowerShellSyntaxError[];
}

let parser: Promise<Parser> | undefined;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve("tree-sitter-powershell/tree-sitter-powershell.wasm");
    const language = await Language.load(wasm);
    const instance = new Parser();
    instance.setLanguage(language);
    return instance;
  })();
  return parser;
}

const ALIASES = PARAMETERS_WITH_DIGITS.map((name) => ({ name, alias: name.replace(/\d/g, "D") }));

function withoutDigitParameters(script: string): string {
  let text = script;
  for (const { name, alias } of ALIASES) text = text.replace(new RegExp(`(?<=\\s)-${name}(?=[\\s:]|$)`, "gim"), `-${alias}`);
  return text;
}

function restoreDigits(text: string): string {
  let out = text;
  for (const { name, alias } of ALIASES) out = out.replace(new RegExp(`-${alias}\\b`, "g"), `-${name}`);
  return out;
}

export async function parsePowerShell(script: string): Promise<ParsedPowerShell> {
  const tree = (await loadParser()).parse(withoutDigitParameters(script));
  if (!tree) throw new Error("tree-sitter returned no tree");
  const result: ParsedPowerShell = { commands: [], comments: [], members: [], functions: [], errors: [] };
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      result.errors.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, kind: node.isError ? "ERROR" : "MISSING", text: restoreDigits(node.text).slice(0, 120) });
    }
    if (node.type === "comment") result.comments.push(restoreDigits(node.text));
    if (node.type === "command") result.commands.push(readCommand(node));
    if (node.type === "function_statement") {
      const name = node.children.find((child) => child?.type === "function_name");
      if (name) result.functions.push(name.text);
    }
    if (node.type === "member_access") {
      const [target, , member] = node.children;
      if (target?.type === "variable" && member) result.members.push({ variable: target.text.replace(/^\$/, ""), member: member.text, line: node.startPosition.row + 1 });
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return result;
}

function readCommand(node: Node): PowerShellCommand {
  const nameNode = node.childForFieldName("command_name") ?? node.children.find((child) => child?.type === "command_name" || child?.type === "command_name_expr");
  const named = nameNode?.type === "command_name";
  const piped = node.previousSibling?.type === "|";
  const command: PowerShellCommand = { name: restoreDigits(nameNode?.text ?? ""), named, parameters: [], positional: [], splats: [], piped, line: node.startPosition.row + 1 };
  const elements = node.children.find((child) => child?.type === "command_elements");
  const parts = (elements?.children ?? []).filter((child): child is Node => !!child && child.type !== "command_argument_sep");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (isSplat(part)) {
      command.splats.push(part.text.replace(/^@/, ""));
    } else if (part.type === "command_parameter") {
      // A parameter followed by an argument binds it ("-Name x"); the grammar cannot tell a
      // switch from a parameter that takes a value, so the conformance tests decide that.
      const next = parts[i + 1];
      const takesValue = next !== undefined && next.type !== "command_parameter" && !isSplat(next);
      command.parameters.push({ name: restoreDigits(part.text).replace(/^-/, "").replace(/:$/, ""), value: takesValue ? restoreDigits(next.text) : undefined, valueKind: takesValue ? valueKind(next) : undefined });
      if (takesValue) i++;
    } else {
      command.positional.push(restoreDigits(part.text));
    }
  }
  return command;
}

/** @name as an argument: a splatted hashtable, never a parameter's value. */
function isSplat(node: Node): boolean {
  return /^@[A-Za-z_]\w*$/.test(node.text);
}

function valueKind(node: Node): string {
  let current: Node = node;
  // array_literal_expression > unary_expression > the literal: report the innermost single child.
  while (current.namedChildCount === 1 && (current.type === "array_literal_expression" || current.type === "unary_expression")) current = current.namedChildren[0]!;
  return current.namedChildCount > 1 && current.type === "array_literal_expression" ? "array" : current.type;
}
