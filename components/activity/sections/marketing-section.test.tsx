// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { MarketingSection } from "./marketing-section";
import { enumLabel } from "@/lib/register/vocabulary";

describe("MarketingSection", () => {
  it("asks for the route once a channel is chosen, and the existing-customer conditions for that route (mfl. § 15)", async () => {
    const { editor, container } = renderSections(() => <MarketingSection />);
    expect(container.querySelector('[id="marketing.route"]')).toBeNull();
    await userEvent.click(screen.getByLabelText(enumLabel("MarketingChannel", "EMAIL", "en")));
    expect(editor().form.getValues("marketing.channels")).toEqual(["EMAIL"]);
    await userEvent.selectOptions(screen.getByLabelText(text("field.marketingRoute")), "EXISTING_CUSTOMER");
    expect(screen.getByLabelText(text("field.marketingOptOutOffered"))).toBeTruthy();
    expect(screen.getByLabelText(text("field.marketingSimilarProducts"))).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText(text("field.marketingRoute")), "CONSENT");
    expect(screen.queryByLabelText(text("field.marketingOptOutOffered"))).toBeNull();
  });
});
