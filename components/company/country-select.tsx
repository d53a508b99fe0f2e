import { COUNTRIES } from "@/lib/register/countries";
import { Select } from "@/components/ui/select";

/** All ISO countries, EEA first since that is where our users are, named in the UI language. */
export function CountrySelect({ locale, ...props }: React.ComponentProps<"select"> & { locale: "en" | "nb" }) {
  const name = (c: (typeof COUNTRIES)[number]) => (locale === "nb" ? c.nameNb : c.nameEn);
  const collator = new Intl.Collator(locale === "nb" ? "nb" : "en");
  const sorted = [...COUNTRIES].sort((a, b) => collator.compare(name(a), name(b)));
  return (
    <Select {...props}>
      <optgroup label={locale === "nb" ? "EØS" : "EEA"}>
        {sorted.filter((c) => c.isEea).map((c) => (
          <option key={c.code} value={c.code}>
            {name(c)}
          </option>
        ))}
      </optgroup>
      <optgroup label={locale === "nb" ? "Utenfor EØS" : "Outside the EEA"}>
        {sorted.filter((c) => !c.isEea).map((c) => (
          <option key={c.code} value={c.code}>
            {name(c)}
          </option>
        ))}
      </optgroup>
    </Select>
  );
}
