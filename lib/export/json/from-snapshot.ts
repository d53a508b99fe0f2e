import { canonicalJson } from "@/lib/register/snapshot-hash";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { REGISTER_FORMAT_KIND, REGISTER_FORMAT_VERSION, type DocumentActivity, type DocumentCatalogs, type RegisterDocument } from "./format";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts entries by their content (never by database id or creation time) and
 * gives each a key `${prefix}${n}`. Why: export → import into another company →
 * export must give identical bytes, and the new rows have other ids and the
 * same creation time; content is the only order both sides share.
 */
function keyed<T extends object>(items: { id: string; entry: T }[], prefix: string): { keys: Map<string, string>; list: (T & { key: string })[] } {
  const sorted = items.map((item) => ({ ...item, sortKey: canonicalJson(item.entry) })).sort((a, b) => compare(a.sortKey, b.sortKey));
  const keys = new Map<string, string>();
  const list = sorted.map((item, i) => {
    const key = `${prefix}${i + 1}`;
    keys.set(item.id, key);
    return { key, ...item.entry };
  });
  return { keys, list };
}

function must(map: Map<string, string>, id: string): string {
  const key = map.get(id);
  // The snapshot comes from the database, whose foreign keys guarantee the entry exists.
  if (key === undefined) throw new Error(`Register snapshot refers to a missing entry ${id}`);
  return key;
}

const sortedKeys = (ids: string[], map: Map<string, string>) => ids.map((id) => must(map, id)).sort(compare);

