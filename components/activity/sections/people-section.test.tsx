// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, renderSections, text } from "@/test/components/editor-harness";
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
});
