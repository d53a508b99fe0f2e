// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { CookiesSection } from "./cookies-section";
import { COOKIE_CONSENTS } from "@/lib/register/enums";
import { enumLabel } from "@/lib/register/vocabulary";

describe("CookiesSection", () => {
  it("lists each cookie with its provider and category, and links the checked ones", async () => {
    const { editor } = renderSections(() => <CookiesSection />);
    const checkbox = screen.getByRole("checkbox", { name: /^session/ });
    expect(checkbox.parentElement?.textContent).toContain(`Testfirma, ${enumLabel("CookieCategory", "STRICTLY_NECESSARY", "en")}`);
    await userEvent.click(checkbox);
    expect(editor().form.getValues("cookieIds")).toEqual(["ck-session"]);
  });

  it("creates a cookie whose consent follows its category unless the DPO overrides it (ekomloven § 3-15; CK-005, CK-006)", async () => {
    renderSections(() => <CookiesSection />);
    await userEvent.click(screen.getByRole("button", { name: `${text("createNew")}: ${text("catalog.cookie")}` }));
    const consent = screen.getByLabelText(text("catalog.consent"));
    // Whatever the category, a new cookie starts as its category says; an override is a choice.
    expect(consent).toHaveProperty("value", "BY_CATEGORY");
    await userEvent.selectOptions(screen.getByLabelText(text("catalog.category")), "STATISTICS");
    expect(consent).toHaveProperty("value", "BY_CATEGORY");
    expect([...(consent as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(COOKIE_CONSENTS.map((v) => enumLabel("CookieConsent", v, "en")));
  });
});
