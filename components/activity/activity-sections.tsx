"use client";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import { AdmSection } from "./sections/adm-section";
import { CookiesSection } from "./sections/cookies-section";
import { GeneralSection } from "./sections/general-section";
import { JointControllersSection } from "./sections/joint-controllers-section";
import { MarketingSection } from "./sections/marketing-section";
import { NoticeTextsSection } from "./sections/notice-texts-section";
import { PeopleSection } from "./sections/people-section";
import { ProcessorSection } from "./sections/processor-section";
import { PurposesSection, type PurposesArray } from "./sections/purposes-section";
import { RecipientsSection } from "./sections/recipients-section";
import { RetentionSection } from "./sections/retention-section";
import { SecuritySection } from "./sections/security-section";
import { SourceSection } from "./sections/source-section";

/** The sections in the order of the form; the processor's and joint controllers' only for that role. */
export function editorSectionIds(role: ActivityFormValues["role"] | undefined): string[] {
  return [
    "general",
    "purposes",
    "people",
    "source",
    "recipients",
    "retention",
    "security",
    "cookies",
    "adm",
    "marketing",
    ...(role === "PROCESSOR" ? ["processor"] : []),
    ...(role === "JOINT_CONTROLLER" ? ["jointControllers"] : []),
    "noticeTexts",
  ];
}

/** Every legal section of the activity form, in the order of `editorSectionIds`. */
export function ActivitySections({ purposes, role }: { purposes: PurposesArray; role: ActivityFormValues["role"] | undefined }) {
  return (
    <>
      <GeneralSection />
      <PurposesSection purposes={purposes} />
      <PeopleSection />
      <SourceSection />
      <RecipientsSection />
      <RetentionSection />
      <SecuritySection />
      <CookiesSection />
      <AdmSection />
      <MarketingSection />
      {role === "PROCESSOR" ? <ProcessorSection /> : null}
      {role === "JOINT_CONTROLLER" ? <JointControllersSection /> : null}
      <NoticeTextsSection purposes={purposes} />
    </>
  );
}
