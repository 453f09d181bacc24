// Svenska texter för Azure-reglerna: rubrik, åtgärd och varje iakttagelse.
import type { azure as en } from "../../en/rules/azure";

export const azure: typeof en = {
  az01: {
    title: "Varje Azure-resurs finns i en tillåten region, och de tillåtna regionerna ligger inom EU/EES",
    remediation: "Driftsätt i en region som finns i azure.allowedRegions och ange bara regioner inom EU/EES där (begränsa till Sverige om det är beslutat).",
    regionOutsideEea: (region: string) => `azure.allowedRegions anger ${region}, som inte är en region inom EU/EES`,
    regionUnknown: (address: string) => `regionen för ${address} är inte känd förrän vid apply`,
    outsideEea: (address: string, location: string) => `${address} finns i ${location}, som ligger utanför EU/EES`,
    notAllowed: (address: string, location: string, allowed: string[]) => `${address} finns i ${location}, som inte är en av de tillåtna regionerna ${allowed.join(", ")}`,
    regionMove: (address: string, from: string, to: string) => `planen flyttar ${address} från ${from} till ${to}, vilket ersätter resursen; en regionflytt är en migrering som planeras för sig`,
  },
  az02: {
    title: "Key Vault: rensningsskydd påslaget, mjuk borttagning i 90 dagar, offentlig nätverksåtkomst avstängd eller nätverksregler som nekar som standard och bara släpper in angivna adresser",
    remediation: "Ange purge_protection_enabled = true, soft_delete_retention_days = 90 och public_network_access_enabled = false eller network_acls.default_action = \"Deny\" med ip_rules som bara anger byggagenternas egna adresser (inte 0.0.0.0/0 eller ett intervall större än /16).",
    purgeUnknown: (vault: string) => `rensningsskyddet för ${vault} är inte känt förrän vid apply`,
    purgeOff: (vault: string) => `${vault} har rensningsskyddet avstängt`,
    softDelete: (vault: string, days: number | undefined) => `${vault} behåller mjukt borttagna objekt i ${days ?? "leverantörens standardantal"} dagar, inte 90`,
    publicAccess: (vault: string) => `${vault} kan nås från offentliga nätverk (inga nätverksregler som nekar som standard)`,
    wideRange: (vault: string, range: string) => `${vault} släpper in ${range} genom sina nätverksregler, vilket inte är ett avgränsat adressintervall (högst /16)`,
      undeclaredRange: (vault: string, range: string) => `${vault} släpper in ${range} genom sina nätverksregler, vilket ligger utanför de adresser organisationsfilen anger (azure.dataPlaneAccess.allowedAddresses)`,
  },
  az03: {
    title: "Med Customer Key: två premiumvalv i två olika regioner och prenumerationer, RSA-HSM-nycklar som tillåter wrapKey/unwrapKey, inget utgångsdatum för nycklarna",
    remediation: "Deklarera två Key Vault av typen premium i olika regioner under två provideralias (prenumerationer), vart och ett med en RSA-HSM-nyckel med key_opts wrapKey och unwrapKey och utan expiration_date.",
    sameSubscription: (subscription: string) => `båda valven för Customer Key skulle hamna i prenumerationen ${subscription}; organization.subscriptions.secondary måste vara en annan prenumeration`,
    tooFewVaults: (vaults: number, regions: number, subscriptions: number) =>
      `Customer Key är aktiverat, men stacken har ${vaults} premiumvalv i ${regions} ${regions === 1 ? "region" : "regioner"} under ${subscriptions} ${subscriptions === 1 ? "prenumeration" : "prenumerationer"}; två av varje krävs`,
    notHsm: (key: string, type: string) => `${key} är ${type}, inte RSA-HSM`,
    noWrap: (key: string) => `${key} tillåter inte wrapKey och unwrapKey`,
    expires: (key: string, date: string) => `${key} har ett utgångsdatum (${date}); rotnycklar för Customer Key får inte ha det`,
  },
  az04: {
    title: "Lagringskonton: lägsta TLS-version 1.2 uttryckligen angiven, bara HTTPS, ingen offentlig åtkomst till blobbar",
    remediation: "Ange min_tls_version = \"TLS1_2\", https_traffic_only_enabled = true och allow_nested_items_to_be_public = false.",
    noMinTls: (account: string) => `${account} anger inte min_tls_version till TLS1_2 eller senare`,
    plainHttp: (account: string) => `${account} tar emot okrypterad HTTP`,
    publicBlobs: (account: string) => `${account} tillåter offentlig åtkomst till blobbar`,
  },
  az05: {
    title: "Granskningsdata sparas så länge som beslutats (minst 365 dagar), och ingen plan tar bort ett loggflöde eller kortar en lagringstid",
    remediation: "Ange retention_in_days till minst 365 och minst den beslutade lagringstiden för granskningsloggar (retention.auditLogRetentionDays, ett gallringsbeslut om loggar; högst 730, resten i tabellerna); ta inte bort diagnostikinställningar, dataanslutningar eller datainsamlingsregler och korta inte en lagringstid i en plan.",
    unknown: (workspace: string) => `lagringstiden för ${workspace} är inte känd förrän vid apply`,
    tooShort: (workspace: string, days: string | undefined, required: number) => `${workspace} sparar data i ${days ?? "30 (standard)"} dagar, kortare än de beslutade ${required} dagarna`,
    feedRemoved: (address: string) => `planen tar bort ${address}, som för granskningsdata`,
    shortened: (address: string, before: number, after: number) => `planen kortar lagringstiden för ${address} från ${before} till ${after} dagar`,
  },
  az06: {
    title: "Resurser som bär data är skyddade mot borttagning; en plan som tar bort eller ersätter en sådan stoppas",
    remediation: "Behåll lifecycle.prevent_destroy = true för valv, nycklar, lagring, arbetsytor, återställningsvalv och postlådeservrar; ändra planen så att den varken tar bort eller ersätter dem.",
    planReplaces: (address: string) => `planen ersätter ${address}, som innehåller data`,
    planDeletes: (address: string) => `planen tar bort ${address}, som innehåller data`,
    noPreventDestroy: (address: string) => `${address} innehåller data men saknar prevent_destroy`,
    planReplacesProtected: (address: string) => `planen ersätter ${address}, som tjänsten är beroende av (skyddad mot borttagning)`,
    planDeletesProtected: (address: string) => `planen tar bort ${address}, som tjänsten är beroende av (skyddad mot borttagning)`,
  },
  az07: {
    title: "Ingen hemlighet skrivs i klartext i den genererade konfigurationen",
    remediation: "Hämta lösenord och nycklar från en känslig Terraform-variabel eller en Key Vault-referens, aldrig som en literal.",
    clearSecret: (where: string, path: string) => `${where} skriver ${path} i klartext`,
  },
};
