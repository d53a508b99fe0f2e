import { describe, expect, it } from "vitest";
import { compileNotice } from "@/lib/notice/compile";
import { renderNoticeText } from "@/lib/notice/render";
import type { Language } from "@/lib/register/languages";
import { activityOf } from "./kit";
import { webshop } from "./webshop";

const OFFERS = "activity-webshop-customer-offers";
const notice = (language: Language, register = webshop.fixed()) => renderNoticeText(compileNotice(register, language, { version: 1, publishedOn: "2026-03-01" }));

// markedsføringsloven § 15 (issue 10): the webshop's offers go to its customers on the
// existing-customer exception and to everyone else on consent; each reader is told the route
// that is theirs, and "as our customer" is said to customers only (the existing-customer opt-out
// beside the right to object, the others' consent in the activity's section).
describe("the webshop's notice speaks to each marketing audience", () => {
  it("in English", () => {
    const text = notice("en");
    expect(text).toContain(
      "As our customer you can opt out of our marketing by e-mail free of charge when we collect your address and in every message (markedsføringsloven § 15).",
    );
    expect(text).toContain("If you are not our customer, you receive marketing from us by e-mail and text message only with your prior consent (markedsføringsloven § 15).");
  });

  it("in bokmål", () => {
    const text = notice("nb");
    expect(text).toContain(
      "Som kunde kan du gratis reservere deg mot markedsføring på e-post når vi samler inn adressen og i hver melding (markedsføringsloven § 15).",
    );
    expect(text).toContain("Er du ikke kunde hos oss, får du markedsføring fra oss på e-post og SMS bare hvis du har samtykket på forhånd (markedsføringsloven § 15).");
  });

  it("never tells people who are not customers that they get it as customers, whatever route is recorded for them", () => {
    const register = webshop.fixed();
    const offers = activityOf(register, OFFERS);
    offers.marketingAudiences = offers.marketingAudiences.map((audience) => ({ ...audience, who: "OTHERS" as const, route: "EXISTING_CUSTOMER" as const, optOutOffered: true, similarProducts: true }));
    expect(notice("en", register)).not.toContain("As our customer");
    expect(notice("nb", register)).not.toMatch(/Som kunde (hos oss|kan du)/);
  });

  it("says nothing of a route to a single audience on consent: its purpose and how to withdraw already do", () => {
    const register = webshop.fixed();
    const offers = activityOf(register, OFFERS);
    offers.marketingAudiences = offers.marketingAudiences.slice(1);
    expect(notice("en", register)).not.toContain("only with your prior consent");
    expect(notice("nb", register)).not.toContain("bare hvis du har samtykket på forhånd");
  });
});
