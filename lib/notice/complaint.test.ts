import { describe, expect, it } from "vitest";
import { buildSnapshot, supervisoryAuthority } from "@/test/register/snapshot-builder";
import { compileNotice } from "./compile";
import { renderNoticeText } from "./render";

const META = { version: 1, publishedOn: "2026-12-07" };
const DATATILSYNET = supervisoryAuthority();

describe("the complaint section links the authority's complaint page in the reader's language", () => {
  it("links Datatilsynet's Norwegian page from the bokmål notice and its English page from the English one", () => {
    const snapshot = buildSnapshot();
    const nb = renderNoticeText(compileNotice(snapshot, "nb", META));
    const en = renderNoticeText(compileNotice(snapshot, "en", META));
    expect(nb).toContain(DATATILSYNET.complaintUrlLocal);
    expect(nb).not.toContain(DATATILSYNET.complaintUrl);
    expect(en).toContain(DATATILSYNET.complaintUrl);
    expect(en).not.toContain(DATATILSYNET.complaintUrlLocal);
  });

  it("falls back to the one page it has when a snapshot stored before the local page was recorded has none", () => {
    const snapshot = buildSnapshot();
    const { complaintUrlLocal: _omitted, ...stored } = DATATILSYNET;
    snapshot.company.supervisoryAuthority = stored;
    expect(renderNoticeText(compileNotice(snapshot, "nb", META))).toContain(DATATILSYNET.complaintUrl);
  });
});
