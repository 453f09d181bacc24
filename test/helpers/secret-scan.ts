// Finds secrets in generated text: private keys, SAS tokens, connection strings with keys or
// passwords, bearer tokens and JWTs, cloud access keys, and password/secret/token fields with
// a literal value (a Terraform reference "${...}", a PowerShell variable or an empty value is
// not a literal). Used by test/hardening-secrets.test.ts on every file the tool writes.
export interface SecretHit {
  pattern: string;
  line: number;
  excerpt: string;
}

const PATTERNS: [string, RegExp][] = [
  ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["SAS token", /[?&](sig|sv)=[A-Za-z0-9%+/=-]{8,}[^\s"']*&(sig|se|sp|sv)=/],
  ["SAS signature", /[?&]sig=[A-Za-z0-9%+/=]{20,}/],
  ["storage connection string", /(AccountKey|SharedAccessKey|SharedAccessSignature)=[A-Za-z0-9+/=%]{10,}/i],
  ["connection string password", /\b(Password|Pwd)=[^;"'\s$]{3,}/i],
  ["bearer token", /Bearer\s+[A-Za-z0-9\-._~+/]{16,}=*/],
  ["JWT", /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ["AWS access key", /\bAKIA[0-9A-Z]{16}\b/],
  ["GitHub token", /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ["Azure storage key", /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==/],
  // "admin_password": "literal", password = "literal", client_secret: literal (JSON, HCL, YAML)
  [
    "literal password/secret/token",
    /["']?\b[\w-]*(password|passwd|secret|client_secret|api_key|apikey|access_key|account_key|primary_key|token)\b["']?\s*[:=]\s*["'](?!\$\{|\$\(|\$[A-Za-z_])[^"'\s]{4,}["']/i,
  ],
  // client_secret: literal (unquoted YAML)
  ["literal password/secret/token", /^\s*[\w-]*(password|passwd|secret|api_key|apikey|access_key|account_key|token)\s*:\s*(?!["'$[{|>])[^\s#]{4,}\s*$/i],
  // $password = 'literal' and ConvertTo-SecureString 'literal' -AsPlainText in PowerShell
  ["PowerShell literal password", /\$\w*(password|secret|token)\w*\s*=\s*["'][^"'$]{4,}["']/i],
  ["plain-text secure string", /ConvertTo-SecureString\s+(-String\s+)?["'][^"']+["']/i],
];

export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  text.split("\n").forEach((line, index) => {
    for (const [pattern, regex] of PATTERNS) {
      const match = regex.exec(line);
      if (match) hits.push({ pattern, line: index + 1, excerpt: line.slice(Math.max(0, match.index - 20), match.index + 60) });
    }
  });
  return hits;
}
