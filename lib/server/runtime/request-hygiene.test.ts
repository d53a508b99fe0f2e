import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientUnit } from "../client-address";
import { requestHygiene } from "./request-hygiene";

// A real HTTP server with the hygiene in front, answering with the headers the app would see.
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (requestHygiene(request, response)) return;
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const saved = { trust: process.env.PROTOKOLL_TRUST_PROXY, authUrl: process.env.AUTH_URL };
afterEach(() => {
  for (const [name, value] of [["PROTOKOLL_TRUST_PROXY", saved.trust], ["AUTH_URL", saved.authUrl]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function get(headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/companies`, { headers });
  return { hsts: response.headers.get("strict-transport-security"), seen: (await response.json()) as Record<string, string> };
}

describe("request hygiene", () => {
  it("sends HSTS when a trusted proxy says the request came over https", async () => {
    process.env.PROTOKOLL_TRUST_PROXY = "1";
    delete process.env.AUTH_URL;
    const { hsts } = await get({ "X-Forwarded-Proto": "https", "X-Forwarded-Host": "protokoll.example.test" });
    expect(hsts).toBe("max-age=31536000; includeSubDomains");
  });

  it("sends HSTS when AUTH_URL is https", async () => {
    process.env.AUTH_URL = "https://protokoll.example.test";
    expect((await get()).hsts).toBe("max-age=31536000; includeSubDomains");
  });

  it("sends no HSTS over plain http, nor when an untrusted client claims https", async () => {
    delete process.env.PROTOKOLL_TRUST_PROXY;
    delete process.env.AUTH_URL;
    expect((await get()).hsts).toBeNull();
    const claimed = await get({ "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.test" });
    expect(claimed.hsts).toBeNull();
    // next-auth is told the Host the client used, not a forwarded one and not the bound address.
    expect(claimed.seen["x-forwarded-host"]).toBe(new URL(base).host);
    expect(claimed.seen["x-forwarded-proto"]).toBe("http");
  });

  it("names the client by the socket's address, whatever the client claims", async () => {
    delete process.env.PROTOKOLL_TRUST_PROXY;
    const { seen } = await get({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "X-Forwarded-For": "203.0.113.10" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, names the client by the address that proxy added last", async () => {
    process.env.PROTOKOLL_TRUST_PROXY = "1";
    const { seen } = await get({ "X-Forwarded-For": "198.51.100.1, 203.0.113.10" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.10");
  });
});

describe("clientUnit", () => {
  it("counts IPv4 addresses singly and IPv6 addresses by their /64", () => {
    expect(clientUnit("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientUnit("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientUnit("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientUnit("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientUnit("not an address")).toBe("unknown");
  });
});
