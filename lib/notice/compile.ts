import { activeActivities, indexSnapshot, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { NOTICE_DOCUMENT_FORMAT, type NoticeDocument, type NoticeLanguage, type NoticeSection } from "./document";
import { strings } from "./lang";
import { type CompileOptions, type Ctx, sentence } from "./sections/kit";
import { summarySection } from "./sections/first-layer";
import { activitiesSection, admSection, changesSection, consentSection, cookiesSection, dataSection, dpoSection, legitimateInterestsSection, processorSection, recipientsSection, representativeSection, sourcesSection, transfersSection } from "./sections/detail";

/** Activities the public notice describes: in force and not hidden by the DPO. */
function noticeActivities(snapshot: RegisterSnapshot): ActivitySnapshot[] {
  return activeActivities(snapshot).filter((activity) => activity.showInNotice);
}

/**
 * The notice would describe no processing at all (an empty register, or only drafts and
 * hidden activities): there is nothing to publish, and the dashboard guides instead.
 */
export function noticeDescribesNothing(snapshot: RegisterSnapshot): boolean {
  return noticeActivities(snapshot).length === 0;
}

/**
 * Compiles the public privacy notice (GDPR Art. 13/14) of one company from its
 * register, in one language. Pure: the same snapshot and options give the same
 * document. Each element of legal-spec §2 appears when its condition holds and
 * is left out, with no placeholder, when it does not.
 */
export function compileNotice(snapshot: RegisterSnapshot, language: NoticeLanguage, options: CompileOptions): NoticeDocument {
  const s = strings(language);
  const index = indexSnapshot(snapshot);
  const ctx: Ctx = { s, index, snapshot, language };
  const activities = noticeActivities(snapshot);
  const controllerActivities = activities.filter((a) => a.role !== "PROCESSOR");
  const processorActivities = activities.filter((a) => a.role === "PROCESSOR");

  const sections: NoticeSection[] = [];
  const push = (section: NoticeSection | null) => {
    if (section && (section.blocks.length > 0 || section.sections.length > 0)) sections.push(section);
  };
  // First layer (WP260 §35–38, ICO): who we are, what we do (one row per purpose), rights, complaints.
  push(summarySection(ctx, controllerActivities));
  // Second layer: each statement once, however many purposes it holds for.
  push(representativeSection(ctx));
  push(dpoSection(ctx));
  push(legitimateInterestsSection(ctx, controllerActivities));
  push(consentSection(ctx, controllerActivities));
  push(dataSection(ctx, controllerActivities));
  push(sourcesSection(ctx, controllerActivities));
  push(activitiesSection(ctx, controllerActivities));
  push(recipientsSection(ctx, controllerActivities));
  push(transfersSection(ctx, controllerActivities));
  push(cookiesSection(ctx, activities));
  push(processorSection(ctx, processorActivities));
  push(admSection(ctx, controllerActivities));
  push(changesSection(ctx, controllerActivities, options));

  return {
    format: NOTICE_DOCUMENT_FORMAT,
    language,
    title: s.title(snapshot.company.legalName),
    company: { name: snapshot.company.legalName, slug: snapshot.company.slug },
    version: options.version,
    publishedOn: options.publishedOn,
    versionLine: sentence(s.versionLine(options.version, options.publishedOn), ["metadata.version", "metadata.publishedOn"]),
    sections,
  };
}
export type { CompileOptions } from "./sections/kit";
