import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, redirectTargetAfterSignIn, sameOriginPath } from "./redirect-target";

const ORIGIN = "http://app.example.test:3000";

describe("redirectTargetAfterSignIn", () => {
  it.each([
    "/\\evil.test/path",
    "/\\/evil",
    "//evil",
    "//evil.test/path",
    "\\\\evil.test",
    "/%2F%5Cevil.test/path",
    "%2F%5Cevil.test",
    "/%5C%5Cevil.test",
    "HTTPS://evil.test/path",
    "hTtP://evil.test",
    "https:evil.test",
    "http://app.example.test.evil.test:3000/companies",
    "https://app.example.test:3000/companies",
    "/\t/evil.test",
    "javascript:alert(1)",
    "data:text/html,hi",
    "/sign-in",
    "",
  ])("sends %j to the dashboard", (requested) => {
    expect(redirectTargetAfterSignIn(requested, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("keeps a target on the app's own origin, as a path with its query and fragment", () => {
    expect(redirectTargetAfterSignIn("/companies/c1/activities?status=DRAFT#top", ORIGIN)).toBe("/companies/c1/activities?status=DRAFT#top");
    expect(redirectTargetAfterSignIn("/invite/abc", ORIGIN)).toBe("/invite/abc");
    expect(redirectTargetAfterSignIn(`${ORIGIN}/companies/c1`, ORIGIN)).toBe("/companies/c1");
    expect(redirectTargetAfterSignIn("HTTP://APP.EXAMPLE.TEST:3000/companies", ORIGIN)).toBe("/companies");
  });

  it("goes to the dashboard without a target", () => {
    expect(redirectTargetAfterSignIn(null, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(redirectTargetAfterSignIn(undefined, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});

describe("sameOriginPath", () => {
  it("keeps any path on this site, sign-in included (sign-out leads there)", () => {
    expect(sameOriginPath("/sign-in?signedOut=1", ORIGIN)).toBe("/sign-in?signedOut=1");
    expect(sameOriginPath(`${ORIGIN}/companies`, ORIGIN)).toBe("/companies");
  });

  it("refuses other sites however they are written", () => {
    for (const url of ["/\\evil.test", "//evil", "HTTPS://evil.test", "/%2F%5Cevil.test"]) expect(sameOriginPath(url, ORIGIN)).toBeNull();
  });
});
