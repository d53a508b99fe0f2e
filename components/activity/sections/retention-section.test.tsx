// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formValues, renderSections, text } from "@/test/components/editor-harness";
import { RetentionSection } from "./retention-section";

describe("RetentionSection", () => {
  it("offers the whole activity and only the activity's own data categories", async () => {
    renderSections(() => <RetentionSection />, { values: formValues({ dataCategoryIds: ["dc-health"] }) });
    await userEvent.click(screen.getByRole("button", { name: text("field.addRetention") }));
    const group = screen.getByRole("group", { name: text("retentionN", { n: 1 }) });
    const options = [...within(group).getByLabelText(text("field.retentionCategory")).querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toEqual([text("wholeActivity"), "Health data"]);
  });

  it("stores a duration as a number and an empty one as null", async () => {
    const { editor, container } = renderSections(() => <RetentionSection />);
    await userEvent.click(screen.getByRole("button", { name: text("field.addRetention") }));
    const group = screen.getByRole("group", { name: text("retentionN", { n: 1 }) });
    await userEvent.type(within(group).getByLabelText(text("field.duration")), "5");
    await userEvent.selectOptions(within(group).getByLabelText(text("field.unit")), "YEARS");
    expect(editor().form.getValues("retentionRules.0.duration")).toBe(5);
    await userEvent.clear(within(group).getByLabelText(text("field.duration")));
    expect(editor().form.getValues("retentionRules.0.duration")).toBeNull();
    for (const key of ["trigger", "triggerText", "criteriaText", "legalReference"]) {
      expect(container.querySelector(`[id="retentionRules.0.${key}"]`), key).not.toBeNull();
    }
  });
});
