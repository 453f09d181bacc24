import { dlp01 } from "./dlp-01-personal-identity-numbers";
import { dlp02 } from "./dlp-02-gdpr-eu-types";
import { dlp03 } from "./dlp-03-no-test-mode";
import { dlp04 } from "./dlp-04-credit-cards-and-locations";

export const dlpRules = [dlp01, dlp02, dlp03, dlp04];
