// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formValues, renderSections, text } from "@/test/components/editor-harness";
import { RecipientsSection } from "./recipients-section";

const transferGroup = (n: number, recipient: string) => screen.getByRole("group", { name: `${text("transferN", { n })}: ${recipient}` });

describe("RecipientsSection", () => {
  it("links a recipient inside the EEA without proposing a transfer", async () => {
    const { editor } = renderSections(() => <RecipientsSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Nordic Helpdesk AS/ }));
    expect(editor().form.getValues("recipients")?.map((r) => r.recipientId)).toEqual(["rec-helpdesk"]);
    expect(editor().form.getValues("transfers")).toEqual([]);
  });

  it("proposes a transfer on the adequacy decision for a DPF-certified US recipient (Art. 45)", async () => {
    const { editor } = renderSections(() => <RecipientsSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Cloud Mail Inc\./ }));
    const group = transferGroup(1, "Cloud Mail Inc.");
    expect(within(group).getByLabelText(text("field.mechanism"))).toHaveProperty("value", "ADEQUACY");
    expect(within(group).getByLabelText(text("field.adequacyDecisionId"))).toBeTruthy();
    expect(editor().form.getValues("transfers.0.countryCode")).toBe("US");
  });

  it("leaves the mechanism open where no decision applies, and asks for the TIA and the copy once SCCs are chosen", async () => {
    const { container, editor } = renderSections(() => <RecipientsSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Offshore Support/ }));
    const group = transferGroup(1, "Offshore Support Pvt Ltd");
    expect(within(group).getByText(text("mechanismHint"))).toBeTruthy();
    await userEvent.selectOptions(within(group).getByLabelText(text("field.mechanism")), "SCC_2021_914");
    for (const path of ["transfers.0.sccModule", "transfers.0.tiaRef", "transfers.0.copyAccess"]) expect(container.querySelector(`[id="${path}"]`), path).not.toBeNull();
    await userEvent.selectOptions(within(group).getByLabelText(text("field.mechanism")), "DEROGATION_49_1_A");
    expect(container.querySelector('[id="transfers.0.art49Assessment"]')).not.toBeNull();
    expect(container.querySelector('[id="transfers.0.tiaRef"]')).toBeNull();
    // Unlinking the recipient removes its transfer (the transfer hangs on the link).
    await userEvent.click(screen.getByRole("checkbox", { name: /Offshore Support/ }));
    expect(editor().form.getValues("transfers")).toEqual([]);
  });

  it("asks a processor's activity for the controller's authorisation of each sub-processor (Art. 28(2))", () => {
    renderSections(() => <RecipientsSection />, {
      values: formValues({ role: "PROCESSOR", recipients: [{ recipientId: "rec-helpdesk", subProcessorAuthorisation: "", flowDownContract: null }] }),
    });
    expect(screen.getByLabelText(`${text("field.subProcessorAuthorisation")}: Nordic Helpdesk AS`)).toBeTruthy();
    expect(screen.getByLabelText(`${text("field.flowDownContract")}: Nordic Helpdesk AS`)).toBeTruthy();
  });
});
