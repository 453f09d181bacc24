// Security: no generated file holds a secret. Every file the tool writes (synth output with
// cdk.tf.json, documents and .ps1 scripts; compare reports; PowerShell, Microsoft365DSC and TCM
// exports; check as JSON and SARIF; cost, tenant plan and diff output) is scanned for
// private keys, SAS tokens, connection strings, bearer tokens and literal passwords, secrets
// and keys. Tokens and passwords the tool reads from the environment are set to marker
// values first, so a leak of them into any output is caught too. The same outputs are scanned
// for files a reader could not open (a research note, a path outside the repository).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { findSecrets } from "./helpers/secret-scan";

const MARKERS = {
  EXCHANGE_IAC_EXO_TOKEN: "eyJhbGciOiJSUzI1NiJ9.eyJtYXJrZXIiOiJleG8ifQ.c2lnbmF0dXJlLW1hcmtlcg",
  EXCHANGE_IAC_COMPLIANCE_TOKEN: "compliance-token-marker-5f2b9c",
  EXCHANGE_IAC_GRAPH_TOKEN: "graph-token-marker-3c8e1d",
  ARM_CLIENT_SECRET: "arm-client-secret-marker-77aa",
};

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const ORGANIZATIONS = {
  example: undefined,
  // Every optional part that adds resources or documents: Customer Key vaults and keys, the
  // audit archive storage account, ids, a third-room witness, Edge, DMARC reports.
  "all-options": exampleWith((data) => {
    data.organization.tenantId = "8d3f1c2a-4b5e-4f6a-9b7c-0d1e2f3a4b5c";
    data.organization.subscriptions = { primary: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", secondary: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" };
    data.online.customerKey = { enabled: true };
    data.online.audit.archiveStorage = true;
    data.sites.witness = { kind: "third-room", name: "Brandstationen" };
  }),
};

