// Declares the plain Entra objects of model/entra/ as @pulumi/azuread resources, one resource
// per object with exactly its type, name and inputs; a reference to another object becomes
// that resource's output. The compiler checks every object's inputs against azuread's args.
import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import * as entra from "../../model/entra/objects";

interface ResourceOf {
  [entra.GROUP]: azuread.Group;
  [entra.NAMED_LOCATION]: azuread.NamedLocation;
  [entra.CONDITIONAL_ACCESS_POLICY]: azuread.ConditionalAccessPolicy;
  [entra.APPLICATION]: azuread.Application;
  [entra.SERVICE_PRINCIPAL]: azuread.ServicePrincipal;
  [entra.FEDERATED_IDENTITY_CREDENTIAL]: azuread.ApplicationFederatedIdentityCredential;
  [entra.APP_ROLE_ASSIGNMENT]: azuread.AppRoleAssignment;
  [entra.DIRECTORY_ROLE_ASSIGNMENT]: azuread.DirectoryRoleAssignment;
}

/** An object's inputs with every reference replaced by the output it names. */
type Resolved<T> = T extends entra.EntraReference ? pulumi.Output<string> : T extends readonly (infer Item)[] ? Resolved<Item>[] : T extends object ? { [K in keyof T]: Resolved<T[K]> } : T;

type Referable = { id: pulumi.Output<string>; objectId?: pulumi.Output<string>; clientId?: pulumi.Output<string> };

/** The resources declared so far, by object name, so later objects can refer to them. */
export class EntraResources {
  private readonly declared = new Map<string, Referable & pulumi.CustomResource>();

  /** Every resource declared, by the name of its object. */
  get resources(): ReadonlyMap<string, pulumi.CustomResource> {
    return this.declared;
  }

  declare<O extends entra.EntraObject>(object: O, parent: pulumi.Resource): ResourceOf[O["type"]] {
    const opts: pulumi.CustomResourceOptions = { parent, ...(object.retainOnDelete ? { retainOnDelete: true } : {}), ...(object.protect ? { protect: true } : {}) };
    const resource = this.create(object, opts);
    this.declared.set(object.name, resource);
    return resource as ResourceOf[O["type"]];
  }

  private create(object: entra.EntraObject, opts: pulumi.CustomResourceOptions): Referable & pulumi.CustomResource {
    switch (object.type) {
      case entra.GROUP:
        return new azuread.Group(object.name, this.resolve(object.inputs), opts);
      case entra.NAMED_LOCATION:
        return new azuread.NamedLocation(object.name, this.resolve(object.inputs), opts);
      case entra.CONDITIONAL_ACCESS_POLICY:
        return new azuread.ConditionalAccessPolicy(object.name, this.resolve(object.inputs), opts);
      case entra.APPLICATION:
        return new azuread.Application(object.name, this.resolve(object.inputs), opts);
      case entra.SERVICE_PRINCIPAL:
        return new azuread.ServicePrincipal(object.name, this.resolve(object.inputs), opts);
      case entra.FEDERATED_IDENTITY_CREDENTIAL:
        return new azuread.ApplicationFederatedIdentityCredential(object.name, this.resolve(object.inputs), opts);
      case entra.APP_ROLE_ASSIGNMENT:
        return new azuread.AppRoleAssignment(object.name, this.resolve(object.inputs), opts);
      case entra.DIRECTORY_ROLE_ASSIGNMENT:
        return new azuread.DirectoryRoleAssignment(object.name, this.resolve(object.inputs), opts);
    }
  }

  private resolve<T>(value: T): Resolved<T> {
    if (entra.isReference(value)) {
      const output = this.declared.get(value.ref)?.[value.attribute];
      if (!output) throw new Error(`Entra object ${value.ref} (${value.attribute}) is referred to before it is declared`);
      return output as Resolved<T>;
    }
    if (Array.isArray(value)) return value.map((item) => this.resolve(item)) as Resolved<T>;
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.resolve(item)])) as Resolved<T>;
    return value as Resolved<T>;
  }
}
