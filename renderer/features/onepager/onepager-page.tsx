import { DeletionNotice } from './deletion-notice';
import { FocusAreaList } from './focus-area-list';
import { HINTS } from './hints';
import type { ListWords } from './list-item-row';
import { ListEditor } from './list-editor';
import { OnePagerTextField } from './one-pager-text-field';
import './onepager.css';
import { StepWhy } from '../../ui/step-why';

// Module constants, so the memoised rows receive the same object every render.
const NOT_DOING_WORDS: ListWords = {
  itemLabel: 'Not-doing item',
  itemNoun: 'not-doing item',
  placeholder: 'Something we will not do this cycle',
};
const METRIC_WORDS: ListWords = {
  itemLabel: 'Health metric',
  itemNoun: 'health metric',
  placeholder: 'A metric that must not get worse',
};

/**
 * Strategy one-pager: the strategy on one page — purpose, vision and customers as texts
 * several people type into at once, the cycle's focus areas, the not-doing list and the
 * health metrics. Laid out to be read from the back of a room.
 */
export function OnePagerPage() {
  return (
    <section className="step-page onepager" aria-labelledby="step-heading">
      <h2 id="step-heading">Strategy one-pager</h2>
      <p className="step-lead">
        Make the strategy visible on one page: purpose, vision, customers, the focus areas of this
        cycle, what we will not do, and the health metrics we watch.
      </p>
      <StepWhy step="onepager" />

      <div className="op-texts">
        <OnePagerTextField
          field="purpose"
          label="Purpose"
          hint={HINTS.purpose}
          placeholder="We exist to…"
        />
        <OnePagerTextField
          field="vision"
          label="Vision"
          hint={HINTS.vision}
          placeholder="In 3–5 years…"
        />
        <OnePagerTextField
          field="customers"
          label="Customers"
          hint={HINTS.customers}
          placeholder="We serve…"
        />
      </div>

      <FocusAreaList />

      <div className="op-lists">
        <ListEditor
          list="notDoing"
          title="Not doing"
          hint={HINTS.notDoing}
          empty="Nothing on the not-doing list yet. Name what you will stop or refuse, or add killed projects from the alignment board."
          addLabel="Add to not-doing list"
          draftLabel="New not-doing item"
          words={NOT_DOING_WORDS}
        />
        <ListEditor
          list="metrics"
          title="Health metrics"
          hint={HINTS.metrics}
          empty="No health metrics yet. Name the few numbers that must stay healthy while you change things."
          addLabel="Add health metric"
          draftLabel="New health metric"
          words={METRIC_WORDS}
        />
      </div>

      <DeletionNotice />
    </section>
  );
}
