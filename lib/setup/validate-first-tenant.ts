import { z } from "zod";
import { ZEmail, ZPersonName, ZTenantName, ZUsername } from "@/lib/validation/identity";
import { passwordProblems, ZNewPassword } from "@/lib/validation/password";

export const ZFirstTenant = z
  .object({
    tenantName: ZTenantName,
    name: ZPersonName,
    email: ZEmail,
    username: ZUsername,
    password: ZNewPassword,
  })
  .superRefine((value, ctx) => {
    for (const message of passwordProblems(value.password, value)) ctx.addIssue({ code: "custom", path: ["password"], message });
  });
