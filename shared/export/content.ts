import {
  chartSummary,
  checkInWeeks,
  keyResultChart,
  keyResultStatuses,
  expectedProgress,
  objectiveChart,
  STATUS_LABELS,
  type ChartSubject,
  statusReasonsText,
  weekTallyText,
  weekTallyWords,
  type KrStatus,
  type ProgressChart,
} from '../drumbeat';
import type {
  Direction,
  KeyResult,
  Objective,
  ObjectiveKind,
  Project,
  Workshop,
} from '../model/types';
import { upstreamOf, type UpstreamParent } from '../model/upstream';
import { dayNumber, isoFromDayNumber, localIsoDate, nextWeekday, weekdayName } from '../dates';
import { DEFAULT_LANGUAGE, fixedT, formatDecimal, uiLanguage, type UiLanguage } from '../i18n';

/**
 * What an exported document says, computed once from a workshop snapshot. The PDF and the
 * Markdown render this same structure, so the two never disagree on content.
 */

/** Options shared by the document exporters (PDF and Markdown). @public */
export interface ExportOptions {
  /** Who took part, shown on the cover. */
  readonly participants?: readonly string[];
  /** When the document is made; defaults to now. Fixes "today" for the drumbeat calendar. */
  readonly generatedAt?: Date;
  /** How many weekly check-ins the drumbeat calendar lists; default 6. */
  readonly calendarWeeks?: number;
}

export interface InitiativeLine {
  readonly title: string;
  readonly team: string;
}

export interface KeyResultRow {
  readonly id: string;
  /** `KR 1.2`: objective number, key-result number. */
  readonly label: string;
  readonly title: string;
  readonly metric: string;
  readonly unit: string;
  readonly baseline: string;
  readonly target: string;
  /** `71 → 85`, or the one side that is set, or ''. */
  readonly baselineToTarget: string;
  readonly current: string;
  /** `5/10`, or '' when unset. */
  readonly confidence: string;
  readonly direction: Direction;
  readonly team: string;
  readonly initiatives: readonly InitiativeLine[];
}

export interface ObjectiveSection {
  readonly id: string;
  /** `O1`, `O2`, … in display order. */
  readonly label: string;
  readonly title: string;
  readonly description: string;
  /** `Company` or the owning team. */
  readonly level: string;
  readonly parent: string | null;
  /** The title of its parent in another workshop (the company's), as last read. */
  readonly companyParent: string | null;
  readonly focusArea: string | null;
  readonly kind: ObjectiveKind;
  readonly keyResults: readonly KeyResultRow[];
}

/** One line of the alignment tree, depth-first; depth 0 = a root objective. */
export interface AlignmentLine {
  readonly label: string;
  readonly title: string;
  readonly level: string;
  readonly depth: number;
}

export interface ProjectLine {
  readonly title: string;
  readonly team: string;
  readonly focusAreas: readonly string[];
  readonly rationale: string;
  /** Labels of the key results this project is an initiative for (`KR 1.2`). */
  readonly keyResults: readonly string[];
}

export interface CalendarWeek {
  readonly week: number;
  /** ISO date of the check-in. */
  readonly date: string;
  /** Check-ins recorded in the seven days starting on that date. */
  readonly checkIns: number;
}

/**
 * One key result's status on the day of the export, by the Drumbeat's one rule
 * (shared/drumbeat/status.ts). The check-in fields are those of its latest check-in (dated
 * on or before that day); empty when it has none. `author` is who recorded that check-in:
 * shown beside it and nowhere else (nothing is ever summed per person).
 */
export interface StatusRow {
  readonly id: string;
  readonly label: string;
  readonly keyResult: string;
  readonly value: string;
  readonly unit: string;
  readonly target: string;
  readonly confidence: string;
  readonly date: string;
  readonly author: string;
  readonly note: string;
  /** The status's key, for styling. */
  readonly statusKey: KrStatus;
  /** "On pace", "At risk", "Behind", "No data" or "Past target", as the Drumbeat view says it. */
  readonly status: string;
  /** Why, e.g. "30 % done, 50 % expected by now"; '' for a plain "on pace". */
  readonly why: string;
  /** Progress towards the target, e.g. "14%", or "—" when it cannot be known. */
  readonly progress: string;
  /** Where progress should be by now, e.g. "24%", or '' without cycle dates. */
  readonly expected: string;
  /** How its weeks add up, e.g. "Week 9 of 13: 5 checked in, 3 missed, this week open". */
  readonly weeks: string;
  readonly chart: ProgressChart;
}

