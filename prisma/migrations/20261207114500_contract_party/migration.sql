-- Who the contract of an activity is with (issue 10): the person, or the organisation the
-- person works or acts for. Art. 6(1)(b) needs the person as a party, and the notice must
-- not tell a customer's employee "under our contract with you". Every existing activity
-- was written as a contract with the person.
CREATE TYPE "ContractParty" AS ENUM ('DATA_SUBJECT', 'ORGANISATION');
ALTER TABLE "processing_activities" ADD COLUMN "contract_party" "ContractParty" NOT NULL DEFAULT 'DATA_SUBJECT';
