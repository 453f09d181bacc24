// The provider lock file committed per stack (locks/<stack>.terraform.lock.hcl), read and
// checked offline before `terraform init -lockfile=readonly` sees it: a lock made for other
// provider versions is refused here with the fix, not by terraform as a failed init (exit 3).
// Only the HCL that `terraform providers lock` writes is read (provider blocks with version,
// constraints and hashes); anything else is an InputError naming the line, never a crash.
import { join } from "node:path";
import { InputError, describeValue } from "../model/input-error";
import { INPUT_LIMITS, readBounded } from "../model/read-bounded";

export const LOCK_FIX = "run exchange-iac lock and commit locks/";

const WHAT = "a Terraform provider lock file";
const SHAPE = `as terraform providers lock writes it; ${LOCK_FIX}`;
/** host/namespace/type in Terraform's normalized (lower-case) form. */
const ADDRESS = /^[a-z0-9][a-z0-9.-]*(?::[0-9]+)?\/[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** h1: (the package's files) or zh: (the registry's zip checksum): the two schemes terraform writes. */
const HASH = /^(?:h1:[A-Za-z0-9+/]{43}=|zh:[0-9a-f]{64})$/;

export interface LockedProvider {
  address: string;
  version: string;
  constraints?: string;
  hashes: string[];
  line: number;
}

export interface RequiredProvider {
  address: string;
  /** The exact version the stack pins; undefined for a range, which terraform init judges. */
  version?: string;
}

/** registry.terraform.io/<namespace>/<type> for a required_providers source ("azurerm", "hashicorp/random" or a full address). */
export function providerAddress(source: string): string {
  const parts = source.trim().toLowerCase().split("/");
  if (parts.length === 1) return ["registry.terraform.io", "hashicorp", ...parts].join("/");
  if (parts.length === 2) return ["registry.terraform.io", ...parts].join("/");
  return parts.join("/");
}

/** The providers a synthesized stack requires (terraform.required_providers of its cdk.tf.json). */
export function requiredProviders(stackJson: unknown, source: string): RequiredProvider[] {
  const terraform = isObject(stackJson) ? stackJson.terraform : undefined;
  const block = isObject(terraform) ? terraform.required_providers : undefined;
  if (block === undefined) return [];
  if (!isObject(block)) throw new InputError("terraform.required_providers", describeValue(block), "an object of providers", source);
  return Object.entries(block).map(([name, spec]) => {
    const field = `terraform.required_providers.${name}`;
    if (typeof spec !== "string" && !isObject(spec)) throw new InputError(field, describeValue(spec), "{ source, version }", source);
    const declared = typeof spec === "string" ? { version: spec } : spec;
    const from = typeof declared.source === "string" ? declared.source : name;
    const address = providerAddress(from);
    if (!ADDRESS.test(address)) throw new InputError(`${field}.source`, describeValue(from), "a provider source such as azurerm or hashicorp/random", source);
    // Only an exact pin can be compared offline; a range is left to terraform init, which refuses a lock outside it.
    const exact = typeof declared.version === "string" ? /^=?\s*(\S+)$/.exec(declared.version.trim())?.[1] : undefined;
    return { address, version: exact && VERSION.test(exact) ? exact : undefined };
  });
}

/** The providers of a lock file's text; `source` names the file in every error. */
export function parseLockFile(text: string, source: string): Map<string, LockedProvider> {
  const lexer = new Lexer(text, source);
  const providers = new Map<string, LockedProvider>();
  for (let token = lexer.next(); token; token = lexer.next()) {
    if (token.kind !== "ident" || token.text !== "provider") lexer.fail(token, 'a provider "<address>" { ... } block, the only block a lock file holds');
    const label = lexer.expect("string", 'the provider address in quotes, such as "registry.terraform.io/hashicorp/azurerm"');
    if (!ADDRESS.test(label.text)) lexer.fail(label, "a provider address host/namespace/type in lower case, such as registry.terraform.io/hashicorp/azurerm");
    if (providers.has(label.text)) lexer.fail(label, "each provider once");
    lexer.expect("{", "{ after the provider address");
    const attributes = new Map<string, string | string[]>();
    for (;;) {
      const name = lexer.next() ?? lexer.fail(undefined, "} to close the provider block");
      if (name.kind === "}") break;
      if (name.kind !== "ident" || !["version", "constraints", "hashes"].includes(name.text)) lexer.fail(name, "version, constraints or hashes (the attributes a lock file holds) or }");
      if (attributes.has(name.text)) lexer.fail(name, `${name.text} once per provider`);
      lexer.expect("=", `= after ${name.text}`);
      attributes.set(name.text, name.text === "hashes" ? lexer.list() : lexer.expect("string", `the ${name.text} in quotes`).text);
      lexer.endOfLine();
    }
    lexer.endOfLine();
    providers.set(label.text, lockedProvider(label.text, label.line, attributes, source));
  }
  return providers;
}

function lockedProvider(address: string, line: number, attributes: Map<string, string | string[]>, source: string): LockedProvider {
  const field = `provider "${address}"`;
  const version = attributes.get("version") as string | undefined;
  if (version === undefined || !VERSION.test(version)) throw new InputError(field, version === undefined ? "no version" : `version ${describeValue(version)}`, `version = "X.Y.Z" (${SHAPE})`, source);
  const hashes = (attributes.get("hashes") as string[] | undefined) ?? [];
  // A lock without hashes pins a version but not the package: exactly what it is for.
  if (hashes.length === 0) throw new InputError(field, "no hashes", `the package hashes for each platform (${SHAPE})`, source);
  const bad = hashes.find((hash) => !HASH.test(hash));
  if (bad !== undefined) throw new InputError(field, `the hash ${describeValue(bad)}`, `h1:<base64> or zh:<hex> hashes (${SHAPE})`, source);
  const constraints = attributes.get("constraints") as string | undefined;
  return { address, version, ...(constraints === undefined ? {} : { constraints }), hashes, line };
}

/** Refuses a lock that is not for exactly the providers, at exactly the versions, the stack requires. */
export function checkLock(locked: Map<string, LockedProvider>, required: RequiredProvider[], source: string, stack: string): void {
  for (const { address, version } of required) {
    const lock = locked.get(address);
    const wanted = version ? `version "${version}"` : "a version";
    if (!lock) throw new InputError(`provider "${address}"`, "no block for it", `a provider "${address}" block with ${wanted}, as the ${stack} stack requires; ${LOCK_FIX}`, source);
    if (version && lock.version !== version) throw new InputError(`provider "${address}"`, `version "${lock.version}"`, `${wanted}, the version the ${stack} stack pins; ${LOCK_FIX}`, source);
  }
  // terraform init -lockfile=readonly refuses a lock it would change, and it drops unused providers.
  const extra = [...locked.keys()].find((address) => !required.some((r) => r.address === address));
  if (extra) throw new InputError(`provider "${extra}"`, "a block for a provider the stack does not use", `only the providers the ${stack} stack requires (${required.map((r) => r.address).join(", ") || "none"}); ${LOCK_FIX}`, source);
}

/**
 * The bytes of the lock file at `lockPath`, refused (InputError, exit 2) unless it is a lock
 * for exactly what `stackDir/cdk.tf.json` requires. `field` names the flag the path came from.
 */
export function readCheckedLock(lockPath: string, stackDir: string, stack: string, field = "--locks"): Buffer {
  const bytes = readBounded(lockPath, field, INPUT_LIMITS.lockFile, WHAT);
  checkLock(parseLockFile(lockText(bytes, lockPath), lockPath), stackRequirements(stackDir), lockPath, stack);
  return bytes;
}

export function stackRequirements(stackDir: string): RequiredProvider[] {
  const path = join(stackDir, "cdk.tf.json");
  const text = readBounded(path, "--work", INPUT_LIMITS.baseArtifact, "a synthesized stack (cdk.tf.json)").toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError("--work", JSON.stringify(path), `a synthesized stack, which is JSON (${(error as Error).message})`);
  }
  return requiredProviders(json, path);
}

