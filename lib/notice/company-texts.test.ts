import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, company, cookie, purpose, type CompanyOverrides } from "@/test/register/snapshot-builder";
import type { CookieSnapshot } from "@/lib/register/snapshot";
import { compileNotice } from "./compile";
import { noticeLinks } from "./public-paths";
import { flattenSections, sentenceText, type NoticeDocument } from "./document";
import { renderNoticeHtml, renderNoticeJson, renderNoticeMarkdown, renderNoticeText } from "./render";

const META = { version: 1, publishedOn: "2026-12-07" };

const OWN_WORDS: CompanyOverrides = {
  noticeIntroduction: { en: "Fjellsko sells hiking boots online.", nb: "Fjellsko selger fjellsko på nett." },
  noticeScope: { en: "This notice does not cover what we do as a processor for our business customers.", nb: "Erklæringen gjelder ikke det vi gjør som databehandler for bedriftskundene våre." },
  privacyContactName: "Ola Nordmann",
  privacyContactRole: { en: "Head of privacy", nb: "personvernansvarlig" },
};

/** Every sentence of a section, in order. */
function sectionText(doc: NoticeDocument, id: string): string {
  const section = flattenSections(doc.sections).find((s) => s.section.id === id)?.section;
  if (!section) return "";
  return section.blocks
    .flatMap((block) => (block.kind === "paragraph" ? block.sentences : block.kind === "list" ? [...(block.intro ? [block.intro] : []), ...block.items.flat()] : block.rows.flat()))
    .map(sentenceText)
    .join(" ");
}

describe("the company's own words in the notice (issue 10)", () => {
  it("prints the introduction and scope first in the first layer, and the named contact beside the controller, in each language", () => {
    const snapshot = buildSnapshot({ company: company(OWN_WORDS) });
    const en = sectionText(compileNotice(snapshot, "en", META), "summary");
    expect(en.indexOf("Fjellsko sells hiking boots online.")).toBe(0);
    expect(en).toContain("This notice does not cover what we do as a processor for our business customers.");
    expect(en).toContain("If you have questions about privacy, you can contact Ola Nordmann (Head of privacy).");
    const nb = sectionText(compileNotice(snapshot, "nb", META), "summary");
    expect(nb.indexOf("Fjellsko selger fjellsko på nett.")).toBe(0);
    expect(nb).toContain("Erklæringen gjelder ikke det vi gjør som databehandler for bedriftskundene våre.");
    expect(nb).toContain("Har du spørsmål om personvern, kan du kontakte Ola Nordmann (personvernansvarlig).");
    expect(nb).not.toContain("Fjellsko sells");
  });

  it("reaches every rendering: HTML, Markdown, text and JSON", () => {
    const doc = compileNotice(buildSnapshot({ company: company(OWN_WORDS) }), "en", META);
    for (const rendered of [renderNoticeHtml(doc, { mode: "page", links: noticeLinks("testfirma", "en") }), renderNoticeHtml(doc, { mode: "embed" }), renderNoticeMarkdown(doc), renderNoticeText(doc), renderNoticeJson(doc)]) {
      expect(rendered).toContain("This notice does not cover what we do as a processor for our business customers.");
      expect(rendered).toContain("Ola Nordmann");
    }
  });

  it("prints nothing for a text left empty or not written in the notice's language, and the name alone without a role", () => {
    const snapshot = buildSnapshot({ company: company({ noticeIntroduction: { en: "Only in English." }, privacyContactName: "Ola Nordmann" }) });
    const nb = sectionText(compileNotice(snapshot, "nb", META), "summary");
    expect(nb).not.toContain("Only in English");
    expect(nb).toContain("kan du kontakte Ola Nordmann.");
    const plain = sectionText(compileNotice(buildSnapshot(), "en", META), "summary");
    expect(plain).not.toContain("questions about privacy");
    expect(plain.startsWith("Testfirma AS")).toBe(true);
  });
});

describe("the cookie banner in the notice says only what is recorded (ekomloven § 3-15)", () => {
  const ga = cookie({ name: "_ga", provider: "Google", category: "STATISTICS", durationText: "2 years" });
  const session = cookie();
  const notice = (cookies: CookieSnapshot[], overrides: CompanyOverrides, language: "en" | "nb" = "en") =>
    sectionText(
      compileNotice(
        buildSnapshot({
          company: company(overrides),
          activities: [activity({ name: "Website", cookieIds: cookies.map((c) => c.id), purposes: [purpose({ description: "Website statistics", lawfulBasis: "CONSENT", consentWithdrawal: "Cookie settings" })] })],
          catalogs: { cookies },
        }),
        language,
        META,
      ),
      "cookies",
    );

  it("states the banner asks first, refusing is as easy, and how to withdraw, when recorded", () => {
    const recorded = { cookieBannerBeforeSetting: true, cookieRefuseAsEasy: true, cookieWithdrawal: { en: "Choose “Cookie settings” at the foot of any page.", nb: "Velg «Innstillinger for informasjonskapsler» nederst på hver side." }, cookieSettingsUrl: "https://www.testfirma.no/cookies" };
    const en = notice([ga], recorded);
    expect(en).toContain("our cookie banner asks you to accept or refuse it");
    expect(en).toContain("Refusing is as easy as accepting");
    expect(en).toContain("You can withdraw your consent at any time (Art. 7(3)): Choose “Cookie settings” at the foot of any page (www.testfirma.no/cookies).");
    const nb = notice([ga], recorded, "nb");
    expect(nb).toContain("spør cookie-banneret vårt om du vil godta eller avslå den");
    expect(nb).toContain("Det er like enkelt å avslå som å godta");
    expect(nb).toContain("Velg «Innstillinger for informasjonskapsler» nederst på hver side");
  });

  it("claims nothing of the banner that is not recorded, or recorded as not so", () => {
    const en = notice([ga], { cookieBannerBeforeSetting: null, cookieRefuseAsEasy: false, cookieWithdrawal: {}, cookieSettingsUrl: null });
    expect(en).toContain("We use cookies that are not strictly necessary only if you accept them");
    expect(en).not.toMatch(/banner|as easy|withdraw/i);
  });

  it("says nothing of a banner when no cookie needs consent, and gives an override's reason in the table", () => {
    const language = { ...ga, name: "lang", category: "PREFERENCES" as const, consent: "NOT_REQUIRED" as const, consentReason: { en: "Set only when you pick a language", nb: "Settes bare når du velger språk" } };
    const en = notice([session, language], { cookieBannerBeforeSetting: true, cookieRefuseAsEasy: true });
    expect(en).not.toMatch(/banner|as easy/i);
    expect(en).toContain("No (Set only when you pick a language)");
    expect(notice([session, language], {}, "nb")).toContain("Nei (Settes bare når du velger språk)");
  });
});
