import { describe, expect, it } from "vitest";
import { itsWorkingRegister, workingGroupTwoRegister } from "@/test/register/reference-registers";
import { compileNotice } from "../compile";
import { flattenSections, type NoticeDocument } from "../document";
import { noticeLinks } from "../public-paths";
import { INJECTION_PAYLOADS, poisonSnapshot } from "@/test/notice/injection";
import { escapeMarkdown, renderNoticeHtml, renderNoticeJson, renderNoticeMarkdown, renderNoticeText } from ".";

const META = { version: 2, publishedOn: "2026-05-04" };

describe("HTML table cells", () => {
  it("keep a hyphenated word on one line (a word joiner after its hyphen), and leave running text and links alone", () => {
    const document = compileNotice(itsWorkingRegister(), "nb", META);
    const table = document.sections[0]!.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    table.rows[0]![3] = { parts: [{ text: "Se cookie-tabellen og e-post." }], sources: [] };
    const html = renderNoticeHtml(document, { mode: "embed" });
    expect(html).toContain("Se cookie-\u2060tabellen og e-\u2060post.");
    expect(html).not.toMatch(/<p>[^<]*-\u2060/);
  });
});

describe("HTML page", () => {
  const document = compileNotice(itsWorkingRegister(), "nb", META);
  const html = renderNoticeHtml(document, { mode: "page", links: noticeLinks("its-working", "nb") });

  it("is a complete standalone document with language, company header, landmarks, hreflang alternates and a print stylesheet", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"nb\">")).toBe(true);
    expect(html).toContain('<link rel="alternate" hreflang="en" href="/its-working">');
    expect(html).toContain('<link rel="alternate" hreflang="nb" href="/its-working/nb">');
    expect(html).toContain('<a href="/its-working" hreflang="en" lang="en">English</a>');
    expect(html).toContain('<header class="masthead">');
    expect(html).toContain('<p class="brand"><span>Its Working (Allisson Holding AS)</span></p>');
    expect(html).toContain('<a href="/its-working/nb/versions">Tidligere versjoner</a>');
    expect(html).toMatch(/<main class="page layout" id="notice">[\s\S]*<\/main>/);
    expect(html).toContain("<nav ");
    expect(html).toContain("@media print");
    expect(html).toContain("Versjon 2, sist oppdatert 4. mai 2026.");
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("has no scripts, nothing from another site and headings in order", () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<link rel="stylesheet"|@import/i);
    // The only URLs in the stylesheet are the app's own typeface files.
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(["/fonts/inter-latin-ext-wght-normal.woff2", "/fonts/inter-latin-wght-normal.woff2"]);
    expect(html).not.toMatch(/\ssrc=/i);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("embeds without page chrome", () => {
    const embed = renderNoticeHtml(document, { mode: "embed" });
    expect(embed).toContain("<main");
    expect(embed).not.toContain("hreflang");
    expect(embed).not.toContain("Tidligere versjoner");
  });
});

