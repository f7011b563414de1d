/** RFC 2606 reserves .invalid: no one can receive mail there, so no person can ever claim a service account's e-mail. */
export const SERVICE_ACCOUNT_EMAIL_DOMAIN = "service-accounts.invalid";
