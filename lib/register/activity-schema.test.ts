import { describe, expect, it } from "vitest";
import { issueMessage } from "@/lib/validation/messages";
import { parseActivityListQuery } from "./activity-list-query";
import { activityInputSchema, activityInputSchemaFor, emptyActivity, nullsToEmpty, proposedTransfer, type ActivityCatalogContext } from "./activity-schema";

const base = { name: "Enquiries", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT" };

function errorsOf(input: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = activityInputSchema) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.map(String).join("."), issue.message]));
}

const context: ActivityCatalogContext = {
  dataCategories: new Map([
    ["health", { specialCategory: "HEALTH", isCriminalOffence: false, isNationalId: false }],
    ["convictions", { specialCategory: null, isCriminalOffence: true, isNationalId: false }],
    ["fnr", { specialCategory: null, isCriminalOffence: false, isNationalId: true }],
  ]),
  recipients: new Map([
    ["google", { countryCode: "US" }],
    ["visma", { countryCode: "NO" }],
  ]),
};

describe("activityInputSchema", () => {
  it("takes a joint controller's contact details only as an address, since they print as written in every language", () => {
    const withContact = (contact: string) => activityInputSchema.safeParse({ ...base, jointControllers: [{ name: "Meta Platforms Ireland Ltd", contact, arrangementLink: "", essenceText: {} }] });
    for (const address of ["privacy@meta.example", "https://www.facebook.com/help/contact/540977946302970", "facebook.com/privacy", "+353 1 234 5678", "4 Grand Canal Square, Dublin 2", ""]) {
      expect(withContact(address).success, address).toBe(true);
    }
    const sentence = withContact("Meta's privacy contact form for the EU");
    expect(sentence.success).toBe(false);
    expect(sentence.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["jointControllers.0.contact", "activityValidation.contactNotAddress"]]);
  });


  it("fills defaults and turns empty form values into null", () => {
    const parsed = activityInputSchema.parse({ ...base, description: { en: "  ", nb: "" }, purposes: [{ description: { en: "Answer" }, lawfulBasis: "" }] });
    // A text written in no language is the empty text (issue 9: one value per language).
    expect(parsed.description).toEqual({});
    expect(parsed.purposes[0]?.description).toEqual({ en: "Answer" });
    expect(parsed.purposes[0]?.lawfulBasis).toBeNull();
    expect(parsed.status).toBe("DRAFT");
    expect(parsed.adm.exists).toBe(false);
    expect(emptyActivity().name).toBe("");
  });

  it("asks for the interest with 6(1)(f) and the law with 6(1)(c)/(e), not for the LIA", () => {
    expect(
      errorsOf({
        ...base,
        purposes: [
          { description: { en: "a" }, lawfulBasis: "LEGITIMATE_INTERESTS" },
          { description: { nb: "b" }, lawfulBasis: "LEGAL_OBLIGATION" },
          { description: { en: "c" }, lawfulBasis: "PUBLIC_TASK", legalReference: { text: { nb: "kommuneloven § 2-1" } } },
          { description: { en: "d" }, lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "§ 13" } },
        ],
      }),
    ).toEqual({
      "purposes.0.legitimateInterest": "activityValidation.interestRequired",
      "purposes.1.legalReference": "activityValidation.lawRequired",
    });
  });

  it("requires a purpose in at least one language, and refuses a language Protokoll does not know", () => {
    expect(errorsOf({ ...base, purposes: [{ description: { en: " ", nb: "" }, lawfulBasis: "CONTRACT" }] })).toEqual({ "purposes.0.description": "validation.required" });
    expect(errorsOf({ ...base, purposes: [{ description: { en: "a", sv: "b" }, lawfulBasis: "CONTRACT" }] })).toHaveProperty(["purposes.0.description"]);
    expect(errorsOf({ ...base, purposes: [{ description: "a plain string", lawfulBasis: "CONTRACT" }] })).toHaveProperty(["purposes.0.description"]);
  });

  it("asks for the source when the data do not come from the person (Art. 14(2)(f)), and for the law behind 9(2)(b)", () => {
    expect(errorsOf({ ...base, sources: [{ kind: "DATA_SUBJECT_DIRECT" }, { kind: "THIRD_PARTY" }], art9Condition: "EMPLOYMENT_SOCIAL_SECURITY" })).toEqual({
      "sources.1.name": "activityValidation.sourceNameRequired",
      art9LegalReference: "activityValidation.art9LawRequired",
    });
    expect(errorsOf({ ...base, art9Condition: "EXPLICIT_CONSENT" })).toEqual({});
    expect(errorsOf({ ...base, sources: [] })).toEqual({ sources: "activityValidation.sourceRequired" });
  });

  it("limits text length, refuses markup in names and unknown country codes", () => {
    const errors = errorsOf({
      ...base,
      name: "<script>alert(1)</script>",
      description: "x".repeat(2001),
      recipients: [{ recipientId: "google" }],
      transfers: [{ recipientId: "google", countryCode: "XX" }],
    });
    expect(errors.name).toBe("validation.markup");
    expect(errors.description).toMatch(/./);
    expect(errors["transfers.0.countryCode"]).toBe("validation.country");
  });

  it("keeps transfers and retention rules on the activity's own recipients and data categories", () => {
    expect(
      errorsOf({ ...base, transfers: [{ recipientId: "google", countryCode: "US" }], retentionRules: [{ dataCategoryId: "health", duration: 2 }] }),
    ).toEqual({
      "transfers.0.recipientId": "activityValidation.recipientNotLinked",
      "retentionRules.0.dataCategoryId": "activityValidation.categoryNotLinked",
      "retentionRules.0.unit": "activityValidation.unitRequired",
    });
  });

  it("with the catalogs: Art. 9 condition, Art. 10 authority, § 12 justification, and a transfer for a recipient outside the EEA", () => {
    const schema = activityInputSchemaFor(context);
    expect(errorsOf({ ...base, dataCategoryIds: ["health", "convictions", "fnr", "unknown"], recipients: [{ recipientId: "google" }, { recipientId: "visma" }] }, schema)).toEqual({
      "dataCategoryIds.3": "activityValidation.unknownEntry",
      art9Condition: "activityValidation.art9ConditionRequired",
      art10Authority: "activityValidation.art10Required",
      nationalIdJustification: "activityValidation.nationalIdRequired",
      "recipients.0.recipientId": "activityValidation.transferRequired",
    });
    // A transfer without a mechanism is allowed: the register says what is true, TR-002 flags it.
    expect(errorsOf({ ...base, recipients: [{ recipientId: "google" }], transfers: [{ recipientId: "google", countryCode: "US", mechanism: "" }] }, schema)).toEqual({});
  });
});

