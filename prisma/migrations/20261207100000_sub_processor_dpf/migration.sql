-- DPF certification belongs to the organisation on the Data Privacy Framework List
-- (Decision (EU) 2023/1795), often the US parent of an Irish processor: record it on the
-- sub-processor too, so that TR-003 and the notice name the entity that is certified.
ALTER TABLE "sub_processors" ADD COLUMN "dpf_certified" BOOLEAN NOT NULL DEFAULT false;
