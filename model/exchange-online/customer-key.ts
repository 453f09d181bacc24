// Customer Key: the mailbox data encryption policy (DEP) names one RSA key in each of the
// two Key Vaults of the online stack (New-DataEncryptionPolicy -AzureKeyIDs <uri1>,<uri2>;
// source: learn-new-dataencryptionpolicy). The URIs follow
// the online stack's own naming (constructs/online/names.ts), so the DEP points at the
// vaults `cdktf deploy online` creates. When the organization name gives no usable name
// prefix (the online stack refuses to synthesize then), the URIs are marked placeholders.
import { derivePrefix, onlineNames } from "../../constructs/online/names";
import type { OrganizationFile } from "../schema";

export interface CustomerKeyReference {
  region: string;
  vault: string;
  keyUri: string;
  placeholder: boolean;
}

export function customerKeyReferences(org: OrganizationFile): CustomerKeyReference[] {
  const prefix = org.azure.namePrefix ?? derivePrefix(org.organization.name);
  const placeholder = prefix.length < 2;
  const names = onlineNames(placeholder ? "placeholder" : prefix);
  return org.online.customerKey.regions.map((region, index) => {
    const position = (index + 1) as 1 | 2;
    return { region, vault: names.customerKeyVault(position), keyUri: names.customerKeyUri(position), placeholder };
  });
}
