import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/account/language-switch";
import { Button } from "@/components/ui/button";
import { pageUser } from "@/lib/server/page-access";
import { signOutAction } from "../(auth)/sign-in/actions";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await pageUser();
  const t = await getTranslations("common");
  const ta = await getTranslations("account");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <Link href="/companies" className="font-semibold tracking-tight text-brand-800">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <LanguageSwitch />
            <span className="text-slate-700" data-testid="signed-in-user">{user.email}</span>
            <Link href="/account" className="text-brand-800 underline-offset-2 hover:underline">
              {ta("link")}
            </Link>
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" size="sm">
                {t("signOut")}
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
