import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { enumLabelForInterface, type EnumName } from "@/lib/register/vocabulary";

/**
 * Drives the activity editor through its labels, in either language: the
 * labels come from the same message files the app renders, so the journeys
 * click exactly what a bokmål or English user sees.
 */
type Messages = { activities: Record<string, unknown> };

function load(locale: "en" | "nb"): Messages {
  return JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}/activities.json`), "utf8")) as Messages;
}

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages.activities;
  for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`No message activities.${key}`);
  return node;
}

export type Purpose = {
  description: string;
  basis?: string; // enum value, e.g. "LEGITIMATE_INTERESTS"
  interest?: string;
  law?: string;
  withdrawal?: string;
};

export type Retention = { duration?: number; unit?: string; trigger?: string; criteria?: string; legalReference?: string };

export class ActivityJourney {
  readonly m: Messages;
  constructor(
    readonly page: Page,
    readonly companyId: string,
    readonly locale: "en" | "nb",
  ) {
    this.m = load(locale);
  }

  /** The message text for activities.<key>, with {placeholders} filled in. */
  t(key: string, values: Record<string, string | number> = {}): string {
    return lookup(this.m, key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  }

  /** An enumeration label as the editor shows it: from the one vocabulary. */
  enumLabel(enumName: EnumName, value: string): string {
    return enumLabelForInterface(enumName, value, this.locale);
  }

  async start(name: string, role = "CONTROLLER"): Promise<void> {
    await this.page.goto(`/companies/${this.companyId}/activities`);
    await this.page.getByRole("link", { name: this.t("newActivity") }).click();
    await expect(this.page.getByRole("heading", { name: this.t("newTitle"), level: 1 })).toBeVisible();
    await this.page.getByLabel(this.t("field.name"), { exact: true }).fill(name);
    // The register's name stands for English; the bokmål notice needs its own title (LANG-001).
    await this.page.getByLabel(this.t("field.noticeTitleNb"), { exact: true }).fill(name);
    await this.page.getByLabel(this.t("field.role"), { exact: true }).selectOption({ label: this.enumLabel("ActivityRole", role) });
    await this.page.getByLabel(this.t("field.status"), { exact: true }).selectOption({ label: this.enumLabel("ActivityStatus", "ACTIVE") });
  }

  async description(text: string): Promise<void> {
    await this.fillText(this.page, this.t("field.description"), text);
  }

  async source(value: string): Promise<void> {
    // The first source: the one an activity starts with.
    await this.page.getByRole("group", { name: this.t("sourceN", { n: 1 }) }).getByLabel(this.t("field.collectionSource"), { exact: true }).selectOption({ label: this.enumLabel("CollectionSource", value) });
  }

  async provision(value: string, consequence?: string): Promise<void> {
    await this.page.getByLabel(this.t("field.provisionRequirement"), { exact: true }).selectOption({ label: this.enumLabel("ProvisionRequirement", value) });
    if (consequence) await this.fillText(this.page, this.t("field.provisionConsequence"), consequence);
  }

  group(name: string): Locator {
    return this.page.getByRole("group", { name, exact: true });
  }

  async addPurpose(purpose: Purpose): Promise<void> {
    const count = await this.page.getByRole("group", { name: new RegExp(`^${this.t("purposeN", { n: 0 }).replace("0", "\\d+")}$`) }).count();
    await this.page.getByRole("button", { name: this.t("field.addPurpose") }).click();
    const group = this.group(this.t("purposeN", { n: count + 1 }));
    await this.fillText(group, this.t("field.purposeDescription"), purpose.description);
    if (purpose.basis) await group.getByLabel(this.t("field.lawfulBasis"), { exact: true }).selectOption({ label: this.enumLabel("LawfulBasis", purpose.basis) });
    if (purpose.interest) await this.fillText(group, this.t("field.legitimateInterest"), purpose.interest);
    if (purpose.law) await this.fillText(group.getByRole("group", { name: this.t("field.legalReference") }), this.localizedLabel("freeText"), purpose.law);
    if (purpose.withdrawal) await this.fillText(group, this.t("field.consentWithdrawal"), purpose.withdrawal);
  }

  async addRetention(rule: Retention): Promise<void> {
    const count = await this.page.getByRole("group", { name: new RegExp(`^${this.t("retentionN", { n: 0 }).replace("0", "\\d+")}$`) }).count();
    await this.page.getByRole("button", { name: this.t("field.addRetention") }).click();
    const group = this.group(this.t("retentionN", { n: count + 1 }));
    if (rule.duration !== undefined) await group.getByLabel(this.t("field.duration"), { exact: true }).fill(String(rule.duration));
    if (rule.unit) await group.getByLabel(this.t("field.unit"), { exact: true }).selectOption({ label: this.enumLabel("RetentionUnit", rule.unit) });
    if (rule.trigger) await group.getByLabel(this.t("field.trigger"), { exact: true }).selectOption({ label: this.enumLabel("RetentionTrigger", rule.trigger) });
    if (rule.criteria) await this.fillText(group, this.t("field.criteriaText"), rule.criteria);
    if (rule.legalReference) await this.fillText(group.getByRole("group", { name: this.t("field.retentionLegalReference") }), this.localizedLabel("freeText"), rule.legalReference);
  }

  /** Opens "Create new" for a catalog, fills the fields (label → value), creates; the new entry is linked. */
  async createInline(catalogKey: string, fill: (group: Locator) => Promise<void>): Promise<void> {
    const title = this.t(`catalog.${catalogKey}`);
    await this.page.getByRole("button", { name: `${this.t("createNew")}: ${title}` }).click();
    const group = this.group(title);
    await fill(group);
    await group.getByRole("button", { name: this.t("create"), exact: true }).click();
    await expect(group).toHaveCount(0);
  }

  /**
   * Fills a translatable field (LocalizedTextField): the same text in every language it
   * shows, since these journeys are about the register, not about translation (issue 9's
   * own journeys fill each language on purpose).
   */
  async fillText(scope: Page | Locator, label: string, text: string): Promise<void> {
    for (const language of ["en", "nb"] as const) {
      const input = scope.getByLabel(`${label} (${this.inLanguage(language)})`, { exact: true });
      if ((await input.count()) > 0) await input.fill(text);
    }
  }

  /** "In English" / «På engelsk»: how an input of one language is labelled. */
  inLanguage(language: "en" | "nb"): string {
    const names = { en: { en: "English", nb: "Norwegian (bokmål)" }, nb: { en: "engelsk", nb: "bokmål" } } as const;
    const messages = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${this.locale}/localized-text.json`), "utf8")) as { localizedText: { inLanguage: string } };
    return messages.localizedText.inLanguage.replace("{language}", names[this.locale][language]);
  }

  localizedLabel(key: string): string {
    const messages = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${this.locale}/localized-text.json`), "utf8")) as { localizedText: Record<string, string> };
    return messages.localizedText[key] ?? key;
  }

  catalogLabel(key: string): string {
    return this.t(`catalog.${key}`);
  }

  async createDataCategory(labelEn: string, labelNb: string): Promise<void> {
    await this.createInline("dataCategory", async (g) => {
      await g.getByLabel(this.catalogLabel("labelEn")).fill(labelEn);
      await g.getByLabel(this.catalogLabel("labelNb")).fill(labelNb);
    });
    await expect(this.page.getByRole("checkbox", { name: this.locale === "nb" ? labelNb : labelEn })).toBeChecked();
  }

  async createDataSubjects(labelEn: string, labelNb: string): Promise<void> {
    await this.createInline("dataSubjectCategory", async (g) => {
      await g.getByLabel(this.catalogLabel("labelEn")).fill(labelEn);
      await g.getByLabel(this.catalogLabel("labelNb")).fill(labelNb);
    });
  }

  /** Ticks an existing catalog entry (created earlier, in another activity). */
  async tick(label: string): Promise<void> {
    await this.page.getByRole("checkbox", { name: label, exact: true }).check();
  }

  async createRecipient(name: string, kind: string, countryLabel?: string): Promise<void> {
    await this.createInline("recipient", async (g) => {
      await g.getByLabel(this.catalogLabel("name"), { exact: true }).fill(name);
      await g.getByLabel(this.catalogLabel("kind"), { exact: true }).selectOption({ label: this.enumLabel("RecipientKind", kind) });
      if (countryLabel) await g.getByLabel(this.catalogLabel("country"), { exact: true }).selectOption({ label: countryLabel });
    });
  }

  async createCookie(cookie: {
    name: string;
    provider: string;
    purposeEn: string;
    purposeNb: string;
    category: string;
    lifetime: string;
    /** Whether it is set only with consent: as its category says, or an override (ekomloven § 3-15). */
    consent: boolean;
    recipient?: string;
  }): Promise<void> {
    const byCategory = cookie.category !== "STRICTLY_NECESSARY";
    const consent = cookie.consent === byCategory ? "BY_CATEGORY" : cookie.consent ? "REQUIRED" : "NOT_REQUIRED";
    await this.createInline("cookie", async (g) => {
      await g.getByLabel(this.catalogLabel("name"), { exact: true }).fill(cookie.name);
      await g.getByLabel(this.catalogLabel("provider"), { exact: true }).fill(cookie.provider);
      await g.getByLabel(this.catalogLabel("purposeEn"), { exact: true }).fill(cookie.purposeEn);
      await g.getByLabel(this.catalogLabel("purposeNb"), { exact: true }).fill(cookie.purposeNb);
      await g.getByLabel(this.catalogLabel("category"), { exact: true }).selectOption({ label: this.enumLabel("CookieCategory", cookie.category) });
      // A lifetime in words ("2 years", "Session") is entered as words in both languages.
      await g.getByLabel(this.catalogLabel("durationKind"), { exact: true }).selectOption("TEXT");
      await g.getByLabel(this.catalogLabel("durationTextEn"), { exact: true }).fill(cookie.lifetime);
      await g.getByLabel(this.catalogLabel("durationTextNb"), { exact: true }).fill(cookie.lifetime);
      await g.getByLabel(this.catalogLabel("consent"), { exact: true }).selectOption({ label: this.enumLabel("CookieConsent", consent) });
      if (cookie.recipient) await g.getByLabel(this.catalogLabel("recipientOfCookie"), { exact: true }).selectOption({ label: cookie.recipient });
    });
  }

  /** Saves; a new activity opens its own page. Returns the activity id. */
  async save(): Promise<string> {
    const isNew = this.page.url().endsWith("/activities/new");
    await this.page.getByRole("button", { name: this.t("save"), exact: true }).click();
    if (isNew) {
      await this.page.waitForURL(/\/activities\/(?!new)[^/?]+\?created=1$/);
    } else {
      await expect(this.page.getByText(this.t("saved"))).toBeVisible();
    }
    const id = /\/activities\/([^/?]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`No activity id in ${this.page.url()}`);
    return id;
  }
}
