// A small, strict parser for the PowerShell DSC configuration grammar that the
// Microsoft365DSC renderer emits. PowerShell is not available here (no pwsh package in
// Debian) and no maintained pure-JS PowerShell parser fits on Node 20, so this parser
// accepts exactly: comments, `Configuration Name { param(...) Import-DscResource
// -ModuleName '...' [-ModuleVersion '...'] Node name { Resource 'name' { Property = value ... } } }`,
// where a value is a single-quoted string ('' escapes a quote), a string expression
// ('a' + [char]0x0A + 'b') as model/powershell.ts writes control characters, a number,
// $true/$false, a $variable, an @() array (comma or newline separated) or a CIM instance
// `MSFT_Class { Property = value }`. Anything else is a syntax error with its line and column.

export interface DscCimInstance {
  cim: string;
  properties: Record<string, DscValue>;
}
export type DscValue = string | number | boolean | { variable: string } | DscValue[] | DscCimInstance;

export interface DscResourceBlock {
  type: string;
  name: string;
  properties: Record<string, DscValue>;
  line: number;
}

export interface DscConfiguration {
  name: string;
  parameters: { name: string; type: string; mandatory: boolean }[];
  modules: { name: string; version?: string }[];
  node: string;
  resources: DscResourceBlock[];
}

type TokenKind = "word" | "string" | "number" | "variable" | "punct" | "newline" | "eof";
interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

export class DscSyntaxError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokenKind, text: string, start: number) => tokens.push({ kind, text, line, column: start - lineStart + 1 });
  while (index < source.length) {
    const char = source[index]!;
    if (char === "\n") {
      push("newline", "\n", index);
      index++;
      line++;
      lineStart = index;
    } else if (char === " " || char === "\t" || char === "\r") {
      index++;
    } else if (source.startsWith("<#", index)) {
      const end = source.indexOf("#>", index + 2);
      if (end < 0) throw new DscSyntaxError(`line ${line}: unterminated block comment`);
      for (const inner of source.slice(index, end)) if (inner === "\n") line++;
      index = end + 2;
    } else if (char === "#") {
      while (index < source.length && source[index] !== "\n") index++;
    } else if (char === "'") {
      const start = index;
      let text = "";
      index++;
      for (;;) {
        if (index >= source.length) throw new DscSyntaxError(`line ${line}: unterminated string`);
        const inner = source[index]!;
        if (inner === "'") {
          if (source[index + 1] === "'") {
            text += "'";
            index += 2;
            continue;
          }
          index++;
          break;
        }
        if (inner === "\n") throw new DscSyntaxError(`line ${line}: a string runs past the end of the line`);
        text += inner;
        index++;
      }
      push("string", text, start);
    } else if (char === "$") {
      const match = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index));
      if (!match) throw new DscSyntaxError(`line ${line}: "$" without a variable name`);
      push("variable", match[0].slice(1), index);
      index += match[0].length;
    } else if (/^0x[0-9A-Fa-f]+/.test(source.slice(index, index + 10))) {
      const match = /^0x[0-9A-Fa-f]+/.exec(source.slice(index))!;
      push("number", match[0], index);
      index += match[0].length;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(index))!;
      push("number", match[0], index);
      index += match[0].length;
    } else if (/[A-Za-z_-]/.test(char)) {
      const match = /^-?[A-Za-z_][A-Za-z0-9_.-]*/.exec(source.slice(index));
      if (!match) throw new DscSyntaxError(`line ${line}: unexpected "${char}"`);
      push("word", match[0], index);
      index += match[0].length;
    } else if (source.startsWith("@(", index)) {
      push("punct", "@(", index);
      index += 2;
    } else if ("{}()[]=,+".includes(char)) {
      push("punct", char, index);
      index++;
    } else {
      throw new DscSyntaxError(`line ${line}, column ${index - lineStart + 1}: unexpected "${char}"`);
    }
  }
  tokens.push({ kind: "eof", text: "", line, column: 1 });
  return tokens;
}

