import { z } from "zod";
import { passwordField } from "@/lib/validation/fields";

/** A signed-in user changes their password; the current one proves it is them at the keyboard. */
export const passwordChangeSchema = z.object({
  currentPassword: z.string("validation.required").min(1, "validation.required").max(256),
  newPassword: passwordField,
});
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

/** A member sets a new password through the reset link an owner passed on. */
export const passwordResetSchema = z.object({ password: passwordField });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

/** How long a reset link works: long enough to pass on, short enough to be worth little if leaked. */
export const PASSWORD_RESET_HOURS = 24;
