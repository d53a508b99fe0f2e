// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formValues, renderSections, text } from "@/test/components/editor-harness";
import { GeneralSection } from "./general-section";
import { enumLabel } from "@/lib/register/vocabulary";

describe("GeneralSection", () => {
  it("shows the activity's name, role and status, each control anchored at its field path", () => {
    const { container } = renderSections(() => <GeneralSection />, { values: formValues({ name: "Payroll", role: "PROCESSOR", status: "ACTIVE" }) });
    expect(screen.getByLabelText(text("field.name"))).toHaveProperty("value", "Payroll");
    expect(screen.getByLabelText(text("field.role"))).toHaveProperty("value", "PROCESSOR");
    for (const path of ["name", "role", "status", "description", "noticeTitleEn", "noticeTitleNb", "showInNotice"]) {
      expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    }
  });

  it("speaks bokmål to a Norwegian user", () => {
    renderSections(() => <GeneralSection />, { locale: "nb" });
    expect(screen.getByRole("heading", { name: "Generelt" })).toBeTruthy();
    const role = screen.getByLabelText("Vår rolle");
    expect([...role.querySelectorAll("option")].map((o) => o.textContent)).toContain(enumLabel("ActivityRole", "PROCESSOR", "nb"));
  });

  it("writes what the user types and chooses into the form", async () => {
    const { editor } = renderSections(() => <GeneralSection />);
    await userEvent.type(screen.getByLabelText(text("field.name")), "Recruitment");
    await userEvent.selectOptions(screen.getByLabelText(text("field.role")), "JOINT_CONTROLLER");
    expect(editor().form.getValues("name")).toBe("Recruitment");
    expect(editor().form.getValues("role")).toBe("JOINT_CONTROLLER");
  });

  it("is read-only for a viewer", () => {
    renderSections(() => <GeneralSection />, { readOnly: true });
    expect(screen.getByLabelText(text("field.name"))).toHaveProperty("readOnly", true);
    expect(screen.getByLabelText(text("field.role"))).toHaveProperty("disabled", true);
  });
});
