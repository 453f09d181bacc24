// Every cdktf stack of the project, in synth order (STACK_IDS). A stack is built from the
// validated organization file alone, so synth needs no network and no credentials. The
// documents generated beside each stack are in stacks/documents.ts.
import type { App, TerraformStack } from "cdktf";
import type { OrganizationFile } from "../model/schema";
import { onlineStack } from "./online";
import { onpremStack } from "./onprem";
import type { StackId } from "./stack-ids";

export type { StackId } from "./stack-ids";

export interface StackDefinition {
  id: StackId;
  description: string;
  build(app: App, org: OrganizationFile): TerraformStack;
}

export const STACKS: StackDefinition[] = [onpremStack, onlineStack];