/** UTF-8 text without control characters other than tab and line breaks; a binary file is refused naming its line. */
export function lockText(bytes: Buffer, source: string): string {
  const text = bytes.toString("utf8");
  let valid = true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    valid = false;
  }
  const bad = valid ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/.exec(text) : /\ufffd/.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split("\n").length;
    throw new InputError(`line ${line}`, valid ? `the non-text character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : "bytes that are not UTF-8 text", `text (${SHAPE})`, source);
  }
  return text;
}

type TokenKind = "ident" | "string" | "=" | "{" | "}" | "[" | "]" | ",";
interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

/** Reads one token at a time, so a hostile file fails at its first wrong token without being held as tokens. */
class Lexer {
  private at = 0;
  private line = 1;
  private ahead: Token | undefined;
  private last = 0;

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  fail(token: Token | undefined, expected: string): never {
    const received = token ? (token.kind === "string" ? `the string ${describeValue(token.text)}` : describeValue(token.text)) : "the end of the file";
    throw new InputError(`line ${token?.line ?? this.line}`, received, `${expected} (${SHAPE})`, this.source);
  }

  next(): Token | undefined {
    const token = this.ahead ?? this.read();
    this.ahead = undefined;
    if (token) this.last = token.line;
    return token;
  }

  peek(): Token | undefined {
    return (this.ahead ??= this.read());
  }

  expect(kind: TokenKind, expected: string): Token {
    const token = this.next();
    return token?.kind === kind ? token : this.fail(token, expected);
  }

  /** [ "a", "b", ] across lines, as terraform writes hashes. */
  list(): string[] {
    this.expect("[", "[ to open the list of hashes");
    const items: string[] = [];
    for (;;) {
      const token = this.next();
      if (token?.kind === "]") return items;
      if (token?.kind !== "string") this.fail(token, 'a hash in quotes or ] to close the list');
      items.push(token.text);
      const after = this.next();
      if (after?.kind === "]") return items;
      if (after?.kind !== ",") this.fail(after, ", between hashes or ] to close the list");
    }
  }

  /** HCL ends an attribute or a block at the end of its line; only } may follow on the same line. */
  endOfLine(): void {
    const token = this.peek();
    if (token && token.line === this.last && token.kind !== "}") this.fail(token, "a line break before the next attribute or block");
  }

  private read(): Token | undefined {
    const { text } = this;
    while (this.at < text.length) {
      const c = text[this.at]!;
      if (c === "\n") {
        this.line++;
        this.at++;
      } else if (c === " " || c === "\t" || c === "\r") this.at++;
      else if (c === "#" || (c === "/" && text[this.at + 1] === "/")) {
        const end = text.indexOf("\n", this.at);
        this.at = end < 0 ? text.length : end;
      } else if (c === "/" && text[this.at + 1] === "*") {
        const end = text.indexOf("*/", this.at + 2);
        if (end < 0) this.fail(undefined, "*/ to close the comment that starts on line " + this.line);
        this.line += countLines(text, this.at, end);
        this.at = end + 2;
      } else break;
    }
    if (this.at >= text.length) return undefined;
    const c = text[this.at]!;
    const line = this.line;
    if ("={}[],".includes(c)) {
      this.at++;
      return { kind: c as TokenKind, text: c, line };
    }
    if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(this.at, this.at + 256))![0];
      this.at += word.length;
      return { kind: "ident", text: word, line };
    }
    if (c === '"') return { kind: "string", text: this.string(), line };
    return this.fail({ kind: "ident", text: String.fromCodePoint(text.codePointAt(this.at)!), line }, "a name, a string in quotes, or one of = { } [ ] ,");
  }

  private string(): string {
    const { text } = this;
    const line = this.line;
    let value = "";
    this.at++;
    for (;;) {
      const c = text[this.at];
      if (c === undefined || c === "\n") this.fail({ kind: "string", text: value, line }, 'a closing " on the same line');
      this.at++;
      if (c === '"') return value;
      if ((c === "$" || c === "%") && text[this.at] === "{") this.fail({ kind: "string", text: value + c + "{", line }, "a plain string (a lock file holds no template)");
      if (c !== "\\") {
        value += c;
        continue;
      }
      const escape = text[this.at];
      const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
      if (escape !== undefined && escape in simple) {
        value += simple[escape];
        this.at++;
        continue;
      }
      const hex = escape === "u" ? /^[0-9A-Fa-f]{4}/.exec(text.slice(this.at + 1, this.at + 5)) : escape === "U" ? /^[0-9A-Fa-f]{8}/.exec(text.slice(this.at + 1, this.at + 9)) : null;
      const code = hex ? parseInt(hex[0], 16) : NaN;
      if (!hex || code > 0x10ffff) this.fail({ kind: "string", text: value + "\\" + (escape ?? ""), line }, 'a known escape (\\n, \\t, \\", \\\\, \\uXXXX)');
      value += String.fromCodePoint(code);
      this.at += 1 + hex[0].length;
    }
  }
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let index = text.indexOf("\n", from); index >= 0 && index < to; index = text.indexOf("\n", index + 1)) lines++;
  return lines;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
