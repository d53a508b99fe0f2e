import { suggestionDecisionSchema } from "@/lib/register/suggestions";
import { decideSuggestions } from "@/lib/server/catalog-suggestions";
import { companyRoute } from "@/lib/server/route";

/**
 * POST /api/companies/:id/catalog-suggestions — accept or dismiss one suggestion of the
 * default catalog (`kind`, `id`), or all of them; answers how many were decided.
 */
export const POST = companyRoute({ permission: "register.write", input: suggestionDecisionSchema }, ({ input, ...access }) =>
  decideSuggestions(access, input.decision, input.kind && input.id ? { kind: input.kind, id: input.id } : null),
);
