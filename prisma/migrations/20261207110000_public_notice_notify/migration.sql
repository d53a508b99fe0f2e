-- Every app server keeps the public notice pages in memory and answers them before Next
-- (docs/decisions/016-public-pages-before-next.md). Whatever changes what a public URL names —
-- a version published (or removed with its company), a company's slug or name changed, a company
-- deleted — tells every app server at COMMIT, whichever code path or tool made the change:
-- they LISTEN on this channel and ask the database again. One notification per statement: a
-- publication is rare, and a listener drops its whole cache on any of them.
CREATE FUNCTION "notify_public_notice_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('protokoll_public_notice', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "notice_versions_public_notice_changed"
  AFTER INSERT OR UPDATE OR DELETE ON "notice_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_notice_changed"();

CREATE TRIGGER "companies_public_notice_changed"
  AFTER UPDATE OF "slug", "legal_name" OR DELETE ON "companies"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_notice_changed"();
