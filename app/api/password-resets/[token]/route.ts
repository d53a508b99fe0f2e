import { passwordResetSchema } from "@/lib/auth/account-schemas";
import { resetPassword } from "@/lib/server/password-resets";
import { publicRoute } from "@/lib/server/route";

/** Whoever holds a valid reset link sets the member's new password, once. */
export const POST = publicRoute({ input: passwordResetSchema }, async ({ input, params }) => {
  const { email } = await resetPassword(params.token ?? "", input.password);
  return { email };
});
