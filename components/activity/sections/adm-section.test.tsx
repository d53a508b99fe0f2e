// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { AdmSection } from "./adm-section";

describe("AdmSection", () => {
  it("asks for the logic, significance, consequences and exception only for an automated decision (Art. 22)", async () => {
    const { container } = renderSections(() => <AdmSection />);
    expect(container.querySelector('[id="adm.logic"]')).toBeNull();
    await userEvent.click(screen.getByLabelText(text("field.admExists")));
    for (const path of ["adm.logic", "adm.significance", "adm.consequences", "adm.art22Exception"]) expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
  });

  it("always shows the DPIA and the Art. 30(5) questions", () => {
    const { container } = renderSections(() => <AdmSection />);
    for (const path of ["dpia.required", "dpia.status", "dpia.link", "isOccasional", "isLikelyRisk"]) expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
  });
});
