// Svenska texter för reglerna om steg före driftstart: rubrik, åtgärd och varje iakttagelse.
import type { deployment as en } from "../../en/rules/deployment";

export const deployment: typeof en = {
  dep01: {
    title: "De resursprovidrar som Arc-aktiverat SCVMM behöver är registrerade i prenumerationen",
    remediation:
      "Registrera Microsoft.ScVmm, Microsoft.HybridCompute, Microsoft.ExtendedLocation, Microsoft.ResourceConnector, Microsoft.HybridConnectivity, Microsoft.GuestConfiguration (az provider register --namespace <namn>) innan VMM ansluts till Arc och ange sedan dagen i deployment.prerequisites.resourceProvidersRegistered.",
    needed: (providers: string[]) => `det finns ingen uppgift om att resursprovidrarna ${providers.join(", ")} är registrerade`,
  },
  dep02: {
    title: "VMM är anslutet till Azure Arc (resursbrygga, anpassad plats, VMM-serverresurs) i en region där tjänsten finns",
    remediation:
      "Kör Microsofts anslutningsskript för VMM med namnen i onprem.scvmm (arcResourceGroup, resourceBridge, customLocation, vmmServer) i en region där tjänsten finns (snabbstarten nämner East US och West Europe), ange regionen i onprem.scvmm.region, behåll den i azure.allowedRegions och ange dagen i deployment.prerequisites.arcScvmmOnboarded. Aktivera inte molnen, VM-nätverken och mallarna i portalen, eller ange dem i onprem.scvmm.alreadyEnabled så att stacken importerar dem.",
    needed: "det finns ingen uppgift om att VMM har anslutits till Azure Arc",
    regionNotOffered: (needed: string, region: string, offered: string[]) => `${needed} (regionen ${region} finns inte bland dem som Microsofts snabbstart för anslutningen nämner: ${offered.join(", ")})`,
  },
  dep03: {
    title: "Prenumerationsfunktionen för kryptering på värden är registrerad där en VM använder den",
    remediation: "Kör az feature register --name EncryptionAtHost --namespace Microsoft.Compute i prenumerationen, vänta tills den är Registered och ange dagen i deployment.prerequisites.encryptionAtHostRegistered.",
    needed: "en VM använder kryptering på värden (vittnet i Azure), och det finns ingen uppgift om att funktionen Microsoft.Compute/EncryptionAtHost är registrerad",
  },
  dep04: {
    title: "Prenumerationerna har åtkomst till Sweden South, en region med begränsad åtkomst, när resurser ska placeras där",
    remediation: "Begär åtkomst till Sweden South för varje prenumeration som driftsätter där (begäran om regionåtkomst i Azure), eller använd en annan tillåten region, och ange dagen i deployment.prerequisites.swedenSouthAccess.",
    needed: (count: number, first: string) => `${count} ${count === 1 ? "resurs hamnar" : "resurser hamnar"} i Sweden South (${first}), och det finns ingen uppgift om att åtkomst till regionen har beviljats`,
  },
  dep05: {
    title: "Båda serverhallarna når DAG-vittnet, via en deklarerad eller en kontrollerad väg",
    remediation:
      "Koppla vittnets nätverk i Azure (peering) till en hubb vars gateway når båda serverhallarna (sites.witness.connectivity, med firewallAddress för standardvägen), eller anslut den tredje lokalens nätverk till båda hallarna; anslut vittnet till domänen, kontrollera sedan från en server i varje hall och ange dagen i deployment.prerequisites.witnessConnectivity.",
    thirdRoom: (room: string) => `det finns ingen uppgift om att den tredje lokalen ${room} nås från båda serverhallarna`,
    noPath: "vittnets nätverk i Azure har ingen deklarerad väg till serverhallarna (ingen peering med en hubb i sites.witness.connectivity) och ingen kontrollerad VPN-förbindelse",
    noDefaultRoute: "vittnets nätverk i Azure är kopplat till hubben men saknar standardväg (sites.witness.connectivity.firewallAddress), så dess övervakningsagent når Azure Monitor bara om hubben ger en",
  },
  dep06: {
    title: "Namnen på valvens privata slutpunkter slås upp till deras privata adresser där de används",
    remediation:
      "Ange azure.dataPlaneAccess.privateEndpoint.privateDnsZoneId (zonen privatelink.vaultcore.azure.net länkad till byggagentens nätverk), vidarebefordra zonen från serverhallarnas DNS (vid lokal drift), kontrollera att namnen slås upp till slutpunkternas adresser och ange dagen i deployment.prerequisites.privateEndpointDns.",
    onprem: "certifikatvalvet nås genom en privat slutpunkt, och det finns ingen uppgift om att dess namn går att slå upp från serverhallarna",
    noZoneGroup: "ett valvs privata slutpunkt saknar DNS-zongrupp, och det finns ingen uppgift om att namnet slås upp till slutpunkten",
  },
  dep07: {
    title: "Exchange-servrarnas TLS-certifikat är importerat till certifikatvalvet",
    remediation:
      "Importera SAN-certifikatet för e-post- och autodiscover-namnen (onprem.namespace) till certifikatvalvet från en tillåten adress eller genom dess privata slutpunkt (az keyvault certificate import) och ange dagen i deployment.prerequisites.certificateImported.",
    needed: "det finns ingen uppgift om att certifikatet för klienternas namnrymd är importerat till certifikatvalvet",
  },
  dep08: {
    title: "Varje serverhalls statiska IP-pooler i VMM innehåller adressplanens intervall",
    remediation:
      "Ge i VMM varje halls VM-nätverk för klienter och replikering en statisk IP-pool som exakt motsvarar intervallet i stackens utdata exchange_address_plan (pools) och ange dagen i deployment.prerequisites.staticIpPools.",
    needed: "det finns ingen uppgift om att de statiska IP-poolerna i VMM för adressplanen (utdata exchange_address_plan) är skapade",
  },
  dep09: {
    title: "Perimeternätverket når Azure Arcs slutpunkter, så att gästagenterna på Edge-servrarna kan köras",
    remediation:
      "Tillåt utgående HTTPS från perimeternätverket till Azure Arcs slutpunkter i supportmatrisen (direkt eller via en proxy), kontrollera från en Edge-server och ange dagen i deployment.prerequisites.perimeterOutbound.",
    needed: "det finns ingen uppgift om att perimeternätverket når Azure Arcs slutpunkter",
  },
  dep10: {
    title: "De driftsatta postlådeservrarna har den vCPU, det minne och de databasdiskar som designen anger (en plan visar det som är driftsatt)",
    remediation:
      "Ändra storlek på en DAG-medlem i taget (docs/onprem.md, avsnittet om att ändra en postlådeservers vCPU, minne eller databasdiskar): sätt den i underhållsläge så att dess aktiva kopior flyttas till de andra medlemmarna, stoppa den, ändra vCPU och minne och lägg till de datadiskar som saknas från Azure (Settings > Size, Settings > Disks) eller i VMM, starta den, ta den ur underhållsläget och fortsätt med nästa; kör sedan exchange-iac plan och check --plan igen.",
    vcpu: (deployed: unknown, designed: number) => `${deployed} vCPU driftsatta, ${designed} enligt designen`,
    memory: (deployedGB: number, designedGB: number) => `${deployedGB} GB minne driftsatt, ${designedGB} GB enligt designen`,
    noDisk: (database: string, sizeGB: number) => `ingen disk för databaskopian ${database} (${sizeGB} GB)`,
    noTrackingLogDisk: (name: string, sizeGB: number) => `ingen disk ${name} för meddelandespårningsloggarna (${sizeGB} GB)`,
    smallDisk: (database: string, deployedGB: number, designedGB: number) => `disken ${database} är ${deployedGB} GB, ${designedGB} GB enligt designen`,
    differs: (server: string, differences: string[]) => `${server} avviker från designen: ${differences.join("; ")}; följ rutinen för storleksändring`,
  },
};
