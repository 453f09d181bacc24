import { onl01 } from "./onl-01-data-location";
import { onl02 } from "./onl-02-customer-lockbox";
import { onl03 } from "./onl-03-customer-key";
import { onl04 } from "./onl-04-customer-lockbox-turned-on";
import { onl05 } from "./onl-05-dkim-cnames-published";
import { onl06 } from "./onl-06-customer-key-registered";

export const onlineRules = [onl01, onl02, onl03, onl04, onl05, onl06];
