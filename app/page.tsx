import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth";
import { isSetupNeeded } from "@/lib/server/setup";

export default async function Home() {
  if (await isSetupNeeded()) redirect("/setup");
  redirect((await auth())?.user?.id ? "/companies" : "/sign-in");
}
