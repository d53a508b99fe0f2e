import { describe, expect, it } from "vitest";
import { CATALOG_KINDS, CATALOG_SCHEMAS, catalogUsageSchema, cookieSchema, dataCategorySchema, isCatalogKind, recipientSchema } from "./catalog-schemas";

describe("catalog schemas", () => {
  it("require both the English and the bokmål label of a data category", () => {
    const result = dataCategorySchema.safeParse({ labelEn: "Identity", labelNb: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["labelNb"]);
  });

  it("turn an empty select into null and default the flags to false", () => {
    expect(dataCategorySchema.parse({ labelEn: "Identity", labelNb: "Identitet", specialCategory: "" })).toEqual({
      labelEn: "Identity",
      labelNb: "Identitet",
      descriptionEn: null,
      descriptionNb: null,
      specialCategory: null,
      isCriminalOffence: false,
      isNationalId: false,
    });
  });

  it("refuse a special category outside Art. 9(1)", () => {
    expect(dataCategorySchema.safeParse({ labelEn: "A", labelNb: "B", specialCategory: "SHOE_SIZE" }).success).toBe(false);
  });

  it("upper-case country codes and refuse malformed ones and bad dates with message keys", () => {
    expect(recipientSchema.parse({ name: "Vendor", kind: "PROCESSOR", countryCode: "se" }).countryCode).toBe("SE");
    const bad = recipientSchema.safeParse({ name: "Vendor", kind: "PROCESSOR", countryCode: "Sweden", dpaDate: "31.02.2025" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["countryCode", "validation.country"],
      ["dpaDate", "fieldRules.date"],
    ]);
    // Typed the Norwegian way or the ISO way, stored as ISO.
    expect(recipientSchema.parse({ name: "Vendor", kind: "PROCESSOR", dpaDate: "31.12.2025" }).dpaDate).toBe("2025-12-31");
    expect(recipientSchema.parse({ name: "Vendor", kind: "PROCESSOR", dpaDate: "2025-12-31" }).dpaDate).toBe("2025-12-31");
  });

  it("need a recipient kind and ask for a choice from the list", () => {
    const result = recipientSchema.safeParse({ name: "Vendor", kind: "" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["kind"], message: "fieldRules.choice" });
  });

  it("refuse markup in names shown in headings", () => {
    expect(recipientSchema.safeParse({ name: "<script>", kind: "PROCESSOR" }).error?.issues[0]?.message).toBe("validation.markup");
  });

  it("structure a cookie's lifetime so that every language renders it, and ask for what each kind needs", () => {
    const base = { name: "_ga", provider: "Google", purposeEn: "Statistics", purposeNb: "Statistikk", category: "STATISTICS" };
    const issues = (duration: unknown) => cookieSchema.safeParse({ ...base, duration }).error?.issues.map((i) => `${i.path.join(".")} ${i.message}`) ?? [];
    expect(issues({ kind: "PERIOD", amount: "", unit: "" })).toEqual(["duration.amount validation.required", "duration.unit validation.required"]);
    expect(issues({ kind: "TEXT", text: { en: "", nb: "" } })).toEqual(["duration.text validation.required"]);
    expect(issues({ kind: "SESSION", amount: "", unit: "" })).toEqual([]);
    expect(issues({ kind: "PERIOD", amount: "-1", unit: "DAYS" })).not.toEqual([]);
  });

  it("let a cookie's consent follow its category unless said otherwise (ekomloven § 3-15)", () => {
    const cookie = cookieSchema.parse({ name: "_ga", provider: "Google", purposeEn: "Statistics", purposeNb: "Statistikk", category: "STATISTICS", duration: { kind: "PERIOD", amount: "2", unit: "YEARS" } });
    expect(cookie.consent).toBe("BY_CATEGORY");
    expect(cookie.consentReason).toEqual({});
    expect(cookie.duration).toEqual({ kind: "PERIOD", amount: 2, unit: "YEARS", text: {} });
  });

  it("ask for the version on every update schema, and know every kind", () => {
    for (const kind of CATALOG_KINDS) {
      expect(isCatalogKind(kind)).toBe(true);
      const result = CATALOG_SCHEMAS[kind].update.safeParse({});
      expect(result.error?.issues.some((i) => i.path[0] === "version")).toBe(true);
    }
    expect(isCatalogKind("users")).toBe(false);
  });
});

describe("what links to an entry that cannot be deleted", () => {
  it("reads the list the server sends with the 409", () => {
    const usedBy = [{ id: "a1", name: "Recruitment", type: "activity" }, { id: "s1", name: "CRM", type: "system" }];
    expect(catalogUsageSchema.parse(usedBy)).toEqual(usedBy);
  });

  it("refuses anything else rather than list it", () => {
    expect(catalogUsageSchema.safeParse(undefined).success).toBe(false);
    expect(catalogUsageSchema.safeParse([{ id: "a1", name: "Recruitment", type: "purpose" }]).success).toBe(false);
  });
});
