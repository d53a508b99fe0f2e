import type { DataCategoryKey } from "./catalog";
import type { TemplateRetention, TemplateText } from "./types";

/** A retention rule given by criteria alone, where no fixed period applies (Art. 13(2)(a)). */
export function keptUntil(dataCategory: DataCategoryKey | null, criteria: TemplateText): TemplateRetention {
  return { dataCategory, duration: null, unit: null, trigger: null, criteria };
}

/** Accounting documentation: five years after the end of the accounting year (bokføringsloven § 13). */
export function bookkeeping(dataCategory: DataCategoryKey | null): TemplateRetention {
  return { dataCategory, duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", law: { law: "bokforingsloven", section: "§ 13" } };
}
