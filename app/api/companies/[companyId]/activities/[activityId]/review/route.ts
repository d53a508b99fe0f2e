import { activityReviewSchema, markReviewedSchema } from "@/lib/register/review";
import { markActivityReviewed, setActivityReview } from "@/lib/server/reviews";
import { companyRoute } from "@/lib/server/route";

/** Sets the activity's owner and next review date. */
export const PUT = companyRoute({ permission: "register.write", input: activityReviewSchema }, ({ input, params, ...access }) =>
  setActivityReview(access, params.activityId ?? "", input),
);

/** Marks the activity reviewed today (a REVIEW event in its history) and schedules the next review. */
export const POST = companyRoute({ permission: "register.write", input: markReviewedSchema }, ({ input, params, ...access }) =>
  markActivityReviewed(access, params.activityId ?? "", input),
);
