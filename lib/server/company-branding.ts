import "server-only";
import crypto from "node:crypto";
import { can } from "@/lib/auth/permissions";
import { checkLogo, companyBrandingSchema, LOGO_PROBLEM_MESSAGE, logoSrc, normaliseHexColour, type CompanyBrandingInput, type LogoContentType } from "@/lib/company/branding";
import { AppError } from "@/lib/errors";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db } from "./db";

/** The company's look as the profile page shows it; the logo by its public URL. */
export type CompanyBranding = { accentColour: string | null; logo: { src: string; contentType: string; bytes: number } | null };

export async function getCompanyBranding(access: CompanyAccess): Promise<CompanyBranding> {
  const company = await db().company.findUnique({ where: { id: access.company.id }, select: { accentColour: true, logoSha256: true } });
  if (!company) throw new AppError("NOT_FOUND");
  const logo = company.logoSha256
    ? await db().companyLogo.findUnique({ where: { companyId_sha256: { companyId: access.company.id, sha256: company.logoSha256 } }, select: { contentType: true, bytes: true } })
    : null;
  return { accentColour: company.accentColour, logo: logo && company.logoSha256 ? { src: logoSrc(company.logoSha256), contentType: logo.contentType, bytes: logo.bytes.length } : null };
}

/**
 * Saves the accent colour and keeps, removes or replaces the logo (owners and editors). The
 * colour and the logo are checked again here whatever the form did: the contrast (4.5:1 on
 * white) and the logo's type from its bytes, its size, and an SVG with nothing that runs or loads.
 * A replaced logo stays stored: versions published with it still show it.
 */
export async function updateCompanyBranding(access: CompanyAccess, rawInput: CompanyBrandingInput): Promise<CompanyBranding> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const input = companyBrandingSchema.parse(rawInput);
  const accentColour = input.accentColour.trim() === "" ? null : normaliseHexColour(input.accentColour);
  let logo: { sha256: string; contentType: LogoContentType; bytes: Uint8Array<ArrayBuffer> } | null = null;
  if (input.logo.action === "replace") {
    const bytes = new Uint8Array(Buffer.from(input.logo.base64, "base64"));
    const check = checkLogo(bytes);
    if (!check.ok) throw new AppError("VALIDATION", undefined, { logo: [LOGO_PROBLEM_MESSAGE[check.problem]] });
    logo = { sha256: crypto.createHash("sha256").update(bytes).digest("hex"), contentType: check.contentType, bytes };
  }
  const companyId = access.company.id;
  await db().$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: companyId }, select: { accentColour: true, logoSha256: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (logo) {
      await tx.companyLogo.upsert({
        where: { companyId_sha256: { companyId, sha256: logo.sha256 } },
        create: { companyId, sha256: logo.sha256, contentType: logo.contentType, bytes: logo.bytes },
        update: {},
      });
    }
    const logoSha256 = input.logo.action === "keep" ? before.logoSha256 : (logo?.sha256 ?? null);
    await tx.company.update({ where: { id: companyId }, data: { accentColour, logoSha256 } });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "UPDATE",
      entityType: "CompanyBranding",
      entityId: companyId,
      before,
      after: { accentColour, logoSha256 },
    });
  });
  return getCompanyBranding(access);
}

/** A stored logo by its content hash, for its public URL; any company's (the hash names the bytes). */
export async function storedLogo(sha256: string): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const row = await db().companyLogo.findFirst({ where: { sha256 }, select: { contentType: true, bytes: true } });
  return row ? { contentType: row.contentType, bytes: row.bytes } : null;
}
