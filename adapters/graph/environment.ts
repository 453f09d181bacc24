// Where `tenant monitor` and `tenant drift` get Graph from: an access token in
// EXCHANGE_IAC_GRAPH_TOKEN (CI gets one with the automation identity's federated credential)
// and, for a proxy or a local fake, EXCHANGE_IAC_GRAPH_URL. Nothing is read from disk.
import { InputError } from "../../model/input-error";
import { GRAPH_BASE_URL, type GraphClientOptions } from "./graph-client";

export const TOKEN_VARIABLE = "EXCHANGE_IAC_GRAPH_TOKEN";
export const URL_VARIABLE = "EXCHANGE_IAC_GRAPH_URL";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** `permission`: the Graph application permission the calling command needs, named when the token is missing. */
export function graphOptionsFromEnvironment(permission: string, env: NodeJS.ProcessEnv = process.env): GraphClientOptions {
  const token = env[TOKEN_VARIABLE]?.trim();
  if (!token) {
    throw new InputError(
      TOKEN_VARIABLE,
      "nothing (the variable is not set)",
      `a Microsoft Graph access token of an identity with ${permission}, e.g. export EXCHANGE_IAC_GRAPH_TOKEN=\"$(az account get-access-token --resource https://graph.microsoft.com --query accessToken -o tsv)\"`,
    );
  }
  // A header carries visible ASCII only; a token with a line break or a space is a pasted JSON
  // answer or two values, and would end up in the HTTP library's error message.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new InputError(
      TOKEN_VARIABLE,
      `a value of ${token.length} characters holding ${/[\r\n]/.test(token) ? "a line break" : "spaces or characters a header cannot carry"} (not shown)`,
      "the access token alone, one line without spaces: add --query accessToken -o tsv to az account get-access-token",
    );
  }
  const baseUrl = env[URL_VARIABLE]?.trim() || GRAPH_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InputError(URL_VARIABLE, JSON.stringify(baseUrl), `a URL such as ${GRAPH_BASE_URL}`);
  }
  // The token is a credential: it is sent in clear text only to this machine.
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new InputError(URL_VARIABLE, JSON.stringify(baseUrl), "an https URL (http only for 127.0.0.1 or localhost)");
  }
  return { token, baseUrl };
}
