// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formValues, inLanguage, renderSections, text } from "@/test/components/editor-harness";
import { PeopleSection } from "./people-section";

describe("PeopleSection", () => {
  it("links the checked categories to the activity", async () => {
    const { editor } = renderSections(() => <PeopleSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Customers" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Contact details" }));
    expect(editor().form.getValues("dataSubjectCategoryIds")).toEqual(["dsc-customers"]);
    expect(editor().form.getValues("dataCategoryIds")).toEqual(["dc-contact"]);
    await userEvent.click(screen.getByRole("checkbox", { name: "Contact details" }));
    expect(editor().form.getValues("dataCategoryIds")).toEqual([]);
  });

  it("asks for the Art. 9(2) condition only when special-category data are linked", async () => {
    renderSections(() => <PeopleSection />);
    expect(screen.queryByLabelText(text("field.art9Condition"))).toBeNull();
    await userEvent.click(screen.getByRole("checkbox", { name: /Health data/ }));
    expect(screen.getByLabelText(text("field.art9Condition"))).toBeTruthy();
    expect(screen.getByRole("group", { name: text("field.art9LegalReference") })).toBeTruthy();
    expect(screen.queryByLabelText(inLanguage(text("field.art10Authority")))).toBeNull();
  });

  it("asks for the Art. 10 authority and the pol. § 12 justification for their kinds of data", async () => {
    const { container } = renderSections(() => <PeopleSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Criminal records/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /National identity number/ }));
    expect(container.querySelector('[id="art10Authority"]')).not.toBeNull();
    expect(container.querySelector('[id="nationalIdJustification"]')).not.toBeNull();
  });

  it("shows the bokmål names of the catalog entries to a Norwegian user", () => {
    renderSections(() => <PeopleSection />, { locale: "nb" });
    expect(screen.getByRole("checkbox", { name: "Kunder" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: /Helseopplysninger/ })).toBeTruthy();
  });

  it("shows what the notice publishes for each picked kind of data, in every notice language, and offers to edit it there (issue 11)", async () => {
    renderSections(() => <PeopleSection />);
    expect(screen.queryByRole("region", { name: /What the privacy notice says/ })).toBeNull();
    await userEvent.click(screen.getByRole("checkbox", { name: "Contact details" }));
    await userEvent.click(screen.getByRole("checkbox", { name: /Health data/ }));
    const published = screen.getByRole("region", { name: /What the privacy notice says/ });
    expect(published.textContent).toContain("Contact details: name, e-mail and phone");
    expect(published.textContent).toContain("Kontaktopplysninger: navn, e-post og telefon");
    // No description: the notice names the data only, and the DPO is told so.
    expect(published.textContent).toContain("Health data");
    expect(published.textContent).toContain("No description: the notice names the data only.");
    await userEvent.click(screen.getByRole("button", { name: "Edit the published text of Contact details" }));
    const form = screen.getByRole("dialog", { name: "Published text of Contact details" });
    expect((within(form).getByRole("textbox", { name: /English description|Description \(English\)/i }) as HTMLTextAreaElement).value).toBe("Name, e-mail and phone");
  });

  it("shows no edit button to a viewer", async () => {
    renderSections(() => <PeopleSection />, { readOnly: true, values: formValues({ dataCategoryIds: ["dc-contact"] }) });
    expect(screen.getByRole("region", { name: /What the privacy notice says/ }).textContent).toContain("Contact details: name, e-mail and phone");
    expect(screen.queryByRole("button", { name: /Edit the published text/ })).toBeNull();
  });
});
