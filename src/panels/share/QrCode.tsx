import { useEffect, useState } from 'react';

/**
 * The link as a QR code, for a class to scan off the projector. Drawn as SVG so it stays sharp
 * at any size; dark on white whatever the theme (phones read inverted codes badly). The qrcode
 * library is loaded on first use, out of the first bundle.
 */
export function QrCode({ text, size }: { text: string; size: number }) {
  const [image, setImage] = useState<{ text: string; src: string } | { text: string; failed: true } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2, color: { dark: '#000000', light: '#ffffff' } }))
      .then((svg) => current && setImage({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }))
      .catch(() => current && setImage({ text, failed: true }));
    return () => {
      current = false;
    };
  }, [text]);
  if (image?.text === text && 'failed' in image) return <p className="share-note">The QR code could not be drawn. Send the link instead.</p>;
  const src = image?.text === text && 'src' in image ? image.src : undefined;
  return (
    <div className="qr-code" style={{ width: size, height: size }}>
      {src ? <img src={src} width={size} height={size} alt="QR code of the link" /> : <span className="share-note">Drawing the QR code…</span>}
    </div>
  );
}
