import type { LinkBase } from './linkBase.ts';

/**
 * What the page's address means for the people a link is for: on this computer's loopback no phone
 * can open it; over plain http the app cannot work offline and Copy may only select the link.
 */
export function ServingNote({ linkBase }: { linkBase: LinkBase }) {
  const insecure = typeof window !== 'undefined' && !window.isSecureContext;
  if (!linkBase.loopbackOnly && !linkBase.fromClassroom && !insecure) return null;
  return (
    <div className="share-serving">
      {linkBase.loopbackOnly && (
        <p className="share-warning" role="alert">
          <strong>Phones and other computers cannot open this link:</strong> it points at {location.host}, this computer
          only. To share with a class, run <code>npm run classroom</code> and open the address it prints, or open IOV Studio
          at this computer’s network address (for example http://192.168.1.20:{location.port || '80'}/).
        </p>
      )}
      {linkBase.fromClassroom && <p className="share-hint">Links and QR codes use the classroom address {linkBase.base}, which phones on this network can open.</p>}
      {insecure && (
        <p className="share-hint">
          This page is served over plain http: it will not keep working offline, and Copy may only select the link (then press Ctrl+C, or long-press on a phone).
        </p>
      )}
    </div>
  );
}
