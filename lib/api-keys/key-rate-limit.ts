/** Each key has its own rate-limit counter, in the bucket `api_key:<key id>`. */
export const RATE_LIMIT_BUCKET_PREFIX = "api_key:";
export const rateLimitBucketOf = (keyId: string) => `${RATE_LIMIT_BUCKET_PREFIX}${keyId}`;
