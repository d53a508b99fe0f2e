import "server-only";
import type http from "node:http";
import { isIP } from "node:net";

/**
 * Set by our HTTP server on every request (lib/server/runtime/request-hygiene.ts), after
 * dropping whatever a client sent under this name: the address sign-in throttling counts.
 */
export const CLIENT_ADDRESS_HEADER = "x-protokoll-client-address";

/**
 * The unit a client is counted in: an IPv4 address, or an IPv6 /64 — one subscriber
 * usually holds a whole /64, so counting single IPv6 addresses could be evaded for free.
 */
export function clientUnit(address: string): string {
  const plain = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const version = isIP(plain);
  if (version === 4) return plain;
  if (version !== 6) return "unknown";
  const [head = "", tail = ""] = plain.toLowerCase().split("%")[0]?.split("::") ?? [];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = plain.includes("::") ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * Who sent the request: the socket's peer, or — only behind a trusted proxy
 * (PROTOKOLL_TRUST_PROXY) — the last X-Forwarded-For entry, the one that proxy added.
 */
export function clientAddressOf(request: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  const last = trustProxy && typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return clientUnit(last || request.socket.remoteAddress || "");
}

/** The client address our server put on the request, for sign-in throttling. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
