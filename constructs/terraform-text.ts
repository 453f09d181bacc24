// Text from the organization file on its way into Terraform JSON, where every string is a
// template (`${...}` evaluated, `%{...}` a directive). cdktf does not keep Terraform's own
// escapes `$${` and `%%{` reliably: it writes them back as `${` and `%{` in some attributes
// (those of a resource with depends_on, for one). So text holding `${` or `%{` is written as
// a whole-string interpolation of a quoted literal, `${"..."}`, in which `$` and `%` are the
// expression language's escapes \u0024 and \u0025: Terraform evaluates it to the text itself,
// and no reading can turn it into a sequence. stacks/terraform-templates.ts checks the result.

/** A literal attribute value (a tag, a name, an error message); text without `${` or `%{` is left as it is. */
export function terraformText(value: string): string {
  return /[$%]\{/.test(value) ? `\${${hclString(value)}}` : value;
}


/** A string literal inside a Terraform expression: quoted, with `$` and `%` as unicode escapes. */
export function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$/g, "\\u0024").replace(/%/g, "\\u0025");
}
