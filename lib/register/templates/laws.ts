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
  /** The short title a Norwegian lawyer cites, lower case as in running text. */
  nameNb: string;
  /** The English name, used with the Norwegian short title in brackets. */
  nameEn: string;
  /** Date and number, e.g. "LOV-2004-11-19-73". */
  lovdataId: string;
  url: string;
};

const lovdata = (kind: "lov" | "forskrift", id: string) => `https://lovdata.no/dokument/${kind === "lov" ? "NL/lov" : "SF/forskrift"}/${id}`;

export const LAWS: Readonly<Record<LawId, Law>> = {
  personopplysningsloven: { id: "personopplysningsloven", nameNb: "personopplysningsloven", nameEn: "Personal Data Act", lovdataId: "LOV-2018-06-15-38", url: lovdata("lov", "2018-06-15-38") },
  bokforingsloven: { id: "bokforingsloven", nameNb: "bokføringsloven", nameEn: "Bookkeeping Act", lovdataId: "LOV-2004-11-19-73", url: lovdata("lov", "2004-11-19-73") },
  arbeidsmiljoloven: { id: "arbeidsmiljoloven", nameNb: "arbeidsmiljøloven", nameEn: "Working Environment Act", lovdataId: "LOV-2005-06-17-62", url: lovdata("lov", "2005-06-17-62") },
  folketrygdloven: { id: "folketrygdloven", nameNb: "folketrygdloven", nameEn: "National Insurance Act", lovdataId: "LOV-1997-02-28-19", url: lovdata("lov", "1997-02-28-19") },
  "a-opplysningsloven": { id: "a-opplysningsloven", nameNb: "a-opplysningsloven", nameEn: "Employer Reporting Act", lovdataId: "LOV-2012-06-22-43", url: lovdata("lov", "2012-06-22-43") },
  hvitvaskingsloven: { id: "hvitvaskingsloven", nameNb: "hvitvaskingsloven", nameEn: "Anti-Money Laundering Act", lovdataId: "LOV-2018-06-01-23", url: lovdata("lov", "2018-06-01-23") },
  aksjeloven: { id: "aksjeloven", nameNb: "aksjeloven", nameEn: "Private Limited Liability Companies Act", lovdataId: "LOV-1997-06-13-44", url: lovdata("lov", "1997-06-13-44") },
  markedsforingsloven: { id: "markedsforingsloven", nameNb: "markedsføringsloven", nameEn: "Marketing Control Act", lovdataId: "LOV-2009-01-09-2", url: lovdata("lov", "2009-01-09-2") },
  ekomloven: { id: "ekomloven", nameNb: "ekomloven", nameEn: "Electronic Communications Act", lovdataId: "LOV-2024-12-13-76", url: lovdata("lov", "2024-12-13-76") },
  forbrukerkjopsloven: { id: "forbrukerkjopsloven", nameNb: "forbrukerkjøpsloven", nameEn: "Consumer Purchases Act", lovdataId: "LOV-2002-06-21-34", url: lovdata("lov", "2002-06-21-34") },
  foreldelsesloven: { id: "foreldelsesloven", nameNb: "foreldelsesloven", nameEn: "Limitation Act", lovdataId: "LOV-1979-05-18-18", url: lovdata("lov", "1979-05-18-18") },
  "otp-loven": { id: "otp-loven", nameNb: "OTP-loven", nameEn: "Mandatory Occupational Pensions Act", lovdataId: "LOV-2005-12-21-124", url: lovdata("lov", "2005-12-21-124") },
  yrkesskadeforsikringsloven: { id: "yrkesskadeforsikringsloven", nameNb: "yrkesskadeforsikringsloven", nameEn: "Occupational Injury Insurance Act", lovdataId: "LOV-1989-06-16-65", url: lovdata("lov", "1989-06-16-65") },
  kameraforskriften: { id: "kameraforskriften", nameNb: "forskrift om kameraovervåking i virksomhet", nameEn: "Regulation on camera surveillance in undertakings", lovdataId: "FOR-2018-07-02-1107", url: lovdata("forskrift", "2018-07-02-1107") },
  "e-postforskriften": {
    id: "e-postforskriften",
    nameNb: "forskrift om arbeidsgivers innsyn i e-postkasse mv.",
    nameEn: "Regulation on employers' access to e-mail accounts",
    lovdataId: "FOR-2018-07-02-1108",
    url: lovdata("forskrift", "2018-07-02-1108"),
  },
};

/** A provision: a law and, where one applies, its section ("§ 13", "§ 2 A-3", "§§ 4-5 og 4-6"). */
export type LegalRef = { law: LawId; section?: string };

/**
 * The provision as it reads in running text in each notice language: "bokføringsloven
 * § 13" in bokmål; "the Bookkeeping Act (bokføringsloven) § 13" in English, so an
 * English reader can still find the Norwegian act.
 */
export function formatLegalRef(ref: LegalRef, language: "en" | "nb"): string {
  const law = LAWS[ref.law];
  const section = ref.section ? ` ${ref.section}` : "";
  return language === "nb" ? `${law.nameNb}${section}` : `the ${law.nameEn} (${law.nameNb})${section}`;
}

/**
 * Several provisions in one phrase, sections of the same law run together:
 * "arbeidsmiljøloven §§ 5-1 og 5-2" / "the Working Environment Act (arbeidsmiljøloven) §§ 5-1 and 5-2",
 * "arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2".
 */
export function formatLegalRefs(refs: readonly LegalRef[], language: "en" | "nb"): string {
  const and = language === "nb" ? " og " : " and ";
  const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}${and}${items.at(-1) ?? ""}`);
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
      return `${formatLegalRef({ law }, language)} §§ ${list(numbers)}`;
    }),
  );
}
