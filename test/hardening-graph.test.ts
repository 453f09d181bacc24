// What the Graph service (or anything answering in its place) sends is bounded and never
// printed raw. Findings 5 ("the Graph token is printed when it holds a line break"), 6 ("Graph
// client: endless paging, no request timeout, unbounded body, a 200k-item page, bad JSON with
// exit 1", and the create answered without an id), 9 ("markdown injection into the drift job
// summary") and 16 ("terminal escape sequences from Graph are printed raw").
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { graphOptionsFromEnvironment } from "../adapters/graph/environment";
import { createGraphClient, GraphAnswerError } from "../adapters/graph/graph-client";
import { renderDriftMarkdown, renderDriftText } from "../cli/render/drift";
import { runCli } from "./helpers/cli";

const saved = { token: process.env.EXCHANGE_IAC_GRAPH_TOKEN, url: process.env.EXCHANGE_IAC_GRAPH_URL };
afterAll(() => {
  for (const [name, value] of [["EXCHANGE_IAC_GRAPH_TOKEN", saved.token], ["EXCHANGE_IAC_GRAPH_URL", saved.url]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** A local server answering every request with `answer`; counts requests. */
async function serve(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<import("node:net").Socket>();
  const server = createServer((request, response) => answer(request, response, ++count));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  return {
    url,
    count: () => count,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

let server: Awaited<ReturnType<typeof serve>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const json = (response: ServerResponse, status: number, body: string) => {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body);
};

async function driftAgainst(answer: Parameters<typeof serve>[0], args = ["tenant", "drift"]) {
  server = await serve(answer);
  process.env.EXCHANGE_IAC_GRAPH_TOKEN = "graph-test-token";
  process.env.EXCHANGE_IAC_GRAPH_URL = server.url;
  return runCli(args);
}

function oneLineFailure(result: { code: number; stderr: string }, code = 3): void {
  expect(result.code).toBe(code);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^error: /);
}

describe("finding 5: the Graph token is never printed, also when it holds a line break", () => {
  it("a token pasted with its JSON wrapper is refused at load, naming the variable without its value", () => {
    const token = '{\n  "accessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-part",\n  "expiresOn": "2026-12-07"\n}';
    let message = "";
    try {
      graphOptionsFromEnvironment("ConfigurationMonitoring.Read.All", { EXCHANGE_IAC_GRAPH_TOKEN: token });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("EXCHANGE_IAC_GRAPH_TOKEN");
    expect(message).toContain("a line break");
    expect(message).not.toContain("secret-part");
    expect(message).not.toContain("eyJ0");
  });

  it("tenant drift with such a token exits 2 in one line and prints no part of it", async () => {
    const result = await driftAgainst((_, response) => json(response, 200, '{"value":[]}'));
    process.env.EXCHANGE_IAC_GRAPH_TOKEN = 'eyJ0eXAi.secret-part\n"expiresOn": 1';
    const bad = await runCli(["tenant", "drift"]);
    expect(result.code).not.toBe(1);
    oneLineFailure(bad, 2);
    expect(bad.stderr).not.toContain("secret-part");
  });

  it("a service that echoes the token in its error does not get it printed", async () => {
    const result = await driftAgainst((request, response) => json(response, 500, JSON.stringify({ error: { code: "Echo", message: `bad ${request.headers.authorization}` } })));
    oneLineFailure(result);
    expect(result.stderr).not.toContain("graph-test-token");
  });
});

describe("finding 6: the Graph client is bounded and an unusable answer is exit 3, never 1 (drift)", () => {
  it("200 with an HTML page", async () => {
    const result = await driftAgainst((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><body>proxy login</body></html>");
    });
    oneLineFailure(result);
    expect(result.stderr).toContain("not JSON");
  });

  for (const body of ["null", '{"value": 5}', "[]"]) {
    it(`200 ${body}`, async () => {
      oneLineFailure(await driftAgainst((_, response) => json(response, 200, body)));
    });
  }

  it("a nextLink pointing at itself is detected as a loop after one request", async () => {
    const result = await driftAgainst((request, response) => json(response, 200, JSON.stringify({ value: [], "@odata.nextLink": `${server!.url.replace("/v1.0", "")}${request.url}` })));
    oneLineFailure(result);
    expect(result.stderr).toContain("loop");
    expect(server!.count()).toBe(1);
  });

  it("a connection that never answers ends at the request timeout", async () => {
    server = await serve(() => undefined);
    const graph = createGraphClient({ token: "graph-test-token", baseUrl: server.url, timeoutMs: 300 });
    const error = await graph.get("/x", "P").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphAnswerError);
    expect((error as Error).message).toContain("no whole answer");
  });

  it("a body trickling byte by byte ends at the request timeout", async () => {
    server = await serve((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => response.write(" "), 50);
      response.on("close", () => clearInterval(timer));
    });
    const graph = createGraphClient({ token: "graph-test-token", baseUrl: server.url, timeoutMs: 400 });
    expect(await graph.get("/x", "P").catch((caught: unknown) => caught)).toBeInstanceOf(GraphAnswerError);
  });

  it("one page of 200,000 items is refused in one line, without a stack overflow", async () => {
    const page = JSON.stringify({ value: Array.from({ length: 200_000 }, (_, index) => ({ id: String(index), displayName: "m" })) });
    const result = await driftAgainst((_, response) => json(response, 200, page));
    oneLineFailure(result);
    expect(result.stderr).toContain("more than 100,000 items");
  });

  it("an error body is read only as far as its start", async () => {
    let written = 0;
    server = await serve((_, response) => {
      response.writeHead(403, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, "x");
      const more = () => {
        while (written < 128 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
        if (written < 128 * 1024 * 1024) response.once("drain", more);
        else response.end();
      };
      more();
    });
    const graph = createGraphClient({ token: "graph-test-token", baseUrl: server.url });
    const error = await graph.get("/x", "P").catch((caught: unknown) => caught);
    expect((error as Error).message).toContain("HTTP 403");
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it("a redirect to another origin is not followed", async () => {
    const result = await driftAgainst((_, response) => {
      response.writeHead(307, { location: "http://127.0.0.2:9/v1.0/x" });
      response.end();
    });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBe(1);
    expect(result.stderr).toContain("HTTP 307");
  });

  it("a create answered without an id is not reported as created", async () => {
    const result = await driftAgainst((request, response) => (request.method === "POST" ? json(response, 201, "{}") : json(response, 200, '{"value":[]}')), ["tenant", "monitor"]);
    oneLineFailure(result);
    expect(result.stdout).not.toContain("undefined");
    expect(result.stderr).toContain("without the new monitor's id");
  });
});

describe("finding 9: drift markdown escapes the organization name and the monitor id", () => {
  it("an image, HTML and a mention in the name stay text; a backtick in the id cannot end its code span", () => {
    const markdown = renderDriftMarkdown({
      monitor: { id: "abc` ![x](https://attacker.example/i.png) `", displayName: "exchange-iac Kommun ![pwn](https://attacker.example/p.png) <img src=https://attacker.example/i.png> @octocat" },
      drifted: [],
    });
    // The id stays inside one code span fenced by two backticks; outside it, nothing is live markup.
    const span = markdown.match(/``( ?abc[^]*? ?)``/);
    expect(span?.[1]).toBe(" abc` ![x](https://attacker.example/i.png) ` ");
    const outside = markdown.replace(span![0], "");
    expect(outside).not.toMatch(/(^|[^\\])!\[/);
    expect(outside).not.toMatch(/(^|[^\\])<img/);
    expect(outside).not.toMatch(/(^|[^\\])@octocat/);
  });
});

describe("finding 16: terminal escape sequences from Graph are not printed raw", () => {
  it("an error message holding ESC ] and ESC [ reaches stderr without control characters", async () => {
    const result = await driftAgainst((_, response) => json(response, 400, JSON.stringify({ error: { code: "Bad", message: "\u001b]0;pwned\u0007\u001b[2Jgone" } })));
    oneLineFailure(result, 2);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("drift text prints service values without control characters", () => {
    const text = renderDriftText({
      monitor: { id: "id\u001b[2J", displayName: "exchange-iac \u009b31m" },
      drifted: [{ resource: "r\u001b]0;t\u0007", resourceType: "t", property: "p", desired: "a", current: "\u001b[31mred", declared: true, field: "f" } as never],
    });
    expect(text.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
