import { az01 } from "./az-01-allowed-region";
import { az02 } from "./az-02-key-vault-protection";
import { az03 } from "./az-03-customer-key-vaults";
import { az04 } from "./az-04-storage-account-hardening";
import { az05 } from "./az-05-audit-workspace-retention";
import { az06 } from "./az-06-destroy-protection";
import { az07 } from "./az-07-no-clear-secrets";

export const azureRules = [az01, az02, az03, az04, az05, az06, az07];
