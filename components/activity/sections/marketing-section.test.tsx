// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSections, text } from "@/test/components/editor-harness";
import { MarketingSection } from "./marketing-section";
import { enumLabel } from "@/lib/register/vocabulary";

describe("MarketingSection", () => {
  it("adds audiences, each asking for its route once a channel is chosen and the existing-customer conditions for that route (mfl. § 15)", async () => {
    const { editor, container } = renderSections(() => <MarketingSection />);
    expect(container.querySelector('[id="marketingAudiences.0.route"]')).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: text("field.addMarketingAudience") }));
    const first = within(screen.getByRole("group", { name: text("marketingAudienceN", { n: 1 }) }));
    await userEvent.selectOptions(first.getByLabelText(text("field.marketingAudience")), "EXISTING_CUSTOMERS");
    await userEvent.click(first.getByLabelText(enumLabel("MarketingChannel", "EMAIL", "en")));
    await userEvent.selectOptions(first.getByLabelText(text("field.marketingRoute")), "EXISTING_CUSTOMER");
    expect(first.getByLabelText(text("field.marketingOptOutOffered"))).toBeTruthy();
    expect(first.getByLabelText(text("field.marketingSimilarProducts"))).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: text("field.addMarketingAudience") }));
    const second = within(screen.getByRole("group", { name: text("marketingAudienceN", { n: 2 }) }));
    await userEvent.selectOptions(second.getByLabelText(text("field.marketingAudience")), "OTHERS");
    await userEvent.click(second.getByLabelText(enumLabel("MarketingChannel", "SMS", "en")));
    await userEvent.selectOptions(second.getByLabelText(text("field.marketingRoute")), "CONSENT");
    expect(second.queryByLabelText(text("field.marketingOptOutOffered"))).toBeNull();

    const values = editor().form.getValues("marketingAudiences") ?? [];
    expect(values.map((a) => [a.who, a.channels, a.route])).toEqual([
      ["EXISTING_CUSTOMERS", ["EMAIL"], "EXISTING_CUSTOMER"],
      ["OTHERS", ["SMS"], "CONSENT"],
    ]);

    await userEvent.click(first.getByRole("button", { name: text("removeItem", { item: text("marketingAudienceN", { n: 1 }) }) }));
    expect((editor().form.getValues("marketingAudiences") ?? []).map((a) => a.who)).toEqual(["OTHERS"]);
  });
});
