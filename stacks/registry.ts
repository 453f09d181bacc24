// Every cdktf stack of the project, in synth order. A stack is built from the validated
// organization file alone, so synth needs no network and no credentials.
import type { App, TerraformStack } from "cdktf";
import type { OrganizationFile } from "../model/schema";
import { onlineStack } from "./online";
import { onpremStack } from "./onprem";

export type StackId = "onprem" | "online";

export interface StackDefinition {
  id: StackId;
  description: string;
  build(app: App, org: OrganizationFile): TerraformStack;
  /** Configuration documents generated beside the stack's cdk.tf.json: file name -> content. */
  documents?(org: OrganizationFile): Record<string, string>;
}

export const STACKS: StackDefinition[] = [onpremStack, onlineStack];
