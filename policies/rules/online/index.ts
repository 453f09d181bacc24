import { onl01 } from "./onl-01-data-location";
import { onl02 } from "./onl-02-customer-lockbox";
import { onl03 } from "./onl-03-customer-key";

export const onlineRules = [onl01, onl02, onl03];
