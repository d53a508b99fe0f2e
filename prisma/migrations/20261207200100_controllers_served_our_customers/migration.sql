-- ADR 030: a controller served is a named controller or "our customers" as a class, whose
-- wording the vocabulary gives in each language. Existing rows stay named controllers: a name
-- that reads like a class is not guessed at (the DPO ticks the class in the editor).
ALTER TABLE "controllers_served" ADD COLUMN "our_customers" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "controllers_served" ADD COLUMN "listed_in" JSONB NOT NULL DEFAULT '{}';
