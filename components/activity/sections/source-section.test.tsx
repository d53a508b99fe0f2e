// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, formValues, renderSections, text } from "@/test/components/editor-harness";
import { SourceSection } from "./source-section";

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
    for (const path of ["sourceName", "sourceIsPublic", "art14Timing", "art14Exemption"]) expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    expect(container.querySelector('[id="art14ExemptionJustification"]')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText(text("field.art14Exemption")), "IMPOSSIBLE_OR_DISPROPORTIONATE");
    expect(container.querySelector('[id="art14ExemptionJustification"]')).not.toBeNull();
  });

  it("keeps a public source's answer as yes, no or not stated", async () => {
    const { editor } = renderSections(() => <SourceSection />, { values: formValues({ collectionSource: "PUBLIC_SOURCE" }) });
    await userEvent.selectOptions(screen.getByLabelText(text("field.sourceIsPublic")), "true");
    expect(editor().form.getValues("sourceIsPublic")).toBe(true);
  });
});
