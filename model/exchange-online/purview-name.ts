// Names of Purview objects (retention policies and rules, role groups) made from the
// organization file: characters Purview refuses become "-", and the name is cut at 64
// characters. Two inputs can therefore give one name; Purview, like Exchange, compares names
// without regard to case, so the second New- call would fail on the existing object and one
// decision would have no policy of its own. nameClash finds such a pair so it can be refused.

/** The most characters a Purview policy or rule name may have. */
export const PURVIEW_NAME_LENGTH = 64;

/** Purview names refuse some characters (for example / and :), so they become "-". */
export function purviewName(text: string): string {
  return text.replace(/[\\/%&*+=?{}|<>();:,[\]"]/g, "-").replace(/\s+/g, " ").trim().slice(0, PURVIEW_NAME_LENGTH);
}

/** A rule's name beside its policy's, still distinct from it when the policy's name is full length. */
export function purviewRuleName(policy: string): string {
  return purviewName(`${policy.slice(0, PURVIEW_NAME_LENGTH - " rule".length)} rule`);
}

/** The first two inputs (by index) whose names are the same, ignoring case; undefined when all differ. */
export function nameClash(names: string[]): { first: number; second: number; name: string } | undefined {
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return { first, second: index, name };
    seen.set(key, index);
  }
  return undefined;
}
