import { riskAcceptanceSchema } from "@/lib/register/risk-acceptance";
import { acceptRisk } from "@/lib/server/risk-acceptances";
import { companyRoute } from "@/lib/server/route";

/** Accepts a warning with a justification until a date; an error, or a finding that is gone, is a 409. */
export const POST = companyRoute({ permission: "register.write", input: riskAcceptanceSchema }, ({ input, ...access }) => acceptRisk(access, input));
