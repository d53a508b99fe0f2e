import type * as E from "@/lib/register/enums";
import type { DocumentCatalogs } from "../json/format";

type Catalog = DocumentCatalogs;

/** Names in cells and headers are matched without regard to case or spacing. */
export function normalise(text: string): string {
  return text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");
}

/** Builds catalog entries by label while rows are read; existing ones are matched on the server. */
export class CatalogBuilder {
  readonly catalogs: Catalog = { dataSubjectCategories: [], dataCategories: [], recipients: [], systems: [], securityMeasures: [], cookies: [] };
  private readonly index = new Map<string, string>();

  private find(kind: string, name: string): string | undefined {
    return this.index.get(`${kind}:${normalise(name)}`);
  }
  private remember(kind: string, name: string, key: string) {
    this.index.set(`${kind}:${normalise(name)}`, key);
  }
  subject(labelText: string): string {
    const found = this.find("ds", labelText);
    if (found) return found;
    const key = `ds${this.catalogs.dataSubjectCategories.length + 1}`;
    this.catalogs.dataSubjectCategories.push({ key, labelEn: labelText, labelNb: labelText, includesChildren: false });
    this.remember("ds", labelText, key);
    return key;
  }
  dataCategory(labelText: string): { key: string; entry: Catalog["dataCategories"][number] } {
    const found = this.find("dc", labelText);
    const existing = found ? this.catalogs.dataCategories.find((c) => c.key === found) : undefined;
    if (existing) return { key: existing.key, entry: existing };
    const key = `dc${this.catalogs.dataCategories.length + 1}`;
    const entry = { key, labelEn: labelText, labelNb: labelText, descriptionEn: null, descriptionNb: null, specialCategory: null, isCriminalOffence: false, isNationalId: false };
    this.catalogs.dataCategories.push(entry);
    this.remember("dc", labelText, key);
    return { key, entry };
  }
  recipient(name: string, kind: E.RecipientKind, countryCode: string | null): { key: string; entry: Catalog["recipients"][number] } {
    const found = this.find("r", name);
    const existing = found ? this.catalogs.recipients.find((c) => c.key === found) : undefined;
    if (existing) return { key: existing.key, entry: existing };
    const key = `r${this.catalogs.recipients.length + 1}`;
    const entry = {
      key,
      name,
      kind,
      countryCode,
      dpaStatus: (kind === "PROCESSOR" ? "MISSING" : "NOT_REQUIRED") as E.DpaStatus,
      dpaDate: null,
      dpaRef: null,
      dpfCertified: false,
      descriptionEn: null,
      descriptionNb: null,
      subProcessors: [],
    };
    this.catalogs.recipients.push(entry);
    this.remember("r", name, key);
    return { key, entry };
  }
  findRecipient(name: string): string | undefined {
    return this.find("r", name);
  }
  system(name: string, hostingCountryCode: string | null): string {
    const found = this.find("sy", name);
    if (found) return found;
    const key = `sy${this.catalogs.systems.length + 1}`;
    this.catalogs.systems.push({ key, name, descriptionEn: null, descriptionNb: null, hostingCountryCode, vendor: null });
    this.remember("sy", name, key);
    return key;
  }
  securityMeasure(kind: E.SecurityMeasureKind, description: string): string {
    const id = `${kind}:${description}`;
    const found = this.find("sm", id);
    if (found) return found;
    const key = `sm${this.catalogs.securityMeasures.length + 1}`;
    this.catalogs.securityMeasures.push({ key, kind, descriptionEn: description, descriptionNb: description });
    this.remember("sm", id, key);
    return key;
  }
}
