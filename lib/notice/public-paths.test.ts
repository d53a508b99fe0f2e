import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPossibleSlug, isPublicNoticePath, noticeLinks } from "./public-paths";

/** First URL segments the app serves itself (static folders under app/, through route groups). */
function appSegments(dir = path.resolve(import.meta.dirname, "../../app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    if (/^\(.*\)$/.test(entry.name)) return appSegments(path.join(dir, entry.name));
    if (entry.name.startsWith("[") || entry.name.startsWith("_") || entry.name.startsWith("@")) return [];
    return [entry.name];
  });
}

describe("public notice paths", () => {
  it("never treat a route of the app itself as a company slug", () => {
    const segments = appSegments();
    expect(segments).toEqual(expect.arrayContaining(["api", "companies"]));
    for (const segment of [...segments, "_next", "sign-in", "setup", "invite", "favicon.ico"]) {
      expect(isPossibleSlug(segment), segment).toBe(false);
      expect(isPublicNoticePath(`/${segment}`), segment).toBe(false);
    }
  });

  it("recognise every public notice route and nothing else", () => {
    for (const p of ["/acme", "/acme/nb", "/acme/embed", "/acme/nb/embed", "/acme/versions", "/acme/versions/12", "/acme/nb/versions/3", "/acme/diff", "/acme/notice.md", "/acme/nb/notice.json", "/acme/notice.txt"])
      expect(isPublicNoticePath(p), p).toBe(true);
    for (const p of ["/", "/companies/abc/notice", "/api/health", "/acme/other", "/acme/nb/nb", "/Acme", "/acme/versions/x", "/-acme"]) expect(isPublicNoticePath(p), p).toBe(false);
  });

  it("link the latest page and an archived version to their language twins", () => {
    expect(noticeLinks("acme", "en")).toEqual({
      self: "/acme",
      alternates: { en: "/acme", nb: "/acme/nb" },
      versions: "/acme/versions",
      formats: { markdown: "/acme/notice.md", text: "/acme/notice.txt", json: "/acme/notice.json" },
    });
    expect(noticeLinks("acme", "nb", 2).alternates).toEqual({ en: "/acme/versions/2", nb: "/acme/nb/versions/2" });
  });
});