/** The portable, id-free register file for a snapshot (all activities, drafts and retired ones included). */
export function registerDocumentFromSnapshot(snapshot: RegisterSnapshot): RegisterDocument {
  const c = snapshot.company;
  const subjects = keyed(
    snapshot.catalogs.dataSubjectCategories.map(({ id, ...entry }) => ({ id, entry })),
    "ds",
  );
  const categories = keyed(
    snapshot.catalogs.dataCategories.map(({ id, ...entry }) => ({ id, entry })),
    "dc",
  );
  const subProcessorKeys = new Map<string, string>();
  const recipients = keyed(
    snapshot.catalogs.recipients.map(({ id, subProcessors, ...rest }) => {
      const subs = keyed(
        subProcessors.map(({ id: subId, ...entry }) => ({ id: subId, entry })),
        "sp",
      );
      for (const [subId, key] of subs.keys) subProcessorKeys.set(subId, key);
      return { id, entry: { ...rest, subProcessors: subs.list } };
    }),
    "r",
  );
  const systems = keyed(
    snapshot.catalogs.systems.map(({ id, vendorRecipientId, ...rest }) => ({
      id,
      entry: { ...rest, vendor: vendorRecipientId === null ? null : must(recipients.keys, vendorRecipientId) },
    })),
    "sy",
  );
  const measures = keyed(
    snapshot.catalogs.securityMeasures.map(({ id, ...entry }) => ({ id, entry })),
    "sm",
  );
  const cookies = keyed(
    snapshot.catalogs.cookies.map((c) => ({
      id: c.id,
      // Keys in the schema's order, so the same register always gives the same bytes.
      entry: {
        name: c.name,
        provider: c.provider,
        purposeEn: c.purposeEn,
        purposeNb: c.purposeNb,
        category: c.category,
        duration: c.duration,
        consent: c.consent,
        consentReason: c.consentReason,
        recipient: c.recipientId === null ? null : must(recipients.keys, c.recipientId),
      },
    })),
    "ck",
  );

  const activities = keyed(
    snapshot.activities.map((a) => {
      const purposeSorted = [...a.purposes].sort((x, y) => x.sortOrder - y.sortOrder || compare(canonicalJson({ ...x, id: "" }), canonicalJson({ ...y, id: "" })));
      const purposeKeys = new Map<string, string>();
      const purposes = purposeSorted.map(({ id, ...rest }, i) => {
        purposeKeys.set(id, `p${i + 1}`);
        return { key: `p${i + 1}`, ...rest };
      });
      const byContent = <T>(items: T[]) => items.map((item) => ({ item, s: canonicalJson(item) })).sort((x, y) => compare(x.s, y.s)).map((x) => x.item);
      const entry: Omit<DocumentActivity, "key"> = {
        name: a.name,
        noticeTitleEn: a.noticeTitleEn,
        noticeTitleNb: a.noticeTitleNb,
        description: a.description,
        role: a.role,
        status: a.status,
        showInNotice: a.showInNotice,
        // In the DPO's order: the first source is the one named first in the notice.
        sources: a.sources.map((s) => ({ kind: s.kind, name: s.name, isPublic: s.isPublic, dataCategories: sortedKeys(s.dataCategoryIds, categories.keys) })),
        art14Timing: a.art14Timing,
        art14Exemption: a.art14Exemption,
        art14ExemptionJustification: a.art14ExemptionJustification,
        provisionRequirement: a.provisionRequirement,
        provisionConsequence: a.provisionConsequence,
        contractParty: a.contractParty,
        art9Condition: a.art9Condition,
        art9LegalReference: a.art9LegalReference,
        art10Authority: a.art10Authority,
        nationalIdJustification: a.nationalIdJustification,
        volunteeredSpecialCategories: a.volunteeredSpecialCategories,
        volunteeredHandling: a.volunteeredHandling,
        adm: { ...a.adm },
        dpia: { ...a.dpia },
        isOccasional: a.isOccasional,
        isLikelyRisk: a.isLikelyRisk,
        marketingAudiences: a.marketingAudiences.map((audience) => ({ ...audience, channels: [...audience.channels].sort(compare) })),
        consentRecordRef: a.consentRecordRef,
        securityMeasuresText: a.securityMeasuresText,
        processingCategories: a.processingCategories,
        controllerDpaRef: a.controllerDpaRef,
        controllerDpaDate: a.controllerDpaDate,
        purposes,
        jointControllers: byContent(a.jointControllers.map(({ id: _id, ...rest }) => rest)),
        controllersServed: byContent(a.controllersServed.map(({ id: _id, ...rest }) => rest)),
        dataSubjectCategories: sortedKeys(a.dataSubjectCategoryIds, subjects.keys),
        dataCategories: sortedKeys(a.dataCategoryIds, categories.keys),
        recipients: a.recipients
          .map((r) => ({ recipient: must(recipients.keys, r.recipientId), subProcessorAuthorisation: r.subProcessorAuthorisation, flowDownContract: r.flowDownContract }))
          .sort((x, y) => compare(x.recipient, y.recipient)),
        systems: sortedKeys(a.systemIds, systems.keys),
        securityMeasures: sortedKeys(a.securityMeasureIds, measures.keys),
        cookies: sortedKeys(a.cookieIds, cookies.keys),
        transfers: byContent(
          a.transfers.map((t) => ({
            recipient: must(recipients.keys, t.recipientId),
            subProcessor: t.subProcessorId === null ? null : must(subProcessorKeys, t.subProcessorId),
            countryCode: t.countryCode,
            mechanism: t.mechanism,
            sccModule: t.sccModule,
            adequacyDecisionId: t.adequacyDecisionId,
            tiaRef: t.tiaRef,
            copyAccess: t.copyAccess,
            art49Assessment: t.art49Assessment,
            isRegular: t.isRegular,
          })),
        ),
        retentionRules: a.retentionRules
          .map((r) => ({
            dataCategory: r.dataCategoryId === null ? null : must(categories.keys, r.dataCategoryId),
            duration: r.duration,
            unit: r.unit,
            trigger: r.trigger,
            triggerText: r.triggerText,
            criteriaText: r.criteriaText,
            legalReference: r.legalReference,
            sortOrder: r.sortOrder,
          }))
          .map((item) => ({ item, s: canonicalJson(item) }))
          .sort((x, y) => x.item.sortOrder - y.item.sortOrder || compare(x.s, y.s))
          .map((x) => x.item),
        noticeTexts: byContent(a.noticeTexts.map((n) => ({ purpose: n.purposeId === null ? null : must(purposeKeys, n.purposeId), language: n.language, text: n.text }))),
      };
      return { id: a.id, entry };
    }),
    "a",
  );

  const catalogs: DocumentCatalogs = {
    dataSubjectCategories: subjects.list,
    dataCategories: categories.list,
    recipients: recipients.list,
    systems: systems.list,
    securityMeasures: measures.list,
    cookies: cookies.list,
  };
  return {
    format: REGISTER_FORMAT_KIND,
    formatVersion: REGISTER_FORMAT_VERSION,
    controller: {
      legalName: c.legalName,
      orgNumber: c.orgNumber,
      countryCode: c.country.code,
      postalStreet: c.postalStreet,
      postalCode: c.postalCode,
      postalCity: c.postalCity,
      visitingStreet: c.visitingStreet,
      visitingPostalCode: c.visitingPostalCode,
      visitingCity: c.visitingCity,
      email: c.email,
      phone: c.phone,
      website: c.website,
      employeeBand: c.employeeBand,
      isPublicAuthority: c.isPublicAuthority,
      targetsEeaFromOutside: c.targetsEeaFromOutside,
      dpo: { ...c.dpo },
      representative: { ...c.representative },
      supervisoryAuthorityId: c.supervisoryAuthority?.id ?? null,
      noticeLanguages: [...c.noticeLanguages],
      primaryLanguage: c.primaryLanguage,
      noticeIntroduction: c.noticeIntroduction,
      noticeScope: c.noticeScope,
      privacyContactName: c.privacyContactName,
      privacyContactRole: c.privacyContactRole,
      cookieBannerBeforeSetting: c.cookieBannerBeforeSetting,
      cookieRefuseAsEasy: c.cookieRefuseAsEasy,
      cookieWithdrawal: c.cookieWithdrawal,
      cookieSettingsUrl: c.cookieSettingsUrl,
    },
    catalogs,
    activities: activities.list,
  };
}

/** The file's text: two-space indented, keys in the schema's order, trailing newline. */
export function serializeRegisterDocument(doc: RegisterDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
