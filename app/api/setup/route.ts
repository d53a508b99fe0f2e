import { AppError } from "@/lib/errors";
import { setupSchema } from "@/lib/register/setup";
import { publicRoute } from "@/lib/server/route";
import { createFirstOwner, isSetupNeeded } from "@/lib/server/setup";

/** First start only: once a user exists this route answers 404, like the page. */
export const POST = publicRoute(
  {
    input: setupSchema,
    precondition: async () => {
      if (!(await isSetupNeeded())) throw new AppError("NOT_FOUND");
    },
  },
  async ({ input }) => {
    const created = await createFirstOwner(input);
    return Response.json({ ok: true, data: { companyId: created.companyId } }, { status: 201 });
  },
);
