import { useId } from 'react';
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
  return (
    <>
      <button
        type="button"
        className={`button quiet small spotlight-button${active ? ' spotlight-button-active' : ''}`}
        aria-describedby={descriptionId}
        onClick={onToggle}
      >
        {active ? 'Clear spotlight' : 'Spotlight'}
      </button>
      <span id={descriptionId} hidden>
        {itemName}
      </span>
    </>
  );
}