describe("secrets scan of every generated file", () => {
  const out = mkdtempSync(join(tmpdir(), "exchange-iac-secrets-"));
  const saved: Record<string, string | undefined> = {};
  const written: string[] = [];

  beforeAll(async () => {
    for (const [name, value] of Object.entries(MARKERS)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    for (const [name, text] of Object.entries(ORGANIZATIONS)) {
      const dir = join(out, name);
      const config = text === undefined ? [] : ["--config", tempFile(`${name}.yaml`, text)];
      const commands = [
        ["synth", "--out", join(dir, "cdktf.out")],
        ["compare", "--out", join(dir, "out"), "--as-of", "2026-11-01"],
        ["export", "powershell", "--out", join(dir, "exchange-online.ps1")],
        ["export", "m365dsc", "--out", join(dir, "ExchangeOnlineBaseline.ps1")],
        ["export", "tcm", "--out", join(dir, "tcm-monitor.json")],
        ["--format", "json", "check", "--as-of", "2026-11-01", "--out", join(dir, "findings.json")],
        ["--format", "sarif", "check", "--as-of", "2026-11-01", "--out", join(dir, "findings.sarif")],
        ["--format", "json", "diff", "--base", "examples/municipality.yaml", "--as-of", "2026-11-01", "--out", join(dir, "diff.json")],
      ];
      for (const command of commands) {
        const result = await runCli([...config, ...command]);
        expect(result.code, `${command.join(" ")}: ${result.stderr}`).toBeLessThan(2);
      }
      // Commands that print instead of writing: their standard output is scanned as a file.
      for (const [file, command] of [
        ["cost.json", ["--format", "json", "cost"]],
        ["tenant-plan.json", ["--format", "json", "tenant", "plan"]],
        ["sizing.json", ["--format", "json", "sizing"]],
        ["cost.txt", ["cost"]],
        ["cost.md", ["--format", "markdown", "cost"]],
        ["check-sv.txt", ["check", "--as-of", "2026-11-01", "--lang", "sv"]],
        ["check-en.txt", ["check", "--as-of", "2026-11-01", "--lang", "en"]],
      ] as const) {
        const result = await runCli([...config, ...command]);
        expect(result.code, `${command.join(" ")}: ${result.stderr}`).toBeLessThan(2);
        written.push(`${join(dir, file)}\n${result.stdout}`);
      }
    }
  }, 120_000);

  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("covers the stacks, their documents and scripts, the reports and the exports", () => {
    const all = files(out).map((path) => path.slice(out.length + 1));
    for (const name of Object.keys(ORGANIZATIONS)) {
      expect(all).toEqual(
        expect.arrayContaining([
          `${name}/cdktf.out/stacks/onprem/cdk.tf.json`,
          `${name}/cdktf.out/stacks/onprem/exchange-organization.json`,
          `${name}/cdktf.out/stacks/onprem/exchange-organization.ps1`,
          `${name}/cdktf.out/stacks/online/cdk.tf.json`,
          `${name}/cdktf.out/stacks/online/exchange-online-configuration.json`,
          `${name}/out/comparison.md`,
          `${name}/out/comparison.json`,
          `${name}/out/comparison.html`,
          `${name}/exchange-online.ps1`,
          `${name}/ExchangeOnlineBaseline.ps1`,
          `${name}/findings.json`,
          `${name}/findings.sarif`,
          `${name}/diff.json`,
        ]),
      );
    }
    // The optional parts really are in the scanned output.
    const online = readFileSync(join(out, "all-options/cdktf.out/stacks/online/cdk.tf.json"), "utf8");
    expect(online).toContain("azurerm_key_vault_key");
    expect(online).toContain("azurerm_storage_account");
  });

  it("finds no secret in any generated file, and no token or password from the environment", () => {
    const contents = [...files(out).map((path) => `${path}\n${readFileSync(path, "utf8")}`), ...written];
    expect(contents.length).toBeGreaterThan(25);
    const hits = contents.flatMap((content) => {
      const [path, ...rest] = content.split("\n");
      const text = rest.join("\n");
      const leaked = Object.entries(MARKERS).filter(([, marker]) => text.includes(marker)).map(([name]) => ({ pattern: `value of ${name}`, line: 0, excerpt: "" }));
      return [...findSecrets(text), ...leaked].map((hit) => `${path!.slice(out.length + 1)}:${hit.line} ${hit.pattern}: ${hit.excerpt}`);
    });
    expect(hits).toEqual([]);
  });

  it("cites no file a reader cannot open: every file it names is the repository's own or one the tool writes", () => {
    // Research notes and files outside the repository are not sources; what a report cites is
    // a public URL (the sources registry) or a file of this repository.
    const ROOT = fileURLToPath(new URL("..", import.meta.url));
    const WRITTEN = /^(cdk\.tf\.json|exchange-organization\.(json|ps1)|exchange-edge(-[\w-]+)?\.ps1|exchange-online-configuration\.json|comparison\.(md|json|html|pdf)|portfolio\.(md|json|html)|[\w-]+\.tfstate|manifest\.json|metadata\.json|all-options\.yaml|municipality\.yaml)$/;
    const contents = [...files(out).map((path) => `${path}\n${readFileSync(path, "utf8")}`), ...written];
    const unknown = contents.flatMap((content) => {
      const [path, ...rest] = content.split("\n");
      // The test's own files live in the temporary directory; SARIF names them relative to the working directory.
      const text = rest.join("\n").replace(/https:\/\/[^\s"'<>)\]]+/g, "").replaceAll(out, "").replaceAll(tmpdir(), "").replaceAll(relative(process.cwd(), tmpdir()), "");
      return [...text.matchAll(/(?<![\w@])((?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|ya?ml|json|ts|ps1|txt|html))(?![\w/])/g)]
        .map((match) => match[1]!)
        .filter((file) => !file.startsWith("../") && !existsSync(join(ROOT, file)) && !WRITTEN.test(basename(file)))
        .map((file) => `${path!.slice(out.length + 1)}: ${file}`);
    });
    expect([...new Set(unknown)]).toEqual([]);
    const parents = contents.filter((content) => /(^|[\s"'(])\.\.\/[\w.-]/.test(content.split("\n").slice(1).join("\n").replaceAll(relative(process.cwd(), tmpdir()), "")));
    expect(parents.map((content) => content.split("\n")[0])).toEqual([]);
  });

  it("no password is a value or an input: every one the stacks need is generated by Terraform", () => {
    for (const name of Object.keys(ORGANIZATIONS)) {
      const onprem = JSON.parse(readFileSync(join(out, `${name}/cdktf.out/stacks/onprem/cdk.tf.json`), "utf8"));
      expect(Object.keys(onprem.variable ?? {}).filter((variable) => /password|secret/i.test(variable))).toEqual([]);
      const values = [...JSON.stringify(onprem).matchAll(/"[a-z_]*password[a-z_]*":"([^"]*)"/g)].map((match) => match[1]);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).toMatch(/^\$\{random_password\.[\w-]+\.result\}$/);
    }
  });
});

describe("the scanner itself", () => {
  it.each([
    ["-----BEGIN RSA PRIVATE KEY-----", "private key"],
    ["https://sa.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=abcdEFGH1234ijklMNOP5678qrst%3D", "SAS signature"],
    ["DefaultEndpointsProtocol=https;AccountName=sa;AccountKey=YWJjZGVmZ2hpamtsbW5vcA==;", "storage connection string"],
    ["Server=sql01;Database=mail;User Id=sa;Password=Hunter2!;", "connection string password"],
    ["Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345", "bearer token"],
    ['"admin_password": "Sommar2026!"', "literal password/secret/token"],
    ["client_secret: s3cr3t-value", "literal password/secret/token"],
    ["$AdminPassword = 'Sommar2026!'", "PowerShell literal password"],
    ["ConvertTo-SecureString 'Sommar2026!' -AsPlainText -Force", "plain-text secure string"],
  ])("flags %s", (line, pattern) => {
    expect(findSecrets(`before\n${line}\nafter`).map((hit) => hit.pattern)).toContain(pattern);
  });

  it("does not flag references, variables and empty values", () => {
    const clean = [
      '"admin_password": "${var.vm_admin_password}"',
      '"password": ""',
      "-CertificateThumbprint $CertificateThumbprint",
      '"secret_permissions": ["Get", "List"]',
      "$password = $env:EXCHANGE_IAC_PASSWORD",
      '"key_size": 2048',
    ].join("\n");
    expect(findSecrets(clean)).toEqual([]);
  });
});
