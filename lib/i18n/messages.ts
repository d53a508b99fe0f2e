import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Locale } from "./locales";

/** A message file: namespaces at the top, each an object of messages or nested groups. */
const messageFileSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
type Messages = z.infer<typeof messageFileSchema>;
const cache = new Map<Locale, Messages>();

/**
 * All message files of a language (lib/i18n/messages/<locale>/*.json), each
 * holding its own top-level namespaces, merged into one catalogue. One file
 * per feature keeps features from editing a shared file; a namespace defined
 * twice is a mistake and stops the server.
 */
export function loadMessages(locale: Locale, root = process.cwd()): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(root, "lib/i18n/messages", locale);
  const merged: Messages = {};
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    const content = messageFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
    for (const [namespace, value] of Object.entries(content)) {
      if (namespace in merged) throw new Error(`Message namespace "${namespace}" is defined twice (again in ${locale}/${file}).`);
      merged[namespace] = value;
    }
  }
  cache.set(locale, merged);
  return merged;
}
