// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, renderSections, text } from "@/test/components/editor-harness";
import { SecuritySection } from "./security-section";

describe("SecuritySection", () => {
  it("links measures and systems, and keeps the free description", async () => {
    const { editor } = renderSections(() => <SecuritySection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Role-based access/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: "CRM" }));
    await userEvent.type(screen.getByLabelText(inLanguage(text("field.securityMeasuresText"))), "Encrypted backups");
    expect(editor().form.getValues("securityMeasureIds")).toEqual(["sm-access"]);
    expect(editor().form.getValues("systemIds")).toEqual(["sys-crm"]);
    expect(editor().form.getValues("securityMeasuresText")).toMatchObject({ en: "Encrypted backups" });
  });

  it("shows a measure's bokmål description to a Norwegian user", () => {
    renderSections(() => <SecuritySection />, { locale: "nb" });
    expect(screen.getByRole("checkbox", { name: /Rollebasert tilgang/ })).toBeTruthy();
  });
});
