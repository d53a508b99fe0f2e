// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { CookiesSection } from "./cookies-section";

describe("CookiesSection", () => {
  it("lists each cookie with its provider and category, and links the checked ones", async () => {
    const { editor } = renderSections(() => <CookiesSection />);
    const checkbox = screen.getByRole("checkbox", { name: /^session/ });
    expect(checkbox.parentElement?.textContent).toContain(`Testfirma, ${text("enum.CookieCategory.STRICTLY_NECESSARY")}`);
    await userEvent.click(checkbox);
    expect(editor().form.getValues("cookieIds")).toEqual(["ck-session"]);
  });

  it("opens the inline form for a new cookie with consent required by default (ekomloven § 3-15)", async () => {
    renderSections(() => <CookiesSection />);
    await userEvent.click(screen.getByRole("button", { name: `${text("createNew")}: ${text("catalog.cookie")}` }));
    expect(screen.getByLabelText(text("catalog.consentRequired"))).toHaveProperty("checked", true);
  });
});
