// Azure names allow only ASCII letters and digits in places (storage accounts, prefixes):
// "Åre kommun" becomes "arekommun".
export function asciiAlphanumeric(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
