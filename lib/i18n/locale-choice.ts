import { z } from "zod";
import { LOCALES } from "./locales";

/** The user's choice of UI language (saved as User.locale and in the locale cookie). */
export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES, "validation.invalid") });
