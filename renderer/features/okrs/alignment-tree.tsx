import { useStore } from 'zustand';
import { upstreamOf, type Objective, type UpstreamParent } from '../../../shared/model';
import { alignedStoreOf } from '../../sync/aligned-workshop';
import { resolvedObjectives } from '../../state/selectors';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { focusEditor } from './focus-editor';
import { useT } from '../../ui/i18n';

/**
 * The alignment tree: company objectives, team objectives under the objective they align
 * to, key results under each objective; team objectives with no parent are listed apart
 * ("Not aligned yet"). Each node is a button that moves focus to its editor. In a team
 * workshop aligned to the company's on a server, the company's objectives its objectives
 * align to head the tree, read-only (they are edited in the company's workshop).
 */
export function AlignmentTree() {
  const objectives = useWorkshop(resolvedObjectives);
  const order = useWorkshop((s) => s.objectiveIds);
  const t = useT();
  const list = order.map((id) => objectives[id]).filter((o): o is Objective => o !== undefined);
  const children = new Map<string, Objective[]>();
  for (const o of list) {
    if (o.parentId === null) continue;
    const siblings = children.get(o.parentId);
    if (siblings) siblings.push(o);
    else children.set(o.parentId, [o]);
  }
  const upstream = useUpstreamGroups(list);
  const aligned = new Set(upstream.flatMap((g) => g.objectives.map((o) => o.id)));
  const roots = list.filter((o) => o.parentId === null && o.team === null && !aligned.has(o.id));
  const unaligned = list.filter(
    (o) => o.parentId === null && o.team !== null && !aligned.has(o.id),
  );

  return (
    <nav aria-label={t('okrs.tree.name')} className="okr-tree">
      <h3 className="okr-side-title">{t('okrs.tree.title')}</h3>
      {list.length === 0 ? (
        <p className="okr-empty-line">{t('okrs.tree.empty')}</p>
      ) : (
        <>
          {upstream.length > 0 && (
            <ul className="okr-tree-list" aria-label={t('okrs.tree.companyObjectives')}>
              {upstream.map((g) => (
                <li key={`${g.parent.workshop}/${g.parent.objective}`} className="okr-tree-node">
                  <p className="okr-tree-upstream">
                    <span className="okr-tree-owner">{t('okrs.tree.companyWorkshop')}</span>
                    <span className="okr-tree-title">{g.title}</span>
                  </p>
                  <ul className="okr-tree-list">
                    {g.objectives.map((o) => (
                      <TreeNode key={o.id} objective={o} childrenOf={children} />
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {roots.length > 0 ? (
            <ul className="okr-tree-list">
              {roots.map((o) => (
                <TreeNode key={o.id} objective={o} childrenOf={children} />
              ))}
            </ul>
          ) : upstream.length > 0 ? null : (
            <p className="okr-empty-line">{t('okrs.tree.noCompany')}</p>
          )}
          {unaligned.length > 0 && (
            <section aria-label={t('okrs.tree.notAligned')} className="okr-tree-unaligned">
              <h4 className="okr-tree-subtitle">{t('okrs.tree.notAligned')}</h4>
              <p className="okr-tree-note">{t('okrs.tree.notAlignedNote')}</p>
              <ul className="okr-tree-list">
                {unaligned.map((o) => (
                  <TreeNode key={o.id} objective={o} childrenOf={children} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </nav>
  );
}

interface UpstreamGroup {
  readonly parent: UpstreamParent;
  /** The server's current title when it answered, else the one copied into the doc. */
  readonly title: string;
  readonly objectives: readonly Objective[];
}

/** This workshop's objectives grouped under the other workshop's objective they align to. */
function useUpstreamGroups(list: readonly Objective[]): UpstreamGroup[] {
  const aligned = useStore(alignedStoreOf(useWorkshopDoc()), (s) => s.parent);
  const groups = new Map<string, UpstreamGroup & { objectives: Objective[] }>();
  for (const o of list) {
    const parent = upstreamOf(o);
    if (!parent) continue;
    const key = `${parent.workshop}/${parent.objective}`;
    const group = groups.get(key);
    if (group) {
      group.objectives.push(o);
      continue;
    }
    const live =
      aligned?.workshop === parent.workshop
        ? aligned.objectives.find((x) => x.id === parent.objective)?.title
        : undefined;
    const title = (live ?? parent.title).trim() || 'Untitled objective';
    groups.set(key, { parent, title, objectives: [o] });
  }
  return [...groups.values()];
}

function TreeNode({
  objective,
  childrenOf,
}: {
  objective: Objective;
  childrenOf: ReadonlyMap<string, readonly Objective[]>;
}) {
  const krIds = useWorkshop((s) => s.keyResultIdsByObjective[objective.id]);
  const keyResults = useWorkshop((s) => s.keyResults);
  const kids = childrenOf.get(objective.id) ?? [];
  const t = useT();
  const title = objective.title.trim() || t('okrs.untitledObjective');
  return (
    <li className="okr-tree-node">
      <button
        type="button"
        className="okr-tree-button okr-tree-objective"
        onClick={() => focusEditor({ type: 'objective', id: objective.id })}
      >
        <span className="okr-tree-owner">{objective.team ?? t('okrs.company')}</span>
        <span className="okr-tree-title">{title}</span>
      </button>
      {((krIds?.length ?? 0) > 0 || kids.length > 0) && (
        <ul className="okr-tree-list">
          {krIds?.map((id) => (
            <li key={id} className="okr-tree-kr">
              <button
                type="button"
                className="okr-tree-button"
                onClick={() => focusEditor({ type: 'keyResult', id })}
              >
                <span className="okr-tree-owner">{t('okrs.kr')}</span>
                <span className="okr-tree-title">
                  {keyResults[id]?.title.trim() || t('okrs.untitledKeyResult')}
                </span>
              </button>
            </li>
          ))}
          {kids.map((child) => (
            <TreeNode key={child.id} objective={child} childrenOf={childrenOf} />
          ))}
        </ul>
      )}
    </li>
  );
}
