import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createUser, unique } from "@/test/server/factories";
import { companyAccessFor } from "./access";
import { getCompanyBranding, updateCompanyBranding } from "./company-branding";
import { db } from "./db";
import { logoResponse } from "./notice/logo-response";
import { latestNoticeResponse, versionResponse } from "./notice/public-responses";
import { publishNotice } from "./notice/versions";
import { seedDemoCompany } from "./seed/demo-company";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="#0b6e4f"/></svg>';
const base64 = (text: string) => Buffer.from(text).toString("base64");

async function demo() {
  const owner = await createUser();
  const slug = unique("brand");
  const company = await seedDemoCompany(db(), owner.id, { slug });
  return { owner, company, slug, access: await companyAccessFor(owner, company.id, "notice.publish") };
}

describe("company branding", () => {
  it("stores an accent colour and a logo, serves the logo from its own URL with an ETag, and a 304 for a current copy", async () => {
    const { access } = await demo();
    const saved = await updateCompanyBranding(access, { accentColour: "#0B6E4F", logo: { action: "replace", base64: base64(SVG) } });
    expect(saved.accentColour).toBe("#0b6e4f");
    expect(saved.logo).toMatchObject({ contentType: "image/svg+xml", bytes: SVG.length });
    expect(saved.logo?.src).toMatch(/^\/logos\/[0-9a-f]{64}$/);
    expect(await getCompanyBranding(access)).toEqual(saved);

    const sha = saved.logo!.src.slice("/logos/".length);
    const served = await logoResponse(new Request("http://localhost/"), sha);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/svg+xml");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("content-security-policy")).toContain("sandbox");
    expect(served.headers.get("etag")).toBe(`"${sha}"`);
    expect(await served.text()).toBe(SVG);
    const again = await logoResponse(new Request("http://localhost/", { headers: { "if-none-match": `"${sha}"` } }), sha);
    expect(again.status).toBe(304);
    expect((await logoResponse(new Request("http://localhost/"), "0".repeat(64))).status).toBe(404);
    expect((await logoResponse(new Request("http://localhost/"), "../etc/passwd")).status).toBe(404);
  });

  it("refuses a light accent, a scripted SVG and a file that is no image, with the field's message, and changes nothing", async () => {
    const { access, company } = await demo();
    const refused = async (input: Parameters<typeof updateCompanyBranding>[1]) => {
      const error = await updateCompanyBranding(access, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      return error;
    };
    expect(await refused({ accentColour: "#ffdd00", logo: { action: "keep" } })).toMatchObject({ issues: [{ message: "branding.accentContrast" }] });
    const scripted = await refused({ accentColour: "", logo: { action: "replace", base64: base64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') } });
    expect(scripted).toBeInstanceOf(AppError);
    expect((scripted as AppError).fieldErrors).toEqual({ logo: ["branding.logoSvgActive"] });
    const text = await refused({ accentColour: "", logo: { action: "replace", base64: base64("hello") } });
    expect((text as AppError).fieldErrors).toEqual({ logo: ["branding.logoUnknownType"] });
    expect(await db().company.findUniqueOrThrow({ where: { id: company.id }, select: { accentColour: true, logoSha256: true } })).toEqual({ accentColour: null, logoSha256: null });
    expect(await db().companyLogo.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("lets editors set it and refuses viewers", async () => {
    const { company } = await demo();
    const editor = await createUser();
    const viewer = await createUser();
    await db().membership.createMany({ data: [{ userId: editor.id, companyId: company.id, role: "EDITOR" }, { userId: viewer.id, companyId: company.id, role: "VIEWER" }] });
    const asEditor = await companyAccessFor(editor, company.id, "register.write");
    await expect(updateCompanyBranding(asEditor, { accentColour: "#8a1c1c", logo: { action: "keep" } })).resolves.toMatchObject({ accentColour: "#8a1c1c" });
    const asViewer = await companyAccessFor(viewer, company.id, "register.read");
    await expect(updateCompanyBranding(asViewer, { accentColour: "", logo: { action: "keep" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("goes live with the next publication; a published version keeps the look it was published with", async () => {
    const { access, slug } = await demo();
    await publishNotice(access, { changeSummary: "Plain" });
    const first = await updateCompanyBranding(access, { accentColour: "#0b6e4f", logo: { action: "replace", base64: base64(SVG) } });
    const page = async () => (await latestNoticeResponse(new Request("http://localhost/"), slug, "en", "html")).text();
    expect(await page()).not.toContain("/logos/");
    await publishNotice(access, { changeSummary: "With logo" });
    const branded = await page();
    expect(branded).toContain(`<img src="${first.logo!.src}" alt="" height="40">`);
    expect(branded).toContain(":root{--accent:#0b6e4f}");
    const embed = await (await latestNoticeResponse(new Request("http://localhost/"), slug, "nb", "embed")).text();
    expect(embed).toContain(":root{--accent:#0b6e4f}");

    // A new logo and colour: version 2 still shows the old ones, whose bytes stay served.
    const other = SVG.replace("#0b6e4f", "#5b2a86");
    const second = await updateCompanyBranding(access, { accentColour: "#5b2a86", logo: { action: "replace", base64: base64(other) } });
    expect(second.logo!.src).not.toBe(first.logo!.src);
    const v2 = await (await versionResponse(new Request("http://localhost/"), slug, "en", "2")).text();
    expect(v2).toContain(first.logo!.src);
    expect(v2).toContain(":root{--accent:#0b6e4f}");
    expect((await logoResponse(new Request("http://localhost/"), first.logo!.src.slice(7))).status).toBe(200);
    const v1 = await (await versionResponse(new Request("http://localhost/"), slug, "en", "1")).text();
    expect(v1).not.toContain("/logos/");

    // Removing the logo: the next version has none.
    await updateCompanyBranding(access, { accentColour: "", logo: { action: "remove" } });
    await publishNotice(access, { changeSummary: "No logo" });
    const plain = await page();
    expect(plain).not.toContain("/logos/");
    expect(plain).toContain(":root{--accent:#1d4f91}");
  });
});
