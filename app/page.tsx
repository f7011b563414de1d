import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/current-caller";

export default async function Home() {
  redirect((await getCaller()) ? "/settings/profile" : "/sign-in");
}
