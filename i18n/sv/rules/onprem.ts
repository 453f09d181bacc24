// Svenska texter för reglerna om lokal drift: rubrik, åtgärd och varje iakttagelse.
import type { onprem as en } from "../../en/rules/onprem";
import { formatFor } from "../../format";

const f = formatFor("sv");
const list = (items: string[]) => f.list(items);

export const onprem: typeof en = {
  onp01: {
    title: "Exchange Server är en version med support (Subscription Edition) med minst säkerhetsuppdateringen från juni 2026; 2016 och 2019 saknar support sedan 2025-10-14",
    remediation: "Ange onprem.exchangeVersion till SE (uppgradera på plats från 2019 CU14/CU15, migrera sida vid sida från 2016), installera den senaste säkerhetsuppdateringen (minst 15.2.2562.43, SU från juni 2026) och ange versionen i onprem.installedBuild.",
    subject: "Exchange-versionen",
    noVersion: "dokumentet anger inte vilken version av Exchange Server som används",
    outOfSupport: (version: string) => `Exchange Server ${version} saknar support sedan 2025-10-14; bara Exchange Server SE får säkerhetsuppdateringar`,
    markedUnsupported: (version: string) => `dokumentet anger att Exchange Server ${version} saknar support`,
    buildTooOld: (build: string, minimum: string) =>
      `servrarna kör version ${build}, som är äldre än ${minimum} (säkerhetsuppdateringen från juni 2026): de saknar rättelsen för CVE-2026-42897, en sårbarhet i OWA som finns på CISA:s lista över kända utnyttjade sårbarheter sedan 2026-05-15, och från juli 2026 ger tjänsten Emergency Mitigation dem inga nya åtgärder`,
    fixesMissing: (build: string, latest: string) => `servrarna kör version ${build}, som är äldre än ${latest}: rättelser som publicerats sedan dess, till exempel för CVE-2026-70279 (2026-10-13), saknas`,
  },
  onp02: {
    title: "En DAG har minst två kopior av varje databas i minst två serverhallar, och vittnet finns i en tredje feldomän",
    remediation: "Behåll onprem.dag.copiesPerDatabase på 2 eller fler (4 rekommenderas) så att kopior hamnar i båda hallarna, och placera vittnet i en tredje lokal eller i Azure (sites.witness).",
    subject: "DAG-uppställningen",
    noDatabases: "dokumentet innehåller inga databaser",
    emptyDag: "DAG:en innehåller inga databaser",
    copiesUnlisted: (database: string) => `kopiorna av databasen ${database} finns inte i listan`,
    tooFewCopies: (database: string, copies: number, rooms: string[]) =>
      `databasen ${database} har ${copies} ${copies === 1 ? "kopia" : "kopior"} i ${rooms.length} ${rooms.length === 1 ? "serverhall" : "serverhallar"}${rooms.length ? ` (${rooms.join(", ")})` : ""}; minst två kopior i två hallar krävs`,
    noWitness: "dokumentet beskriver inte DAG-vittnet",
    witnessDomain: (domain: string) => `vittnet finns i feldomänen ${domain}, inte i en tredje lokal eller i Azure`,
    witnessInRoom: "vittnet finns i en av de två serverhallarna",
    witnessPlacedInRoom: (location: string) => `vittnet är placerat i ${location}, som är en av DAG:ens serverhallar`,
    witnessIsMember: (server: string) => `vittnesservern ${server} är själv medlem i DAG:en`,
  },
  onp03: {
    title: "Reservhallen delar byggnad, el eller nätverk med den primära hallen (en enda händelse kan slå ut båda)",
    remediation: "Flytta reservhallen till en annan byggnad med egen el och egen nätverksväg, eller godta risken med ett undantag; håll vittnet utanför båda hallarna.",
    subject: "hallarnas oberoende av varandra",
    aspect: { sharedBuilding: "byggnad", sharedPower: "el", sharedNetwork: "nätverk" },
    unknown: (aspects: string[]) => `dokumentet anger inte om hallarna delar ${list(aspects)}`,
    shared: (recovery: string, aspects: string[], primary: string) =>
      `reservhallen (${recovery}) delar ${list(aspects)} med den primära hallen (${primary}): en enda händelse kan slå ut båda`,
  },
  onp04: {
    title: "Extended Protection, AMSI-integrationen och tjänsten Emergency Mitigation är påslagna",
    remediation: "Behåll Extended Protection (Require på varje virtuell katalog; publicera med SSL-bryggning, inte avlastning), AMSI och tjänsten Emergency Mitigation påslagna.",
    subject: "härdningen av servrarna",
    feature: { extendedProtection: "Extended Protection", amsi: "AMSI-integrationen", emergencyMitigationService: "tjänsten Emergency Mitigation" },
    unknown: (feature: string) => `dokumentet anger inte om ${feature} är påslagen`,
    off: (feature: string) => `${feature} är avstängd`,
    noDirectories: "dokumentet innehåller inga virtuella kataloger, så deras Extended Protection kan inte bedömas",
    directory: (value: string, kind: string, server: string) => `Extended Protection är ${value} på den virtuella katalogen ${kind} på ${server}`,
  },
  onp05: {
    title: "Administrationscentret (ECP/EAC) och fjärr-PowerShell kan inte nås från internet; klientåtkomst från internet går via en omvänd proxy eller WAF; Edge Transport finns i perimeternätverket",
    remediation: "Låt ECP och PowerShell sakna extern URL, publicera klientprotokollen bara via den omvända proxyn eller WAF:en och håll Edge-servrarna i perimeternätverket, utanför domänen.",
    subject: "exponeringen mot internet",
    surface: { ecp: "administrationscentret (ECP/EAC)", powershell: "fjärr-PowerShell" },
    noDirectories: "dokumentet innehåller inga virtuella kataloger",
    published: (surface: string, server: string, url: string) => `${surface} på ${server} är publicerat mot internet (${url})`,
    notThroughProxy: (publishing: string) => `klientåtkomsten publiceras mot internet med ${publishing}, inte via en omvänd proxy eller WAF`,
    noEdges: "dokumentet anger inte vilka Edge Transport-servrar som finns",
    edgeNetwork: (edge: string, network: string) => `Edge Transport-servern ${edge} finns i nätverket ${network}, inte i perimeternätverket`,
    edgeJoined: (edge: string) => `Edge Transport-servern ${edge} är ansluten till domänen`,
  },
  onp06: {
    title: "Dimensioneringen håller över planeringsperioden: lagringen har minst 20 % ledigt efter tillväxt, och processorbelastningen stannar vid högst 80 % vid det största fel som designen tål",
    remediation: "Lägg till postlådeservrar eller lagring i värdarna (onprem.hosts.usableStorageTBPerRoom), ta bort det fasta värdet i onprem.mailboxServers så att dimensioneringen väljer, eller sänk kvoterna, tills belastningen vid periodens slut ryms.",
    subject: "dimensioneringen",
    percent: (share: number) => `${f.decimal(Math.round(share * 1000) / 10, 1)} %`,
    horizon: (years: number) => ` efter ${years} år`,
    noStorageFree: "dokumentet anger inte hur mycket lagring som är ledig efter tillväxt",
    storageFree: (free: string, horizon: string) => `databasvolymerna har ${free} ledigt${horizon}, mindre än 20 %`,
    noHostFree: "dokumentet anger inte hur mycket av hallarnas lagring i värdarna som är ledig",
    hostFree: (free: string) => `servrarnas diskar lämnar ${free} av en halls användbara lagring ledigt, mindre än 20 %`,
    noCpu: "dokumentet anger inte processorbelastningen vid det värsta felet",
    unknownFailure: "okänt",
    cpu: (cpu: string, horizon: string, failure: string) => `processorbelastningen når ${cpu}${horizon} vid det värsta fel som designen tål (${failure}), mer än 80 %`,
  },
  onp07: {
    title: "Det finns en fördröjd kopia eller säkerhetskopiering, och en återläsning har testats de senaste 12 månaderna",
    remediation: "Behåll onprem.dag.laggedCopy påslagen med en fördröjning på minst en dag (onprem.dag.replayLagDays) eller använd programvara för säkerhetskopiering (onprem.backup.kind), testa en återläsning och ange datumet i onprem.backup.lastRestoreTest.",
    subject: "den fördröjda kopian och säkerhetskopieringen",
    noLag: (lag: string) => `den fördröjda kopian har en fördröjning på ${lag} dagar; en fördröjd kopia behöver minst 1 dag`,
    noProtection: "det finns varken en fördröjd databaskopia eller programvara för säkerhetskopiering",
    noTest: "inget test av återläsning finns registrerat",
    date: "datumet för testet av återläsning",
    stale: (tested: string, months: number, asOf: string) => `det senaste testet av återläsning gjordes ${tested}, ${months} månader före ${asOf}; ett test inom 12 månader krävs`,
  },
  onp08: {
    title: "Säkerhetsuppdateringar installeras inom 14 dagar efter att de har släppts",
    remediation: "Besluta att säkerhetsuppdateringar för Exchange ska installeras inom 14 dagar och ange onprem.patching.maxDaysToApply till högst 14.",
    tooLong: (days: number, max: number) => `säkerhetsuppdateringar kan vänta ${days} dagar innan de installeras, mer än ${max}`,
  },
  onp09: {
    title: "Virtualiserade Exchange-servrar följer Microsofts supportregler: fast minne (inget dynamiskt minne), kontrollpunkter avstängda, högst 2 vCPU per fysisk kärna",
    remediation: "Deklarera ett fast memory_in_mb utan dynamic_memory_*, ange checkpoint_type = \"Disabled\" och håll onprem.vcpuPerPhysicalCore och servrarnas vCPU inom 2 per fysisk kärna i hallens värdar.",
    subject: "virtualiseringsinställningarna",
    designRatio: (ratio: number, max: number) => `designen tillåter ${f.decimal(ratio, 2)} vCPU per fysisk kärna, mer än ${max}`,
    dynamicMemory: "servrarna är deklarerade med dynamiskt minne",
    checkpoints: "servrarna är deklarerade med kontrollpunkter",
    noRatio: "dokumentet anger inte antalet vCPU per fysisk kärna",
    hostRatio: (ratio: number, max: number) => `värdarna i en hall bär ${f.decimal(ratio, 2)} vCPU per fysisk kärna, mer än ${max}`,
    noVms: "inventeringen innehåller inga virtuella maskiner i SCVMM, så de virtuella maskinerna kan inte bedömas",
    memoryUnknown: (vm: string) => `minnet för ${vm} är inte känt förrän vid apply`,
    noFixedMemory: (vm: string) => `${vm} deklarerar inget fast memory_in_mb, så minnet bestäms av mallen i VMM`,
    vmDynamicMemory: (vm: string, settings: string[]) => `${vm} har dynamiskt minne (${settings.join(", ")})`,
    checkpointUnknown: (vm: string) => `typen av kontrollpunkter för ${vm} är inte känd förrän vid apply`,
    checkpointType: (vm: string, type: string) => `${vm} har checkpoint_type ${type}, inte "Disabled"`,
    roomUnknown: (vms: string[], room: string) => `antalet vCPU för ${vms.join(", ")} är inte deklarerat eller inte känt förrän vid apply, så antalet vCPU per kärna i hallen ${room} kan inte bedömas`,
    roomRatio: (room: string, servers: string[], vcpu: number, cores: number, ratio: number, max: number) =>
      `servrarna i hallen ${room} (${servers.join(", ")}) har ${vcpu} vCPU på ${cores} fysiska kärnor: ${f.decimal(ratio, 2)} per kärna, mer än ${max}`,
  },
  onp10: {
    title: "Modern autentisering för klienterna vid lokal drift är antecknad som införd, så att äldre autentisering kan blockeras",
    remediation:
      "Inför modern autentisering för Exchange Server (AD FS registrerat med New-AuthServer -Type ADFS, eller hybrid modern autentisering via Hybrid Configuration Wizard) och ange sedan onprem.modernAuthentication till adfs eller hybrid; skriptet slår då på OAuth och blockerar äldre autentisering.",
    subject: "modern autentisering",
    unknown: "dokumentet anger inte om modern autentisering är införd",
    notSetUp: "det finns ingen uppgift om att modern autentisering är införd, så Basic, NTLM och Kerberos förblir tillåtna för alla klientprotokoll",
  },
  onp11: {
    title: "Kryptering av personnummer vid lokal drift anger vilken AD RMS-mall den använder",
    remediation: "Integrera AD RMS med Exchange (IRM) och ange i onprem.rightsManagement.template en mall som Get-RMSTemplate visar, eller använd personalIdentityNumberAction: reject.",
    subject: "krypteringsmallen",
    noTemplate: (rule: string) => `transportregeln ${rule} krypterar, men ingen AD RMS-mall är angiven: Exchange Server krypterar bara med AD RMS`,
  },
  onp12: {
    title: "Designen ryms: hallarnas värdar rymmer servrarna och deras diskar, och ingen server överskrider Exchanges gränser eller utgåvans antal monterade databaser (aktiva och passiva kopior räknas lika)",
    remediation: "Ändra det som iakttagelsen anger (lagring i värdarna, kärnor eller minne, onprem.edition, servrar per hall eller postlådekvoter) till det som den säger skulle rymmas; ett undantag får inte hårdvaran att räcka.",
    subject: "om designen ryms",
    unknown: "dokumentet anger inte om designen ryms i värdarna",
    noShortfall: "dokumentet säger att designen inte ryms men anger ingen brist",
    shortfall: (problem: string, fits: string) => `den lokala designen ryms inte: ${problem}; den skulle rymmas med ${fits}`,
  },
  onp13: {
    title: "Ingen Exchange 2016- eller 2019-server står kvar bredvid Exchange SE: SE CU2 går inte att installera så länge en finns kvar",
    remediation: "Flytta postlådor och anslutningar från servrarna med Exchange 2016/2019 och avinstallera dem före Exchange SE CU2; ange datumet i onprem.coexistence.decommissionBy och sätt antalen till 0 när det är klart.",
    servers: (count: number, version: string) => `${count} ${count === 1 ? "server" : "servrar"} med Exchange ${version}`,
    stay: (legacy: string[], decommissionBy: string | undefined) =>
      `${list(legacy)} står kvar bredvid Exchange SE${decommissionBy ? ` och ska vara borttagna senast ${decommissionBy}` : ", utan datum för när de ska tas bort (onprem.coexistence.decommissionBy)"}: installationen av Exchange SE CU2 går inte igenom så länge någon av dem finns kvar, så CU2 och alla senare uppdateringar får vänta tills de är borttagna`,
  },
};