/** The status rule in one line, so a reader of a document knows what each word means. */
export const STATUS_LEGEND =
  'On pace: progress keeps up with the time gone. Behind: more than 10 points behind it. ' +
  'At risk: on pace, but confidence is 3 of 10 or lower. No data: no check-in this week ' +
  'or last (or nothing to compare with). Past target: the target is reached.';

/** "2027-01-15 · Ana": when a check-in was made and who recorded it. */
export function checkedIn(s: Pick<StatusRow, 'date' | 'author'>): string {
  return [s.date, s.author].filter(Boolean).join(' · ');
}

/** An objective's progress chart and its key results' status, for the drumbeat section. */
export interface DrumbeatObjective {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly chart: ProgressChart;
  readonly keyResults: readonly StatusRow[];
}

/** Everything an exported document shows. @public */
export interface ExportContent {
  /** The workshop's language: every word the document adds (headings, labels) is in it. */
  readonly language: UiLanguage;
  readonly title: string;
  readonly cycle: string;
  readonly cycleStart: string;
  readonly cycleEnd: string;
  readonly agreed: boolean;
  /** ISO date the document was made. */
  readonly generatedOn: string;
  readonly participants: readonly string[];
  readonly onePager: {
    readonly purpose: string;
    readonly vision: string;
    readonly customers: string;
    readonly focusAreas: readonly { readonly title: string; readonly description: string }[];
    readonly notDoing: readonly string[];
    readonly metrics: readonly string[];
  };
  readonly objectives: readonly ObjectiveSection[];
  readonly alignment: readonly AlignmentLine[];
  readonly kept: readonly ProjectLine[];
  readonly killed: readonly ProjectLine[];
  /** Projects never sorted into Keep or Kill: shown so nothing silently vanishes. */
  readonly unsorted: readonly ProjectLine[];
  /** Not-doing lines of the one-pager that are not already a killed project listed above. */
  readonly notDoingLines: readonly string[];
  readonly calendar: {
    /** One sentence: which weekday, counted from what. */
    readonly basis: string;
    readonly weeks: readonly CalendarWeek[];
  };
  /** Every key result's status on the day of the export, in display order. */
  readonly status: readonly StatusRow[];
  /** The same, by objective, with the progress charts. */
  readonly drumbeat: readonly DrumbeatObjective[];
  /** Whether any key result has a check-in by the day of the export: something to show. */
  readonly hasCheckIns: boolean;
  readonly counts: {
    readonly objectives: number;
    readonly keyResults: number;
    readonly projects: number;
  };
}

const DEFAULT_WEEKS = 6;
const MAX_WEEKS = 53;

/**
 * A number as people wrote it: no rounding, no thousands separators, '' when unset. With a
 * dot in every language: the CSV's cells (a machine format) use this.
 */
export function formatNumber(n: number | null): string {
  return n === null ? '' : String(n);
}

/**
 * The same in a document's language, for people: "0.8" in English (byte for byte what
 * {@link formatNumber} writes), "0,8" in German and Italian (shared/i18n/numbers.ts).
 */
export function formatNumberIn(n: number | null, language: string): string {
  return n === null ? '' : formatDecimal(n, language);
}

export function teamLabel(team: string | null, language: string = DEFAULT_LANGUAGE): string {
  return team === null || team.trim() === '' ? fixedT(language)('export.company') : team;
}
const teamLabelIn = teamLabel;

function baselineToTarget(kr: KeyResult, language: UiLanguage): string {
  const from = formatNumberIn(kr.baseline, language);
  const to = formatNumberIn(kr.target, language);
  if (from && to) return `${from} → ${to}`;
  if (to) return `→ ${to}`;
  return from;
}

