-- The default catalog a new company gets is offered as suggestions (issue 13): an entry the
-- DPO has not accepted is never linked to an activity, published, exported or checked.
-- Every entry that exists today was either entered by the DPO or kept by them since their
-- company was created, so it stays accepted (false).
ALTER TABLE "data_categories" ADD COLUMN "suggested" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "data_subject_categories" ADD COLUMN "suggested" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "security_measures" ADD COLUMN "suggested" BOOLEAN NOT NULL DEFAULT false;
