import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../shared/i18n';
import { setWorkshopLanguage } from '../../shared/model';
import { mayWrite } from '../../shared/protocol/policy';
import { useRoomRole } from '../sync/room-hooks';
import { useWorkshop, useWorkshopDoc } from '../state/workshop-context';
import { useT } from '../ui/i18n';

/**
 * The workshop's language: the facilitator's setting (the policy table's `settings` part),
 * so the whole room, the projector and the PDF speak it. Anyone else sees it disabled, with
 * the reason as its description. A tag the app has no translation for (from a JSON file:
 * "fr") stays selected and shown as it is; the app then speaks English.
 */
export function LanguageSelect() {
  const t = useT();
  const doc = useWorkshopDoc();
  const tag = useWorkshop((s) => s.meta.language ?? '');
  const role = useRoomRole();
  const mine = role !== null && mayWrite(role, { kind: 'settings' }, []);
  const known = tag === '' || (UI_LANGUAGES as readonly string[]).includes(tag);
  const why = mine ? t('app.languageHelp') : t('app.languageNotYours');
  return (
    <select
      className="language-select"
      aria-label={t('app.language')}
      aria-description={why}
      title={why}
      value={tag === '' ? 'en' : tag}
      disabled={!mine}
      onChange={(e) => setWorkshopLanguage(doc, e.target.value === 'en' ? '' : e.target.value)}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
      {!known && <option value={tag}>{tag}</option>}
    </select>
  );
}
