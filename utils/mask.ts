/** Masks an ID number for display: the first and last four characters stay readable. */
export function maskIdentity(identity: string): string {
  if (identity.length <= 8) return '*'.repeat(identity.length);
  return `${identity.slice(0, 4)}${'*'.repeat(identity.length - 8)}${identity.slice(-4)}`;
}
