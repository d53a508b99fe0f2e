import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTCODE_COUNTRIES, postcodeMessage } from "@/lib/register/contact-fields";
import { issueMessage, isMessageKey } from "@/lib/validation/messages";
import { loadMessages } from "./messages";

/**
 * Every message key a schema, a check or the data layer can put into an error must be
 * translated in both languages: a missing one reaches the user as "activityValidation.x"
 * (or as the vague "This value is not valid."). The keys are found in the source as string
 * literals naming a namespace of the catalogue, plus those built at run time.
 */
const SOURCES = ["lib/register", "lib/validation", "lib/server", "lib/auth", "lib/export", "lib/i18n/locale-choice.ts"];

function sourceFiles(entry: string): string[] {
  const full = path.join(process.cwd(), entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((child) => {
    if (child.isDirectory()) return sourceFiles(path.join(entry, child.name));
    return /\.tsx?$/.test(child.name) && !/\.test\.tsx?$/.test(child.name) ? [path.join(full, child.name)] : [];
  });
}

function has(messages: Record<string, unknown>, key: string): boolean {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === "string";
}

/** Keys of the validation namespaces written as literals in the source ("validation.required"). */
function literalKeys(namespaces: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/["']([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)["']/g)) {
      const key = match[1]!;
      if (isMessageKey(key) && namespaces.has(key.split(".")[0]!)) found.add(key);
    }
  }
  return found;
}

/** What zod's own issues become (lib/validation/messages.ts), for every code a schema can raise. */
function zodIssueKeys(): string[] {
  const issues = [
    { code: "too_big", origin: "number", maximum: 1 },
    { code: "too_big", origin: "array", maximum: 1 },
    { code: "too_big", origin: "string", maximum: 1 },
    { code: "too_small", origin: "number", minimum: 1 },
    { code: "too_small", origin: "array", minimum: 1 },
    { code: "too_small", origin: "string", minimum: 1 },
    { code: "too_small", origin: "string", minimum: 5 },
    { code: "invalid_type", expected: "number", input: "x" },
    { code: "invalid_type", expected: "int", input: 1.5 },
    { code: "invalid_type", expected: "boolean", input: "x" },
    { code: "invalid_type", expected: "string", input: 1 },
    { code: "invalid_type", expected: "string", input: undefined },
    { code: "invalid_value", values: ["A"] },
    { code: "invalid_format", format: "email" },
    { code: "invalid_format", format: "url" },
    { code: "invalid_format", format: "regex" },
    { code: "invalid_union", errors: [] },
    { code: "custom" },
  ];
  return issues.map((issue) => issueMessage({ message: "", path: [], ...issue } as unknown as Parameters<typeof issueMessage>[0]).key);
}

describe("message keys reaching the user", () => {
  const en = loadMessages("en");
  const nb = loadMessages("nb");
  // Namespaces that hold messages for errors: "validation", "fieldRules", "activityValidation", "storable", …
  const errorNamespaces = new Set(Object.keys(en).filter((ns) => /validation|rules|storable|errors|dates|companyProfile|account/i.test(ns)));

  it("finds the keys to check (the scan itself works)", () => {
    const keys = literalKeys(errorNamespaces);
    expect(keys).toContain("activityValidation.art9ConditionRequired");
    expect(keys).toContain("fieldRules.phone");
    expect(keys.size).toBeGreaterThan(30);
  });

  it("exist in English and bokmål", () => {
    const keys = [...literalKeys(errorNamespaces), ...zodIssueKeys(), ...[...POSTCODE_COUNTRIES, "XX"].map(postcodeMessage)];
    expect(keys.filter((key) => !has(en, key))).toEqual([]);
    expect(keys.filter((key) => !has(nb, key))).toEqual([]);
  });

  it("name a namespace of the catalogue (no key of a namespace that does not exist)", () => {
    const all = new Set(Object.keys(en));
    const unknown = [...literalKeys(new Set(["validation", "fieldRules", "activityValidation", "transferValidation", "catalogValidation", "profileValidation"]))].filter((key) => !all.has(key.split(".")[0]!));
    expect(unknown).toEqual([]);
  });
});
