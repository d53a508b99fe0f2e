// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { CookiesSection } from "./cookies-section";
import { enumLabel } from "@/lib/register/vocabulary";

describe("CookiesSection", () => {
  it("lists each cookie with its provider and category, and links the checked ones", async () => {
    const { editor } = renderSections(() => <CookiesSection />);
    const checkbox = screen.getByRole("checkbox", { name: /^session/ });
    expect(checkbox.parentElement?.textContent).toContain(`Testfirma, ${enumLabel("CookieCategory", "STRICTLY_NECESSARY", "en")}`);
    await userEvent.click(checkbox);
    expect(editor().form.getValues("cookieIds")).toEqual(["ck-session"]);
  });

  it("ticks consent required from the category until the DPO sets it (ekomloven § 3-15; CK-005)", async () => {
    renderSections(() => <CookiesSection />);
    await userEvent.click(screen.getByRole("button", { name: `${text("createNew")}: ${text("catalog.cookie")}` }));
    const consent = screen.getByLabelText(text("catalog.consentRequired"));
    const category = screen.getByLabelText(text("catalog.category"));
    // The first category offered is strictly necessary, which is exempt from consent.
    expect(category).toHaveProperty("value", "STRICTLY_NECESSARY");
    expect(consent).toHaveProperty("checked", false);
    await userEvent.selectOptions(category, "STATISTICS");
    expect(consent).toHaveProperty("checked", true);
    await userEvent.selectOptions(category, "STRICTLY_NECESSARY");
    expect(consent).toHaveProperty("checked", false);
    // Once the DPO sets it, a change of category leaves their choice alone.
    await userEvent.click(consent);
    await userEvent.selectOptions(category, "MARKETING");
    await userEvent.selectOptions(category, "STRICTLY_NECESSARY");
    expect(consent).toHaveProperty("checked", true);
  });
});
