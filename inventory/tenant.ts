// The Entra objects the tenant Pulumi program declares, read without an engine or
// credentials: the program runs under Pulumi's mocks, which record each resource with the
// inputs it would send. This is the "tenant" artifact the IAM rules judge.
import * as pulumi from "@pulumi/pulumi";
import type { OrganizationFile } from "../model/schema";
import { tenantProgram } from "../stacks/tenant/program";
import type { TenantDocument, TenantResource } from "./tenant-document";

export { TENANT_DOCUMENT, type TenantDocument, type TenantResource } from "./tenant-document";

export async function tenantDocument(org: OrganizationFile): Promise<TenantDocument> {
  const registered: TenantResource[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        // Dynamic resources carry their serialized provider; the rules judge Entra objects only.
        // Graph assigns ids at apply; stand-ins named after the resource keep references readable.
        const id = `${args.name}-id`;
        const objectId = `${args.name}-object-id`;
        if (args.type.startsWith("azuread:")) registered.push({ type: args.type, name: args.name, id, objectId, inputs: JSON.parse(JSON.stringify(args.inputs)) });
        return { id, state: { ...args.inputs, objectId, clientId: `${args.name}-client-id` } };
      },
      call: (args) => args.inputs,
    },
    "exchange-iac-tenant",
    "check",
    false,
  );
  try {
    // The Entra objects only: the rules read the Exchange Online configuration from its
    // generated document, and skipping its dynamic provider saves ~0.7 s (issue 8).
    tenantProgram(org, { entraOnly: true });
  } catch (error) {
    // Found by the property tests: when the program stops half-way (an InputError from the
    // organization file), resources it already declared still finish registering later. If
    // the next run in the same process (diff builds base and head, the tests run many) has
    // set new mocks by then, those late calls hit the new mock monitor, which throws
    // "unknown resource" as an unhandled rejection and kills the process. Let them land here.
    await settle(() => registered.length);
    throw error;
  }
  await settle(() => registered.length);
  return { resources: registered.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)) };
}

/** Waits until no new resource has been registered for a few turns of the event loop. */
async function settle(count: () => number): Promise<void> {
  let last = -1;
  let quiet = 0;
  while (quiet < 5) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    quiet = count() === last ? quiet + 1 : 0;
    last = count();
  }
}
