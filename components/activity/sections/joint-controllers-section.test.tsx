// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { inLanguage, renderSections, text } from "@/test/components/editor-harness";
import { JointControllersSection } from "./joint-controllers-section";

describe("JointControllersSection", () => {
  it("adds and removes joint controllers with the essence of the arrangement (Art. 26(2))", async () => {
    const { editor, container } = renderSections(() => <JointControllersSection />);
    await userEvent.click(screen.getByRole("button", { name: text("field.addJointController") }));
    const group = screen.getByRole("group", { name: text("jointControllerN", { n: 1 }) });
    await userEvent.type(within(group).getByLabelText(inLanguage(text("field.essenceText"))), "We answer access requests");
    expect(container.querySelector('[id="jointControllers.0.essenceText"]')).not.toBeNull();
    expect(editor().form.getValues("jointControllers.0.essenceText")).toMatchObject({ en: "We answer access requests" });
    await userEvent.click(within(group).getByRole("button", { name: text("removeItem", { item: text("jointControllerN", { n: 1 }) }) }));
    expect(editor().form.getValues("jointControllers")).toEqual([]);
  });
});
