import { companyBrandingSchema } from "@/lib/company/branding";
import { getCompanyBranding, updateCompanyBranding } from "@/lib/server/company-branding";
import { companyRoute } from "@/lib/server/route";

export const GET = companyRoute({ permission: "register.read" }, (access) => getCompanyBranding(access));

// A logo of up to 200 KB travels as base64 (4 characters for 3 bytes) inside the JSON body.
export const PUT = companyRoute({ permission: "register.write", input: companyBrandingSchema, maxBodyBytes: 300 * 1024 }, ({ input, ...access }) =>
  updateCompanyBranding(access, input),
);
