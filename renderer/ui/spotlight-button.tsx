import { useId } from 'react';
import { useT } from './i18n';
import './spotlight-button.css';

/**
 * The facilitator's "Spotlight" button on an item, "Clear spotlight" on the spotlighted
 * one. The name stays exactly that (tests and screen-reader users find it by name); which
 * item it is about is its description, read from `itemName`.
 */
export function SpotlightButton({
  active,
  onToggle,
  itemName,
}: {
  active: boolean;
  onToggle: () => void;
  itemName: string;
}) {
  const descriptionId = useId();
  const t = useT();
  return (
    <>
      <button
        type="button"
        className={`button quiet small spotlight-button${active ? ' spotlight-button-active' : ''}`}
        aria-describedby={descriptionId}
        onClick={onToggle}
      >
        {active ? t('widgets.clearSpotlight') : t('widgets.spotlight')}
      </button>
      <span id={descriptionId} hidden>
        {itemName}
      </span>
    </>
  );
}
