// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { NoticeTextsSection } from "./notice-texts-section";
import { PurposesSection } from "./purposes-section";

describe("NoticeTextsSection", () => {
  it("offers an own text per language for the activity and for each purpose as purposes are added", async () => {
    const { container, editor } = renderSections((purposes) => (
      <>
        <PurposesSection purposes={purposes} />
        <NoticeTextsSection purposes={purposes} />
      </>
    ));
    expect(container.querySelector('[id="noticeTextEn"]')).not.toBeNull();
    expect(container.querySelector('[id="purposes.0.noticeTextEn"]')).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: text("field.addPurpose") }));
    await userEvent.type(screen.getByLabelText(`${text("field.purposeNoticeTextNb")} (1)`), "Vi svarer på henvendelser.");
    expect(editor().form.getValues("purposes.0.noticeTextNb")).toBe("Vi svarer på henvendelser.");
  });
});
