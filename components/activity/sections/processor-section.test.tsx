// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { ProcessorSection } from "./processor-section";

describe("ProcessorSection", () => {
  it("adds the controllers served with their contacts and agreement (Art. 30(2)(a))", async () => {
    const { editor, container } = renderSections(() => <ProcessorSection />);
    await userEvent.click(screen.getByRole("button", { name: text("field.addControllerServed") }));
    const group = screen.getByRole("group", { name: text("controllerServedN", { n: 1 }) });
    await userEvent.type(within(group).getByLabelText(text("field.controllerName")), "Kunde AS");
    expect(editor().form.getValues("controllersServed.0.name")).toBe("Kunde AS");
    for (const path of ["processingCategories", "controllerDpaRef", "controllerDpaDate", "controllersServed.0.dpaRef", "controllersServed.0.processingCategories"]) {
      expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    }
  });
});
