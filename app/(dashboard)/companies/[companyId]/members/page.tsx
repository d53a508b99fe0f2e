import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/members/invite-form";
import { MemberList } from "@/components/members/member-list";
import { Card } from "@/components/ui/card";
import { listMembers } from "@/lib/server/members";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId, "members.manage");
  const { members, invitations } = await listMembers(access);
  const t = await getTranslations("members");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card>
        <MemberList
          companyId={access.company.id}
          currentUserId={access.user.id}
          members={members.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() }))}
          invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString(), createdBy: i.createdBy }))}
        />
      </Card>
      <Card aria-labelledby="invite-heading" className="space-y-2">
        <h2 id="invite-heading" className="text-lg font-semibold">
          {t("invite")}
        </h2>
        <InviteForm companyId={access.company.id} />
      </Card>
    </div>
  );
}