describe("Markdown and plain text", () => {
  it("renders headings, lists and the cookie table", () => {
    const md = renderNoticeMarkdown(compileNotice(workingGroupTwoRegister(), "en", META));
    expect(md).toMatch(/^# Privacy notice for Working Group Two AS\n/);
    expect(md).toContain("\n## In short\n");
    expect(md).toContain("\n### Your rights\n");
    expect(md).toContain("| Name | Provider | Purpose | Category | Duration |");
    // _ga and _gid differ only in how long they last: one row, each duration named.
    expect(md).toContain("| \\_ga, \\_gid | Google LLC | Distinguishes visitors for Google Analytics statistics | Statistics | 2 years \\(\\_ga\\), 24 hours \\(\\_gid\\) |");
    expect(md).toContain("[privacy@wgtwo.com](mailto:privacy@wgtwo.com)");
    const txt = renderNoticeText(compileNotice(workingGroupTwoRegister(), "en", META));
    expect(txt).toContain("In short\n--------");
    expect(txt).toContain("Your rights\n···········");
    expect(txt).not.toMatch(/[<>*#]/);
  });

  it("runs a table cell written as a sentence on to the next cell without a full stop before the semicolon", () => {
    const document = compileNotice(itsWorkingRegister(), "nb", META);
    const table = document.sections[0]!.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    table.rows[0]![0] = { parts: [{ text: "Holder deg innlogget mens du handler." }], sources: [] };
    table.rows[0]![3] = { parts: [{ text: "Slettes etter ett år." }], sources: [] };
    const txt = renderNoticeText(document);
    expect(txt).toContain("  - Holder deg innlogget mens du handler; ");
    expect(txt).not.toContain(".;");
    expect(txt).toMatch(/: Slettes etter ett år\.\n/);
  });

  it("escapes every Markdown metacharacter and leading list markers", () => {
    expect(escapeMarkdown("*a* _b_ [c](d) # e > f ! `g` <h> \\ |")).toBe("\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\# e \\> f \\! \\`g\\` \\<h\\> \\\\ \\|");
    expect(escapeMarkdown("javascript:alert(1)")).toBe("javascript\\:alert\\(1\\)");
  });
});

describe("the first layer (issue 11)", () => {
  it("keeps a citation such as 6(1)(b) on one line in HTML, and only in HTML", () => {
    const document = compileNotice(workingGroupTwoRegister(), "en", META);
    const html = renderNoticeHtml(document, { mode: "embed" });
    expect(html).toContain("Contract (Art. 6\u2060(1)\u2060(b))");
    expect(html).not.toMatch(/\d\(\d/);
    expect(renderNoticeMarkdown(document)).toContain("Contract \\(Art. 6\\(1\\)\\(b\\)\\)");
    expect(renderNoticeText(document)).toContain("Contract (Art. 6(1)(b))");
  });

  it.each(["en", "nb"] as const)("opens every rendering, before the detail, with the table of purposes (%s)", (language) => {
    const document = compileNotice(workingGroupTwoRegister(), language, META);
    const [heading, firstRow, rights, detail] =
      language === "en"
        ? ["In short", "Answer and document communication with people who contact us", "Your rights", "Our legitimate interests"]
        : ["Kort fortalt", "Svare dem som tar kontakt med oss, og dokumentere hva som er sagt", "Rettighetene dine", "Våre berettigede interesser"];
    const renderings = {
      // From the first section on: the table of contents above it names every heading.
      html: renderNoticeHtml(document, { mode: "page", links: noticeLinks("wgt", language) }).split("<section")!.slice(1).join("<section"),
      markdown: renderNoticeMarkdown(document),
      text: renderNoticeText(document),
    };
    for (const [format, out] of Object.entries(renderings)) {
      const at = (needle: string) => out.indexOf(needle);
      expect(at(heading), format).toBeGreaterThan(-1);
      expect(at(firstRow), format).toBeGreaterThan(at(heading));
      expect(at(rights), format).toBeGreaterThan(at(firstRow));
      expect(at(detail), format).toBeGreaterThan(at(rights));
    }
    const json = JSON.parse(renderNoticeJson(document)) as { sections: { id: string; blocks: { kind: string }[]; sections: { id: string }[] }[] };
    expect(json.sections[0]?.id).toBe("summary");
    expect(json.sections[0]?.blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
    expect(json.sections[0]?.sections.map((s) => s.id)).toEqual(["rights", "objection", "complaint"]);
  });
});

describe("JSON", () => {
  it("is the document itself", () => {
    const document = compileNotice(workingGroupTwoRegister(), "nb", META);
    expect(JSON.parse(renderNoticeJson(document))).toEqual(document);
  });
});

/** Markdown a CommonMark renderer would turn into something other than text: raw HTML, links, images, emphasis, code, headings, quotes, lists. */
function activeMarkdown(line: string): string | null {
  const unescaped = (pattern: RegExp) => {
    for (const m of line.matchAll(pattern)) {
      let backslashes = 0;
      for (let i = m.index - 1; i >= 0 && line[i] === "\\"; i--) backslashes++;
      if (backslashes % 2 === 0) return m[0];
    }
    return null;
  };
  return unescaped(/[<`*_!]|\]\((?!https?:|mailto:)/g);
}

describe.each([
  ["Working Group Two", workingGroupTwoRegister],
  ["Its Working", itsWorkingRegister],
])("register text from %s cannot inject markup", (_name, register) => {
  describe.each(INJECTION_PAYLOADS.map((p) => [p]))("payload %j", (payload) => {
    const snapshot = poisonSnapshot(register(), payload);
    const documents: NoticeDocument[] = (["en", "nb"] as const).map((language) => compileNotice(snapshot, language, META));

    it("HTML keeps it as escaped text", () => {
      for (const document of documents) {
        const html = renderNoticeHtml(document, { mode: "page", links: noticeLinks("x", document.language) });
        // Every tag in the output is one of ours, with no event handler and no script URL.
        const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)];
        for (const [tag, name = "", attrs = ""] of tags) {
          expect(["html", "head", "meta", "title", "link", "style", "body", "div", "header", "nav", "ul", "ol", "li", "a", "main", "h1", "h2", "h3", "h4", "h5", "h6", "p", "section", "table", "caption", "thead", "tbody", "tr", "th", "td", "footer", "details", "summary", "span"]).toContain(name.toLowerCase());
          expect(attrs, tag).not.toMatch(/\son\w+\s*=|javascript:|\ssrc\s*=/i);
        }
        expect(html).not.toContain("<!--");
        expect(html.match(/<style>/g)?.length).toBe(1);
        expect(html.match(/<\/style>/g)?.length).toBe(1);
        if (payload.includes("<script>")) expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      }
    });

    it("Markdown keeps it as escaped text", () => {
      for (const document of documents) {
        const md = renderNoticeMarkdown(document);
        const headings = flattenSections(document.sections).length + 1;
        expect(md.split("\n").filter((line) => /^#{1,6} /.test(line))).toHaveLength(headings);
        for (const line of md.split("\n")) {
          if (/^(#{1,6} |\| ---)/.test(line)) continue;
          const body = line.replace(/^- /, "").replace(/^\*([^*]+)\*$/, "$1");
          expect(activeMarkdown(body), line).toBeNull();
          expect(body, line).not.toMatch(/^(\s*[-+>]|\s*\d+[.)]|\s*#)/);
        }
        expect(md).not.toMatch(/\]\(javascript:/i);
      }
    });

    it("plain text keeps it verbatim, minus control characters", () => {
      for (const document of documents) {
        const txt = renderNoticeText(document);
        expect(txt).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
        if (!/[\u001b\u202e]/.test(payload)) expect(txt).toContain(payload);
      }
    });

    it("JSON round-trips it and contains no raw angle brackets", () => {
      for (const document of documents) {
        const json = renderNoticeJson(document);
        expect(json).not.toMatch(/[<>]/);
        expect(JSON.parse(json)).toEqual(document);
      }
    });
  });
});

describe("links", () => {
  it("never turns a hostile e-mail or website field into a link", () => {
    const snapshot = itsWorkingRegister();
    snapshot.company.email = "javascript:alert(1)";
    snapshot.company.website = "javascript:alert(1)";
    const html = renderNoticeHtml(compileNotice(snapshot, "en", META), { mode: "embed" });
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain("javascript:alert(1)");
  });
});
