import { describe, expect, it } from "vitest";
import { forget, keep, lastKept } from "./public-cache";

describe("the public pages' kept answers", () => {
  it("keeps the last answer per URL and forgets a URL that names nothing any more", () => {
    keep("latest a en html", { etag: '"1"', body: "version one" });
    keep("latest a en html", { etag: '"2"', body: "version two" });
    expect(lastKept("latest a en html")).toEqual({ etag: '"2"', body: "version two" });
    forget("latest a en html");
    expect(lastKept("latest a en html")).toBeUndefined();
  });

  it("drops the oldest answers when the bound on memory is reached, never the newest", () => {
    const body = "x".repeat(4 * 1024 * 1024);
    for (let i = 0; i < 6; i++) keep(`latest company-${i} en html`, { etag: `"${i}"`, body });
    // 16 M characters hold four of these bodies: the first two are gone.
    expect(lastKept("latest company-0 en html")).toBeUndefined();
    expect(lastKept("latest company-1 en html")).toBeUndefined();
    for (let i = 2; i < 6; i++) expect(lastKept(`latest company-${i} en html`)?.etag).toBe(`"${i}"`);
    keep("too big", { etag: '"big"', body: "x".repeat(16 * 1024 * 1024 + 1) });
    expect(lastKept("too big")).toBeUndefined();
    expect(lastKept("latest company-5 en html")?.etag).toBe('"5"');
  });
});
