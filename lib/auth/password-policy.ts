/**
 * What a new password must not be (NIST SP 800-63B §3.1.1.2: refuse passwords from lists of
 * commonly used or compromised values, and context-specific words). The length limits live in
 * the shared field schema (lib/validation/fields.ts); this is the list check, run on the
 * server where the list is (lib/server/passwords.ts), because 5,000 words do not belong in
 * every browser's bundle.
 */
export type PasswordProblem = "common" | "personal";

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

/** "Password1234!" → "password"; what is left when digits and symbols around a word are taken off. */
function core(text: string): string {
  return text.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");
}

/** The shortest unit the text repeats: "abcabcabc" → "abc". */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

/** The forms of a password a guesser tries first: as typed, without padding, de-leeted, unrepeated. */
function variants(password: string): string[] {
  const plain = password.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const unleet = [...plain].map((c) => LEET[c] ?? c).join("");
  const forms = new Set<string>();
  for (const form of [plain, unleet]) {
    for (const candidate of [form, core(form), form.replace(/[^\p{L}\p{N}]+$/u, ""), form.replace(/\d+$/, "")]) {
      forms.add(candidate);
      forms.add(repeatedUnit(candidate));
    }
  }
  return [...forms];
}

/** Words too close to the person or company to be a secret: names, the address's local part. */
export function personalWords(values: (string | null | undefined)[]): string[] {
  const words = new Set<string>(["protokoll"]);
  for (const value of values) {
    if (!value) continue;
    const lower = value.normalize("NFKC").toLowerCase();
    const local = lower.split("@")[0] ?? lower;
    for (const part of [lower.replace(/\s+/g, ""), local, ...lower.split(/[^\p{L}\p{N}]+/u)]) if (part.length >= 4) words.add(part);
  }
  return [...words];
}

/**
 * Why a password may not be chosen, or null when it may. `common` is the shipped list
 * (lib/auth/common-passwords.txt), `personal` the words from `personalWords`.
 */
export function passwordProblem(password: string, common: ReadonlySet<string>, personal: readonly string[] = []): PasswordProblem | null {
  const forms = variants(password);
  // Nothing but digits, symbols or one repeated character ("123456789012", "aaaaaaaaaaaa").
  if (forms.some((form) => form.length < 4)) return "common";
  if (forms.some((form) => common.has(form))) return "common";
  if (forms.some((form) => personal.some((word) => form === word || (word.length >= 4 && form.replace(word, "").length < 4)))) return "personal";
  return null;
}

/** The list file's words: one per line, `#` starts a comment line. */
export function parsePasswordList(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}
