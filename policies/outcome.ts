// Small constructors that keep rule files short.
import type { FindingLocation, Outcome } from "./types";

export const atOrg = (path: string): FindingLocation => ({ kind: "organization", path });
export const atResource = (stack: string, address: string): FindingLocation => ({ kind: "resource", stack, address });
export const atDocument = (document: string, path: string): FindingLocation => ({ kind: "document", document, path });

export const fail = (message: string, location: FindingLocation): Outcome => ({ status: "fail", message, location });
export const undecided = (message: string, location: FindingLocation): Outcome => ({ status: "undecided", message, location });
