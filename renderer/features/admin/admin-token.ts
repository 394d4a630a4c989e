import { useEffect, useState } from 'react';

const KEY = 'offsite.admin-token';

/**
 * The admin token: from the link (`#/admin?t=…`) the first time, then from this tab's
 * session storage, and the link's token is taken out of the address bar at once — so it is
 * not left on a shared screen, in the history, or in a bookmark.
 */
export function useAdminToken(fromLink: string): string {
  const [token] = useState(() => {
    if (fromLink) {
      try {
        sessionStorage.setItem(KEY, fromLink);
      } catch {
        // Storage disabled: the token lives as long as the page.
      }
      return fromLink;
    }
    try {
      return sessionStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  });
  useEffect(() => {
    if (fromLink) history.replaceState(null, '', '#/admin');
  }, [fromLink]);
  return token;
}
