import type { ExportLanguage } from "../labels";

/**
 * Other headings a DPO's own workbook uses for a column of the layout (layout.ts), per
 * language: the wording of Art. 30 in the regulation's English and Norwegian texts, of
 * Datatilsynet's and the ICO's record templates, and the short forms people type. The
 * layout's own headers (in both languages) match without being listed here. Compared
 * after normalisation (mapping.ts: case, punctuation, article references in brackets).
 */
export const HEADING_SYNONYMS: Record<string, Record<ExportLanguage, string[]>> = {
  name: {
    en: ["Business function", "Processing activity", "Processing activities", "Name of processing activity", "Name of the processing", "Activity", "Process", "Processing", "Name"],
    nb: ["Behandlingsaktivitet", "Behandlingsaktiviteter", "Behandling", "Navn på behandlingen", "Navn på behandlingsaktiviteten", "Aktivitet", "Prosess", "Navn"],
  },
  role: { en: ["Our role", "Controller or joint controller"], nb: ["Vår rolle", "Behandlingsansvarlig eller felles behandlingsansvarlig"] },
  description: { en: ["Description of the processing", "Short description"], nb: ["Beskrivelse av behandlingen", "Kort beskrivelse"] },
  purposes: {
    en: ["Purpose of processing", "Purpose of the processing", "Purposes of the processing", "Purposes", "Purpose"],
    nb: ["Formål med behandlingen", "Formålet med behandlingen", "Formålene med behandlingen", "Formål"],
  },
  lawfulBasis: {
    en: ["Legal basis", "Lawful basis", "Lawful basis for processing", "Article 6 lawful basis for processing personal data", "Legal basis for processing"],
    nb: ["Behandlingsgrunnlag", "Rettslig grunnlag", "Rettslig grunnlag for behandlingen", "Grunnlag for behandlingen"],
  },
  legalReference: { en: ["Legal reference", "Law", "Statutory basis"], nb: ["Lovhjemmel", "Supplerende rettsgrunnlag", "Hjemmel i lov"] },
  legitimateInterest: { en: ["Legitimate interests", "Legitimate interest"], nb: ["Berettiget interesse", "Berettigede interesser"] },
  lia: { en: ["Link to record of legitimate interests assessment", "Legitimate interests assessment"], nb: ["Interesseavveining"] },
  jointControllers: { en: ["Joint controller", "Joint controllers", "Name and contact details of joint controller"], nb: ["Felles behandlingsansvarlig", "Felles behandlingsansvarlige"] },
  controllersServed: {
    en: ["Name and contact details of controller", "Controller", "Controllers", "Controller we act for"],
    nb: ["Behandlingsansvarlig", "Behandlingsansvarlige", "Navn og kontaktopplysninger til behandlingsansvarlig", "Behandlingsansvarlig vi behandler for"],
  },
  processingCategories: { en: ["Categories of processing", "Processing carried out", "Categories of processing carried out"], nb: ["Kategorier av behandling", "Kategorier av behandling utført"] },
  dataSubjects: {
    en: ["Categories of individuals", "Categories of data subjects", "Data subjects", "Individuals"],
    nb: ["Kategorier av registrerte", "Kategoriene av registrerte", "Registrerte", "De registrerte"],
  },
  dataCategories: {
    en: ["Categories of personal data", "Personal data", "Types of personal data", "Data categories"],
    nb: ["Kategorier av personopplysninger", "Kategoriene av personopplysninger", "Personopplysninger", "Opplysningstyper", "Typer personopplysninger"],
  },
  art9Condition: {
    en: ["Article 9 basis for processing special category data", "Article 9 condition", "Special category condition"],
    nb: ["Unntak for særlige kategorier", "Grunnlag for særlige kategorier", "Behandlingsgrunnlag for særlige kategorier", "Artikkel 9"],
  },
  recipients: {
    en: ["Categories of recipients", "Recipients", "Recipient", "Who the data is shared with"],
    nb: ["Kategorier av mottakere", "Kategoriene av mottakere", "Mottakere", "Mottaker", "Utlevering"],
  },
  subProcessors: { en: ["Sub-processors", "Subprocessors"], nb: ["Underleverandører", "Underdatabehandlere"] },
  processorContracts: {
    en: ["Link to contract with processor", "Data processing agreement", "Processor contract", "Processors"],
    nb: ["Databehandleravtale", "Databehandleravtaler", "Databehandler", "Databehandlere"],
  },
  transfers: {
    en: ["Transfers to third countries", "Names of third countries or international organisations that personal data are transferred to", "Third countries", "International transfers"],
    nb: ["Overføring til tredjeland", "Overføringer til tredjeland", "Overføring til tredjestater", "Overføring til tredjeland eller internasjonale organisasjoner", "Tredjeland"],
  },
  safeguards: {
    en: ["Safeguards for exceptional transfers of personal data to third countries or international organisations", "Safeguards", "Transfer safeguards", "Transfer mechanism"],
    nb: ["Garantier", "Nødvendige garantier", "Dokumentasjon av nødvendige garantier", "Overføringsgrunnlag"],
  },
  retention: {
    en: ["Retention", "Retention schedule", "Retention period", "Time limits for erasure", "Erasure", "Deletion"],
    nb: ["Lagringstid", "Sletting", "Slettefrist", "Slettefrister", "Tidsfrister for sletting", "Planlagte tidsfrister for sletting", "Lagringstid og sletting"],
  },
  securityMeasures: {
    en: ["Security measures", "General description of technical and organisational security measures", "Technical and organisational measures", "TOMs"],
    nb: ["Sikkerhetstiltak", "Tekniske og organisatoriske sikkerhetstiltak", "Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak", "Informasjonssikkerhet"],
  },
  adm: { en: ["Automated decision-making", "Profiling", "Existence of automated decision-making, including profiling"], nb: ["Automatiserte avgjørelser", "Profilering", "Automatiserte individuelle avgjørelser"] },
  source: { en: ["Source of the personal data", "The source of the personal data", "Source"], nb: ["Kilde", "Kilde til opplysningene", "Hvor opplysningene kommer fra"] },
  consentRecordRef: { en: ["Record of consent"], nb: ["Samtykkeregistrering", "Dokumentasjon av samtykke"] },
  location: { en: ["Location of personal data", "Location", "Systems", "System"], nb: ["Lagringssted", "Systemer", "System", "Hvor lagres opplysningene"] },
  dpia: {
    en: ["Data Protection Impact Assessment", "Data Protection Impact Assessment required", "DPIA"],
    nb: ["Personvernkonsekvensvurdering", "DPIA", "Vurdering av personvernkonsekvenser"],
  },
};
