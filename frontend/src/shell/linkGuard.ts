/**
 * The page's half of "the window shows only the app": a click on a link to
 * another origin never takes the app's page away. A link the user clicked
 * (http or https) opens in the system browser; anything else is dropped.
 * WebKitGTK also refuses such navigations natively (Go,
 * backend/desktop/navigation.go), for scripts too; on WebView2 and
 * WKWebView, where Wails v2 offers no navigation hook, this guard is what
 * stops a clicked link. byUser tells a user's click from a script's
 * (isTrusted; tests, whose events are never trusted, pass their own).
 */
export function guardLinks(
  doc: Document,
  open: (url: string) => Promise<void>,
  byUser: (e: MouseEvent) => boolean = (e) => e.isTrusted,
): () => void {
  const onClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    const a = target && typeof target.closest === 'function' ? target.closest('a[href], area[href]') : null;
    if (!a) return;
    const href = (a as HTMLAnchorElement).href;
    let url: URL;
    try {
      url = new URL(href, doc.baseURI);
    } catch {
      e.preventDefault();
      return;
    }
    // wails://wails is not a "special" scheme, so URL.origin is "null":
    // compare scheme and host instead.
    const own = url.protocol === doc.location.protocol && url.host === doc.location.host;
    if (own && !(a as HTMLAnchorElement).target) return;
    e.preventDefault(); // the app opens no second window, and shows no other site
    if (!own && byUser(e) && (url.protocol === 'http:' || url.protocol === 'https:')) {
      open(url.href).catch((err: unknown) => console.error('huntbook: open link', err));
    }
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
  };
}
