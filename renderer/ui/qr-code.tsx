import { create } from 'qrcode';
import { memo, useMemo } from 'react';

const QUIET_ZONE = 4;

/**
 * A QR code as SVG rects (no innerHTML): black on white with the standard four-module quiet
 * zone, crisp at any size, so a phone can scan it from the back of a room on a projector.
 */
export const QrCode = memo(function QrCode({ text, label }: { text: string; label: string }) {
  const path = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
    return { d: parts.join(''), size: modules.size + QUIET_ZONE * 2 };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${path.size} ${path.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
});
