// A Terraform variable for an Azure or Entra id the organization file does not hold. Synth
// never invents an id: `terraform plan` asks for it, or reads TF_VAR_<name>.
import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";

const GUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

export function guidVariable(scope: Construct, name: string, description: string): TerraformVariable {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new Error(`guidVariable: name received ${JSON.stringify(name)}; expected lower-case letters, digits and _`);
  }
  const variable = new TerraformVariable(scope, name, {
    type: "string",
    nullable: false,
    description,
    validation: [{ condition: `\${can(regex("${GUID}", var.${name}))}`, errorMessage: `${name} must be a GUID.` }],
  });
  // A plain name instead of a path-derived logical id, so users can set TF_VAR_<name>.
  variable.overrideLogicalId(name);
  return variable;
}
