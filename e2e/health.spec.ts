import net from "node:net";
import { e2eDatabaseUrl } from "./support/database-url";
import { startAppServerProcess, type AppServerProcess } from "./support/app-server-process";
import { expect, test } from "./support/fixtures";

test("the health endpoint reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

/**
 * A TCP relay in front of PostgreSQL that the test can cut, so a second app
 * server sees its database go away and come back.
 */
function startRelay(target: URL): Promise<{ port: number; cut: () => Promise<void>; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepting = true;
  const server = net.createServer((client) => {
    if (!accepting) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        async cut() {
          accepting = false;
          for (const s of sockets) s.destroy();
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

test("the health endpoint reports the database as down when it is, with 503", async ({ request }) => {
  test.setTimeout(120_000);
  const target = new URL(e2eDatabaseUrl());
  const relay = await startRelay(target);
  const viaRelay = new URL(target);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relay.port);
  let app: AppServerProcess | undefined;
  try {
    app = await startAppServerProcess({ DATABASE_URL: viaRelay.toString() });
    const port = app.port;
    const health = `http://127.0.0.1:${port}/api/health`;
    await expect
      .poll(async () => (await request.get(health).catch(() => null))?.status(), { timeout: 60_000 })
      .toBe(200);

    await relay.cut();
    const down = await request.get(health);
    expect(down.status()).toBe(503);
    expect(down.headers()["retry-after"]).toBe("5");
    // The reason is named: the relay drops every connection as it opens.
    expect(await down.json()).toMatchObject({ status: "degraded", database: { status: "down", error: expect.stringMatching(/^database unreachable: [a-z]/) } });
  } finally {
    await app?.stop();
    await relay.close();
  }
});
