import { publishNoticeSchema } from "@/lib/notice/publish-schema";
import { publishNotice } from "@/lib/server/notice/versions";
import { db } from "@/lib/server/db";
import { companyRoute } from "@/lib/server/route";

/** Published versions, newest first. */
export const GET = companyRoute({ permission: "register.read" }, ({ company }) =>
  db().noticeVersion.findMany({
    where: { companyId: company.id },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, publishedByName: true, changeSummary: true, snapshotSha256: true, languages: true },
  }),
);

/** Publishes a new immutable version in each language that is complete; 409 with the blocking findings while none can be published. */
export const POST = companyRoute({ permission: "notice.publish", input: publishNoticeSchema }, ({ input, ...access }) =>
  publishNotice(access, input),
);
