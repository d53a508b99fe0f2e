import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, retention } from "@/test/register/snapshot-builder";
import { RETENTION_TRIGGERS, RETENTION_UNITS } from "@/lib/register/enums";
import { retentionNoticeText, retentionRegisterText } from "@/lib/register/retention-text";
import { indexSnapshot } from "@/lib/register/snapshot";
import { controllerFields, FIELD_LABELS } from "@/lib/export/pdf/fields";
import { compileNotice } from "./compile";
import { escapeHtml, escapeMarkdown, renderNoticeHtml, renderNoticeJson, renderNoticeMarkdown, renderNoticeText } from "./render";

// Every rendering of a retention rule says what the one wording (lib/register/retention-text.ts)
// says: the notice as HTML, Markdown, text and JSON, and the Art. 30 PDF's field.
const rule = fc.record({
  duration: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  unit: fc.constantFrom(...RETENTION_UNITS),
  trigger: fc.option(fc.constantFrom(...RETENTION_TRIGGERS), { nil: null }),
  triggerText: fc.option(fc.constantFrom("your last purchase", "det siste kjøpet ditt"), { nil: null }),
  criteriaText: fc.option(fc.constantFrom("or until you opt out, whichever comes first", "Deleted together with the application.", "og senest når du slutter"), { nil: null }),
  legalReference: fc.option(fc.constantFrom("bokføringsloven § 13"), { nil: null }),
});

describe("retention in every rendering (property over generated rules)", () => {
  it("the notice (HTML, Markdown, text, JSON) and the PDF field carry the full wording, in both languages", () => {
    fc.assert(
      fc.property(rule, fc.constantFrom("en" as const, "nb" as const), (r, lang) => {
        fc.pre(r.duration !== null || r.criteriaText !== null);
        const snapshot = buildSnapshot({ activities: [activity({ retentionRules: [retention({ dataCategoryId: null, ...r })] })] });
        const document = compileNotice(snapshot, lang, { version: 1, publishedOn: "2026-11-22", previous: null });
        const expected = retentionNoticeText(r, lang, null)!;
        expect(renderNoticeText(document)).toContain(expected);
        expect(renderNoticeMarkdown(document)).toContain(escapeMarkdown(expected));
        expect(renderNoticeHtml(document, { mode: "embed" })).toContain(escapeHtml(expected));
        expect(renderNoticeJson(document)).toContain(JSON.stringify(expected).slice(1, -1));

        const [a] = snapshot.activities;
        const row = controllerFields(snapshot, indexSnapshot(snapshot), a!, lang).find((f) => f.label === FIELD_LABELS.retention[lang]);
        expect(row?.value).toContain(retentionRegisterText(r, lang)!);
      }),
      { numRuns: 150 },
    );
  });
});
