import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileNotice } from "@/lib/notice/compile";
import { renderNoticeText } from "@/lib/notice/render";
import { LANGUAGES, type Language } from "@/lib/register/languages";
import { textIn } from "@/lib/register/localized-text";
import { activeActivities, type RegisterSnapshot } from "@/lib/register/snapshot";
import { blockingFindings } from "@/lib/server/notice/versions";
import { checkAll } from "@/test/register/findings";
import { TEST_NOW } from "@/test/register/snapshot-builder";
import { CORPUS } from "./index";
import { brokenRegister, expectedFindings, findingLine, line, type CorpusRegister } from "./kit";

const sorted = (lines: string[]) => [...lines].sort();

/** What publishing would refuse (lib/server/notice/versions.ts): error findings and NOT-001 in either language's notice. */
function publishBlockers(register: RegisterSnapshot) {
  const documents = LANGUAGES.map((language) => compileNotice(register, language, { version: 1, publishedOn: "2026-03-01" }));
  return blockingFindings(register.company.id, register, documents, TEST_NOW);
}

const other = (language: Language): Language => LANGUAGES.find((l) => l !== language) ?? language;

describe.each(CORPUS.map((entry) => [entry.kind, entry] as const))("corpus: %s", (_kind, entry: CorpusRegister) => {
  it("as first entered, has exactly the findings the law expects", () => {
    const found = checkAll(brokenRegister(entry)).map(findingLine);
    expect(sorted(found)).toEqual(sorted(expectedFindings(entry).map(line)));
  });

  it.each(entry.defects.map((defect) => [defect.what, defect] as const))("each mistake alone causes its own findings: %s", (_what, defect) => {
    const register = entry.fixed();
    defect.apply(register);
    expect(sorted(checkAll(register).map(findingLine))).toEqual(sorted([...defect.expect, ...entry.remaining].map(line)));
  });

  it("once repaired, has no error and only the warnings it keeps on purpose", () => {
    expect(sorted(checkAll(entry.fixed()).map(findingLine))).toEqual(sorted(entry.remaining.map(line)));
  });

  it.each(LANGUAGES)("once repaired, publishes its notice (%s) with every activity in that language", (language) => {
    const register = entry.fixed();
    expect(publishBlockers(register)).toEqual([]);
    // The notice starts a purpose in the middle of a sentence ("to deliver…"), so case is not compared.
    const text = renderNoticeText(compileNotice(register, language, { version: 1, publishedOn: "2026-03-01" })).toLocaleLowerCase("nb");
    for (const activity of activeActivities(register).filter((a) => a.showInNotice)) {
      // The layered notice is ordered by purpose: only processor activities keep a heading of their own.
      if (activity.role === "PROCESSOR") {
        const title = language === "en" ? activity.noticeTitleEn : activity.noticeTitleNb;
        expect(text, activity.id).toContain(title?.toLocaleLowerCase("nb"));
        continue;
      }
      for (const purpose of activity.purposes) {
        const mine = textIn(purpose.description, language);
        const theirs = textIn(purpose.description, other(language));
        expect(mine, `${purpose.id} written in ${language}`).not.toBeNull();
        expect(text, purpose.id).toContain(mine?.toLocaleLowerCase("nb"));
        if (theirs && theirs !== mine) expect(text, `${purpose.id} in the other language`).not.toContain(theirs.toLocaleLowerCase("nb"));
      }
    }
  });

  it("once repaired, a purpose left unwritten in bokmål holds publishing back (LANG-001)", () => {
    const register = entry.fixed();
    const activity = activeActivities(register).find((a) => a.role !== "PROCESSOR" && a.purposes.length > 0);
    const purpose = activity?.purposes[0];
    if (!activity || !purpose) throw new Error(`${entry.kind} has no controller activity with a purpose`);
    purpose.description = { en: purpose.description.en };
    const blockers = publishBlockers(register).map((f) => `${f.ruleId} ${f.subject.kind === "activity" ? f.subject.activityId : ""} ${f.field}`);
    expect(blockers).toEqual([`LANG-001 ${activity.id} purposes.0.description.nb`]);
  });

  it("is listed in the corpus README with every finding it expects", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "README.md"), "utf8");
    const start = readme.indexOf(`### ${entry.kind}`);
    expect(start, `README section “### ${entry.kind}”`).toBeGreaterThanOrEqual(0);
    const next = readme.indexOf("\n### ", start + 1);
    const section = readme.slice(start, next < 0 ? undefined : next);
    for (const finding of expectedFindings(entry)) expect(section, finding.rule).toContain(finding.rule);
    for (const defect of entry.defects) expect(section, defect.what).toContain(defect.what);
  });
});

describe("the corpus", () => {
  it("has at least eight registers of different kinds, each with mistakes to find", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CORPUS.map((entry) => entry.kind)).size).toBe(CORPUS.length);
    for (const entry of CORPUS) expect(entry.defects.length, entry.kind).toBeGreaterThan(0);
  });
});
