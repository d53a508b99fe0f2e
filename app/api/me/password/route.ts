import { passwordChangeSchema } from "@/lib/auth/account-schemas";
import { auth } from "@/lib/server/auth";
import { clientAddress } from "@/lib/server/client-address";
import { changePassword } from "@/lib/server/passwords";
import { userRoute } from "@/lib/server/route";

/** The signed-in user changes their password; their other sessions end, this one stays. */
export const POST = userRoute({ input: passwordChangeSchema }, async ({ user, input, request }) => {
  const session = await auth();
  return changePassword(user, session?.sid, input, clientAddress(request.headers));
});
