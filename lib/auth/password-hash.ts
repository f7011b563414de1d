import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum parameters, set explicitly (the library's defaults differ).
// `algorithm: 2` is Algorithm.Argon2id: the const enum cannot be imported under isolatedModules.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's, so sign-in should rehash it. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(`$argon2id$v=19$m=${ARGON2ID.memoryCost},t=${ARGON2ID.timeCost},p=${ARGON2ID.parallelism}$`);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash, so an unknown account costs the same time as a wrong password. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("gatehouse-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
