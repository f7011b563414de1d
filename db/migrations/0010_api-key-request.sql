-- Custom SQL migration file, put your code below! --
-- custom SQL (re-append after regenerating)
-- The whole database side of an API request's authentication (lib/api-keys/authenticate-api-key.ts) in one call:
-- the key by its SHA-256 with its owner's membership and the tenant's display format, and the request counted in the
-- key's rate-limit window. PL/pgSQL keeps both statements' plans for the connection's life, so a request costs the
-- server neither a parse nor a plan of the five-table join; no row when the hash is unknown (nothing is counted).
CREATE OR REPLACE FUNCTION api_key_request(
  p_secret_hash text,
  p_now timestamptz,
  p_use_due_before timestamptz,
  p_bucket_prefix text,
  p_window_start timestamptz
) RETURNS TABLE (
  id uuid, name text, scope text, tenant_id uuid, tenant_name text, date_format text, time_format text,
  authorized_domains text[], user_id uuid, email text, username text, user_name text, role text, status text,
  expired boolean, use_due boolean, requests integer
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  SELECT k.id, k.name, k.scope::text, k.tenant_id, t.name, s.date_format::text, s.time_format::text, s.authorized_domains,
         u.id, u.email, u.username, u.name, m.role::text, m.status::text,
         (k.expires_at IS NOT NULL AND k.expires_at <= p_now),
         (k.last_used_at IS NULL OR k.last_used_at <= p_use_due_before)
    INTO id, name, scope, tenant_id, tenant_name, date_format, time_format, authorized_domains,
         user_id, email, username, user_name, role, status, expired, use_due
    FROM api_keys k
    JOIN tenants t ON t.id = k.tenant_id
    JOIN tenant_settings s ON s.tenant_id = k.tenant_id
    LEFT JOIN users u ON u.id = k.owner_user_id
    LEFT JOIN memberships m ON m.tenant_id = k.tenant_id AND m.user_id = k.owner_user_id
   WHERE k.secret_hash = p_secret_hash;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO api_rate_limits AS r (bucket, window_start, count)
  VALUES (p_bucket_prefix || api_key_request.id::text, p_window_start, 1)
  ON CONFLICT (bucket) DO UPDATE SET
    count = CASE WHEN r.window_start = excluded.window_start THEN r.count + 1 ELSE 1 END,
    window_start = excluded.window_start
  RETURNING r.count INTO requests;
  RETURN NEXT;
END
$$;
