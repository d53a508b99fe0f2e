import { describe, expect, it } from "vitest";
import { buildSnapshot, activity, purpose, recipient, activityRecipient, transfer, dataCategory, jointController, noticeText, subProcessor } from "@/test/register/snapshot-builder";
import { itsWorkingRegister, workingGroupTwoRegister } from "@/test/register/reference-registers";
import { activeActivities, type RegisterSnapshot } from "@/lib/register/snapshot";
import { compileNotice } from "./compile";
import { documentElements, documentSentences, flattenSections, sentenceText, NOTICE_ELEMENTS, type NoticeDocument, type NoticeElement, type NoticeSection } from "./document";
import { renderNoticeHtml, renderNoticeJson, renderNoticeMarkdown, renderNoticeText } from "./render";
import { noticeLinks } from "./public-paths";
import { noticeDocumentFindings } from "./check";

const META = { version: 3, publishedOn: "2026-11-22" };

/** A register that uses what the reference notices do not: DPO, representative, Art. 14 source, ADM, Art. 9, public task, joint controllers, an Art. 49 transfer. */
function everythingRegister(): RegisterSnapshot {
  const vendor = recipient({ id: "recipient-screening", name: "Screening Ltd", countryCode: "IN", kind: "CONTROLLER" });
  return buildSnapshot({
    company: {
      country: { code: "US", nameEn: "United States", nameNb: "USA", isEea: false },
      targetsEeaFromOutside: true,
      representative: { name: "EEA Rep AS", address: "Karl Johans gate 1, 0154 Oslo", email: "rep@example.no" },
      dpo: { designated: true, basis: "VOLUNTARY", name: "Kari Nordmann", email: "dpo@testfirma.no", phone: null, address: null },
    },
    catalogs: {
      recipients: [vendor],
      dataCategories: [dataCategory({ id: "dc-health", labelEn: "Health data", labelNb: "Helseopplysninger", specialCategory: "HEALTH", descriptionEn: null, descriptionNb: null })],
    },
    activities: [
      activity({
        id: "activity-screening",
        name: "Credit screening",
        role: "JOINT_CONTROLLER",
        collectionSource: "THIRD_PARTY",
        sourceName: "the credit bureau Kreditt AS",
        sourceIsPublic: false,
        provisionRequirement: null,
        dataCategoryIds: ["dc-contact-details", "dc-health"],
        art9Condition: "SUBSTANTIAL_PUBLIC_INTEREST",
        art9LegalReference: "finansavtaleloven § 3-2",
        adm: { exists: true, logic: "A score from payment history", significance: "It decides whether you get credit", consequences: "A low score means no credit", art22Exception: "CONTRACT" },
        purposes: [purpose({ id: "purpose-screen", description: "Check creditworthiness", lawfulBasis: "PUBLIC_TASK", legalReference: "finansforetaksloven § 16-5" })],
        jointControllers: [jointController()],
        recipients: [activityRecipient({ recipientId: vendor.id })],
        transfers: [transfer({ id: "transfer-screening-in", recipientId: vendor.id, countryCode: "IN", mechanism: "COMPELLING_LEGITIMATE_INTEREST", sccModule: null, art49Assessment: "A one-off fraud investigation", isRegular: false })],
      }),
    ],
  });
}

