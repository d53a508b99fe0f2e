import { describe, expect, it } from "vitest";
import { publicRouteOf } from "./public-fast-path";

describe("which paths are answered before Next", () => {
  it("names every public notice URL by language and kind", () => {
    expect(publicRouteOf("/acme")?.key).toBe("en acme html");
    expect(publicRouteOf("/acme/nb")?.key).toBe("nb acme html");
    expect(publicRouteOf("/acme/embed")?.key).toBe("en acme embed");
    expect(publicRouteOf("/acme/nb/notice.md")?.key).toBe("nb acme markdown");
    expect(publicRouteOf("/acme/notice.txt")?.key).toBe("en acme text");
    expect(publicRouteOf("/acme/nb/notice.json")?.key).toBe("nb acme json");
    expect(publicRouteOf("/acme/versions")?.key).toBe("en acme archive");
    expect(publicRouteOf("/acme/nb/versions/12")?.key).toBe("nb acme version 12");
  });

  it("leaves the app's own routes, the diff, trailing slashes and anything else to Next", () => {
    for (const path of ["/", "/companies", "/sign-in", "/api/health", "/_next/static/x.js", "/icon.svg", "/acme/", "/acme/diff", "/acme/versions/x", "/acme/nb/nb", "/Acme", "/acme/notice.html", "/-acme", "/a%63me"]) {
      expect(publicRouteOf(path), path).toBeNull();
    }
  });
});
