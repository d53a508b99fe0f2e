// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formValues, renderSections, TEST_CATALOGS, text } from "@/test/components/editor-harness";
import { loadMessages } from "@/lib/i18n/messages";
import { RecipientsSection } from "./recipients-section";

const transferGroup = (n: number, recipient: string) => screen.getByRole("group", { name: `${text("transferN", { n })}: ${recipient}` });
const transferText = (key: string) => (loadMessages("en").transferEditor as Record<string, string>)[key] ?? key;

/** An Irish payment provider whose US parent (on the DPF List) and Indian support desk process the data. */
const WITH_SUB_PROCESSORS = {
  ...TEST_CATALOGS,
  recipients: [
    ...TEST_CATALOGS.recipients,
    {
      id: "rec-payments-eu",
      name: "Payments Europe Ltd",
      kind: "PROCESSOR",
      countryCode: "IE",
      dpfCertified: false,
      subProcessors: [
        { id: "sub-payments-inc", name: "Payments Inc.", countryCode: "US", dpfCertified: true },
        { id: "sub-support", name: "Support Pvt Ltd", countryCode: "IN", dpfCertified: false },
      ],
    },
  ],
};

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

  it("proposes a transfer to each sub-processor outside the EEA of an EEA recipient, the DPF-certified US parent on adequacy", async () => {
    const { editor } = renderSections(() => <RecipientsSection />, { catalogs: WITH_SUB_PROCESSORS });
    await userEvent.click(screen.getByRole("checkbox", { name: /Payments Europe Ltd/ }));
    const parent = transferGroup(1, "Payments Inc. (Payments Europe Ltd)");
    expect(within(parent).getByLabelText(transferText("target"))).toHaveProperty("value", "sub-payments-inc");
    expect(within(parent).getByLabelText(text("field.mechanism"))).toHaveProperty("value", "ADEQUACY");
    const support = transferGroup(2, "Support Pvt Ltd (Payments Europe Ltd)");
    expect(within(support).getByLabelText(text("field.mechanism"))).toHaveProperty("value", "");
    expect(editor().form.getValues("transfers")?.map((t) => [t.subProcessorId, t.countryCode])).toEqual([
      ["sub-payments-inc", "US"],
      ["sub-support", "IN"],
    ]);
    expect(screen.getByText(transferText("allRecorded"))).toBeTruthy();
  });

  it("lets a transfer row target the recipient's sub-processor, taking its country and the tool its certification allows", async () => {
    const { editor } = renderSections(() => <RecipientsSection />, {
      catalogs: WITH_SUB_PROCESSORS,
      values: formValues({ recipients: [{ recipientId: "rec-payments-eu", subProcessorAuthorisation: "", flowDownContract: null }] }),
    });
    await userEvent.click(screen.getByRole("button", { name: text("field.addTransfer") }));
    const row = transferGroup(1, "Payments Inc. (Payments Europe Ltd)");
    const target = within(row).getByLabelText(transferText("target"));
    await userEvent.selectOptions(target, "");
    expect(editor().form.getValues("transfers.0.countryCode")).toBe("IE");
    await userEvent.selectOptions(target, "sub-support");
    expect(editor().form.getValues("transfers.0.countryCode")).toBe("IN");
    // Not chosen ("" or null in the form): no adequacy decision covers India.
    expect(editor().form.getValues("transfers.0.mechanism") || null).toBeNull();
    await userEvent.selectOptions(target, "sub-payments-inc");
    expect(editor().form.getValues("transfers.0.countryCode")).toBe("US");
    expect(editor().form.getValues("transfers.0.mechanism")).toBe("ADEQUACY");
    expect(editor().form.getValues("transfers.0.adequacyDecisionId")).toBe("us-dpf");
  });

  it("refuses a transfer added by hand that repeats the one proposed when the recipient was ticked", async () => {
    const { editor } = renderSections(() => <RecipientsSection />);
    await userEvent.click(screen.getByRole("checkbox", { name: /Cloud Mail Inc\./ }));
    await userEvent.click(screen.getByRole("button", { name: text("field.addTransfer") }));
    expect(editor().form.getValues("transfers")).toHaveLength(2);
    expect(await editor().form.trigger()).toBe(false);
    expect(editor().form.getFieldState("transfers.1.recipientId").error?.message).toBe("transferValidation.duplicate");
    expect(editor().form.getFieldState("transfers.0.recipientId").error).toBeUndefined();
  });
});
