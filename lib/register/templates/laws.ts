import type { Language } from "../languages";

/**
 * The Norwegian and EU acts the activity templates cite, with their names in each
 * notice language and where to read them. A legal reference is a law from this list
 * and a section, so that every language renders it from one value ("bokføringsloven
 * § 13" / "the Bookkeeping Act (bokføringsloven) § 13"). docs/legal-spec.md §7 lists
 * the source that confirmed each section, or marks it (verify).
 */

export type LawId =
  | "personopplysningsloven"
  | "bokforingsloven"
  | "arbeidsmiljoloven"
  | "folketrygdloven"
  | "a-opplysningsloven"
  | "hvitvaskingsloven"
  | "aksjeloven"
  | "markedsforingsloven"
  | "ekomloven"
  | "forbrukerkjopsloven"
  | "foreldelsesloven"
  | "otp-loven"
  | "yrkesskadeforsikringsloven"
  | "kameraforskriften"
  | "e-postforskriften";

export type Law = {
  id: LawId;
  /**
   * Its name per language: in bokmål the short title a Norwegian lawyer cites, lower
   * case as in running text; in English a translation, cited with the short title in brackets.
   */
  name: Record<Language, string>;
  /** Date and number, e.g. "LOV-2004-11-19-73". */
  lovdataId: string;
  url: string;
};

const lovdata = (kind: "lov" | "forskrift", id: string) => `https://lovdata.no/dokument/${kind === "lov" ? "NL/lov" : "SF/forskrift"}/${id}`;

/** THE law list: every legal reference the register structures names a law of it (issue 9). */
export const LAWS: Readonly<Record<LawId, Law>> = {
  personopplysningsloven: { id: "personopplysningsloven", name: { en: "Personal Data Act", nb: "personopplysningsloven" }, lovdataId: "LOV-2018-06-15-38", url: lovdata("lov", "2018-06-15-38") },
  bokforingsloven: { id: "bokforingsloven", name: { en: "Bookkeeping Act", nb: "bokføringsloven" }, lovdataId: "LOV-2004-11-19-73", url: lovdata("lov", "2004-11-19-73") },
  arbeidsmiljoloven: { id: "arbeidsmiljoloven", name: { en: "Working Environment Act", nb: "arbeidsmiljøloven" }, lovdataId: "LOV-2005-06-17-62", url: lovdata("lov", "2005-06-17-62") },
  folketrygdloven: { id: "folketrygdloven", name: { en: "National Insurance Act", nb: "folketrygdloven" }, lovdataId: "LOV-1997-02-28-19", url: lovdata("lov", "1997-02-28-19") },
  "a-opplysningsloven": { id: "a-opplysningsloven", name: { en: "Employer Reporting Act", nb: "a-opplysningsloven" }, lovdataId: "LOV-2012-06-22-43", url: lovdata("lov", "2012-06-22-43") },
  hvitvaskingsloven: { id: "hvitvaskingsloven", name: { en: "Anti-Money Laundering Act", nb: "hvitvaskingsloven" }, lovdataId: "LOV-2018-06-01-23", url: lovdata("lov", "2018-06-01-23") },
  aksjeloven: { id: "aksjeloven", name: { en: "Private Limited Liability Companies Act", nb: "aksjeloven" }, lovdataId: "LOV-1997-06-13-44", url: lovdata("lov", "1997-06-13-44") },
  markedsforingsloven: { id: "markedsforingsloven", name: { en: "Marketing Control Act", nb: "markedsføringsloven" }, lovdataId: "LOV-2009-01-09-2", url: lovdata("lov", "2009-01-09-2") },
  ekomloven: { id: "ekomloven", name: { en: "Electronic Communications Act", nb: "ekomloven" }, lovdataId: "LOV-2024-12-13-76", url: lovdata("lov", "2024-12-13-76") },
  forbrukerkjopsloven: { id: "forbrukerkjopsloven", name: { en: "Consumer Purchases Act", nb: "forbrukerkjøpsloven" }, lovdataId: "LOV-2002-06-21-34", url: lovdata("lov", "2002-06-21-34") },
  foreldelsesloven: { id: "foreldelsesloven", name: { en: "Limitation Act", nb: "foreldelsesloven" }, lovdataId: "LOV-1979-05-18-18", url: lovdata("lov", "1979-05-18-18") },
  "otp-loven": { id: "otp-loven", name: { en: "Mandatory Occupational Pensions Act", nb: "OTP-loven" }, lovdataId: "LOV-2005-12-21-124", url: lovdata("lov", "2005-12-21-124") },
  yrkesskadeforsikringsloven: { id: "yrkesskadeforsikringsloven", name: { en: "Occupational Injury Insurance Act", nb: "yrkesskadeforsikringsloven" }, lovdataId: "LOV-1989-06-16-65", url: lovdata("lov", "1989-06-16-65") },
  kameraforskriften: { id: "kameraforskriften", name: { en: "Regulation on camera surveillance in undertakings", nb: "forskrift om kameraovervåking i virksomhet" }, lovdataId: "FOR-2018-07-02-1107", url: lovdata("forskrift", "2018-07-02-1107") },
  "e-postforskriften": {
    id: "e-postforskriften",
    name: { en: "Regulation on employers' access to e-mail accounts", nb: "forskrift om arbeidsgivers innsyn i e-postkasse mv." },
    lovdataId: "FOR-2018-07-02-1108",
    url: lovdata("forskrift", "2018-07-02-1108"),
  },
};

/** A provision: a law and, where one applies, its section ("§ 13", "§ 2 A-3", "§§ 4-5 og 4-6"). */
export type LegalRef = { law: LawId; section?: string };

/** How a provision reads in running text, per language. */
const CITATION: Record<Language, (law: Law, section: string) => string> = {
  nb: (law, section) => `${law.name.nb}${section}`,
  // The Norwegian short title stays, so an English reader can still find the act.
  en: (law, section) => `the ${law.name.en} (${law.name.nb})${section}`,
};

const AND: Record<Language, string> = { en: " and ", nb: " og " };

/** The provision in running text: "bokføringsloven § 13" / "the Bookkeeping Act (bokføringsloven) § 13". */
export function formatLegalRef(ref: LegalRef, language: Language): string {
  return CITATION[language](LAWS[ref.law], ref.section ? ` ${sectionCited(ref.section)}` : "");
}

/** A section the DPO typed as its number alone ("13", "4-6") is cited with its paragraph sign. */
function sectionCited(section: string): string {
  return /^\d/.test(section) ? `§ ${section}` : section;
}

/**
 * Several provisions in one phrase, sections of the same law run together:
 * "arbeidsmiljøloven §§ 5-1 og 5-2" / "the Working Environment Act (arbeidsmiljøloven) §§ 5-1 and 5-2",
 * "arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2".
 */
export function formatLegalRefs(refs: readonly LegalRef[], language: Language): string {
  const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}${AND[language]}${items.at(-1) ?? ""}`);
  const groups: { law: LawId; sections: string[] }[] = [];
  for (const ref of refs) {
    const last = groups.at(-1);
    if (last && last.law === ref.law && ref.section && last.sections.length > 0) last.sections.push(ref.section);
    else groups.push({ law: ref.law, sections: ref.section ? [ref.section] : [] });
  }
  return list(
    groups.map(({ law, sections }) => {
      if (sections.length <= 1) return formatLegalRef({ law, section: sections[0] }, language);
      const numbers = sections.map((section) => section.replace(/^§+\s*/, ""));
      return CITATION[language](LAWS[law], ` §§ ${list(numbers)}`);
    }),
  );
}
