import { z } from "zod";

/** A one-time link the server made (an invitation or a password reset): whom it is for and its path. */
export const createdLinkSchema = z.object({ email: z.string(), path: z.string() });
