import { enumLabel as label, yesNo } from "@/lib/register/vocabulary";
import type { MarketingChannel } from "@/lib/register/enums";
import { headings, lines, parts, readBool, readEnum, splitLines, splitParts, type Column } from "./columns";

/**
 * E-mail/SMS marketing (markedsføringsloven § 15): one line per audience,
 * `audience | channels | route | opt-out offered | own similar products`, the channels
 * separated by commas. The opt-out and similar-products parts belong to the
 * existing-customer route and stay empty on consent.
 */
export const MARKETING_COLUMN: Column = {
  id: "marketing",
  header: headings("marketing"),
  sheets: ["controller"],
  write: (a, { lang }) =>
    lines(
      a.marketingAudiences.map((m) =>
        parts(
          m.who ? label("MarketingAudienceGroup", m.who, lang) : "",
          m.channels.map((c) => label("MarketingChannel", c, lang)).join(", "),
          m.route ? label("MarketingRoute", m.route, lang) : "",
          m.optOutOffered === null ? "" : yesNo(m.optOutOffered, lang),
          m.similarProducts === null ? "" : yesNo(m.similarProducts, lang),
        ),
      ),
    ),
  read: (cell, d, ctx) => {
    d.marketingAudiences = splitLines(cell)
      .filter(Boolean)
      .map((line) => {
        const [who, channelsText = "", route, optOut, similar] = splitParts(line);
        const channels = channelsText
          .split(",")
          .map((text) => text.trim())
          .filter(Boolean)
          .map((text) => readEnum(ctx, "MarketingChannel", text))
          .filter((channel): channel is MarketingChannel => channel !== null);
        return {
          who: readEnum(ctx, "MarketingAudienceGroup", who),
          channels: [...new Set(channels)],
          route: readEnum(ctx, "MarketingRoute", route),
          optOutOffered: readBool(ctx, optOut),
          similarProducts: readBool(ctx, similar),
        };
      });
  },
};
