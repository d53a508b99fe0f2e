import { revokeRiskAcceptance } from "@/lib/server/risk-acceptances";
import { companyRoute } from "@/lib/server/route";

/** Withdraws an acceptance: the warning is open again. */
export const DELETE = companyRoute({ permission: "register.write" }, ({ params, ...access }) => revokeRiskAcceptance(access, params.acceptanceId ?? ""));
