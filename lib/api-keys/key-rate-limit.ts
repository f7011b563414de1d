/** Each key has its own rate-limit counter. */
export const rateLimitBucketOf = (keyId: string) => `api_key:${keyId}`;
