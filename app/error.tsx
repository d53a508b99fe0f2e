"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";

/**
 * What a page shows when its rendering failed: "temporarily unavailable" when the database
 * was out of reach (the digest set by lib/server/page-access.ts), else the generic message.
 * Trying again re-renders the page on the server, so it recovers with the database.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  // The failed part came from the server: fetch it again, then leave the error state.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16" data-testid={unavailable ? "temporarily-unavailable" : "unexpected-error"}>
      <h1 className="text-2xl font-semibold">{unavailable ? t("outage.title") : t("outage.errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{unavailable ? t("outage.text") : t("common.unexpectedError")}</p>
      <Button type="button" className="mt-6" onClick={retry}>
        {t("outage.retry")}
      </Button>
    </main>
  );
}
