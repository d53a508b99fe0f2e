import "server-only";
import type * as Prisma from "@/lib/generated/prisma/enums";
import type * as Register from "@/lib/register/enums";

// Fails to compile when a Prisma enum and its lib/register twin differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function same<T extends true>(): T | undefined {
  return undefined;
}

same<Same<Prisma.Locale, Register.Locale>>();
same<Same<Prisma.MembershipRole, Register.MembershipRole>>();
same<Same<Prisma.EmployeeBand, Register.EmployeeBand>>();
same<Same<Prisma.DpoBasis, Register.DpoBasis>>();
same<Same<Prisma.ActivityRole, Register.ActivityRole>>();
same<Same<Prisma.ActivityStatus, Register.ActivityStatus>>();
same<Same<Prisma.CollectionSource, Register.CollectionSource>>();
same<Same<Prisma.Art14Timing, Register.Art14Timing>>();
same<Same<Prisma.Art14Exemption, Register.Art14Exemption>>();
same<Same<Prisma.ProvisionRequirement, Register.ProvisionRequirement>>();
same<Same<Prisma.ContractParty, Register.ContractParty>>();
same<Same<Prisma.VolunteeredHandling, Register.VolunteeredHandling>>();
same<Same<Prisma.LawfulBasis, Register.LawfulBasis>>();
same<Same<Prisma.SpecialCategory, Register.SpecialCategory>>();
same<Same<Prisma.Art9Condition, Register.Art9Condition>>();
same<Same<Prisma.Art22Exception, Register.Art22Exception>>();
same<Same<Prisma.DpiaStatus, Register.DpiaStatus>>();
same<Same<Prisma.MarketingChannel, Register.MarketingChannel>>();
same<Same<Prisma.MarketingRoute, Register.MarketingRoute>>();
same<Same<Prisma.RecipientKind, Register.RecipientKind>>();
same<Same<Prisma.DpaStatus, Register.DpaStatus>>();
same<Same<Prisma.SubProcessorAuthorisation, Register.SubProcessorAuthorisation>>();
same<Same<Prisma.SecurityMeasureKind, Register.SecurityMeasureKind>>();
same<Same<Prisma.CookieCategory, Register.CookieCategory>>();
same<Same<Prisma.CookieConsent, Register.CookieConsent>>();
same<Same<Prisma.TransferMechanism, Register.TransferMechanism>>();
same<Same<Prisma.SccModule, Register.SccModule>>();
same<Same<Prisma.AdequacyStatus, Register.AdequacyStatus>>();
same<Same<Prisma.RetentionUnit, Register.RetentionUnit>>();
same<Same<Prisma.RetentionTrigger, Register.RetentionTrigger>>();
same<Same<Prisma.AuditAction, Register.AuditAction>>();
same<Same<Prisma.PublishRequestStatus, Register.PublishRequestStatus>>();