/** Only legitimate interests and a legal obligation, no recipients outside the EEA, no processor work. */
function plainRegister(): RegisterSnapshot {
  return buildSnapshot({
    activities: [
      activity({
        purposes: [
          purpose({ id: "p-li", description: "Answer enquiries", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Answering people who contact us", liaRef: "LIA-1" }),
          purpose({ id: "p-c", sortOrder: 1, description: "Keep invoices", lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" }),
        ],
      }),
    ],
  });
}

type Fixture = { name: string; snapshot: () => RegisterSnapshot; present: NoticeElement[]; sections: { present: string[]; absent: string[] }; previous?: () => RegisterSnapshot };

const FIXTURES: Fixture[] = [
  {
    name: "Working Group Two",
    snapshot: workingGroupTwoRegister,
    present: ["N01", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12", "N13", "N14", "N16", "N18", "N21", "N22"],
    sections: { present: ["processor", "cookies", "recipients", "objection", "consent"], absent: ["dpo", "representative", "transfers"] },
  },
  {
    name: "Its Working",
    snapshot: itsWorkingRegister,
    present: ["N01", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12", "N13", "N14", "N16", "N18", "N19", "N21", "N22"],
    sections: { present: ["cookies", "recipients", "objection", "consent"], absent: ["processor", "dpo", "representative", "transfers"] },
  },
  {
    name: "everything else",
    snapshot: everythingRegister,
    previous: () => buildSnapshot({ activities: [] }),
    present: ["N01", "N02", "N03", "N04", "N05", "N07", "N08", "N10", "N11", "N13", "N15", "N16", "N17", "N18", "N19", "N20", "N22"],
    sections: { present: ["dpo", "representative", "transfers", "objection"], absent: ["processor", "cookies", "consent"] },
  },
  {
    name: "legitimate interests and legal obligation only",
    snapshot: plainRegister,
    present: ["N01", "N04", "N05", "N06", "N07", "N08", "N10", "N11", "N13", "N14", "N16", "N18", "N22"],
    sections: { present: ["objection"], absent: ["transfers", "processor", "cookies", "consent", "dpo"] },
  },
];

function compile(fixture: Fixture, language: "en" | "nb"): NoticeDocument {
  const previous = fixture.previous ? { version: 2, snapshot: fixture.previous() } : null;
  return compileNotice(fixture.snapshot(), language, { ...META, previous });
}

/** The first layer's table: one row per purpose. */
function overview(document: NoticeDocument) {
  const table = document.sections[0]?.blocks.find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("no overview table");
  return table;
}

const sectionIds = (document: NoticeDocument) => flattenSections(document.sections).map(({ section }) => section.id);

/** Same shape in both languages: the same sections, blocks, element ids and sentence counts, in the same order (sources differ only where the DPO wrote text for one language). */
function skeleton(sections: NoticeSection[]): unknown {
  return sections.map((s) => ({
    id: s.id,
    elements: s.elements,
    blocks: s.blocks.map((b) =>
      b.kind === "paragraph"
        ? { kind: b.kind, elements: b.elements, sentences: b.sentences.length }
        : b.kind === "list"
          ? { kind: b.kind, elements: b.elements, items: b.items.map((i) => i.map((x) => x.sources)) }
          : // A purpose cell names the DPO's own text in the language it is written in, the description otherwise.
            { kind: b.kind, elements: b.elements, rows: b.rows.map((r) => r.length) },
    ),
    sections: skeleton(s.sections),
  }));
}

// WP260: no vague qualifiers. "May" the month (after a day number) is not a qualifier.
const FORBIDDEN: Record<"en" | "nb", RegExp[]> = {
  en: [/(?<!\d )\bmay\b/i, /\bsome\b/i, /\bas long as (?:is )?necessary\b/i],
  nb: [/\bkan hende\b/i, /(?<![\p{L}])noen(?![\p{L}])/iu, /\bså lenge det er nødvendig\b/i],
};

describe.each(FIXTURES)("notice for $name", (fixture) => {
  it.each(["en", "nb"] as const)("contains every applicable element and no other (%s)", (language) => {
    const found = documentElements(compile(fixture, language));
    for (const element of NOTICE_ELEMENTS) expect.soft(found.has(element), `${element} in ${language}`).toBe(fixture.present.includes(element));
    const ids = sectionIds(compile(fixture, language));
    for (const id of fixture.sections.present) expect(ids).toContain(id);
    for (const id of fixture.sections.absent) expect(ids).not.toContain(id);
  });

  it("carries the same elements and sections in English and bokmål", () => {
    const en = compile(fixture, "en");
    const nb = compile(fixture, "nb");
    expect([...documentElements(nb)].sort()).toEqual([...documentElements(en)].sort());
    expect(skeleton(nb.sections)).toEqual(skeleton(en.sections));
  });

  it.each(["en", "nb"] as const)("uses no vague wording (WP260) in any sentence (%s)", (language) => {
    for (const sentence of documentSentences(compile(fixture, language))) {
      const text = sentenceText(sentence);
      for (const pattern of FORBIDDEN[language]) expect(text, text).not.toMatch(pattern);
    }
  });

  it.each(["en", "nb"] as const)("has no placeholder, empty section, empty paragraph or empty list item (%s)", (language) => {
    const document = compile(fixture, language);
    for (const sentence of documentSentences(document)) {
      const text = sentenceText(sentence);
      expect(text.trim(), JSON.stringify(sentence)).not.toBe("");
      expect(text).not.toMatch(/[{}]|\bundefined\b|\bnull\b|\bNaN\b|\[object /);
    }
    for (const { section } of flattenSections(document.sections)) {
      expect(section.heading.trim()).not.toBe("");
      expect(section.blocks.length + section.sections.length).toBeGreaterThan(0);
      for (const block of section.blocks) {
        if (block.kind === "paragraph") expect(block.sentences.length).toBeGreaterThan(0);
        if (block.kind === "list") for (const item of block.items) expect(item.length).toBeGreaterThan(0);
        if (block.kind === "table") expect(block.rows.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(["en", "nb"] as const)("is deterministic: the same register gives identical bytes (%s)", (language) => {
    const links = noticeLinks("slug", language);
    const render = (d: NoticeDocument) => [renderNoticeHtml(d, { mode: "page", links }), renderNoticeMarkdown(d), renderNoticeText(d), renderNoticeJson(d)].join("\u0000");
    expect(render(compile(fixture, language))).toBe(render(compile(fixture, language)));
  });
});

describe("compileNotice", () => {
  it("states every purpose's lawful basis with its article and names the register field it came from", () => {
    const document = compileNotice(workingGroupTwoRegister(), "en", META);
    const sentences = documentSentences(document);
    const basis = sentences.find((s) => s.sources.includes("activity:activity-wgt-contact.purposes.purpose-wgt-2-1.lawfulBasis"));
    expect(basis && sentenceText(basis)).toBe("Legitimate interests (Art. 6(1)(f))");
    const nb = compileNotice(itsWorkingRegister(), "nb", META);
    const legal = documentSentences(nb).find((s) => s.sources.includes("activity:activity-iw-billing.purposes.purpose-iw-accounts.lawfulBasis"));
    // A legal reference is cited by kind: «etter …», never «som … krever».
    expect(legal && sentenceText(legal)).toBe("Rettslig forpliktelse etter bokføringsloven § 13 (bokstav c)");
    const law = buildSnapshot({ activities: [activity({ purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "§ 13", text: {} } })] })] });
    const en = documentSentences(compileNotice(law, "en", META)).map(sentenceText);
    expect(en).toContain("Legal obligation under the Bookkeeping Act (bokføringsloven) § 13 (Art. 6(1)(c))");
    expect(documentSentences(compileNotice(law, "nb", META)).map(sentenceText)).toContain("Rettslig forpliktelse etter bokføringsloven § 13 (bokstav c)");
  });

  it("shows the DPO's own text for a purpose in the first layer's table, with the basis beside it", () => {
    const row = (document: NoticeDocument, purposeCell: string) => overview(document).rows.find((r) => sentenceText(r[0]!) === purposeCell)?.map(sentenceText);
    const nb = compileNotice(itsWorkingRegister(), "nb", META);
    // The column cites the article once; each cell names its letter.
    expect(overview(nb).columns[2]).toBe("Behandlingsgrunnlag (personvernforordningen art. 6 nr. 1)");
    expect(row(nb, "Sende faktura og følge opp betalingen")?.[2]).toBe("Avtale (bokstav b)");
    // English has no English text of its own: the purpose is the register's description.
    const en = compileNotice(itsWorkingRegister(), "en", META);
    expect(row(en, "Send invoices and follow up payments")?.[2]).toBe("Contract (Art. 6(1)(b))");
    // An activity-level text of a single-purpose activity stands for its purpose too.
    const own = buildSnapshot({ activities: [activity({ noticeTexts: [noticeText({ text: "We answer your questions." })] })] });
    const cells = overview(compileNotice(own, "en", META)).rows.map((r) => sentenceText(r[0]!));
    expect(cells).toEqual(["We answer your questions"]);
  });

  it("takes purposes in the forms DPOs write them and never puts our own “to” before them (issue 11)", () => {
    const forms = [
      { en: "To process and deliver your order", nb: "Å behandle og levere bestillingen din" },
      { en: "For invoicing", nb: "For å sende faktura" },
      { en: "Order delivery.", nb: "levering av bestillinger" },
    ];
    const snapshot = buildSnapshot({ activities: [activity({ purposes: forms.map((description, i) => purpose({ id: `p-form-${i}`, sortOrder: i, description, lawfulBasis: "CONTRACT" })) })] });
    for (const language of ["en", "nb"] as const) {
      const document = compileNotice(snapshot, language, META);
      // Purposes of one activity with the same data, basis and period share one row (no "as above").
      expect(overview(document).rows.map((r) => sentenceText(r[0]!))).toEqual(
        language === "en" ? ["To process and deliver your order; for invoicing; order delivery"] : ["Å behandle og levere bestillingen din; for å sende faktura; levering av bestillinger"],
      );
      const text = documentSentences(document).map(sentenceText).join("\n");
      expect(text).not.toMatch(/\b(to to|to for|for to|å å|til å å|for å for å)\b/i);
    }
  });

  it("tailors rights to the bases used: no portability or erasure where the bases exclude them (Art. 17(3)(b), 20(1))", () => {
    const lo = buildSnapshot({ activities: [activity({ purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" })] })] });
    const text = documentSentences(compileNotice(lo, "en", META)).map(sentenceText).join("\n");
    expect(text).not.toContain("Art. 20");
    expect(text).not.toContain("Art. 17");
    expect(text).not.toContain("object");
    const plain = documentSentences(compileNotice(plainRegister(), "en", META)).map(sentenceText).join("\n");
    expect(plain).not.toContain("Art. 20");
    expect(plain).toContain("have your data erased (Art. 17)");
    expect(plain).toContain("except data the law requires us to keep");
  });

  it("states the right to object in its own section of the first layer (Art. 21(4)) and the prior-lawfulness clause with consent (Art. 7(3))", () => {
    const document = compileNotice(itsWorkingRegister(), "en", META);
    const summary = document.sections[0]!;
    expect(summary.id).toBe("summary");
    const objection = summary.sections.find((s) => s.id === "objection")!;
    expect(objection.heading).toBe("Your right to object");
    const rights = summary.sections.find((s) => s.id === "rights")!;
    expect(rights.elements).toContain("N12");
    expect(JSON.stringify(rights)).toContain("withdraw your consent at any time; what we did before stays lawful (Art. 7(3))");
  });

  it("names the supervisory authority with its complaint form, and leaves its other channels to its website", () => {
    const text = documentSentences(compileNotice(itsWorkingRegister(), "nb", META)).map(sentenceText).join("\n");
    expect(text).toContain("klage til Datatilsynet (klageskjema: www.datatilsynet.no/om-datatilsynet/kontakt-oss/klage-til-datatilsynet)");
    expect(text).not.toContain("+47 22 39 69 00");
  });

  it("names each recipient in one table row with its role, country and transfer safeguard, and how to get a copy once", () => {
    const document = compileNotice(itsWorkingRegister(), "en", META);
    const recipients = document.sections.find((s) => s.id === "recipients")!;
    const table = recipients.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no recipients table");
    expect(table.columns).toEqual(["Recipient", "Role", "Country and transfer safeguard"]);
    const row = (name: string) => table.rows.find((r) => sentenceText(r[0]!) === name)?.map(sentenceText);
    expect(row("Cloudflare, Inc.")).toEqual([
      "Cloudflare, Inc.",
      "Processor: protects and speeds up our websites",
      "The United States, under the EU standard contractual clauses (Commission Decision (EU) 2021/914, module 2; Art. 46(2)(c)).",
    ]);
    expect(row("Google LLC")?.[2]).toContain("(EU) 2023/1795 (Art. 45). Google LLC is certified");
    expect(row("Skatteetaten")?.[2]).toBe("Norway");
    const text = documentSentences(document).map(sentenceText).join("\n");
    // The same way to a copy for both transfers is said once, under the table; the processors' instructions once too.
    expect(text.split("You can get a copy of these safeguards from personvern@itsworking.no.").length - 1).toBe(1);
    expect(text.split("only on our instructions").length - 1).toBe(1);
  });

  it("names the sub-processor a transfer reaches, its safeguard, and DPF certification only where it sits", () => {
    const parent = subProcessor({ id: "sub-payments-inc", name: "Payments Inc.", countryCode: "US", dpfCertified: true });
    const support = subProcessor({ id: "sub-support", name: "Support Pvt Ltd", countryCode: "IN", dpfCertified: false });
    // The Irish entity is (wrongly) marked certified: the notice must still not call it so (TR-010 flags the mark).
    const irish = recipient({ id: "recipient-payments-eu", name: "Payments Europe Ltd", countryCode: "IE", dpfCertified: true, subProcessors: [parent, support] });
    const snapshot = buildSnapshot({
      catalogs: { recipients: [irish] },
      activities: [
        activity({
          recipients: [activityRecipient({ recipientId: irish.id })],
          transfers: [
            transfer({ recipientId: irish.id, subProcessorId: parent.id, countryCode: "US", mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null }),
            transfer({ recipientId: irish.id, subProcessorId: support.id, countryCode: "IN", mechanism: "SCC_2021_914", sccModule: "MODULE_3_P2P", copyAccess: "personvern@testfirma.no" }),
          ],
        }),
      ],
    });
    const en = documentSentences(compileNotice(snapshot, "en", META)).map(sentenceText).join("\n");
    expect(en).toContain("Payments Inc., a sub-processor of Payments Europe Ltd, receives data in the United States under an adequacy decision of the European Commission for United States (EU-US Data Privacy Framework)");
    expect(en).toContain("Payments Inc. is certified under the EU-U.S. Data Privacy Framework.");
    expect(en).not.toContain("Payments Europe Ltd is certified");
    expect(en).toContain("Support Pvt Ltd, a sub-processor of Payments Europe Ltd, receives data in India under the EU standard contractual clauses");
    const nb = documentSentences(compileNotice(snapshot, "nb", META)).map(sentenceText).join("\n");
    expect(nb).toContain("Payments Inc., underdatabehandler for Payments Europe Ltd, mottar opplysninger i USA");
    expect(nb).toContain("Payments Inc. er sertifisert");
  });

  it("says whose contract makes the data required: the person's, or their employer's (issue 10)", () => {
    const staff = activity({ name: "User accounts", contractParty: "ORGANISATION", purposes: [purpose({ lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Serving our customer", liaRef: "LIA-3" })] });
    const en = renderNoticeText(compileNotice(buildSnapshot({ activities: [staff] }), "en", META));
    expect(en).toContain("you must give us the data under our contract with your employer or the organisation you act for.");
    expect(en).not.toContain("under our contract with you.");
    const nb = renderNoticeText(compileNotice(buildSnapshot({ activities: [staff] }), "nb", META));
    expect(nb).toContain("avtalen vår med arbeidsgiveren din eller virksomheten du opptrer for, forutsetter at du gir oss opplysningene.");
    const customer = renderNoticeText(compileNotice(buildSnapshot(), "en", META));
    expect(customer).toContain("you must give us the data under our contract with you.");
  });

  it("starts a consequence of not providing the data as a sentence, and cites a section typed as its number with §", () => {
    const shop = activity({
      name: "Nettbutikk",
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: { en: "without your address we cannot send the goods", nb: "uten adresse kan vi ikke sende varene" },
      purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "13", text: {} } })],
    });
    const nb = renderNoticeText(compileNotice(buildSnapshot({ activities: [shop] }), "nb", META));
    expect(nb).toContain(" Uten adresse kan vi ikke sende varene.");
    expect(nb).toContain("bokføringsloven § 13");
    const en = renderNoticeText(compileNotice(buildSnapshot({ activities: [shop] }), "en", META));
    expect(en).toContain(" Without your address we cannot send the goods.");
    expect(en).toContain("the Bookkeeping Act (bokføringsloven) § 13");
  });

  it("links the joint arrangement's summary, and leaves out a title or internal reference that no reader can open", () => {
    const notice = (arrangementLink: string, language: "en" | "nb") =>
      renderNoticeText(compileNotice(buildSnapshot({ activities: [activity({ role: "JOINT_CONTROLLER", jointControllers: [jointController({ arrangementLink })] })] }), language, META));
    expect(notice("https://partner.no/felles-behandlingsansvar", "en")).toContain("Summary: https://partner.no/felles-behandlingsansvar.");
    for (const language of ["en", "nb"] as const) {
      const text = notice("Avtale om felles behandlingsansvar, 2026-02-10", language);
      expect(text).not.toContain("Avtale om felles behandlingsansvar");
      expect(text).toContain("Partner AS");
    }
  });

  it("leaves out drafts, retired activities and activities hidden from the notice", () => {
    const snapshot = buildSnapshot({
      activities: [
        activity({ name: "Shown" }),
        activity({ name: "Draft one", status: "DRAFT", purposes: [purpose({ id: "p-d", description: "Draft purpose" })] }),
        activity({ name: "Retired one", status: "RETIRED", purposes: [purpose({ id: "p-r", description: "Retired purpose" })] }),
        activity({ name: "Hidden one", showInNotice: false, purposes: [purpose({ id: "p-h", description: "Hidden purpose" })] }),
      ],
    });
    const text = documentSentences(compileNotice(snapshot, "en", META)).map(sentenceText).join("\n");
    expect(text).toContain("Answer customer enquiries");
    expect(text).not.toMatch(/Draft purpose|Retired purpose|Hidden purpose/i);
  });

  it("opens with a first layer: who we are, one table row per purpose, rights, objection and complaints", () => {
    const document = compileNotice(workingGroupTwoRegister(), "en", META);
    const summary = document.sections[0]!;
    expect(summary.id).toBe("summary");
    expect(summary.elements).toEqual(expect.arrayContaining(["N01", "N04", "N05", "N07", "N10"]));
    expect(summary.sections.map((s) => s.id)).toEqual(["rights", "objection", "complaint"]);
    const table = overview(document);
    expect(table.columns).toEqual(["Purpose", "Personal data", "Legal basis (GDPR)", "How long we keep them"]);
    const purposes = activeActivities(workingGroupTwoRegister()).filter((a) => a.showInNotice && a.role !== "PROCESSOR").flatMap((a) => a.purposes);
    expect(table.rows).toHaveLength(purposes.length);
    expect(table.rows[0]!.map(sentenceText)).toEqual([
      "Answer and document communication with people who contact us",
      "Contact details and communication",
      "Legitimate interests (Art. 6(1)(f))",
      "2 years after our last contact with you.",
    ]);
  });

  it("makes the statements that hold for many purposes once (issue 11)", () => {
    for (const language of ["en", "nb"] as const) {
      const text = documentSentences(compileNotice(workingGroupTwoRegister(), language, META)).map(sentenceText).join("\n");
      const once = language === "en" ? ["you can ask us for that assessment", "You give us", "(Art. 21(1))"] : ["avveiningen kan du få se", "Vi får", "(art. 21 nr. 1)"];
      for (const phrase of once) expect(text.split(phrase).length - 1, phrase).toBe(1);
    }
  });

  it("marks a draft preview as a draft, not as a version", () => {
    const document = compileNotice(plainRegister(), "en", { version: null, publishedOn: null });
    expect(sentenceText(document.versionLine)).toBe("Draft, not published yet.");
  });
});

describe("NOT-001 over the generated notice", () => {
  it.each(FIXTURES.flatMap((f) => (["en", "nb"] as const).map((language) => [f.name, language, f] as const)))("finds nothing in %s (%s)", (_name, language, fixture) => {
    expect(noticeDocumentFindings(compile(fixture, language))).toEqual([]);
  });

  it("reports a placeholder the DPO left in a register field", () => {
    const snapshot = workingGroupTwoRegister();
    snapshot.activities[0]!.purposes[0]!.legitimateInterest = { en: "{interest}", nb: "{interest}" };
    const findings = noticeDocumentFindings(compileNotice(snapshot, "en", META));
    expect(findings.map((f) => f.ruleId)).toEqual(["NOT-001"]);
  });
});
