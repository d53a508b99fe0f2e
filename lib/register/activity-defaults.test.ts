import { describe, expect, it } from "vitest";
import { ACTIVITY_PARTS, blankActivityFields } from "./activity-defaults";
import { emptyActivity } from "./activity-schema";
import { activityFromOutline } from "./checks/parts";

describe("blankActivityFields", () => {
  it("are the New activity form's defaults", () => {
    const empty = emptyActivity();
    const blank = blankActivityFields();
    expect(Object.keys(blank).length).toBeGreaterThan(20);
    for (const [key, value] of Object.entries(blank)) expect(empty[key as keyof typeof empty], key).toEqual(value);
  });

  it("leave out exactly the activity's parts and what whoever starts it sets", () => {
    const blank = Object.keys(blankActivityFields());
    expect(blank.filter((key) => (ACTIVITY_PARTS as readonly string[]).includes(key))).toEqual([]);
    expect(Object.keys(emptyActivity()).filter((key) => !blank.includes(key) && !(ACTIVITY_PARTS as readonly string[]).includes(key)).sort()).toEqual(
      ["description", "name", "noticeTextEn", "noticeTextNb", "noticeTitleEn", "noticeTitleNb", "role", "showInNotice", "status"],
    );
  });

  it("give every caller its own copy, so one draft's edits do not reach the next", () => {
    const first = blankActivityFields();
    first.adm.logic.en = "profiling";
    const second = blankActivityFields();
    expect(second.adm.logic).toEqual({});
  });

  it("start the checks' outline of an activity where the editor starts it", () => {
    const activity = activityFromOutline({
      id: "a1",
      name: "Payroll",
      status: "ACTIVE",
      role: "CONTROLLER",
      showInNotice: true,
      noticeTitleEn: null,
      noticeTitleNb: null,
      description: {},
      dataSubjectCategoryIds: [],
      dataCategoryIds: [],
      recipients: [],
      securityMeasureIds: [],
      cookieIds: [],
      noticeTexts: [],
      purposes: [],
    });
    expect(activity).toMatchObject(blankActivityFields());
    expect(activity.sources.map((s) => s.kind)).toEqual(emptyActivity().sources.map((s) => s.kind));
  });
});
