// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, renderSections, text } from "@/test/components/editor-harness";
import { PurposesSection } from "./purposes-section";

const purposeGroup = (n: number) => screen.getByRole("group", { name: text("purposeN", { n }) });

describe("PurposesSection", () => {
  it("asks for the interest and the balancing test under Art. 6(1)(f), and nothing else", async () => {
    const { container } = renderSections((purposes) => <PurposesSection purposes={purposes} />);
    await userEvent.click(screen.getByRole("button", { name: text("field.addPurpose") }));
    const group = purposeGroup(1);
    expect(within(group).queryByLabelText(inLanguage(text("field.legitimateInterest")))).toBeNull();
    await userEvent.selectOptions(within(group).getByLabelText(text("field.lawfulBasis")), "LEGITIMATE_INTERESTS");
    for (const path of ["purposes.0.description", "purposes.0.lawfulBasis", "purposes.0.legitimateInterest", "purposes.0.liaRef", "purposes.0.liaDate"]) {
      expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    }
    expect(within(group).getByText(text("liaHint"))).toBeTruthy();
    expect(within(group).queryByLabelText(inLanguage(text("field.consentWithdrawal")))).toBeNull();
    expect(within(group).queryByRole("group", { name: text("field.legalReference") })).toBeNull();
  });

  it("asks how consent is withdrawn and where consents are recorded under Art. 6(1)(a)", async () => {
    renderSections((purposes) => <PurposesSection purposes={purposes} />);
    expect(screen.queryByLabelText(text("field.consentRecordRef"))).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: text("field.addPurpose") }));
    await userEvent.selectOptions(within(purposeGroup(1)).getByLabelText(text("field.lawfulBasis")), "CONSENT");
    expect(within(purposeGroup(1)).getByLabelText(inLanguage(text("field.consentWithdrawal")))).toBeTruthy();
    expect(screen.getByLabelText(text("field.consentRecordRef"))).toBeTruthy();
  });

  it("asks for the law under Art. 6(1)(c), and removes a purpose with its values", async () => {
    const { editor } = renderSections((purposes) => <PurposesSection purposes={purposes} />);
    const add = screen.getByRole("button", { name: text("field.addPurpose") });
    await userEvent.click(add);
    await userEvent.click(add);
    await userEvent.type(within(purposeGroup(1)).getByLabelText(inLanguage(text("field.purposeDescription"))), "Payroll");
    await userEvent.type(within(purposeGroup(2)).getByLabelText(inLanguage(text("field.purposeDescription"))), "Tax reporting");
    await userEvent.selectOptions(within(purposeGroup(2)).getByLabelText(text("field.lawfulBasis")), "LEGAL_OBLIGATION");
    expect(within(purposeGroup(2)).getByRole("group", { name: text("field.legalReference") })).toBeTruthy();
    await userEvent.click(within(purposeGroup(1)).getByRole("button", { name: text("removeItem", { item: text("purposeN", { n: 1 }) }) }));
    expect(editor().form.getValues("purposes")?.map((p) => p.description)).toEqual([{ en: "Tax reporting", nb: null }]);
    expect(within(purposeGroup(1)).getByLabelText(inLanguage(text("field.purposeDescription")))).toHaveProperty("value", "Tax reporting");
    expect(screen.queryByRole("group", { name: text("purposeN", { n: 2 }) })).toBeNull();
  });

  it("offers no add or remove buttons to a viewer", () => {
    renderSections((purposes) => <PurposesSection purposes={purposes} />, { readOnly: true });
    expect(screen.queryByRole("button")).toBeNull();
  });
});
