import { describe, expect, it } from "vitest";
import { accentContrast, accentPasses, checkLogo, companyBrandingSchema, contrastRatio, darkenToPass, MAX_LOGO_BYTES, normaliseHexColour } from "./branding";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const bytes = (list: number[]) => new Uint8Array(list);
const text = (svg: string) => new TextEncoder().encode(svg);

describe("accent colour contrast (WCAG 2.2 AA, 4.5:1 against white)", () => {
  it("computes the WCAG ratios of known pairs", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey that passes on white: 4.54:1; #777777 fails with 4.48:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(accentPasses("#767676")).toBe(true);
    expect(accentPasses("#777777")).toBe(false);
    expect(accentContrast("#1d4f91")).toBe(8.1);
  });

  it("normalises hex input and refuses anything else", () => {
    expect(normaliseHexColour(" #1D4F91 ")).toBe("#1d4f91");
    expect(normaliseHexColour("abc")).toBe("#aabbcc");
    expect(normaliseHexColour("red")).toBeNull();
    expect(normaliseHexColour("#12345")).toBeNull();
    expect(normaliseHexColour("#1d4f91;}body{")).toBeNull();
  });

  it("offers a darker shade of a light colour that passes, and leaves a passing one alone", () => {
    const light = "#ff9900";
    expect(accentPasses(light)).toBe(false);
    const darker = darkenToPass(light);
    expect(accentPasses(darker)).toBe(true);
    expect(darker).not.toBe("#000000");
    expect(darkenToPass("#1d4f91")).toBe("#1d4f91");
  });

  it("the form schema refuses a light colour and a non-colour with their own messages, and takes an empty one", () => {
    const logo = { action: "keep" as const };
    expect(companyBrandingSchema.safeParse({ accentColour: "", logo }).success).toBe(true);
    expect(companyBrandingSchema.safeParse({ accentColour: "#1D4F91", logo }).success).toBe(true);
    expect(companyBrandingSchema.safeParse({ accentColour: "#ffcc00", logo }).error?.issues[0]?.message).toBe("branding.accentContrast");
    expect(companyBrandingSchema.safeParse({ accentColour: "blue", logo }).error?.issues[0]?.message).toBe("branding.accentFormat");
  });
});

describe("logo check", () => {
  it("recognises PNG, JPEG, WebP and SVG by their bytes", () => {
    expect(checkLogo(bytes(PNG))).toEqual({ ok: true, contentType: "image/png" });
    expect(checkLogo(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkLogo(text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toEqual({ ok: true, contentType: "image/webp" });
    expect(checkLogo(text('<?xml version="1.0"?>\n<!-- logo --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d4f91"/></svg>'))).toEqual({
      ok: true,
      contentType: "image/svg+xml",
    });
  });

  it("refuses an empty file, one over 200 KB, and anything that is not one of the four image types", () => {
    expect(checkLogo(bytes([]))).toEqual({ ok: false, problem: "empty" });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG);
    expect(checkLogo(big)).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkLogo(big.subarray(0, MAX_LOGO_BYTES))).toEqual({ ok: true, contentType: "image/png" });
    expect(checkLogo(text("GIF89a..."))).toEqual({ ok: false, problem: "unknownType" });
    expect(checkLogo(text("<html><body>not an image</body></html>"))).toEqual({ ok: false, problem: "unknownType" });
  });

  it.each([
    ["a script", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ["an event handler", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'],
    ["a javascript: link", '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>'],
    ["an external image", '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>'],
    ["an external xlink", '<svg xmlns="http://www.w3.org/2000/svg"><use xlink:href="other.svg#a"/></svg>'],
    ["CSS that loads", '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://x.example/a.css";</style></svg>'],
    ["a CSS url()", '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.example/a)"/></svg>'],
    ["a foreign object", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>'],
    ["entities", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'],
  ])("refuses an SVG with %s", (_, svg) => {
    expect(checkLogo(text(svg))).toEqual({ ok: false, problem: "svgActive" });
  });

  it("accepts an SVG whose references stay inside it", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use xlink:href="#g"/></svg>';
    expect(checkLogo(text(svg))).toEqual({ ok: true, contentType: "image/svg+xml" });
  });
});
