import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/register/countries";
import { registerDocumentFromSnapshot } from "../json/from-snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { CatalogBuilder } from "./catalog-builder";
import { readRegisterCsv, registerCsv } from "./csv";
import { MARKETING_COLUMN } from "./marketing-column";
import { parseRegisterTables, registerTables } from "./tables";

const countryCodes = new Set(COUNTRIES.map((c) => c.code));

describe("the marketing column (markedsføringsloven § 15)", () => {
  const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
  const marketed = doc.activities.find((a) => a.marketingAudiences.length > 1);

  it("writes one line per audience with its own route, in the sheet's language", () => {
    expect(marketed, "the fixture markets to two audiences").toBeDefined();
    const [controller] = registerTables(doc, "nb");
    const column = controller!.header.indexOf(MARKETING_COLUMN.header.nb);
    const row = controller!.rows.find((r) => r.includes(marketed!.name));
    expect(row?.[column]).toBe(
      "Eksisterende kunder (adressen fått ved et kjøp) | E-post | Eksisterende kunde (mfl. § 15 tredje ledd) | Ja | Nei\nAndre (potensielle kunder, abonnenter på nyhetsbrev) | E-post, SMS | Forhåndssamtykke (mfl. § 15)",
    );
  });

  it.each(["en", "nb"] as const)("reads the audiences back as they were (%s)", (lang) => {
    const parsed = parseRegisterTables(readRegisterCsv(registerCsv(doc, lang)).tables, countryCodes);
    expect(parsed.issues).toEqual([]);
    expect(parsed.activities.find((a) => a.name === marketed!.name)?.marketingAudiences).toEqual(marketed!.marketingAudiences);
  });

  it("reports a channel it does not know, keeping the rest of the line", () => {
    const draft = { ...marketed!, marketingAudiences: [] };
    const issues: string[] = [];
    MARKETING_COLUMN.read!("Others (prospects, newsletter subscribers) | E-mail, fax | Prior consent (mfl. § 15)", draft, {
      catalogs: new CatalogBuilder(),
      lang: "en",
      issue: (code) => issues.push(code),
      countryCodes,
    });
    expect(issues).toEqual(["unknownValue"]);
    expect(draft.marketingAudiences).toEqual([{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: null, similarProducts: null }]);
  });
});
