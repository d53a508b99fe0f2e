import { companyProfileSchema } from "@/lib/register/company-profile";
import { getCompanyProfile, updateCompanyProfile } from "@/lib/server/companies";
import { companyRoute } from "@/lib/server/route";

export const GET = companyRoute({ permission: "register.read" }, (access) => getCompanyProfile(access));

export const PUT = companyRoute({ permission: "company.manage", input: companyProfileSchema }, ({ input, ...access }) =>
  updateCompanyProfile(access, input),
);
