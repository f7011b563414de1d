"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { endCurrentSession } from "@/lib/auth/end-current-session";
import { parseTheme, THEME_COOKIE } from "@/lib/preferences/theme";

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirect: false });
  redirect("/sign-in?notice=signed-out");
}

export async function setThemeAction(formData: FormData): Promise<void> {
  const theme = parseTheme(String(formData.get("theme") ?? ""));
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
}