function keyResultRows(
  objectiveIndex: number,
  krs: readonly KeyResult[],
  projectsById: ReadonlyMap<string, Project>,
  language: UiLanguage,
): KeyResultRow[] {
  const number = (n: number | null) => formatNumberIn(n, language);
  return krs.map((kr, i) => ({
    id: kr.id,
    label: `KR ${objectiveIndex + 1}.${i + 1}`,
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: number(kr.baseline),
    target: number(kr.target),
    baselineToTarget: baselineToTarget(kr, language),
    current: number(kr.current),
    confidence: kr.confidence === null ? '' : `${number(kr.confidence)}/10`,
    direction: kr.direction,
    team: kr.team,
    initiatives: kr.initiatives.flatMap((id) => {
      const p = projectsById.get(id);
      return p ? [{ title: p.title, team: p.team }] : [];
    }),
  }));
}

/** The title of an objective's parent in another workshop, or null when it has none. */
function companyParentTitle(o: Objective, language: UiLanguage): string | null {
  const parent = upstreamOf(o);
  if (!parent) return null;
  return parent.title || fixedT(language)('export.untitledObjective');
}

function alignmentLines(
  objectives: readonly Objective[],
  labels: ReadonlyMap<string, string>,
  language: UiLanguage,
): AlignmentLine[] {
  const teamLabel = (team: string | null) => teamLabelIn(team, language);
  const children = new Map<string | null, Objective[]>();
  const ids = new Set(objectives.map((o) => o.id));
  for (const o of objectives) {
    // A parent that is not in this snapshot makes the objective a root rather than losing it.
    const parent = o.parentId !== null && ids.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const out: AlignmentLine[] = [];
  const seen = new Set<string>();
  const emit = (o: Objective, depth: number) => {
    if (seen.has(o.id)) return;
    seen.add(o.id);
    out.push({ label: labels.get(o.id) ?? '', title: o.title, level: teamLabel(o.team), depth });
    for (const child of children.get(o.id) ?? []) emit(child, depth + 1);
  };
  // The cascade above this workshop: each objective of the company workshop that roots here
  // heads its own branch, named by the title last read from the server.
  const roots = children.get(null) ?? [];
  const upstream = new Map<string, { parent: UpstreamParent; roots: Objective[] }>();
  for (const o of roots) {
    const parent = upstreamOf(o);
    if (!parent) continue;
    const key = `${parent.workshop}/${parent.objective}`;
    const group = upstream.get(key);
    if (group) group.roots.push(o);
    else upstream.set(key, { parent, roots: [o] });
  }
  const t = fixedT(language);
  for (const { parent, roots: aligned } of upstream.values()) {
    const title = `${t('export.companyObjective')}: ${parent.title || t('export.untitledObjective')}`;
    out.push({ label: '', title, level: t('export.companyWorkshop'), depth: 0 });
    for (const o of aligned) emit(o, 1);
  }
  for (const o of roots) emit(o, 0);
  // Objectives on a parent cycle are unreachable from a root; readWorkshop breaks cycles,
  // but a hand-built snapshot may not have been through it.
  for (const o of objectives) {
    if (!seen.has(o.id))
      out.push({
        label: labels.get(o.id) ?? '',
        title: o.title,
        level: teamLabel(o.team),
        depth: 0,
      });
  }
  return out;
}

function calendar(
  w: Workshop,
  generatedAt: Date,
  weeks: number,
  language: UiLanguage,
): ExportContent['calendar'] {
  const t = fixedT(language);
  const weekday = w.meta.checkInWeekday;
  const dayName = weekdayName(weekday, language);
  // With cycle dates, the weeks are the Drumbeat view's own (shared/drumbeat), so a
  // check-in counts in the same week on paper as on screen.
  const cycleWeeks = checkInWeeks(w.meta);
  if (cycleWeeks.length > 0) {
    return {
      basis: t('export.basis.cycleStart', { day: dayName, date: w.meta.cycleStart }),
      weeks: cycleWeeks.slice(0, weeks).map((week, i) => ({
        week: i + 1,
        date: week.date,
        checkIns: w.checkIns.filter((c) => c.date >= week.start && c.date <= week.end).length,
      })),
    };
  }
  const start = dayNumber(w.meta.cycleStart);
  const end = dayNumber(w.meta.cycleEnd);
  let first: number;
  let basis: string;
  if (start !== null) {
    first = nextWeekday(start, weekday, false);
    basis = t('export.basis.cycleStart', { day: dayName, date: w.meta.cycleStart });
  } else {
    const latest = w.checkIns.reduce<number | null>((max, c) => {
      const d = dayNumber(c.date);
      return d !== null && (max === null || d > max) ? d : max;
    }, null);
    if (latest !== null) {
      first = nextWeekday(latest, weekday, true);
      basis = t('export.basis.latest', { day: dayName, date: isoFromDayNumber(latest) });
    } else {
      const today = dayNumber(localIsoDate(generatedAt)) ?? 0;
      first = nextWeekday(today, weekday, false);
      basis = t('export.basis.today', { day: dayName, date: isoFromDayNumber(today) });
    }
  }
  const days = w.checkIns.map((c) => dayNumber(c.date)).filter((d): d is number => d !== null);
  const out: CalendarWeek[] = [];
  for (let i = 0; i < weeks; i++) {
    const day = first + 7 * i;
    if (end !== null && day > end) break;
    out.push({
      week: i + 1,
      date: isoFromDayNumber(day),
      checkIns: days.filter((d) => d >= day && d < day + 7).length,
    });
  }
  return { basis, weeks: out };
}

function statusRows(
  w: Workshop,
  labels: ReadonlyMap<string, string>,
  today: string,
  language: UiLanguage,
): StatusRow[] {
  const t = fixedT(language);
  const english = language === 'en';
  const number = (n: number | null) => formatNumberIn(n, language);
  // The one rule of the Drumbeat view (shared/drumbeat), as of the day of the export.
  const statuses = keyResultStatuses(w, today);
  return w.keyResults.map((kr) => {
    const s = statuses.get(kr.id)!;
    const c = s.lastCheckIn;
    const chart = keyResultChart(kr, w.checkIns, w.meta, today);
    return {
      id: kr.id,
      label: labels.get(kr.id) ?? '',
      keyResult: kr.title,
      value: c ? number(c.value) : '',
      unit: kr.unit,
      target: number(kr.target),
      confidence: c ? `${number(c.confidence)}/10` : '',
      date: c?.date ?? '',
      author: c?.author ?? '',
      note: c?.note ?? '',
      statusKey: s.status,
      status: english ? STATUS_LABELS[s.status] : t(`export.statuses.${s.status}`),
      // English: the rule's own words, as the exports always printed them.
      why: english ? s.reasons.join('; ') : statusReasonsText(t, s),
      progress: percentOf(s.progress.progress),
      expected: s.expected === null ? '' : percentOf(s.expected),
      weeks: !s.weeks ? '' : english ? weekTallyText(s.weeks) : weekTallyWords(t, s.weeks),
      chart: chartIn(language, chart, 'kr', s.expected),
    };
  });
}

/**
 * A chart with its words (`summary`, what the Markdown prints) in the document's language;
 * in English the chart as it is.
 */
export function chartIn(
  language: UiLanguage,
  chart: ProgressChart,
  subject: ChartSubject,
  expectedNow: number | null,
  coverage: { known: number; total: number } | null = null,
): ProgressChart {
  if (language === 'en') return chart;
  const summary = chartSummary(fixedT(language), language, chart, subject, expectedNow, coverage);
  return { ...chart, summary };
}

/** An objective's chart in the document's language (its words count the key results known). */
export function objectiveChartIn(
  w: Workshop,
  krs: readonly KeyResult[],
  today: string,
  language: UiLanguage,
): ProgressChart {
  const chart = objectiveChart(krs, w.checkIns, w.meta, today);
  if (language === 'en') return chart;
  const known = krs.filter((k) =>
    w.checkIns.some((c) => c.keyResultId === k.id && c.date <= today),
  );
  return chartIn(language, chart, 'objective', expectedProgress(w.meta, today), {
    known: known.length,
    total: krs.length,
  });
}

function drumbeatObjectives(
  w: Workshop,
  rows: readonly StatusRow[],
  labels: ReadonlyMap<string, string>,
  today: string,
  language: UiLanguage,
): DrumbeatObjective[] {
  return w.objectives.map((o) => {
    const krs = w.keyResults.filter((k) => k.objectiveId === o.id);
    const ids = new Set(krs.map((k) => k.id));
    return {
      id: o.id,
      label: labels.get(o.id) ?? '',
      title: o.title,
      chart: objectiveChartIn(w, krs, today, language),
      keyResults: rows.filter((r) => ids.has(r.id)),
    };
  });
}

function percentOf(progress: number | null): string {
  return progress === null ? '—' : `${Math.round(progress * 100)}%`;
}

/** Computes what the PDF and Markdown show for a workshop. Pure; never throws. @public */
export function exportContent(w: Workshop, options: ExportOptions = {}): ExportContent {
  const generatedAt = options.generatedAt ?? new Date();
  const language = uiLanguage(w.meta.language);
  const weeks = Math.max(
    0,
    Math.min(MAX_WEEKS, Math.floor(options.calendarWeeks ?? DEFAULT_WEEKS)),
  );
  const focusById = new Map(w.onePager.focusAreas.map((f) => [f.id, f]));
  const projectsById = new Map(w.projects.map((p) => [p.id, p]));
  const objectivesById = new Map(w.objectives.map((o) => [o.id, o]));

  const labels = new Map<string, string>();
  const objectives = w.objectives.map((o, i): ObjectiveSection => {
    const krs = keyResultRows(
      i,
      w.keyResults.filter((k) => k.objectiveId === o.id),
      projectsById,
      language,
    );
    labels.set(o.id, `O${i + 1}`);
    for (const k of krs) labels.set(k.id, k.label);
    return {
      id: o.id,
      label: `O${i + 1}`,
      title: o.title,
      description: o.description,
      level: teamLabelIn(o.team, language),
      parent: o.parentId === null ? null : (objectivesById.get(o.parentId)?.title ?? null),
      companyParent: companyParentTitle(o, language),
      focusArea: o.focusAreaId === null ? null : (focusById.get(o.focusAreaId)?.title ?? null),
      kind: o.kind,
      keyResults: krs,
    };
  });

  const projectLine = (p: Project): ProjectLine => ({
    title: p.title,
    team: p.team,
    focusAreas: p.focusAreaIds.flatMap((id) => {
      const f = focusById.get(id);
      return f ? [f.title] : [];
    }),
    rationale: p.rationale,
    keyResults: w.keyResults
      .filter((k) => k.initiatives.includes(p.id))
      .map((k) => labels.get(k.id) ?? ''),
  });
  const killed = w.projects.filter((p) => p.column === 'kill');
  const killedIds = new Set(killed.map((p) => p.id));
  const today = localIsoDate(generatedAt);
  const status = statusRows(w, labels, today, language);

  return {
    language,
    title: w.meta.title,
    cycle: w.meta.cycle,
    cycleStart: w.meta.cycleStart,
    cycleEnd: w.meta.cycleEnd,
    agreed: w.meta.agreed,
    generatedOn: localIsoDate(generatedAt),
    participants: (options.participants ?? []).map((p) => p.trim()).filter((p) => p !== ''),
    onePager: {
      purpose: w.onePager.purpose,
      vision: w.onePager.vision,
      customers: w.onePager.customers,
      focusAreas: w.onePager.focusAreas.map((f) => ({
        title: f.title,
        description: f.description,
      })),
      notDoing: w.onePager.notDoing.map((l) => l.text),
      metrics: w.onePager.metrics.map((l) => l.text),
    },
    objectives,
    alignment: alignmentLines(w.objectives, labels, language),
    kept: w.projects.filter((p) => p.column === 'keep').map(projectLine),
    killed: killed.map(projectLine),
    unsorted: w.projects.filter((p) => p.column === 'inbox').map(projectLine),
    notDoingLines: w.onePager.notDoing
      .filter((l) => !(l.projectId !== undefined && killedIds.has(l.projectId)))
      .map((l) => l.text),
    calendar: calendar(w, generatedAt, weeks, language),
    status,
    drumbeat: drumbeatObjectives(w, status, labels, today, language),
    hasCheckIns: w.checkIns.some((c) => c.date <= today),
    counts: {
      objectives: w.objectives.length,
      keyResults: w.keyResults.length,
      projects: w.projects.length,
    },
  };
}
