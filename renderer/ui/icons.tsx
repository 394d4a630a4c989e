import type { ReactNode } from 'react';

/**
 * Icons drawn inline as SVG. Symbol characters (⛔ ⚠ ✓ …) depend on the fonts of the device:
 * several are missing from common Linux fonts and showed as empty boxes. Every icon is
 * decorative (`aria-hidden`): the words beside it carry the meaning.
 */
function Svg({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const IconWarning = () => (
  <Svg className="icon-warning">
    <path d="M8 1.5 15.2 14H.8z" fill="currentColor" />
    <path d="M8 6v3.6" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
    <circle cx="8" cy="11.8" r="1" fill="#fff" />
  </Svg>
);

export const IconError = () => (
  <Svg className="icon-error">
    <circle cx="8" cy="8" r="7" fill="currentColor" />
    <path d="M4.5 8h7" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
  </Svg>
);

export const IconInfo = () => (
  <Svg className="icon-info">
    <circle cx="8" cy="8" r="7" fill="currentColor" />
    <path d="M8 7.2v4.3" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
    <circle cx="8" cy="4.8" r="1" fill="#fff" />
  </Svg>
);

export const IconCheck = () => (
  <Svg className="icon-check">
    <path
      d="m2.5 8.5 3.5 3.5 7.5-8"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Svg>
);

export const IconCross = () => (
  <Svg className="icon-cross">
    <path
      d="m3.5 3.5 9 9m0-9-9 9"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </Svg>
);

/** The drumbeat's status shapes: a status never rests on colour alone. */
export const IconDot = () => (
  <Svg>
    <circle cx="8" cy="8" r="5.5" fill="currentColor" />
  </Svg>
);
export const IconRing = () => (
  <Svg>
    <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
  </Svg>
);
export const IconTriangle = () => (
  <Svg>
    <path d="M8 2.2 14.2 13H1.8z" fill="currentColor" />
  </Svg>
);
export const IconStar = () => (
  <Svg>
    <path
      d="M8 1.5 9.9 5.9 14.6 6.3 11 9.4 12.1 14 8 11.6 3.9 14 5 9.4 1.4 6.3 6.1 5.9z"
      fill="currentColor"
    />
  </Svg>
);
export const IconSquare = () => (
  <Svg>
    <rect x="2.8" y="2.8" width="10.4" height="10.4" fill="currentColor" />
  </Svg>
);

export const IconUndo = () => (
  <Svg>
    <path
      d="M5.5 3 2 6.5 5.5 10M2.5 6.5h7a4 4 0 0 1 0 8H7"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Svg>
);

export const IconRedo = () => (
  <Svg>
    <path
      d="M10.5 3 14 6.5 10.5 10M13.5 6.5h-7a4 4 0 0 0 0 8H9"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Svg>
);

export const IconMenu = () => (
  <Svg>
    <path
      d="M2 4h12M2 8h12M2 12h12"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    />
  </Svg>
);

export const IconHome = () => (
  <Svg>
    <path
      d="M2 7.5 8 2.5l6 5V14H10v-4H6v4H2z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    />
  </Svg>
);

export const IconTimer = () => (
  <Svg>
    <circle cx="8" cy="9" r="5.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
    <path d="M8 9V6.2M6.3 1.8h3.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </Svg>
);

export const IconSound = ({ on }: { on: boolean }) => (
  <Svg>
    <path d="M2 6h3l4-3.5v11L5 10H2z" fill="currentColor" />
    {on ? (
      <path
        d="M11 5.5a3.5 3.5 0 0 1 0 5M12.8 3.5a6 6 0 0 1 0 9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    ) : (
      <path d="m11 6 4 4m0-4-4 4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    )}
  </Svg>
);
