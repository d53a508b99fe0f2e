"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson, unreadData } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { PASSWORD_RESET_HOURS } from "@/lib/auth/account-schemas";
import { MEMBERSHIP_ROLES, type MembershipRole } from "@/lib/register/enums";
import { OneTimeLink } from "./one-time-link";
import { createdLinkSchema } from "./created-link";

export type MemberRow = { id: string; role: MembershipRole; createdAt: string; user: { id: string; name: string; email: string } };
export type InvitationRow = { id: string; email: string; role: MembershipRole; expiresAt: string; createdBy: { name: string } | null };

/** Members with their roles (changeable), removal, and the pending invitations (revocable). */
export function MemberList({ companyId, currentUserId, members, invitations }: { companyId: string; currentUserId: string; members: MemberRow[]; invitations: InvitationRow[] }) {
  const t = useTranslations("members");
  const tp = useTranslations("passwordReset");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetLink, setResetLink] = useState<{ email: string; url: string } | null>(null);

  async function send(url: string, method: "PUT" | "DELETE", body: unknown, done: string) {
    setBusy(true);
    setStatus(null);
    const result = await submitJson(url, method, body, unreadData);
    setBusy(false);
    setConfirming(null);
    setStatus(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.message });
    router.refresh();
  }

  /** A one-time password reset link for a member, shown here once for the owner to pass on. */
  async function issueReset(membershipId: string) {
    setBusy(true);
    setStatus(null);
    setResetLink(null);
    const result = await submitJson(`/api/companies/${companyId}/members/${membershipId}/password-reset`, "POST", {}, createdLinkSchema);
    setBusy(false);
    if (result.ok) setResetLink({ email: result.data.email, url: `${window.location.origin}${result.data.path}` });
    else setStatus({ tone: "error", text: result.message });
  }

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  return (
    <div className="space-y-6">
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      {resetLink ? (
        <OneTimeLink
          key={resetLink.url}
          id="password-reset-link"
          label={tp("linkReady", { email: resetLink.email, hours: PASSWORD_RESET_HOURS })}
          url={resetLink.url}
          copyLabel={tp("copy")}
          copiedLabel={tp("copied")}
        />
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">{t("name")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("email")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("role")}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{t("since")}</th>
              <th scope="col" className="py-2 font-medium"><span className="sr-only">{t("remove")}</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">
                  {m.user.name} {m.user.id === currentUserId ? <span className="text-slate-500">{t("you")}</span> : null}
                </td>
                <td className="py-2 pr-4">{m.user.email}</td>
                <td className="py-2 pr-4">
                  <Select
                    aria-label={t("changeRole", { name: m.user.name })}
                    value={m.role}
                    disabled={busy}
                    className="h-8 w-36"
                    onChange={(e) => void send(`/api/companies/${companyId}/members/${m.id}`, "PUT", { role: e.target.value }, t("roleChanged"))}
                  >
                    {MEMBERSHIP_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {tr(role)}
                      </option>
                    ))}
                  </Select>
                </td>
                <td className="py-2 pr-4">{date(m.createdAt)}</td>
                <td className="py-2 whitespace-nowrap">
                  {confirming === m.id ? (
                    <span className="flex items-center gap-2">
                      <span className="sr-only">{t("confirmRemove", { name: m.user.name })}</span>
                      <Button size="sm" variant="danger" disabled={busy} onClick={() => void send(`/api/companies/${companyId}/members/${m.id}`, "DELETE", {}, t("removed"))}>
                        {t("confirm")}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                        {t("cancel")}
                      </Button>
                    </span>
                  ) : (
                    <span className="flex items-center gap-2">
                      {m.user.id === currentUserId ? null : (
                        <Button size="sm" variant="ghost" aria-label={tp("issueLabel", { name: m.user.name })} disabled={busy} onClick={() => void issueReset(m.id)}>
                          {tp("issue")}
                        </Button>
                      )}
                      <Button size="sm" variant="ghost" aria-label={t("removeLabel", { name: m.user.name })} onClick={() => setConfirming(m.id)}>
                        {t("remove")}
                      </Button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="pending-heading" className="space-y-2">
        <h2 id="pending-heading" className="text-lg font-semibold">
          {t("pending")}
        </h2>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noPending")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {i.email} · {tr(i.role)} · {t("expires")} {date(i.expiresAt)}
                  {i.createdBy ? ` · ${t("invitedBy")} ${i.createdBy.name}` : null}
                </span>
                <Button size="sm" variant="ghost" aria-label={t("revokeLabel", { email: i.email })} disabled={busy} onClick={() => void send(`/api/companies/${companyId}/members/invitations/${i.id}`, "DELETE", {}, t("revoked"))}>
                  {t("revoke")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
