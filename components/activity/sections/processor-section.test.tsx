// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, renderSections, text } from "@/test/components/editor-harness";
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

  it("records our customers as a class instead of a name, with where each is listed (ADR 030)", async () => {
    const { editor } = renderSections(() => <ProcessorSection />);
    await userEvent.click(screen.getByRole("button", { name: text("field.addControllerServed") }));
    const group = screen.getByRole("group", { name: text("controllerServedN", { n: 1 }) });
    await userEvent.click(within(group).getByLabelText(text("field.controllerOurCustomers")));
    expect(editor().form.getValues("controllersServed.0.ourCustomers")).toBe(true);
    expect(within(group).queryByLabelText(text("field.controllerName"))).toBeNull();
    await userEvent.type(within(group).getByLabelText(inLanguage(text("field.customersListedIn"), "nb")), "i kunderegisteret");
    expect(editor().form.getValues("controllersServed.0.listedIn")).toMatchObject({ nb: "i kunderegisteret" });
  });
});
