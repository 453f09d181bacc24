// The committed provider lock, read and checked offline (inventory/lock-file.ts): a lock for
// other versions or providers is refused with the fix, and a hostile file (huge, binary,
// quotes and braces in odd places) is an InputError naming the file, never a crash.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLock, parseLockFile, providerAddress, readCheckedLock, requiredProviders } from "../inventory/lock-file";
import { InputError } from "../model/input-error";

/** Well-formed but invented hashes: these tests never hold a real provider's hashes. */
const h1 = (seed: string) => `h1:${createHash("sha256").update(seed).digest("base64")}`;
const zh = (seed: string) => `zh:${createHash("sha256").update(seed).digest("hex")}`;

function lockText(providers: { address: string; version: string }[]): string {
  return [
    "# This file is maintained automatically by \"terraform init\".",
    "# Manual edits may be lost in future updates.",
    "",
    ...providers.flatMap(({ address, version }) => [
      `provider "${address}" {`,
      `  version     = "${version}"`,
      `  constraints = "${version}"`,
      "  hashes = [",
      ...["linux_amd64", "darwin_arm64"].map((p) => `    "${h1(address + version + p)}",`),
      `    "${zh(address + version)}",`,
      "  ]",
      "}",
      "",
    ]),
  ].join("\n");
}

const AZURERM = "registry.terraform.io/hashicorp/azurerm";
const RANDOM = "registry.terraform.io/hashicorp/random";
const SOURCE = "locks/onprem.terraform.lock.hcl";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    return message;
  }
  throw new Error("expected an InputError, got none");
}

describe("the lock file", () => {
  it("reads what terraform providers lock writes", () => {
    const locked = parseLockFile(lockText([{ address: AZURERM, version: "4.55.0" }, { address: RANDOM, version: "3.7.2" }]), SOURCE);
    expect([...locked.keys()]).toEqual([AZURERM, RANDOM]);
    expect(locked.get(AZURERM)).toMatchObject({ version: "4.55.0", constraints: "4.55.0", line: 4 });
    expect(locked.get(AZURERM)!.hashes).toHaveLength(3);
    // Comments of every kind, attributes in any order and a trailing comma are HCL terraform accepts.
    const terse = parseLockFile(`// c\n/* a\nb */ provider "${AZURERM}" {\n  version = "4.55.0" # pinned\n  hashes = ["${zh("a")}", "${h1("a")}",] // both\n}\nprovider "${RANDOM}" {\n hashes = [\n  "${zh("r")}"\n ]\n version = "3.7.2"\n}`, SOURCE);
    expect(terse.get(AZURERM)).toMatchObject({ version: "4.55.0", hashes: [zh("a"), h1("a")], line: 3 });
    expect(terse.get(RANDOM)).toMatchObject({ version: "3.7.2", hashes: [zh("r")], line: 7 });
  });

  it("names each provider source the way the lock does", () => {
    expect(providerAddress("azurerm")).toBe(AZURERM);
    expect(providerAddress("hashicorp/random")).toBe(RANDOM);
    expect(providerAddress("Registry.Terraform.io/HashiCorp/AzureRM")).toBe(AZURERM);
    expect(providerAddress("example.com/kommun/thing")).toBe("example.com/kommun/thing");
  });

  it("reads the exact pins of a synthesized stack; a range is left to terraform init", () => {
    const stack = { terraform: { required_providers: { azurerm: { source: "azurerm", version: "4.55.0" }, random: { source: "hashicorp/random", version: "= 3.7.2" }, other: { source: "kommun/other", version: "~> 1.0" } } } };
    expect(requiredProviders(stack, "cdk.tf.json")).toEqual([
      { address: AZURERM, version: "4.55.0" },
      { address: RANDOM, version: "3.7.2" },
      { address: "registry.terraform.io/kommun/other", version: undefined },
    ]);
    expect(requiredProviders({ resource: {} }, "cdk.tf.json")).toEqual([]);
    expect(refusal(() => requiredProviders({ terraform: { required_providers: { x: 3 } } }, "cdk.tf.json"))).toBe("cdk.tf.json: terraform.required_providers.x: received 3; expected { source, version }");
  });

  it("accepts a lock for exactly the pinned providers", () => {
    const locked = parseLockFile(lockText([{ address: AZURERM, version: "4.55.0" }, { address: RANDOM, version: "3.7.2" }]), SOURCE);
    expect(() => checkLock(locked, [{ address: AZURERM, version: "4.55.0" }, { address: RANDOM, version: "3.7.2" }], SOURCE, "onprem")).not.toThrow();
  });

  it("refuses another version, a missing provider and one the stack does not use, each with the fix", () => {
    const required = [{ address: AZURERM, version: "4.55.0" }, { address: RANDOM, version: "3.7.2" }];
    const other = parseLockFile(lockText([{ address: AZURERM, version: "4.40.0" }, { address: RANDOM, version: "3.7.2" }]), SOURCE);
    expect(refusal(() => checkLock(other, required, SOURCE, "onprem"))).toBe(
      `${SOURCE}: provider "${AZURERM}": received version "4.40.0"; expected version "4.55.0", the version the onprem stack pins; run exchange-iac lock and commit locks/`,
    );
    const without = parseLockFile(lockText([{ address: AZURERM, version: "4.55.0" }]), SOURCE);
    expect(refusal(() => checkLock(without, required, SOURCE, "onprem"))).toBe(
      `${SOURCE}: provider "${RANDOM}": received no block for it; expected a provider "${RANDOM}" block with version "3.7.2", as the onprem stack requires; run exchange-iac lock and commit locks/`,
    );
    const extra = parseLockFile(lockText([{ address: AZURERM, version: "4.55.0" }, { address: RANDOM, version: "3.7.2" }]), SOURCE);
    expect(refusal(() => checkLock(extra, [required[0]!], SOURCE, "online"))).toMatch(/provider "registry\.terraform\.io\/hashicorp\/random": received a block for a provider the stack does not use; expected only the providers the online stack requires/);
  });

  it("refuses a provider without hashes, or with hashes terraform never writes", () => {
    expect(refusal(() => parseLockFile(`provider "${AZURERM}" {\n  version = "4.55.0"\n}\n`, SOURCE))).toMatch(/: provider ".*azurerm": received no hashes; expected the package hashes for each platform/);
    expect(refusal(() => parseLockFile(`provider "${AZURERM}" {\n  version = "4.55.0"\n  hashes = ["md5:abc"]\n}\n`, SOURCE))).toMatch(/received the hash "md5:abc"; expected h1:<base64> or zh:<hex>/);
    expect(refusal(() => parseLockFile(`provider "${AZURERM}" {\n  version = "latest"\n  hashes = ["${zh("a")}"]\n}\n`, SOURCE))).toMatch(/received version "latest"; expected version = "X.Y.Z"/);
  });
});

