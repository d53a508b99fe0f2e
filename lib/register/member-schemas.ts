import { z } from "zod";
import { MEMBERSHIP_ROLES } from "./enums";
import { emailField, passwordField, plainName } from "@/lib/validation/fields";

/** An owner invites someone by e-mail; the link is copied and passed on by hand (no mail server). */
export const inviteSchema = z.object({
  email: emailField,
  role: z.enum(MEMBERSHIP_ROLES, "fieldRules.choice"),
});
export type InviteInput = z.input<typeof inviteSchema>;

export const roleChangeSchema = z.object({ role: z.enum(MEMBERSHIP_ROLES, "fieldRules.choice") });

/** A visitor without an account creates one while accepting; the e-mail is the invited one. */
export const invitationAccountSchema = z.object({
  name: plainName(120),
  password: passwordField,
});
export type InvitationAccountInput = z.input<typeof invitationAccountSchema>;

/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 7;
