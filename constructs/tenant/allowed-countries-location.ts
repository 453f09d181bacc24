// The countries sign-ins may come from, as a Conditional Access named location (IAM-03). Unknown countries are not included, so an address
// that maps to no country is treated as outside.
import * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";

export interface AllowedCountriesLocationArgs {
  /** ISO 3166-1 alpha-2 codes in upper case, e.g. ["SE"]. */
  readonly countries: string[];
  /** @default "Allowed sign-in countries" */
  readonly displayName?: string;
}

export class AllowedCountriesLocation extends pulumi.ComponentResource {
  readonly location: azuread.NamedLocation;
  /** Graph id of the named location, as Conditional Access conditions reference it. */
  readonly locationId: pulumi.Output<string>;

  constructor(name: string, args: AllowedCountriesLocationArgs, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:AllowedCountriesLocation", name, {}, opts);
    const invalid = args.countries.find((country) => !/^[A-Z]{2}$/.test(country));
    if (args.countries.length === 0 || invalid !== undefined) {
      throw new Error(`AllowedCountriesLocation ${name}: countries received ${JSON.stringify(args.countries)}; expected at least one upper-case ISO 3166-1 alpha-2 code, e.g. SE`);
    }
    this.location = new azuread.NamedLocation(
      `${name}-location`,
      {
        displayName: args.displayName ?? "Allowed sign-in countries",
        country: {
          countriesAndRegions: [...new Set(args.countries)].sort(),
          countryLookupMethod: "clientIpAddress",
          includeUnknownCountriesAndRegions: false,
        },
      },
      { parent: this },
    );
    this.locationId = this.location.objectId;
    this.registerOutputs({ locationId: this.locationId });
  }
}
