/**
 * A full page load after signing in: the root layout (language, messages) must be rendered again for the new
 * session, which a client-side navigation would keep from before.
 */
export function hardNavigate(path: string): void {
  window.location.assign(path);
}
