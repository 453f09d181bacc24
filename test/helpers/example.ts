// The built-in example as data, for tests that mutate one field at a time.
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { EXAMPLE_CONFIG } from "../../model/load";

export function exampleData(): Record<string, any> {
  return parse(readFileSync(EXAMPLE_CONFIG, "utf8"));
}

export function exampleWith(change: (data: Record<string, any>) => void): string {
  const data = exampleData();
  change(data);
  return stringify(data);
}
