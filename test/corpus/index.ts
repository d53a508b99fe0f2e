/**
 * The regression corpus of issue 10 (test/corpus/README.md): fictional registers of
 * different kinds, each with the findings the law expects and a lawful form that
 * publishes in English and bokmål. Other tests (the notice's prose, its length) may
 * read `CORPUS` for realistic registers: `entry.fixed()` is a complete, lawful register.
 */
import { cctv } from "./cctv";
import { healthClinic } from "./health-clinic";
import type { CorpusRegister } from "./kit";
import { marketingAgency } from "./marketing-agency";
import { membershipOrganisation } from "./membership-organisation";
import { publicBody } from "./public-body";
import { recruitmentAgency } from "./recruitment-agency";
import { saasProcessor } from "./saas-processor";
import { webshop } from "./webshop";

export const CORPUS: readonly CorpusRegister[] = [webshop, saasProcessor, recruitmentAgency, healthClinic, publicBody, membershipOrganisation, cctv, marketingAgency];
