export type LegalDocument = { title: string; sections: { heading: string; paragraphs: string[] }[] };

/** Describes what this software actually does; operators replace it with their own text (see README). */
export const DEFAULT_SECURITY_STATEMENT: LegalDocument = {
  title: "Security statement",
  sections: [
    {
      heading: "Passwords",
      paragraphs: [
        "Passwords are never stored. Gatehouse keeps only an argon2id hash (19 MiB memory, 2 iterations) and rehashes it when these parameters are raised.",
        "Sign-in gives the same answer, after the same amount of work, for an unknown account and a wrong password. After five consecutive failures an account must wait before the next attempt, and the wait doubles with each further failure; repeated failures from one network address are limited too. These counters live in the database, so every server instance enforces them.",
      ],
    },
    {
      heading: "Sessions",
      paragraphs: [
        "A session is a database record. The browser holds only an encrypted cookie carrying a random 256-bit token, and the database holds only that token's SHA-256 hash. Every request re-checks the record and the membership behind it, so signing out, deactivation and revocation take effect on the next request.",
        "Sessions end after 60 minutes without activity and 12 hours after sign-in, unless the tenant's administrators set other limits (from 5 minutes to 30 days). Over HTTPS the cookie is marked Secure, HttpOnly and host-only (__Host- prefix).",
      ],
    },
    {
      heading: "Access control",
      paragraphs: [
        "Every action is authorized on the server against one registry of roles and permissions, which the Roles page shows. Data of one tenant is never visible to another.",
        "A tenant's administrators can limit sign-in to e-mail addresses at the domains they list: members at other domains are refused at sign-in and signed out on their next request (administrators are exempt, so the tenant cannot be locked out).",
      ],
    },
    {
      heading: "Audit log",
      paragraphs: [
        "Every change and every sign-in attempt is recorded in the same database transaction as the change itself. The log is append-only in the database and hash-chained per tenant, so an altered or removed entry is detected. Secrets are never written to it.",
      ],
    },
    {
      heading: "Transport and browser protections",
      paragraphs: [
        "Pages are served with a Content-Security-Policy that allows only the console's own scripts, refuse to be framed, and send no referrer from pages whose address carries a secret link. Served over HTTPS, Gatehouse sets Strict-Transport-Security.",
      ],
    },
  ],
};

export const DEFAULT_PRIVACY_POLICY: LegalDocument = {
  title: "Privacy policy",
  sections: [
    {
      heading: "Who runs this deployment",
      paragraphs: [
        "Gatehouse is self-hosted software. The organisation that operates this deployment decides why and how your data is processed; ask your administrator who that is.",
      ],
    },
    {
      heading: "What is stored",
      paragraphs: [
        "Your name, username, e-mail address, a hash of your password, the tenants you belong to and your roles there.",
        "For each session: when it started and was last used, the IP address and the browser's user agent, so that you and your administrators can recognise and end sessions.",
        "An audit log of changes and sign-in attempts, including the IP address and user agent of each, kept for the period your tenant's administrators configure.",
      ],
    },
    {
      heading: "What is not done",
      paragraphs: [
        "Gatehouse sets no tracking or advertising cookies and sends no data to third parties by itself. Its cookies are the session cookie and a theme preference.",
      ],
    },
  ],
};
