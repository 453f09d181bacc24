import type { Finding } from "../types";
import { isBlocking } from "../waivers";

export function findingsJson(findings: Finding[], asOf: string) {
  return {
    asOf,
    blocking: findings.filter(isBlocking).length,
    findings: findings.map((f) => ({ ...f, blocking: isBlocking(f) })),
  };
}
