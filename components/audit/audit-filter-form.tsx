import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** The audit log's filters as a plain GET form: the filter is in the address, so it can be bookmarked and sent. */
export async function AuditFilterForm({
  action,
  actors,
  kinds,
  values,
  filtered,
}: {
  action: string;
  actors: { id: string; name: string; email: string }[];
  kinds: { value: string; label: string }[];
  values: { person: string; from: string; to: string; kind: string };
  filtered: boolean;
}) {
  const t = await getTranslations("auditReadable");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_2fr_auto] sm:items-end">
      <div>
        <Label htmlFor="audit-person">{t("person")}</Label>
        <Select id="audit-person" name="person" defaultValue={values.person}>
          <option value="">{t("anyone")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.email})
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="audit-from">{t("from")}</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div>
        <Label htmlFor="audit-to">{t("to")}</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={values.to} />
      </div>
      <div>
        <Label htmlFor="audit-kind">{t("kind")}</Label>
        <Select id="audit-kind" name="kind" defaultValue={values.kind}>
          <option value="">{t("allKinds")}</option>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? (
          <Link href={action} className="text-sm text-brand-800 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
