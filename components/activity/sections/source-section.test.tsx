// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, formValues, renderSections, text } from "@/test/components/editor-harness";
import { SourceSection } from "./source-section";

const thirdParty = (overrides = {}) => ({ kind: "THIRD_PARTY" as const, name: {}, isPublic: "" as const, dataCategoryIds: [], ...overrides });

describe("SourceSection", () => {
  it("asks an Art. 13 activity whether the person must provide the data", () => {
    renderSections(() => <SourceSection />);
    expect(screen.getByLabelText(text("field.provisionRequirement"))).toBeTruthy();
    expect(screen.getByLabelText(inLanguage(text("field.provisionConsequence")))).toBeTruthy();
    expect(screen.queryByLabelText(inLanguage(text("field.sourceName")))).toBeNull();
  });

  it("asks an Art. 14 activity for the source, the timing and an exemption's justification", async () => {
    const { container } = renderSections(() => <SourceSection />);
    await userEvent.selectOptions(screen.getByLabelText(text("field.collectionSource")), "THIRD_PARTY");
    expect(screen.queryByLabelText(text("field.provisionRequirement"))).toBeNull();
    for (const path of ["sources.0.name", "sources.0.isPublic", "art14Timing", "art14Exemption"]) expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    expect(container.querySelector('[id="art14ExemptionJustification"]')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText(text("field.art14Exemption")), "IMPOSSIBLE_OR_DISPROPORTIONATE");
    expect(container.querySelector('[id="art14ExemptionJustification"]')).not.toBeNull();
  });

  it("keeps a public source's answer as yes, no or not stated", async () => {
    const { editor } = renderSections(() => <SourceSection />, { values: formValues({ sources: [thirdParty({ kind: "PUBLIC_SOURCE" })] }) });
    await userEvent.selectOptions(screen.getByLabelText(text("field.sourceIsPublic")), "true");
    expect(editor().form.getValues("sources.0.isPublic")).toBe(true);
  });

  it("adds a second source and ties it to the activity's data categories it supplies, asking for both 13(2)(e) and 14(3)", async () => {
    const { editor } = renderSections(() => <SourceSection />, { values: formValues({ dataCategoryIds: ["dc-contact", "dc-health"] }) });
    // One source supplies everything: no per-source categories to tick.
    expect(screen.queryByRole("group", { name: text("sourceN", { n: 2 }) })).toBeNull();
    expect(screen.queryByText(text("field.sourceDataCategories"))).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: text("field.addSource") }));
    const second = screen.getByRole("group", { name: text("sourceN", { n: 2 }) });
    await userEvent.type(within(second).getByLabelText(inLanguage(text("field.sourceName"))), "Your doctor");
    await userEvent.click(within(second).getByLabelText("Health data"));
    expect(editor().form.getValues("sources.1.dataCategoryIds")).toEqual(["dc-health"]);
    expect(editor().form.getValues("sources.1.kind")).toBe("THIRD_PARTY");
    // The person still gives the rest (13(2)(e)), and the doctor's data need the Art. 14 timing.
    expect(screen.getByLabelText(text("field.provisionRequirement"))).toBeTruthy();
    expect(screen.getByLabelText(text("field.art14Timing"))).toBeTruthy();
    await userEvent.click(within(second).getByLabelText("Health data"));
    expect(editor().form.getValues("sources.1.dataCategoryIds")).toEqual([]);
    await userEvent.click(within(second).getByRole("button", { name: text("removeItem", { item: text("sourceN", { n: 2 }) }) }));
    expect(editor().form.getValues("sources")).toHaveLength(1);
  });
});
