// Whether the sized design can be built on the organization's hosts and licences. One result,
// read the same way by `sizing`, by ONP-12 in `check` and synth, and by `cost` and `compare`
// (which refuse to price a design that cannot be built).

export type ShortfallResource = "storage" | "processors" | "memory" | "mounted-databases" | "dag-members" | "room-capacity";

export interface Shortfall {
  resource: ShortfallResource;
  /** The organization-file field to change. */
  field: string;
  need: number;
  have: number;
  unit: string;
  /** What the design needs against what it has, with the numbers. */
  problem: string;
  /** What would fit. */
  fits: string;
}

export interface Feasibility {
  fits: boolean;
  shortfalls: Shortfall[];
}

/** A figure as the CLI prints figures: thousands separated, at most one decimal. */
export const figure = (value: number, decimals = 0): string =>
  value.toLocaleString("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
