/**
 * Loads the certificate tab's code when the tab is first opened, so that opening the popup for a
 * look-up does not parse and evaluate it, nor build its zod schemas.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function LazyCertificatesPanel() {
  const [Panel, setPanel] = useState<FunctionComponent | undefined>();
  useEffect(() => {
    void import('./CertificatesPanel').then((module) => setPanel(() => module.CertificatesPanel));
  }, []);
  return Panel ? <Panel /> : null;
}
