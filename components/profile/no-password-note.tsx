/** Why an account without a password has no password controls (the server refuses those actions too). */
export function NoPasswordNote({ signInWith, what }: { signInWith: string; what: string }) {
  return (
    <p className="text-sm" data-testid="no-password-note">
      You sign in with {signInWith}; your password is managed there, so {what} here.
    </p>
  );
}
