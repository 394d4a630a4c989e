import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  createProject,
  deleteProject,
  initWorkshop,
  onePagerMap,
  readMeta,
  setOnePagerText,
  updateProject,
} from '../../shared/model';
import { createRecordCache } from '../../renderer/state/record-cache';

function seeded() {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Acme' });
  const a = createProject(doc, { title: 'A' });
  const b = createProject(doc, { title: 'B' });
  const cache = createRecordCache(doc);
  const first = cache.readCollection('projects', [a, b], {});
  return { doc, a, b, cache, projects: first.records! };
}

describe('record cache', () => {
  it('reads new records and reports each as a change from absent', () => {
    const { a, b, projects } = seeded();
    expect(Object.keys(projects)).toEqual([a, b]);
    expect(projects[a]?.title).toBe('A');
  });

  it('a re-read that finds the record unchanged keeps the object and changes nothing', () => {
    const { doc, a, cache, projects } = seeded();
    // Written again with the same value: a real Yjs change, but not a change of the record.
    updateProject(doc, a, { title: 'A' });
    const read = cache.readCollection('projects', [a], projects);
    expect(read.records).toBeNull();
    expect(read.changes).toEqual([]);
  });

  it('a changed record is a new object in a new map; the others keep theirs', () => {
    const { doc, a, b, cache, projects } = seeded();
    updateProject(doc, a, { title: 'A2' });
    const read = cache.readCollection('projects', [a], projects);
    expect(read.records).not.toBe(projects);
    expect(read.records?.[a]?.title).toBe('A2');
    expect(read.records?.[b]).toBe(projects[b]);
    expect(read.changes).toEqual([[projects[a], read.records?.[a]]]);
  });

  it('a deleted record leaves the map', () => {
    const { doc, a, b, cache, projects } = seeded();
    deleteProject(doc, a);
    const read = cache.readCollection('projects', [a], projects);
    expect(Object.keys(read.records ?? {})).toEqual([b]);
    expect(read.changes).toEqual([[projects[a], undefined]]);
  });

  it('keeps each record’s problems until it is fixed, and says when they changed', () => {
    const { doc, a, cache, projects } = seeded();
    cache.takeProblems();
    (collection(doc, 'projects').get(a) as Y.Map<unknown>).set('title', 42);
    collection(doc, 'projects').set('x'.repeat(500), new Y.Map());
    const bad = cache.readCollection('projects', [a, 'x'.repeat(500)], projects);
    expect(cache.takeProblems()).toEqual({
      problems: [
        { where: `projects.${a}.title`, message: 'expected text, found a number' },
        { where: 'projects', message: 'skipped a record with an invalid id of 500 characters' },
      ],
      problemCount: 2,
    });
    // Nothing new: no new problem list.
    cache.readCollection('projects', [a], bad.records!);
    expect(cache.takeProblems()).toBeNull();
    updateProject(doc, a, { title: 'fixed' });
    cache.readCollection('projects', [a], bad.records!);
    expect(cache.takeProblems()?.problemCount).toBe(1);
  });

  it('meta and the one-pager texts keep their object while unchanged', () => {
    const { doc, cache } = seeded();
    const meta = cache.readMeta(readMeta(new Y.Doc()));
    expect(cache.readMeta(meta)).toBe(meta);
    const texts = cache.readTexts({ purpose: '', vision: '', customers: '' });
    expect(cache.readTexts(texts)).toBe(texts);
    setOnePagerText(doc, 'vision', 'Far');
    expect(cache.readTexts(texts).vision).toBe('Far');
    onePagerMap(doc).set('purpose', 7);
    cache.takeProblems();
    cache.readTexts(texts);
    expect(cache.takeProblems()?.problems).toEqual([
      { where: 'onePager.purpose', message: 'expected text, skipped' },
    ]);
  });
});
