import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth";
import { forPage } from "@/lib/server/page-access";
import { isSetupNeeded } from "@/lib/server/setup";

export default async function Home() {
  if (await forPage(isSetupNeeded)) redirect("/setup");
  redirect((await auth())?.user?.id ? "/companies" : "/sign-in");
}