describe("a hostile lock file is a clear InputError, never a crash", () => {
  const cases: [string, string, RegExp][] = [
    ["a quote inside the address", `provider "registry.terraform.io/hashicorp/az"urerm" {\n}\n`, /^locks\/onprem\.terraform\.lock\.hcl: line 1: received "urerm"; expected \{ after the provider address/],
    ["a brace inside a string closing the block early", `provider "${AZURERM}" {\n  version = "4.55.0" }"\n  hashes = ["${zh("a")}"]\n}\n`, /line 2: received the string ""; expected a closing " on the same line/],
    ["a brace closing the block before its hashes", `provider "${AZURERM}" {\n  version = "4.55.0" }\n  hashes = ["${zh("a")}"]\n}\n`, /provider ".*azurerm": received no hashes/],
    ["a string that never ends", `provider "${AZURERM}" {\n  version = "4.55.0\n}\n`, /line 2: received the string "4\.55\.0"; expected a closing " on the same line/],
    ["a template in a string", `provider "${AZURERM}" {\n  version = "\${file("/etc/passwd")}"\n}\n`, /line 2: received the string "\$\{"; expected a plain string/],
    ["a nested block", `provider "${AZURERM}" {\n  hashes {\n  }\n}\n`, /line 2: received "\{"; expected = after hashes/],
    ["an unknown attribute", `provider "${AZURERM}" {\n  source = "evil.example/x/y"\n}\n`, /line 2: received "source"; expected version, constraints or hashes/],
    ["two attributes on one line", `provider "${AZURERM}" {\n  version = "4.55.0" hashes = []\n}\n`, /line 2: received "hashes"; expected a line break/],
    ["a block that never closes", `provider "${AZURERM}" {\n  version = "4.55.0"\n`, /received the end of the file; expected \} to close the provider block/],
    ["a list that never closes", `provider "${AZURERM}" {\n  hashes = ["${zh("a")}",\n`, /received the end of the file; expected a hash in quotes/],
    ["an unquoted hash", `provider "${AZURERM}" {\n  hashes = [h1:abc]\n}\n`, /line 2: received "h1"; expected a hash in quotes/],
    ["the same provider twice", `${lockText([{ address: AZURERM, version: "4.55.0" }])}${lockText([{ address: AZURERM, version: "4.1.0" }])}`, /received the string "registry\.terraform\.io\/hashicorp\/azurerm"; expected each provider once/],
    ["a stray closing brace", `}\n`, /line 1: received "\}"; expected a provider "<address>"/],
    ["a module block", `module "x" {\n}\n`, /line 1: received "module"; expected a provider "<address>"/],
    ["an upper-case address", `provider "registry.terraform.io/HashiCorp/azurerm" {\n}\n`, /expected a provider address host\/namespace\/type in lower case/],
    ["a comment that never ends", `/* ${"{".repeat(1000)}`, /line 1: received the end of the file; expected \*\/ to close the comment/],
    ["an unknown escape", `provider "a\\qb" {\n}\n`, /line 1: received the string "a\\\\q"; expected a known escape/],
    ["a stray character", `provider "${AZURERM}" {\n  version = 4.55.0\n}\n`, /line 2: received "4"; expected a name, a string in quotes/],
    ["ten thousand open brackets", `provider "${AZURERM}" {\n  hashes = ${"[".repeat(10000)}\n}\n`, /line 2: received "\["; expected a hash in quotes/],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    expect(refusal(() => parseLockFile(text, SOURCE))).toMatch(expected);
  });

  const folder = mkdtempSync(join(tmpdir(), "exchange-iac-lock-file-"));
  const stack = join(folder, "stack");
  mkdirSync(stack);
  writeFileSync(join(stack, "cdk.tf.json"), JSON.stringify({ terraform: { required_providers: { azurerm: { source: "azurerm", version: "4.55.0" } } } }));
  const file = (name: string, content: string | Buffer) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };

  it("accepts a good lock on disk and returns its bytes unchanged", () => {
    const text = lockText([{ address: AZURERM, version: "4.55.0" }]);
    expect(readCheckedLock(file("good.hcl", text), stack, "onprem").toString("utf8")).toBe(text);
  });

  it("a huge file is refused by its size before it is parsed", () => {
    const path = file("huge.hcl", `${lockText([{ address: AZURERM, version: "4.55.0" }])}${"# padding\n".repeat(200_000)}`);
    expect(refusal(() => readCheckedLock(path, stack, "onprem"))).toMatch(/^--locks: received ".*huge\.hcl", a file of 2,[0-9,]+ bytes; expected a Terraform provider lock file of at most 1 MiB/);
  });

  it("a binary file is refused naming the line of its first non-text byte", () => {
    const path = file("binary.hcl", Buffer.concat([Buffer.from(`provider "${AZURERM}" {\n`), Buffer.from([0x00, 0x01, 0x02])]));
    expect(refusal(() => readCheckedLock(path, stack, "onprem"))).toMatch(/binary\.hcl: line 2: received the non-text character U\+0000; expected text/);
    const notUtf8 = file("latin1.hcl", Buffer.concat([Buffer.from("# ok\n# ok\n"), Buffer.from([0xff, 0xfe, 0x41])]));
    expect(refusal(() => readCheckedLock(notUtf8, stack, "onprem"))).toMatch(/latin1\.hcl: line 3: received bytes that are not UTF-8 text/);
    expect(refusal(() => readCheckedLock(file("random.hcl", randomBytes(64 * 1024)), stack, "onprem"))).toMatch(/random\.hcl: line \d+: received /);
  });

  it("a folder or a missing file is refused naming --locks", () => {
    expect(refusal(() => readCheckedLock(folder, stack, "onprem"))).toMatch(/^--locks: received ".*"; expected a Terraform provider lock file, not a folder$/);
    expect(refusal(() => readCheckedLock(join(folder, "none.hcl"), stack, "onprem"))).toMatch(/expected a Terraform provider lock file \(no such file\)$/);
  });

  it("any text built from lock-file pieces either parses or is an InputError", () => {
    const pieces = fc.constantFrom("provider", ` "${AZURERM}" `, "{", "}", "[", "]", ",", "=", '"', "\\", "\n", " ", "version", "hashes", `"4.55.0"`, `"${zh("x")}"`, "#", "/*", "*/", "${", "\u0000", "é", "😀");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        try {
          parseLockFile(parts.join(""), SOURCE);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message).not.toContain("\n");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