describe("nullsToEmpty", () => {
  it("gives form values that parse back to the same activity (every nullable field accepts the empty choice)", () => {
    const full = activityInputSchema.parse({
      ...base,
      purposes: [{ description: { en: "a", nb: "a" }, lawfulBasis: "CONTRACT", legalReference: { law: "bokforingsloven", section: "§ 13" } }],
      recipients: [{ recipientId: "google" }],
      transfers: [{ recipientId: "google", countryCode: "US" }],
      retentionRules: [{ criteriaText: { nb: "til saken er avsluttet" } }],
      jointControllers: [{ name: "Partner AS" }],
      controllersServed: [{ name: "Customer AS" }],
    });
    expect(activityInputSchema.parse(nullsToEmpty(full))).toEqual(full);
  });
});

describe("proposedTransfer", () => {
  it("pre-fills adequacy where a decision covers the country, but not DPF for an uncertified US recipient", () => {
    expect(proposedTransfer({ id: "r", countryCode: "JP" })).toMatchObject({ mechanism: "ADEQUACY", adequacyDecisionId: "jp" });
    expect(proposedTransfer({ id: "r", countryCode: "US" })).toMatchObject({ mechanism: null, adequacyDecisionId: null });
    expect(proposedTransfer({ id: "r", countryCode: "US", dpfCertified: true })).toMatchObject({ mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf" });
    expect(proposedTransfer({ id: "r", countryCode: "IN" })).toMatchObject({ mechanism: null });
  });
});

describe("parseActivityListQuery", () => {
  it("keeps known params and drops malformed ones instead of failing", () => {
    expect(parseActivityListQuery({ q: "news", status: "ACTIVE", special: "yes", page: "2", sort: "evil", basis: "NOPE" })).toMatchObject({
      q: "news",
      status: "ACTIVE",
      special: true,
      page: 2,
      sort: undefined,
      basis: undefined,
    });
  });
});

describe("retention duration", () => {
  const withDuration = (duration: unknown) =>
    activityInputSchema.safeParse({ name: "Payroll", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", retentionRules: [{ duration, unit: "YEARS" }] });
  it("says which numbers are valid for -5, 1.5 and 5000, not that the field is required", () => {
    for (const duration of [-5, 1.5, 5000]) {
      expect(withDuration(duration).error?.issues.map((i) => [i.path.join("."), issueMessage(i).key]), String(duration)).toEqual([["retentionRules.0.duration", "activityValidation.duration"]]);
    }
    expect(withDuration(0).success).toBe(true);
    expect(withDuration(5).success).toBe(true);
  });
});
