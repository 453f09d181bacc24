// Hardware and energy from the sizing: the hosts of onprem.hosts (dedicated to Exchange
// in the sizing), raw disk for the provisioned Exchange storage, and their power and
// cooling (catalog ids server_2s_hw, disk_per_tb, se_elec_business_total).
import { makeComponent } from "../component";
import type { CostContext, Priced } from "../types";
import { emptyPriced } from "../types";
import { say } from "../said";
import { sekOrUnpriced } from "./prices";

const HOURS_PER_YEAR = 8760;

export function onpremHardware(ctx: CostContext): Priced {
  const result = emptyPriced();
  const { org, years, usage, sizing } = ctx;
  const hosts = org.onprem.hosts.perRoom * 2;
  const life = usage.hardwareLifeYears;

  if (usage.hostsPurchased) {
    const id = "onprem.hardware.hosts";
    const description = say((m) => m.hardware.hosts(hosts, org.onprem.hosts.physicalCoresPerHost, org.onprem.hosts.ramGBPerHost));
    const sek = sekOrUnpriced(ctx, ["server_2s_hw"], { option: "onprem", id, description }, result.unpriced);
    if (sek) {
      result.components.push(
        makeComponent(
          { option: "onprem", id, category: "hardware", description, quantity: say((m) => m.hardware.servers(hosts)), prices: ["server_2s_hw"], investments: [{ year: 1, amount: hosts * sek.server_2s_hw!, lifeYears: life }], notes: [say((m) => m.hardware.amortized(life))] },
          years,
          ctx.prices,
        ),
      );
    }
  } else {
    const price = ctx.prices.get("server_2s_hw").amount;
    const said = { description: say((m) => m.hardware.ownedHosts(hosts)), quantity: say((m) => m.hardware.servers(hosts)), note: say((m) => m.hardware.ownedHostsNote) };
    result.excluded.push({ option: "onprem", id: "onprem.owned.hosts", kind: "owned", description: said.description.en, quantity: said.quantity.en, valueSEK: price === null ? 0 : hosts * price, prices: ["server_2s_hw"], note: said.note.en, said });
  }

  const rawTB = (sizing.storage.totalGB / 1000) * usage.rawTBPerUsableTB;
  const diskId = "onprem.hardware.disks";
  const diskDescription = say((m) => m.hardware.disks(sizing.storage.totalGB / 1000, usage.rawTBPerUsableTB));
  const disk = sekOrUnpriced(ctx, ["disk_per_tb"], { option: "onprem", id: diskId, description: diskDescription }, result.unpriced);
  if (disk) {
    result.components.push(
      makeComponent(
        { option: "onprem", id: diskId, category: "hardware", description: diskDescription, quantity: say((m) => m.hardware.rawTB(rawTB)), prices: ["disk_per_tb"], investments: [{ year: 1, amount: rawTB * disk.disk_per_tb!, lifeYears: life }] },
        years,
        ctx.prices,
      ),
    );
  }

  const kwhPerYear = (hosts * usage.wattsPerHost * usage.powerUsageEffectiveness * HOURS_PER_YEAR) / 1000;
  const powerId = "onprem.energy.power-cooling";
  const powerDescription = say((m) => m.hardware.power(hosts));
  const power = sekOrUnpriced(ctx, ["se_elec_business_total"], { option: "onprem", id: powerId, description: powerDescription }, result.unpriced);
  if (power) {
    result.components.push(
      makeComponent(
        {
          option: "onprem",
          id: powerId,
          category: "energy",
          description: powerDescription,
          quantity: say((m) => m.hardware.kwh(kwhPerYear, usage.wattsPerHost, usage.powerUsageEffectiveness)),
          prices: ["se_elec_business_total"],
          recurring: Array(years).fill(kwhPerYear * power.se_elec_business_total!),
        },
        years,
        ctx.prices,
      ),
    );
  }
  return result;
}
