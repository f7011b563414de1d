import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-sm">
        This page does not exist, or you do not have access to it. <Link href="/" className="text-accent underline">Go to the console</Link>.
      </p>
    </main>
  );
}