export function parseDscConfiguration(source: string): DscConfiguration {
  // A leading UTF-8 byte order mark is how Windows PowerShell 5.1 knows the file is UTF-8.
  const tokens = tokenize(source.replace(/^\uFEFF/, ""));
  let position = 0;
  const peek = () => tokens[position]!;
  const skipNewlines = () => {
    while (peek().kind === "newline") position++;
  };
  const fail = (expected: string): never => {
    const token = peek();
    throw new DscSyntaxError(`line ${token.line}, column ${token.column}: expected ${expected}, found ${token.kind === "eof" ? "the end" : JSON.stringify(token.text)}`);
  };
  const expect = (kind: TokenKind, text?: string): Token => {
    skipNewlines();
    const token = peek();
    if (token.kind !== kind || (text !== undefined && token.text.toLowerCase() !== text.toLowerCase())) fail(text ? JSON.stringify(text) : kind);
    position++;
    return token;
  };
  const at = (kind: TokenKind, text?: string) => {
    skipNewlines();
    const token = peek();
    return token.kind === kind && (text === undefined || token.text.toLowerCase() === text.toLowerCase());
  };

  /** 'text', or ( 'text' + [char]0xNN + ... ): the string literal forms of model/powershell.ts. */
  function stringExpression(): string {
    skipNewlines();
    if (peek().kind === "string") return tokens[position++]!.text;
    expect("punct", "(");
    let text = "";
    for (;;) {
      if (at("string")) text += tokens[position++]!.text;
      else {
        expect("punct", "[");
        expect("word", "char");
        expect("punct", "]");
        const code = expect("number").text;
        if (!code.startsWith("0x")) fail("a hexadecimal character code");
        text += String.fromCodePoint(Number(code));
      }
      if (at("punct", ")")) break;
      expect("punct", "+");
    }
    expect("punct", ")");
    return text;
  }

  function value(): DscValue {
    skipNewlines();
    const token = peek();
    if (token.kind === "string" || (token.kind === "punct" && token.text === "(")) return stringExpression();
    if (token.kind === "number") {
      position++;
      return Number(token.text);
    }
    if (token.kind === "variable") {
      position++;
      if (token.text.toLowerCase() === "true") return true;
      if (token.text.toLowerCase() === "false") return false;
      return { variable: token.text };
    }
    if (token.kind === "punct" && token.text === "@(") {
      position++;
      const items: DscValue[] = [];
      while (!at("punct", ")")) {
        items.push(value());
        // Items are separated by a comma or by a line break.
        if (peek().kind === "punct" && peek().text === ",") position++;
        else if (peek().kind !== "newline" && !(peek().kind === "punct" && peek().text === ")")) fail('"," or ")"');
      }
      expect("punct", ")");
      return items;
    }
    if (token.kind === "word" && /^MSFT_[A-Za-z0-9_]+$/.test(token.text)) {
      position++;
      return { cim: token.text, properties: propertyBlock() };
    }
    return fail("a value (string, number, $true/$false, $variable, @() or MSFT_ instance)");
  }

  function propertyBlock(): Record<string, DscValue> {
    expect("punct", "{");
    const properties: Record<string, DscValue> = {};
    while (!at("punct", "}")) {
      const name = expect("word");
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name.text)) throw new DscSyntaxError(`line ${name.line}: "${name.text}" is not a property name`);
      if (name.text in properties) throw new DscSyntaxError(`line ${name.line}: property ${name.text} is set twice`);
      expect("punct", "=");
      properties[name.text] = value();
      // One assignment per line.
      if (peek().kind !== "newline" && !(peek().kind === "punct" && peek().text === "}")) fail("a line break after the value");
    }
    expect("punct", "}");
    return properties;
  }

  expect("word", "Configuration");
  const name = expect("word").text;
  expect("punct", "{");
  const parameters: DscConfiguration["parameters"] = [];
  if (at("word", "param")) {
    position++;
    expect("punct", "(");
    while (!at("punct", ")")) {
      let mandatory = false;
      let type = "";
      while (at("punct", "[")) {
        position++;
        const word = expect("word").text;
        if (word.toLowerCase() === "parameter") {
          expect("punct", "(");
          const attribute = expect("word").text;
          expect("punct", "=");
          const setting = value();
          if (attribute !== "Mandatory" || typeof setting !== "boolean") fail("Mandatory = $true or $false");
          mandatory = setting as boolean;
          expect("punct", ")");
        } else {
          type = word;
        }
        expect("punct", "]");
      }
      parameters.push({ name: expect("variable").text, type, mandatory });
      if (at("punct", ",")) position++;
    }
    expect("punct", ")");
  }
  const modules: DscConfiguration["modules"] = [];
  while (at("word", "Import-DscResource")) {
    position++;
    expect("word", "-ModuleName");
    const module: DscConfiguration["modules"][number] = { name: expect("string").text };
    if (peek().kind === "word" && peek().text.toLowerCase() === "-moduleversion") {
      position++;
      module.version = expect("string").text;
    }
    modules.push(module);
  }
  expect("word", "Node");
  skipNewlines();
  const nodeToken = peek();
  if (nodeToken.kind !== "word" && nodeToken.kind !== "string") fail("a node name");
  position++;
  expect("punct", "{");
  const resources: DscResourceBlock[] = [];
  while (!at("punct", "}")) {
    const type = expect("word");
    const resourceName = stringExpression();
    resources.push({ type: type.text, name: resourceName, properties: propertyBlock(), line: type.line });
  }
  expect("punct", "}");
  expect("punct", "}");
  skipNewlines();
  if (peek().kind !== "eof") fail("the end of the file after the configuration");
  return { name, parameters, modules, node: nodeToken.text, resources };
}
